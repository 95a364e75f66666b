// Compares extracted matters with gold annotations (test/fixtures/gold), by the same rules as the
// acceptance scorer: exact fields, item F1 with containment, sensitive recall, media and safeguard F1.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Store } from '../../src/lib/server/store/store';
import type { MatterFields } from '../../src/lib/domain/types';

// The gold-file format is the generator's contract too (it writes gold in the same shape).
import type { GoldDoc, GoldMatter } from '../../eval/generator/types';
export type { GoldDoc, GoldMatter };

export const GOLD_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'gold');

export function loadGold(): GoldDoc[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8')) as GoldDoc);
}

export const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');
export const itemMatch = (g: string, x: string) => {
  const a = norm(g);
  const b = norm(x);
  return a === b || (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a)));
};

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export function f1Counts<T>(gold: T[], got: T[], match: (a: T, b: T) => boolean = (a, b) => a === b): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const j = got.findIndex((x, k) => !used.has(k) && match(g, x));
    if (j >= 0) {
      used.add(j);
      tp++;
    }
  }
  return { tp, fp: got.length - used.size, fn: gold.length - tp };
}
export const fscore = ({ tp, fp, fn }: Counts) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));

/** What a matter looks like to the comparison, wherever it came from (extraction or the store). */
/** What a matter looks like to the comparison, wherever it came from (extraction or the store). */
export interface MatterView extends Omit<MatterFields, 'seq' | 'page_start' | 'council_date'> {
  items: { item: string; sensitive: boolean }[];
  media: string[];
  /** `actor:category` for non-clause safeguards. */
  safeguards: string[];
  clauses: string[];
}

/** The field checks the scorer makes; returns the names of fields that differ. */
export function fieldMisses(g: GoldMatter, m: MatterView): string[] {
  const checks: Record<string, boolean> = {
    title: norm(m.title) === norm(g.title),
    municipality: m.municipality === g.municipality,
    matter_kind: m.matter_kind === g.matter_kind,
    procedure: m.procedure === g.procedure,
    legal_basis: norm(m.legal_basis) === norm(g.legal_basis),
    department: m.department === g.department,
    fiscal_year: m.fiscal_year === g.fiscal_year
  };
  if (g.period_start) checks.period_start = m.period_start === g.period_start;
  if (g.period_end) checks.period_end = m.period_end === g.period_end;
  if (g.recurring !== null && g.recurring !== undefined) checks.recurring = m.recurring === g.recurring;
  if (g.council_session) checks.council_session = norm(m.council_session) === norm(g.council_session);
  if (g.contractor_contains) checks.contractor = norm(m.contractor).includes(norm(g.contractor_contains));
  const d = f1Counts(g.divisions.map(norm), m.divisions.map(norm));
  checks.divisions = d.fp === 0 && d.fn === 0;
  return Object.entries(checks)
    .filter(([, ok]) => !ok)
    .map(([k]) => k);
}

export function compare(g: GoldMatter, m: MatterView) {
  const goldSg = [...g.safeguards.ward.map((c) => `ward:${c}`), ...g.safeguards.contractor.map((c) => `contractor:${c}`)];
  const sgSet = [...new Set(m.safeguards)];
  return {
    fieldMisses: fieldMisses(g, m),
    items: f1Counts(
      g.data_items.map((x) => x.item),
      m.items.map((x) => x.item),
      itemMatch
    ),
    sensitiveMissed: g.sensitive_items.filter((s) => !m.items.some((x) => x.sensitive && itemMatch(s, x.item))),
    media: f1Counts(g.media, [...new Set(m.media)]),
    safeguards: f1Counts(goldSg, sgSet),
    clauses: f1Counts(g.clauses, [...new Set(m.clauses)])
  };
}

/** The store's matters, as the comparison sees them. */
export async function storeViews(db: string): Promise<Map<string, MatterView[]>> {
  const s = await Store.open(db, { readOnly: true });
  try {
    const docs = await s.all<{ document_id: string; source_path: string }>(`SELECT document_id, source_path FROM documents`);
    const out = new Map<string, MatterView[]>();
    for (const d of docs) {
      const matters = await s.all<MatterView & { matter_id: string }>(
        `SELECT *, strftime(period_start, '%Y-%m-%d') AS period_start, strftime(period_end, '%Y-%m-%d') AS period_end FROM matters WHERE document_id = ? ORDER BY seq`,
        [d.document_id]
      );
      const list: MatterView[] = [];
      for (const m of matters) {
        const q = async (sql: string) => s.all<Record<string, string | boolean>>(sql, [m.matter_id]);
        list.push({
          ...m,
          divisions: m.divisions ?? [],
          items: (await q(`SELECT item, sensitive FROM data_items WHERE matter_id = ?`)) as { item: string; sensitive: boolean }[],
          media: (await q(`SELECT DISTINCT category FROM media WHERE matter_id = ? ORDER BY 1`)).map((r) => r.category as string),
          safeguards: (await q(`SELECT DISTINCT actor || ':' || category AS k FROM safeguards WHERE matter_id = ? AND scope <> 'clause' ORDER BY 1`)).map((r) => r.k as string),
          clauses: (await q(`SELECT DISTINCT category FROM safeguards WHERE matter_id = ? AND scope = 'clause' ORDER BY 1`)).map((r) => r.category as string)
        });
      }
      out.set(path.basename(d.source_path).replace(/\.[^.]+$/, ''), list);
    }
    return out;
  } finally {
    s.close();
  }
}
