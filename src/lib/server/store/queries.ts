// Read queries used by routes and their data twins. Values are always bound; sort columns
// come from a whitelist.

import { peerGaps, type MatterProfile, type PeerOptions } from '../../domain/peers';
import type { MatterFields } from '../../domain/types';
import type { Store } from './store';

/** A row of the matter list: the matters columns plus provenance and counts. */
export interface MatterRow extends MatterFields {
  matter_id: string;
  document_id: string;
  source_path: string;
  source_url: string | null;
  items: number;
  sensitive_items: number;
  media: string[];
  safeguards: number;
  categories: string[];
}

export const MATTER_SORTS = {
  fiscal_year: 'm.fiscal_year',
  title: 'm.title',
  department: 'm.department',
  municipality: 'm.municipality',
  procedure: 'm.procedure'
} as const;
export type MatterSort = keyof typeof MATTER_SORTS;

export interface MatterQuery {
  matter_id?: string;
  municipality?: string;
  department?: string;
  procedure?: string;
  matter_kind?: string;
  fy_from?: number;
  fy_to?: number;
  sort?: MatterSort;
  desc?: boolean;
  limit?: number;
  offset?: number;
}

export async function listMatters(store: Store, q: MatterQuery = {}): Promise<{ total: number; rows: MatterRow[] }> {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const eq = (col: string, key: keyof MatterQuery) => {
    const v = q[key];
    if (v !== undefined && v !== '') {
      where.push(`m.${col} = $${key}`);
      params[key] = v as string | number;
    }
  };
  eq('matter_id', 'matter_id');
  eq('municipality', 'municipality');
  eq('department', 'department');
  eq('procedure', 'procedure');
  eq('matter_kind', 'matter_kind');
  if (q.fy_from !== undefined) {
    where.push('m.fiscal_year >= $fy_from');
    params.fy_from = q.fy_from;
  }
  if (q.fy_to !== undefined) {
    where.push('m.fiscal_year <= $fy_to');
    params.fy_to = q.fy_to;
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = `${MATTER_SORTS[q.sort ?? 'fiscal_year'] ?? MATTER_SORTS.fiscal_year} ${q.desc === false ? 'ASC' : 'DESC'} NULLS LAST, m.matter_id`;
  const limit = Math.min(Math.max(q.limit ?? 100, 1), 1000);
  const offset = Math.max(q.offset ?? 0, 0);
  const [{ total }] = await store.all<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM matters m ${filter}`, params);
  const rows = await store.all<MatterRow>(
    `SELECT m.matter_id, m.document_id, m.seq, m.municipality, m.title, m.matter_kind, m.procedure, m.legal_basis,
            m.department, m.divisions, m.contractor, strftime(m.period_start, '%Y-%m-%d') AS period_start,
            strftime(m.period_end, '%Y-%m-%d') AS period_end, m.recurring, m.fiscal_year, m.council_session, m.page_start,
            d.source_path, d.source_url,
            (SELECT count(*)::INTEGER FROM data_items i WHERE i.matter_id = m.matter_id) AS items,
            (SELECT count(*)::INTEGER FROM data_items i WHERE i.matter_id = m.matter_id AND i.sensitive) AS sensitive_items,
            coalesce((SELECT list(DISTINCT x.category ORDER BY x.category) FROM media x WHERE x.matter_id = m.matter_id), []) AS media,
            (SELECT count(*)::INTEGER FROM safeguard_sentences s WHERE s.matter_id = m.matter_id) AS safeguards,
            coalesce((SELECT list(DISTINCT s.category ORDER BY s.category) FROM safeguards s WHERE s.matter_id = m.matter_id AND s.scope <> 'clause'), []) AS categories
       FROM matters m JOIN documents d USING (document_id)
       ${filter}
      ORDER BY ${order}
      LIMIT ${limit} OFFSET ${offset}`,
    params
  );
  return { total, rows };
}

export interface MatterDetail {
  matter: MatterRow;
  items: { subject: string | null; item: string; raw: string; category: string; sensitive: boolean }[];
  media: { medium: string; category: string }[];
  sentences: { seq: number; actor: string; scope: string; heading: string | null; text: string; page: number; categories: string[]; cues: string[] }[];
}

export async function getMatter(store: Store, id: string): Promise<MatterDetail | null> {
  const {
    rows: [matter]
  } = await listMatters(store, { matter_id: id, limit: 1 });
  if (!matter) return null;
  const items = await store.all<MatterDetail['items'][number]>(`SELECT subject, item, raw, category, sensitive FROM data_items WHERE matter_id = $id ORDER BY seq`, { id });
  const media = await store.all<MatterDetail['media'][number]>(`SELECT medium, category FROM media WHERE matter_id = $id ORDER BY seq`, { id });
  const sentences = await store.all<MatterDetail['sentences'][number]>(
    `SELECT s.seq, s.actor, s.scope, s.heading, s.text, s.page,
            coalesce(list(g.category ORDER BY g.category) FILTER (WHERE g.category IS NOT NULL), []) AS categories,
            coalesce(list(g.cue ORDER BY g.category) FILTER (WHERE g.cue IS NOT NULL), []) AS cues
       FROM safeguard_sentences s LEFT JOIN safeguards g ON g.matter_id = s.matter_id AND g.seq = s.seq
      WHERE s.matter_id = $id
      GROUP BY ALL ORDER BY s.seq`,
    { id }
  );
  return { matter, items, media, sentences };
}

/** Every matter's risk profile, for similarity. */
export async function matterProfiles(store: Store): Promise<MatterProfile[]> {
  const rows = await store.all<{ matter_id: string; title: string | null; procedure: string; media: string[]; item_categories: string[]; sensitive: boolean; categories: string[] }>(
    `WITH med AS (SELECT matter_id, list(DISTINCT category ORDER BY category) AS media FROM media GROUP BY matter_id),
          itm AS (SELECT matter_id, list(DISTINCT category ORDER BY category) AS item_categories, bool_or(sensitive) AS sensitive FROM data_items GROUP BY matter_id),
          sg AS (SELECT matter_id, list(DISTINCT category ORDER BY category) AS categories FROM safeguards WHERE scope <> 'clause' GROUP BY matter_id)
     SELECT m.matter_id, m.title, m.procedure, coalesce(med.media, []) AS media, coalesce(itm.item_categories, []) AS item_categories,
            coalesce(itm.sensitive, false) AS sensitive, coalesce(sg.categories, []) AS categories
       FROM matters m LEFT JOIN med USING (matter_id) LEFT JOIN itm USING (matter_id) LEFT JOIN sg USING (matter_id)`
  );
  return rows.map((r) => ({ matter_id: r.matter_id, title: r.title, procedure: r.procedure, media: r.media, itemCategories: r.item_categories, sensitive: r.sensitive, categories: r.categories }));
}

/** The matter's k most similar matters and the categories at least `share` of them have and it lacks. */
export async function matterPeerGaps(store: Store, id: string, opts: PeerOptions = {}): Promise<ReturnType<typeof peerGaps> | null> {
  const all = await matterProfiles(store);
  const target = all.find((p) => p.matter_id === id);
  return target ? peerGaps(target, all, opts) : null;
}

export interface GapRow {
  category: string;
  rule_id: string;
  reason: string;
}

export async function matterGaps(store: Store, id: string): Promise<GapRow[]> {
  return store.all<GapRow>(`SELECT category, rule_id, reason FROM gaps WHERE matter_id = $id ORDER BY rule_id, category`, { id });
}
