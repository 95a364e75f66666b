// Read queries used by routes and their data twins. Values are always bound; sort columns
// come from a whitelist.

import { peerGaps, type MatterProfile, type PeerOptions } from '../../domain/peers';
import type { MatterFields } from '../../domain/types';
import { filterSql, type MatterFilter } from './dashboard';
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
  /** Expected safeguards the matter lacks. */
  gaps: number;
}

/** The list's columns, in the order the CSV and Arrow twins give them. */
export const MATTER_COLUMNS = [
  'matter_id', 'document_id', 'seq', 'municipality', 'title', 'matter_kind', 'procedure', 'legal_basis', 'department',
  'divisions', 'contractor', 'period_start', 'period_end', 'recurring', 'fiscal_year', 'council_session', 'page_start',
  'source_path', 'source_url', 'items', 'sensitive_items', 'media', 'safeguards', 'categories', 'gaps'
] as const satisfies readonly (keyof MatterRow)[];

export const MATTER_SORTS = {
  fiscal_year: 'm.fiscal_year',
  title: 'm.title',
  department: 'm.department',
  municipality: 'm.municipality',
  procedure: 'm.procedure'
} as const;
export type MatterSort = keyof typeof MATTER_SORTS;

export interface MatterQuery extends MatterFilter {
  matter_id?: string;
  sort?: MatterSort;
  desc?: boolean;
  limit?: number;
  offset?: number;
}

export function listMatters(store: Store, q: MatterQuery = {}): Promise<{ total: number; rows: MatterRow[] }> {
  return store.memo(['list', q], () => listOf(store, q));
}

async function listOf(store: Store, q: MatterQuery): Promise<{ total: number; rows: MatterRow[] }> {
  const base = filterSql(q);
  const params: Record<string, string | number | boolean> = { ...base.params };
  let filter = base.where;
  if (q.matter_id) {
    filter = filter ? `${filter} AND m.matter_id = $matter_id` : 'WHERE m.matter_id = $matter_id';
    params.matter_id = q.matter_id;
  }
  const order = `${MATTER_SORTS[q.sort ?? 'fiscal_year'] ?? MATTER_SORTS.fiscal_year} ${q.desc === false ? 'ASC' : 'DESC'} NULLS LAST, m.matter_id`;
  const limit = Math.min(Math.max(q.limit ?? 100, 1), 1000);
  const offset = Math.max(q.offset ?? 0, 0);
  const [{ total }] = await store.all<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM matter_facts m ${filter}`, params);
  const rows = await store.all<MatterRow>(
    `SELECT m.matter_id, m.document_id, m.seq, m.municipality, m.title, m.matter_kind, m.procedure, m.legal_basis,
            m.department, m.divisions, m.contractor, strftime(m.period_start, '%Y-%m-%d') AS period_start,
            strftime(m.period_end, '%Y-%m-%d') AS period_end, m.recurring, m.fiscal_year, m.council_session, m.page_start,
            m.source_path, m.source_url, m.items, m.sensitive_items, m.media, m.safeguards, m.cats_any AS categories, m.gaps
       FROM matter_facts m
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
    `SELECT matter_id, title, procedure, media, item_categories, sensitive_items > 0 AS sensitive, cats_any AS categories FROM matter_facts`
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

export interface MatterDocument {
  document_id: string;
  source_path: string;
  format: string;
  pages: number;
  source_url: string | null;
  sha256: string;
}

export interface MatterFull extends MatterDetail {
  gaps: GapRow[];
  peers: ReturnType<typeof peerGaps>;
  sections: { section: string; label: string; text: string; page: number }[];
  document: MatterDocument;
}

/** Everything the matter page shows: fields, items, media, safeguards, gaps, peer gaps, source. */
export async function matterDetail(store: Store, id: string, peerOptions: PeerOptions = {}): Promise<MatterFull | null> {
  const base = await getMatter(store, id);
  if (!base) return null;
  const [document] = await store.all<MatterDocument>(`SELECT document_id, source_path, format, pages, source_url, sha256 FROM documents WHERE document_id = $id`, { id: base.matter.document_id });
  const sections = await store.all<MatterFull['sections'][number]>(`SELECT section, label, text, page FROM sections WHERE matter_id = $id ORDER BY seq`, { id });
  const peers = (await matterPeerGaps(store, id, peerOptions)) ?? { peers: [], gaps: [] };
  return { ...base, gaps: await matterGaps(store, id), peers, sections, document };
}

export interface DetailRow {
  part: string;
  seq: number;
  label: string;
  value: string;
  detail: string;
  page: number | null;
}

/** A matter as one long table (fields, items, media, safeguards, gaps) for its CSV and Arrow twins. */
export function matterDetailRows(d: MatterFull): DetailRow[] {
  const m = d.matter;
  const fields: [string, unknown][] = [
    ['title', m.title], ['municipality', m.municipality], ['matter_kind', m.matter_kind], ['procedure', m.procedure], ['legal_basis', m.legal_basis],
    ['department', m.department], ['divisions', m.divisions.join(';')], ['contractor', m.contractor], ['period_start', m.period_start],
    ['period_end', m.period_end], ['recurring', m.recurring], ['fiscal_year', m.fiscal_year], ['council_session', m.council_session], ['source_path', m.source_path]
  ];
  return [
    ...fields.map(([label, v], i) => ({ part: 'field', seq: i + 1, label, value: v === null || v === undefined ? '' : String(v), detail: '', page: label === 'title' ? m.page_start : null })),
    ...d.items.map((x, i) => ({ part: 'item', seq: i + 1, label: x.subject ?? '', value: x.item, detail: `${x.category}${x.sensitive ? ';sensitive' : ''}`, page: null })),
    ...d.media.map((x, i) => ({ part: 'medium', seq: i + 1, label: x.category, value: x.medium, detail: '', page: null })),
    ...d.sentences.map((s) => ({ part: 'safeguard', seq: s.seq, label: `${s.actor}/${s.scope}`, value: s.text, detail: s.categories.join(';'), page: s.page })),
    ...d.gaps.map((g, i) => ({ part: 'gap', seq: i + 1, label: g.category, value: g.reason, detail: g.rule_id, page: null }))
  ];
}

export const DETAIL_COLUMNS = ['part', 'seq', 'label', 'value', 'detail', 'page'] as const satisfies readonly (keyof DetailRow)[];

/** Where a document's file is, to serve it for download. */
export async function documentFile(store: Store, id: string): Promise<{ source_path: string; format: string } | null> {
  const [d] = await store.all<{ source_path: string; format: string }>(`SELECT source_path, format FROM documents WHERE document_id = $id`, { id });
  return d ?? null;
}
