// Wording history of a safeguard category (domain/wording.ts): sentences grouped by their wording key
// in SQL, close groups merged, with the years, departments and municipalities that used each.

import { mergeWordings, WORDING_RULE } from '../../domain/wording';
import type { WordingCategory, WordingGroup } from '../../view-types';
import { hasTables } from './catalog';
import { filterSql, type MatterFilter } from './dashboard';
import { wordingGroupsSql } from './derived';
import type { Store } from './store';

export type { WordingCategory, WordingGroup };

export const WORDING_COLUMNS = ['wording', 'sentences', 'matters', 'fy_first', 'fy_last', 'years', 'departments', 'municipalities', 'variants', 'latest_matter'] as const;


/** Sentences and matters per category (operational safeguards), under the filters. */
export function wordingCategories(store: Store, f: MatterFilter): Promise<WordingCategory[]> {
  return store.memo(['wordingCategories', f], () => {
    const { where, params } = filterSql(f);
    return store.all<WordingCategory>(
      `SELECT s.category, count(*)::INTEGER AS sentences, count(DISTINCT s.matter_id)::INTEGER AS matters
         FROM safeguards s JOIN matter_facts m USING (matter_id) ${where ? `${where} AND` : 'WHERE'} s.scope <> 'clause'
        GROUP BY 1 ORDER BY 1`,
      params
    );
  });
}

interface KeyRow {
  key: string;
  wording: string;
  sentences: number;
  matters: number;
  years: number[];
  departments: { department: string; last: number | null }[];
  municipalities: string[];
  latest_matter: string;
}

export function wordingHistory(store: Store, category: string, f: MatterFilter): Promise<WordingGroup[]> {
  return store.memo(['wording', category, f], async () => {
    const { where, params } = filterSql(f);
    const sentencesOf = `SELECT s.category, s.matter_id, s.text, s.key, m.fiscal_year, m.department, m.municipality
                    FROM wording_keys s JOIN matter_facts m USING (matter_id)
                    ${where ? `${where} AND` : 'WHERE'} s.category = $category`;
    // Without filters the history was computed when the snapshot was published.
    const stored = !where && (await hasTables(store, ['wording_groups']));
    const rows = stored
      ? await store.all<KeyRow>(`SELECT * FROM wording_groups WHERE category = $category ORDER BY sentences DESC, key`, { category })
      : await store.all<KeyRow>(`${wordingGroupsSql(sentencesOf)} ORDER BY sentences DESC, s.key`, { ...params, category });
    // Close groups merge among the most used; the tail stays as it is.
    const head = rows.slice(0, WORDING_RULE.mergeCandidates);
    const into = mergeWordings(head.map((r) => ({ key: r.key, sentences: r.sentences })));
    const merged = new Map<number, KeyRow[]>();
    head.forEach((r, i) => merged.set(into[i], [...(merged.get(into[i]) ?? []), r]));
    const groups = [...merged.values(), ...rows.slice(WORDING_RULE.mergeCandidates).map((r) => [r])];
    // A matter may use two wordings of a merged group: its matters are counted again, over the group's keys.
    const mergedMatters = new Map<number, number>();
    const multi = groups.map((g, i) => [g, i] as const).filter(([g]) => g.length > 1);
    if (multi.length > 0) {
      const keys = multi.flatMap(([g, i]) => g.map((r) => ({ key: r.key, g: i })));
      const counts = await store.all<{ g: number; matters: number }>(
        `WITH s AS (${sentencesOf}), k AS (SELECT unnest($keys::STRUCT(key VARCHAR, g INTEGER)[], recursive := true))
         SELECT k.g, count(DISTINCT s.matter_id)::INTEGER AS matters FROM s JOIN k USING (key) GROUP BY k.g`,
        { ...params, category, keys: JSON.stringify(keys) }
      );
      for (const c of counts) mergedMatters.set(c.g, c.matters);
    }
    return groups
      .map((members, i) => {
        const [first, ...rest] = [...members].sort((a, b) => b.sentences - a.sentences);
        const years = [...new Set(members.flatMap((m) => m.years))].sort((a, b) => a - b);
        const deps = new Map<string, number | null>();
        for (const m of members) for (const d of m.departments) deps.set(d.department, Math.max(deps.get(d.department) ?? -Infinity, d.last ?? -Infinity));
        const latest = [...members].sort((a, b) => (b.years.at(-1) ?? 0) - (a.years.at(-1) ?? 0))[0];
        return {
          wording: first.wording,
          sentences: members.reduce((n, m) => n + m.sentences, 0),
          matters: mergedMatters.get(i) ?? members[0].matters,
          fy_first: years[0] ?? null,
          fy_last: years.at(-1) ?? null,
          years,
          departments: [...deps].map(([department, last]) => ({ department, last: Number.isFinite(last) ? (last as number) : null })).sort((a, b) => (b.last ?? 0) - (a.last ?? 0) || a.department.localeCompare(b.department)),
          municipalities: [...new Set(members.flatMap((m) => m.municipalities))].sort(),
          variants: rest.map((r) => r.wording),
          latest_matter: latest.latest_matter
        };
      })
      .sort((a, b) => b.sentences - a.sentences || (b.fy_last ?? 0) - (a.fy_last ?? 0));
  });
}
