// The annual summary of one fiscal year under the dashboard's filters: figures (each a chart, its
// table and its CSV from the same numbers), lists, and the method note. Composed from the store's
// views, so every number equals what the dashboard, the gap list and the changes page show.

import { eraYearLabel, procedureLabel } from '../ui/format';
import { categoryLabel } from '../ui/filters';
import type { ChangeRow, GapMatter, MatterRow, Overview, ReportFigure } from '../view-types';

export type { ReportFigure };
import { removedKeys } from './lineage-edits';
import { compare } from './store/compare';
import { overview, type MatterFilter } from './store/dashboard';
import { gapMatters, gapRates } from './store/gaps';
import { changes } from './store/lineage';
import { listMatters } from './store/queries';
import type { Store } from './store/store';

export interface Report {
  fiscal_year: number;
  era: string;
  previous_era: string;
  filter: MatterFilter;
  current: Overview;
  previous: Overview;
  figures: ReportFigure[];
  sensitive: MatterRow[];
  contracts: MatterRow[];
  gaps: GapMatter[];
  lineage: { linked: number; changed: number; renewed: number; new_matters: number };
  flagged: MatterRow[];
}

/** Rows read for the report's lists: a year of one council is a few dozen to a few hundred matters. */
export const REPORT_LIST_LIMIT = 1000;
/** The largest gaps: the riskiest matters with gaps. */
export const REPORT_GAPS = 10;

const pct = (x: number) => Math.round(x * 1000) / 10;

/** Rows of the changes view read at a time (its own cap). */
const CHANGES_CHUNK = 5000;

