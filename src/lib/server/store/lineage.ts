// Lineage queries: a matter's earlier and later versions, the diff to the nearest earlier one, and
// the changes of a fiscal year. The links are the derived table lineage_links (derived.ts); a link
// the user removed (server/lineage-edits.ts, passed in as `removed` keys) gives way to the next
// candidate of its later matter.

import { diffVersions, lineageReason, type LinkKind, type VersionFacts } from '../../domain/lineage';
import type { ChangeRow, Lineage, LineageStep } from '../../view-types';
import { filterSql, type MatterFilter } from './dashboard';
import type { Store } from './store';

export type { ChangeRow, Lineage, LineageStep };

export const CHANGE_COLUMNS = [
  'later_id', 'later_title', 'fiscal_year', 'earlier_id', 'earlier_title', 'earlier_fiscal_year', 'department', 'kind', 'reason',
  'items_added', 'items_removed', 'media_added', 'media_removed', 'categories_added', 'categories_removed', 'contractor_changed', 'period_changed'
] as const satisfies readonly (keyof ChangeRow)[];

/** The longest chain a matter page follows each way. */
const MAX_STEPS = 20;

/** Each later matter's effective link: its best-ranked candidate the user did not remove. */
const EFFECTIVE = `(SELECT * FROM lineage_links WHERE NOT list_contains($removed::VARCHAR[], earlier || '>' || later)
                     QUALIFY row_number() OVER (PARTITION BY later ORDER BY rank) = 1)`;

interface LinkRow {
  earlier: string;
  later: string;
  kind: LinkKind;
  similarity: number;
  matter_id: string;
  title: string | null;
  fiscal_year: number | null;
}

const step = (r: LinkRow): LineageStep => ({ ...r, reason: lineageReason(r.kind, r.similarity) });

export async function lineageOf(store: Store, id: string, removed: string[]): Promise<Lineage> {
  const rm = JSON.stringify(removed);
  const earlierOf = async (ids: string[]) =>
    store.all<LinkRow>(
      `SELECT e.earlier, e.later, e.kind, e.similarity, m.matter_id, m.title, m.fiscal_year
         FROM ${EFFECTIVE} e JOIN matters m ON m.matter_id = e.earlier WHERE list_contains($ids::VARCHAR[], e.later) ORDER BY m.fiscal_year DESC, m.matter_id`,
      { removed: rm, ids: JSON.stringify(ids) }
    );
  const laterOf = async (ids: string[]) =>
    store.all<LinkRow>(
      `SELECT e.earlier, e.later, e.kind, e.similarity, m.matter_id, m.title, m.fiscal_year
         FROM ${EFFECTIVE} e JOIN matters m ON m.matter_id = e.later WHERE list_contains($ids::VARCHAR[], e.earlier) ORDER BY m.fiscal_year, m.matter_id`,
      { removed: rm, ids: JSON.stringify(ids) }
    );
  const seen = new Set([id]);
  const walk = async (next: (ids: string[]) => Promise<LinkRow[]>) => {
    const out: LineageStep[] = [];
    let frontier = [id];
    for (let i = 0; i < MAX_STEPS && frontier.length > 0; i++) {
      const rows = (await next(frontier)).filter((r) => !seen.has(r.matter_id));
      for (const r of rows) seen.add(r.matter_id);
      out.push(...rows.map(step));
      frontier = rows.map((r) => r.matter_id);
    }
    return out;
  };
  const earlier = await walk(earlierOf);
  const later = await walk(laterOf);
  let diff = null;
  if (earlier.length > 0) {
    const facts = await versionFacts(store, [earlier[0].matter_id, id]);
    diff = diffVersions(facts.get(earlier[0].matter_id)!, facts.get(id)!);
  }
  return { earlier, later, diff, removed: [] };
}

/** What a version comparison reads of each matter. */
export async function versionFacts(store: Store, ids: string[]): Promise<Map<string, VersionFacts>> {
  const rows = await store.all<VersionFacts & { matter_id: string }>(
    `SELECT m.matter_id, m.contractor, strftime(m.period_start, '%Y-%m-%d') AS period_start, strftime(m.period_end, '%Y-%m-%d') AS period_end,
            coalesce((SELECT list(DISTINCT d.item ORDER BY d.item) FROM data_items d WHERE d.matter_id = m.matter_id), []) AS items,
            coalesce((SELECT list(DISTINCT x.medium ORDER BY x.medium) FROM media x WHERE x.matter_id = m.matter_id), []) AS media,
            coalesce((SELECT list(DISTINCT s.category ORDER BY s.category) FROM safeguards s WHERE s.matter_id = m.matter_id AND s.scope <> 'clause'), []) AS categories
       FROM matters m WHERE list_contains($ids::VARCHAR[], m.matter_id)`,
    { ids: JSON.stringify(ids) }
  );
  return new Map(rows.map(({ matter_id, ...f }) => [matter_id, f]));
}

/** The links whose later matter is of the filtered matters (a year, a department …), newest first. */
export async function changes(store: Store, f: MatterFilter, removed: string[], page: { limit: number; offset: number }): Promise<{ total: number; rows: ChangeRow[] }> {
  const { where, params } = filterSql(f);
  const all = { ...params, removed: JSON.stringify(removed) };
  const from = `${EFFECTIVE} e JOIN matter_facts m ON m.matter_id = e.later JOIN matters a ON a.matter_id = e.earlier`;
  const [{ total }] = await store.all<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM ${from} ${where}`, all);
  const links = await store.all<{ later_id: string; later_title: string | null; fiscal_year: number | null; earlier_id: string; earlier_title: string | null; earlier_fiscal_year: number | null; department: string | null; kind: LinkKind; similarity: number }>(
    `SELECT e.later AS later_id, m.title AS later_title, m.fiscal_year, e.earlier AS earlier_id, a.title AS earlier_title, a.fiscal_year AS earlier_fiscal_year,
            m.department, e.kind, e.similarity
       FROM ${from} ${where}
      ORDER BY m.fiscal_year DESC NULLS LAST, m.department NULLS LAST, e.later
      LIMIT ${Math.min(Math.max(page.limit, 1), 5000)} OFFSET ${Math.max(page.offset, 0)}`,
    all
  );
  const facts = await versionFacts(store, [...new Set(links.flatMap((l) => [l.later_id, l.earlier_id]))]);
  const rows = links.map(({ similarity, ...l }) => {
    const d = diffVersions(facts.get(l.earlier_id)!, facts.get(l.later_id)!);
    return {
      ...l,
      reason: lineageReason(l.kind, similarity),
      items_added: d.items.added,
      items_removed: d.items.removed,
      media_added: d.media.added,
      media_removed: d.media.removed,
      categories_added: d.categories.added,
      categories_removed: d.categories.removed,
      contractor_changed: d.contractor !== null,
      period_changed: d.period !== null
    };
  });
  return { total, rows };
}

/** Titles of matters, for naming removed links. */
export async function titlesOf(store: Store, ids: string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await store.all<{ matter_id: string; title: string | null }>(`SELECT matter_id, title FROM matters WHERE list_contains($ids::VARCHAR[], matter_id)`, { ids: JSON.stringify(ids) });
  return new Map(rows.map((r) => [r.matter_id, r.title]));
}
