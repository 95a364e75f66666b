// Lineage queries: a matter's earlier and later versions, the diff to the nearest earlier one, and
// the changes of a fiscal year. The links are the derived table lineage_links (derived.ts); a link
// the user removed (server/lineage-edits.ts, passed in as `removed` keys) gives way to the next
// candidate of its later matter.

import { diffVersions, LINEAGE_RULE, lineageReason, type LinkKind, type VersionFacts } from '../../domain/lineage';
import type { ChangeRow, Lineage, LineageStep } from '../../view-types';
import { hasTables } from './catalog';
import { filterSql, type MatterFilter } from './dashboard';
import { idList } from './id-list';
import { MATTER_PARTS_SELECT } from './derived';
import type { Store } from './store';

export type { ChangeRow, Lineage, LineageStep };

export const CHANGE_COLUMNS = [
  'later_id', 'later_title', 'fiscal_year', 'earlier_id', 'earlier_title', 'earlier_fiscal_year', 'department', 'kind', 'reason',
  'items_added', 'items_removed', 'media_added', 'media_removed', 'categories_added', 'categories_removed', 'contractor_changed', 'period_changed'
] as const satisfies readonly (keyof ChangeRow)[];

const MAX_STEPS = LINEAGE_RULE.maxSteps;

/** The effective link of each of these later matters: its best-ranked candidate the user did not remove. */
const effectiveFor = (laters: string) => `(SELECT * FROM lineage_links WHERE later IN (${laters})
                     AND NOT list_contains($removed::VARCHAR[], earlier || '>' || later)
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
  const earlierOf = async (ids: string[]) => {
    const l = idList('l', ids);
    return store.all<LinkRow>(
      `SELECT e.earlier, e.later, e.kind, e.similarity, m.matter_id, m.title, m.fiscal_year
         FROM ${effectiveFor(l.sql)} e JOIN matters m ON m.matter_id = e.earlier ORDER BY m.fiscal_year DESC, m.matter_id`,
      { removed: rm, ...l.params }
    );
  };
  const laterOf = async (ids: string[]) => {
    // The matters that name these as a candidate, then those whose effective link is to one of them.
    const e = idList('e', ids);
    const laters = (await store.all<{ later: string }>(`SELECT DISTINCT later FROM lineage_links WHERE earlier IN (${e.sql})`, e.params)).map((r) => r.later);
    if (laters.length === 0) return [];
    const l = idList('l', laters);
    return store.all<LinkRow>(
      `SELECT x.earlier, x.later, x.kind, x.similarity, m.matter_id, m.title, m.fiscal_year
         FROM ${effectiveFor(l.sql)} x JOIN matters m ON m.matter_id = x.later WHERE x.earlier IN (${e.sql}) ORDER BY m.fiscal_year, m.matter_id`,
      { removed: rm, ...l.params, ...e.params }
    );
  };
  if (removed.length === 0 && (await hasTables(store, ['lineage_chains']))) return chainsOf(store, id);
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

/** Both chains along the standing links (no link removed), from the published lineage_chains. */
async function chainsOf(store: Store, id: string): Promise<Lineage> {
  const [chain] = await store.all<{ ancestors: string[]; descendants: { id: string; depth: number }[] }>(
    `SELECT ancestors, descendants FROM lineage_chains WHERE matter_id = $id`,
    { id }
  );
  if (!chain) return { earlier: [], later: [], diff: null, removed: [] };
  const { ancestors, descendants } = chain;
  // Each version's own link is the one where it is the later matter; the earlier chain's steps are
  // the links from each ancestor to the next version towards this one.
  const laters = [id, ...ancestors.slice(0, -1), ...descendants.map((d) => d.id)];
  const l = idList('l', laters);
  const m = idList('m', [...ancestors, ...descendants.map((d) => d.id)]);
  const [links, matters, facts] = await Promise.all([
    store.all<{ earlier: string; later: string; kind: LinkKind; similarity: number }>(`SELECT earlier, later, kind, similarity FROM lineage_best WHERE later IN (${l.sql})`, l.params),
    store.all<{ matter_id: string; title: string | null; fiscal_year: number | null }>(`SELECT matter_id, title, fiscal_year FROM matters WHERE matter_id IN (${m.sql})`, m.params),
    ancestors.length > 0 ? versionFacts(store, [ancestors[0], id]) : null
  ]);
  const linkTo = new Map(links.map((x) => [x.later, x]));
  const about = new Map(matters.map((x) => [x.matter_id, x]));
  const row = (matter: string, link: { earlier: string; later: string; kind: LinkKind; similarity: number }) =>
    step({ ...link, matter_id: matter, title: about.get(matter)?.title ?? null, fiscal_year: about.get(matter)?.fiscal_year ?? null });
  const earlier = ancestors.map((a, i) => row(a, linkTo.get(i === 0 ? id : ancestors[i - 1])!));
  const later = [...descendants]
    .sort((a, b) => a.depth - b.depth || (about.get(a.id)?.fiscal_year ?? 0) - (about.get(b.id)?.fiscal_year ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => row(d.id, linkTo.get(d.id)!));
  const diff = facts && ancestors.length > 0 ? diffVersions(facts.get(ancestors[0])!, facts.get(id)!) : null;
  return { earlier, later, diff, removed: [] };
}

/** What a version comparison reads of each matter: the derived version_facts, or matter_parts without it. */
export async function versionFacts(store: Store, ids: string[]): Promise<Map<string, VersionFacts>> {
  const l = idList('v', ids);
  if (await hasTables(store, ['version_facts'])) {
    const rows = await store.all<VersionFacts & { matter_id: string }>(
      `SELECT matter_id, contractor, period_start, period_end, items, media, categories FROM version_facts WHERE matter_id IN (${l.sql})`,
      l.params
    );
    return new Map(rows.map(({ matter_id, ...f }) => [matter_id, f]));
  }
  const parts = (await hasTables(store, ['matter_parts'])) ? 'matter_parts' : `(${MATTER_PARTS_SELECT})`;
  const rows = await store.all<VersionFacts & { matter_id: string }>(
    `WITH p AS (SELECT * FROM ${parts} WHERE matter_id IN (${l.sql})),
          lists AS (SELECT matter_id,
                           coalesce(list(DISTINCT item ORDER BY item) FILTER (WHERE part = 'item'), []) AS items,
                           coalesce(list(DISTINCT medium ORDER BY medium) FILTER (WHERE part = 'medium'), []) AS media
                      FROM p GROUP BY matter_id),
          cats AS (SELECT c.matter_id, list(DISTINCT c.category ORDER BY c.category) AS categories
                     FROM p c JOIN p s ON s.matter_id = c.matter_id AND s.part = 'sentence' AND s.seq = c.seq
                    WHERE c.part = 'category' AND s.scope <> 'clause' GROUP BY c.matter_id)
     SELECT m.matter_id, m.contractor, strftime(m.period_start, '%Y-%m-%d') AS period_start, strftime(m.period_end, '%Y-%m-%d') AS period_end,
            coalesce(lists.items, []) AS items, coalesce(lists.media, []) AS media, coalesce(cats.categories, []) AS categories
       FROM matters m LEFT JOIN lists USING (matter_id) LEFT JOIN cats USING (matter_id)
      WHERE m.matter_id IN (${l.sql})`,
    l.params
  );
  return new Map(rows.map(({ matter_id, ...f }) => [matter_id, f]));
}

/** The links whose later matter is of the filtered matters (a year, a department …), newest first. */
export async function changes(store: Store, f: MatterFilter, removed: string[], page: { limit: number; offset: number }): Promise<{ total: number; rows: ChangeRow[] }> {
  const { where, params } = filterSql(f);
  // Every later matter's effective link: the standing links when no user removed one, else a window
  // over the candidates with the removed ones left out.
  const standing = removed.length === 0 && (await hasTables(store, ['lineage_best']));
  const effective = standing
    ? 'lineage_best'
    : `(SELECT * FROM lineage_links WHERE NOT list_contains($removed::VARCHAR[], earlier || '>' || later)
                       QUALIFY row_number() OVER (PARTITION BY later ORDER BY rank) = 1)`;
  const all = standing ? params : { ...params, removed: JSON.stringify(removed) };
  // The earlier matter's title and year come after the page is cut, by look-ups: joining matters
  // here would scan it whole for fifty rows.
  const from = `${effective} e JOIN matter_facts m ON m.matter_id = e.later`;
  const [[{ total }], cut] = await Promise.all([
    store.all<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM ${from} ${where}`, all),
    store.all<{ later_id: string; later_title: string | null; fiscal_year: number | null; earlier_id: string; department: string | null; kind: LinkKind; similarity: number }>(
      `SELECT e.later AS later_id, m.title AS later_title, m.fiscal_year, e.earlier AS earlier_id, m.department, e.kind, e.similarity
         FROM ${from} ${where}
        ORDER BY m.fiscal_year DESC NULLS LAST, m.department NULLS LAST, e.later
        LIMIT ${Math.min(Math.max(page.limit, 1), 5000)} OFFSET ${Math.max(page.offset, 0)}`,
      all
    )
  ]);
  const [facts, earlier] = await Promise.all([
    versionFacts(store, [...new Set(cut.flatMap((l) => [l.later_id, l.earlier_id]))]),
    aboutMatters(store, [...new Set(cut.map((l) => l.earlier_id))])
  ]);
  const rows = cut.map(({ similarity, ...l }) => {
    const d = diffVersions(facts.get(l.earlier_id)!, facts.get(l.later_id)!);
    return {
      later_id: l.later_id,
      later_title: l.later_title,
      fiscal_year: l.fiscal_year,
      earlier_id: l.earlier_id,
      earlier_title: earlier.get(l.earlier_id)?.title ?? null,
      earlier_fiscal_year: earlier.get(l.earlier_id)?.fiscal_year ?? null,
      department: l.department,
      kind: l.kind,
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
  return new Map([...(await aboutMatters(store, ids))].map(([id, m]) => [id, m.title]));
}

/** Title and fiscal year of each matter, looked up by id. */
async function aboutMatters(store: Store, ids: string[]): Promise<Map<string, { title: string | null; fiscal_year: number | null }>> {
  if (ids.length === 0) return new Map();
  const l = idList('t', ids);
  const rows = await store.all<{ matter_id: string; title: string | null; fiscal_year: number | null }>(
    `SELECT matter_id, title, fiscal_year FROM matters WHERE matter_id IN (${l.sql})`,
    l.params
  );
  return new Map(rows.map(({ matter_id, ...m }) => [matter_id, m]));
}
