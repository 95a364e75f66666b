// Wording history of a safeguard category (domain/wording.ts): sentences grouped by their wording key
// in SQL, close groups merged, with the years, departments and municipalities that used each.

import { mergeWordings, WORDING_RULE } from '../../domain/wording';
import type { WordingCategory, WordingGroup } from '../../view-types';
import { filterSql, type MatterFilter } from './dashboard';
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
  matters: string[];
  years: number[];
  departments: { department: string; last: number | null }[];
  municipalities: string[];
  latest_matter: string;
}

export function wordingHistory(store: Store, category: string, f: MatterFilter): Promise<WordingGroup[]> {
  return store.memo(['wording', category, f], async () => {
    const { where, params } = filterSql(f);
    const rows = await store.all<KeyRow>(
      `WITH s AS (SELECT s.matter_id, s.text, s.key, m.fiscal_year, m.department, m.municipality
                    FROM wording_keys s JOIN matter_facts m USING (matter_id)
                    ${where ? `${where} AND` : 'WHERE'} s.category = $category),
            dep AS (SELECT key, list({'department': department, 'last': last} ORDER BY last DESC NULLS LAST, department) AS departments
                      FROM (SELECT key, department, max(fiscal_year) AS last FROM s WHERE department IS NOT NULL GROUP BY ALL) GROUP BY key),
            txt AS (SELECT key, text FROM (SELECT key, text, count(*) AS n FROM s GROUP BY ALL)
                    QUALIFY row_number() OVER (PARTITION BY key ORDER BY n DESC, text) = 1)
       SELECT s.key, any_value(txt.text) AS wording, count(*)::INTEGER AS sentences, list(DISTINCT s.matter_id) AS matters,
              coalesce(list(DISTINCT s.fiscal_year ORDER BY s.fiscal_year) FILTER (WHERE s.fiscal_year IS NOT NULL), []) AS years,
              coalesce(any_value(dep.departments), []) AS departments,
              coalesce(list(DISTINCT s.municipality ORDER BY s.municipality) FILTER (WHERE s.municipality IS NOT NULL), []) AS municipalities,
              arg_max(s.matter_id, coalesce(s.fiscal_year, 0)) AS latest_matter
         FROM s JOIN txt USING (key) LEFT JOIN dep USING (key)
        GROUP BY s.key ORDER BY sentences DESC, s.key`,
      { ...params, category }
    );
    // Close groups merge among the most used; the tail stays as it is.
    const head = rows.slice(0, WORDING_RULE.mergeCandidates);
    const into = mergeWordings(head.map((r) => ({ key: r.key, sentences: r.sentences })));
    const merged = new Map<number, KeyRow[]>();
    head.forEach((r, i) => merged.set(into[i], [...(merged.get(into[i]) ?? []), r]));
    const groups = [...merged.values(), ...rows.slice(WORDING_RULE.mergeCandidates).map((r) => [r])];
    return groups
      .map((members) => {
        const [first, ...rest] = [...members].sort((a, b) => b.sentences - a.sentences);
        const years = [...new Set(members.flatMap((m) => m.years))].sort((a, b) => a - b);
        const deps = new Map<string, number | null>();
        for (const m of members) for (const d of m.departments) deps.set(d.department, Math.max(deps.get(d.department) ?? -Infinity, d.last ?? -Infinity));
        const latest = [...members].sort((a, b) => (b.years.at(-1) ?? 0) - (a.years.at(-1) ?? 0))[0];
        return {
          wording: first.wording,
          sentences: members.reduce((n, m) => n + m.sentences, 0),
          matters: new Set(members.flatMap((m) => m.matters)).size,
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
