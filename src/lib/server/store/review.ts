// The review list: matters missing a key field (title, department, data items, media, safeguards),
// stored from a document whose form was not recognised, or with safeguard sentences no category
// fits, under the dashboard's filters. One scan of matter_facts.

import { REVIEW_PROBLEMS, type ReviewListRow, type ReviewProblem, type ReviewSummary } from '../../view-types';
import { filterSql, type MatterFilter } from './dashboard';
import { REVIEW_ANY_SQL as anySql, REVIEW_CONDITIONS as CONDITIONS } from './review-conditions';
import type { Store } from './store';

export const REVIEW_PAGE_SIZE = 50;
export const REVIEW_COLUMNS = ['matter_id', 'title', 'municipality', 'department', 'fiscal_year', 'source_path', 'problems', 'corrected'] as const satisfies readonly (keyof ReviewListRow)[];

const problemsSql = `list_filter([${REVIEW_PROBLEMS.map((p) => `CASE WHEN ${CONDITIONS[p]} THEN '${p}' END`).join(', ')}], x -> x IS NOT NULL)`;

function whereOf(filter: MatterFilter, problem: ReviewProblem | null): { where: string; params: Record<string, string | number | boolean | bigint> } {
  const base = filterSql(filter);
  const cond = problem ? CONDITIONS[problem] : anySql;
  return { where: base.where ? `${base.where} AND ${cond}` : `WHERE ${cond}`, params: base.params };
}

export function reviewSummary(store: Store, filter: MatterFilter): Promise<ReviewSummary> {
  return store.memo(['review-summary', filter], async () => {
    const base = filterSql(filter);
    const [r] = await store.all<Record<string, number>>(
      `SELECT ${REVIEW_PROBLEMS.map((p) => `count(*) FILTER (WHERE ${CONDITIONS[p]})::INTEGER AS "${p}"`).join(', ')},
              count(*) FILTER (WHERE ${anySql})::INTEGER AS matters,
              count(DISTINCT m.document_no) FILTER (WHERE ${CONDITIONS.form})::INTEGER AS unrecognised_documents
         FROM matter_facts m ${base.where}`,
      base.params
    );
    const counts = Object.fromEntries(REVIEW_PROBLEMS.map((p) => [p, r[p] ?? 0])) as Record<ReviewProblem, number>;
    return { counts, matters: r.matters ?? 0, unrecognised_documents: r.unrecognised_documents ?? 0 };
  });
}

/** One page of the matters with the problem (any, when null), most recent fiscal year first. */
export function reviewList(store: Store, filter: MatterFilter, problem: ReviewProblem | null, page = 1, limit = REVIEW_PAGE_SIZE): Promise<{ total: number; rows: ReviewListRow[] }> {
  return store.memo(['review-list', filter, problem, page, limit], async () => {
    const { where, params } = whereOf(filter, problem);
    const [{ total }] = await store.all<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM matter_facts m ${where}`, params);
    const rows = await store.all<ReviewListRow>(
      `SELECT m.matter_id, m.title, m.municipality, m.department, m.fiscal_year, m.source_path, ${problemsSql} AS problems, m.corrected
         FROM matter_facts m ${where}
        ORDER BY m.fiscal_year DESC NULLS LAST, m.matter_id
        LIMIT ${Math.min(Math.max(limit, 1), 10_000)} OFFSET ${Math.max(page - 1, 0) * limit}`,
      params
    );
    return { total, rows };
  });
}