/** Every linked matter of the year, in chunks: a year can hold more than one read's cap. */
async function allChanges(store: Store, f: MatterFilter): Promise<{ total: number; rows: ChangeRow[] }> {
  const removed = removedKeys();
  const first = await changes(store, f, removed, { limit: CHANGES_CHUNK, offset: 0 });
  const rows = [...first.rows];
  while (rows.length < first.total) {
    const next = await changes(store, f, removed, { limit: CHANGES_CHUNK, offset: rows.length });
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  return { total: first.total, rows };
}

export async function buildReport(store: Store, fy: number, base: MatterFilter): Promise<Report> {
  const { fiscal_year: _fy, fy_from: _from, fy_to: _to, ...rest } = base;
  const filter: MatterFilter = rest;
  const cur: MatterFilter = { ...filter, fiscal_year: fy };
  const prev: MatterFilter = { ...filter, fiscal_year: fy - 1 };
  const [current, previous, byDepCur, byDepPrev, cmp, list, changed, gapList] = await Promise.all([
    overview(store, cur),
    overview(store, prev),
    gapRates(store, cur, 'department'),
    gapRates(store, prev, 'department'),
    compare(store, { filter: prev, query: '' }, { filter: cur, query: '' }),
    listMatters(store, { ...cur, limit: REPORT_LIST_LIMIT, sort: 'department' }),
    allChanges(store, cur),
    gapMatters(store, cur, { limit: REPORT_GAPS, offset: 0 })
  ]);
  const era = eraYearLabel(fy);
  const previousEra = eraYearLabel(fy - 1);

  const departments = [...new Set([...byDepCur.map((r) => r.group), ...byDepPrev.map((r) => r.group)])]
    .map((d) => ({ d, now: byDepCur.find((r) => r.group === d)?.matters ?? 0, before: byDepPrev.find((r) => r.group === d)?.matters ?? 0 }))
    .filter((x) => x.now > 0)
    .sort((a, b) => b.now - a.now || (a.d < b.d ? -1 : 1));
  const procedures = [...new Set([...cmp.b.procedures.map((p) => p.procedure), ...cmp.a.procedures.map((p) => p.procedure)])];
  const count = (ps: { procedure: string; matters: number }[], p: string) => ps.find((x) => x.procedure === p)?.matters ?? 0;
  const coverageRows = cmp.rows.filter((r) => r.a_covered > 0 || r.b_covered > 0);
  const changedRows = changed.rows.filter((r) => r.items_added.length + r.items_removed.length + r.media_added.length + r.media_removed.length + r.categories_added.length + r.categories_removed.length > 0 || r.contractor_changed || r.period_changed);
  const lineage = { linked: changed.total, changed: changedRows.length, renewed: changed.total - changedRows.length, new_matters: Math.max(current.matters - changed.total, 0) };

  const figures: ReportFigure[] = [
    {
      id: 'departments',
      title: `部局別の案件数（${era}）`,
      caption: `${era}の案件を担当部局ごとに数え、${previousEra}の件数と並べたもの。`,
      labelHeader: '部局',
      labels: departments.map((x) => x.d ?? '（部局不明）'),
      series: [
        { label: previousEra, data: departments.map((x) => x.before) },
        { label: era, data: departments.map((x) => x.now) }
      ],
      percent: false
    },
    {
      id: 'procedures',
      title: `手続別の案件数（${era}）`,
      caption: `業務委託・外部結合・目的外利用などの手続ごとの件数。${previousEra}と比較。`,
      labelHeader: '手続',
      labels: procedures.map((p) => procedureLabel(p)),
      series: [
        { label: previousEra, data: procedures.map((p) => count(cmp.a.procedures, p)) },
        { label: era, data: procedures.map((p) => count(cmp.b.procedures, p)) }
      ],
      percent: false
    },
    {
      id: 'coverage',
      title: `対策の分類ごとの記載率（${previousEra}との比較）`,
      caption: `区・受託者の情報保護対策（特記事項の条項を除く）に各分類の記載がある案件の割合。差は${era}から${previousEra}を引いたポイント。`,
      labelHeader: '対策の分類',
      labels: coverageRows.map((r) => categoryLabel(r.category)),
      series: [
        { label: previousEra, data: coverageRows.map((r) => pct(r.a_share)) },
        { label: era, data: coverageRows.map((r) => pct(r.b_share)) },
        { label: '差（ポイント）', data: coverageRows.map((r) => pct(r.diff)), tableOnly: true }
      ],
      percent: true
    },
    {
      id: 'lineage',
      title: `新規・継続・変更の案件（${era}）`,
      caption: '以前の年度の同じ事業とつながる案件のうち、項目・媒体・対策・委託先・期間に変更があるものを「変更あり」、ないものを「継続」、つながりのないものを「新規」とした。',
      labelHeader: '区分',
      labels: ['新規', '継続（変更なし）', '変更あり'],
      series: [{ label: '案件数', data: [lineage.new_matters, lineage.renewed, lineage.changed] }],
      percent: false
    }
  ];

  return {
    fiscal_year: fy,
    era,
    previous_era: previousEra,
    filter,
    current,
    previous,
    figures,
    sensitive: list.rows.filter((r) => r.sensitive_items > 0),
    contracts: list.rows.filter((r) => r.contractor || r.period_start || r.period_end),
    gaps: gapList.matters,
    lineage,
    flagged: list.rows.filter((r) => r.review.length > 0)
  };
}

/** The figures as long rows: what the report's twins and its data folder carry. */
export interface ReportRow {
  figure: string;
  label: string;
  series: string;
  value: number;
}
export const REPORT_COLUMNS = ['figure', 'label', 'series', 'value'] as const satisfies readonly (keyof ReportRow)[];

export function reportRows(r: Report): ReportRow[] {
  return r.figures.flatMap((f) => f.labels.flatMap((label, i) => f.series.map((s) => ({ figure: f.id, label, series: s.label, value: s.data[i] }))));
}

/** The fiscal year of a report URL: four digits, 1900–2199; anything else is a 400 naming the value. */
export function reportYear(value: string): { ok: true; value: number } | { ok: false; message: string } {
  if (!/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2199) {
    return { ok: false, message: `年度は西暦4桁で指定してください（例: /report/2021）: ${value.slice(0, 40)}` };
  }
  return { ok: true, value: Number(value) };
}
