// Read queries used by routes and their data twins. Values are always bound; sort columns
// come from a whitelist.

import type { SortKey } from '../../domain/codes';
import { DEFAULT_PEER_OPTIONS, gapsAmong, type PeerOptions } from '../../domain/similar/peers';
import { similarityLabel, type SimilarMatter } from '../../domain/similar/similar';
import type { GapRow, MatterDetail, MatterDocument, MatterRow, PeerGapsResult } from '../../view-types';
import { correctionRow, fromStored } from '../corrections';
import { hasTables } from './catalog';
import { storedCorrections } from './corrections';
import { filterSql, type MatterFilter } from './dashboard';
import { cubeSelection } from './facts-cube';
import { MATTER_PARTS_SELECT } from './derived';
import { similarMatters } from './similar';
import type { Store } from './store';

// The row types are the browser's (view-types.ts); these queries answer with them.
export type { GapRow, MatterDetail, MatterDocument, MatterRow, PeerGapsResult };

/** The list's columns, in the order the CSV and Arrow twins give them. */
export const MATTER_COLUMNS = [
  'matter_id', 'document_id', 'seq', 'municipality', 'title', 'matter_kind', 'procedure', 'legal_basis', 'department',
  'divisions', 'contractor', 'period_start', 'period_end', 'recurring', 'fiscal_year', 'council_session', 'page_start',
  'source_path', 'source_url', 'items', 'sensitive_items', 'media', 'safeguards', 'categories', 'gaps', 'review', 'corrected'
] as const satisfies readonly (keyof MatterRow)[];

export const MATTER_SORTS: Record<SortKey, string> = {
  fiscal_year: 'm.fiscal_year',
  title: 'm.title',
  department: 'm.department',
  municipality: 'm.municipality',
  procedure: 'm.procedure'
};

export interface MatterQuery extends MatterFilter {
  matter_id?: string;
  sort?: SortKey;
  desc?: boolean;
  limit?: number;
  offset?: number;
}

export function listMatters(store: Store, q: MatterQuery = {}): Promise<{ total: number; rows: MatterRow[] }> {
  return store.memo(['list', q], () => listOf(store, q));
}

/** The list's columns as read from matter_facts m (MATTER_COLUMNS' order). */
const MATTER_SELECT = `m.matter_id, m.document_id, m.seq, m.municipality, m.title, m.matter_kind, m.procedure, m.legal_basis,
            m.department, m.divisions, m.contractor, strftime(m.period_start, '%Y-%m-%d') AS period_start,
            strftime(m.period_end, '%Y-%m-%d') AS period_end, m.recurring, m.fiscal_year, m.council_session, m.page_start,
            m.source_path, m.source_url, m.items, m.sensitive_items, m.media, m.safeguards, m.cats_any AS categories, m.gaps, m.review,
            m.corrected`;

async function listOf(store: Store, q: MatterQuery): Promise<{ total: number; rows: MatterRow[] }> {
  const sort = q.sort && Object.hasOwn(MATTER_SORTS, q.sort) ? q.sort : 'fiscal_year';
  const desc = q.desc !== false;
  const limit = Math.min(Math.max(q.limit ?? 100, 1), 1000);
  const offset = Math.max(q.offset ?? 0, 0);
  const base = filterSql(q);
  const params: Record<string, string | number | boolean | bigint> = { ...base.params };
  let filter = base.where;
  if (q.matter_id) {
    filter = filter ? `${filter} AND m.matter_id = $matter_id` : 'WHERE m.matter_id = $matter_id';
    params.matter_id = q.matter_id;
  }
  const order = `${MATTER_SORTS[sort]} ${desc ? 'DESC' : 'ASC'} NULLS LAST, m.matter_id`;
  // The total from the facts cube where it can count it; the page's rows from DuckDB, which reads
  // them no faster by key than in order (matter_facts is one row group at 100,000 matters).
  const hit = q.matter_id ? null : await cubeSelection(store, q);
  const [total, rows] = await Promise.all([
    hit ? hit.sel.length : store.all<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM matter_facts m ${filter}`, params).then(([r]) => r.total),
    store.all<MatterRow>(`SELECT ${MATTER_SELECT} FROM matter_facts m ${filter} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`, params)
  ]);
  return { total, rows };
}

/** A matter as stored, without its similar matters. */
type LoadedMatter = Omit<MatterDetail, 'similar' | 'peers'>;

type MatterFieldsRow = Omit<MatterRow, 'items' | 'sensitive_items' | 'media' | 'safeguards' | 'categories' | 'gaps' | 'review' | 'corrected'> & { format: string; pages: number; sha256: string };

/** A row of matter_parts (derived.ts): a per-matter row of one of eight tables. */
interface PartRow {
  part: 'item' | 'medium' | 'sentence' | 'category' | 'gap' | 'section' | 'evidence' | 'review';
  seq: number;
  subject: string | null;
  item: string;
  raw: string;
  category: string;
  sensitive: boolean;
  medium: string;
  actor: string;
  scope: string;
  heading: string | null;
  text: string;
  page: number;
  cue: string | null;
  rule_id: string;
  reason: string;
  section: string;
  label: string;
  field: string;
  flag: string;
  note: string | null;
}

/**
 * One matter with its document, gaps and sections: the matter's row, then its per-matter rows from
 * matter_parts, one sorted range of one table (the base tables when the store has no derived
 * tables). The list-row counts come from these rows rather than from listMatters' subqueries.
 */
async function loadMatter(store: Store, id: string): Promise<LoadedMatter | null> {
  const parts = (await hasTables(store, ['matter_parts'])) ? 'matter_parts' : `(${MATTER_PARTS_SELECT})`;
  // The fields and the parts side by side (the store's reader connections).
  const [[row], rows, stored] = await Promise.all([
    store.all<MatterFieldsRow>(
    `SELECT m.matter_id, m.document_id, m.seq, m.municipality, m.title, m.matter_kind, m.procedure, m.legal_basis,
            m.department, m.divisions, m.contractor, strftime(m.period_start, '%Y-%m-%d') AS period_start,
            strftime(m.period_end, '%Y-%m-%d') AS period_end, m.recurring, m.fiscal_year, m.council_session, m.page_start,
            d.source_path, d.source_url, d.format, d.pages, d.sha256
       FROM matters m JOIN documents d ON d.document_id = m.document_id
      WHERE m.matter_id = $id`,
      { id }
    ),
    store.all<PartRow>(`SELECT * FROM ${parts} WHERE matter_id = $id ORDER BY part, seq, category`, { id }),
    storedCorrections(store, id)
  ]);
  if (!row) return null;
  const of = (part: PartRow['part']) => rows.filter((r) => r.part === part);
  const items = of('item').map(({ subject, item, raw, category, sensitive }) => ({ subject, item, raw, category, sensitive }));
  const media = of('medium').map(({ medium, category }) => ({ medium, category }));
  const gaps = of('gap').map(({ category, rule_id, reason }) => ({ category, rule_id, reason }));
  const sections = of('section').map(({ section, label, text, page }) => ({ section, label, text, page }));
  const evidence = of('evidence').map(({ field, text, page }) => ({ field, text, page }));
  const reviews = of('review').map(({ flag, note }) => ({ flag, note }));
  const bySeq = new Map<number, PartRow[]>();
  for (const c of of('category')) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c]);
  const sentences = of('sentence').map(({ seq, actor, scope, heading, text, page }) => {
    const cs = bySeq.get(seq) ?? [];
    return { seq, actor, scope, heading, text, page, categories: cs.map((c) => c.category), cues: cs.flatMap((c) => (c.cue === null ? [] : [c.cue])) };
  });
  const { format, pages, sha256, ...fields } = row;
  // The same definitions as listMatters' columns (a test keeps them equal).
  const distinct = (values: string[]) => [...new Set(values)].sort();
  const matter: MatterRow = {
    ...fields,
    items: items.length,
    sensitive_items: items.filter((i) => i.sensitive).length,
    media: distinct(media.map((x) => x.category)),
    safeguards: sentences.length,
    categories: distinct(sentences.filter((x) => x.scope !== 'clause').flatMap((x) => x.categories)),
    gaps: gaps.length,
    review: distinct(reviews.map((r) => r.flag)),
    corrected: distinct(stored.filter((c) => c.status === 'applied' && c.matter_ref === id).map((c) => c.field))
  };
  const document = { document_id: fields.document_id, source_path: fields.source_path, format, pages, source_url: fields.source_url, sha256 };
  // The file's pending corrections are the server's to add (server/corrections.ts).
  const corrections = stored.map((s) => correctionRow(fromStored(s), s.status, s.matter_ref, s.title));
  return { matter, items, media, sentences, gaps, sections, evidence, reviews, document, corrections };
}

/** Peer gaps among the given similar matters: the categories at least `share` of them have and the matter lacks. */
export function peerGapsOf(categories: readonly string[], similar: readonly SimilarMatter[], opts: PeerOptions = {}): PeerGapsResult {
  return {
    peers: similar.map((s) => ({ matter_id: s.matter_id, title: s.title, similarity: s.score })),
    gaps: gapsAmong(categories, similar.map((s) => ({ matter_id: s.matter_id, categories: Object.keys(s.sentences) })), opts)
  };
}


/** Everything the matter page shows: fields, items, media, safeguards, gaps, similar matters and peer gaps, source. */
export function matterDetail(store: Store, id: string, peerOptions: PeerOptions = {}): Promise<MatterDetail | null> {
  // A snapshot's matter never changes (corrections are applied when it is published): remembered,
  // as the dashboard's answers are, since the similar matters cost a pass over shared terms' lists.
  return store.memo(['matter', id, peerOptions], () => matterDetailOf(store, id, peerOptions));
}

async function matterDetailOf(store: Store, id: string, peerOptions: PeerOptions): Promise<MatterDetail | null> {
  // One ranking serves both the similar list and the peer gaps.
  const [base, found] = await Promise.all([loadMatter(store, id), similarMatters(store, id, peerOptions.k ?? DEFAULT_PEER_OPTIONS.k)]);
  if (!base) return null;
  const similar = found ?? { similar: [], index: false };
  const peers = peerGapsOf(base.matter.categories, similar.similar, peerOptions);
  return { ...base, similar, peers };
}

export interface DetailRow {
  part: string;
  seq: number;
  label: string;
  value: string;
  detail: string;
  page: number | null;
}

/** A matter as one long table (fields, items, media, safeguards, gaps, evidence, review flags, similar matters) for its CSV and Arrow twins. */
export function matterDetailRows(d: MatterDetail): DetailRow[] {
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
    ...d.gaps.map((g, i) => ({ part: 'gap', seq: i + 1, label: g.category, value: g.reason, detail: g.rule_id, page: null })),
    ...d.evidence.map((e, i) => ({ part: 'evidence', seq: i + 1, label: e.field, value: e.text, detail: '', page: e.page })),
    ...d.reviews.map((r, i) => ({ part: 'review', seq: i + 1, label: r.flag, value: r.note ?? '', detail: '', page: null })),
    ...d.similar.similar.map((s, i) => ({ part: 'similar', seq: i + 1, label: s.matter_id, value: s.title ?? '', detail: `${similarityLabel(s)}。${s.reason}`, page: null }))
  ];
}

export const DETAIL_COLUMNS = ['part', 'seq', 'label', 'value', 'detail', 'page'] as const satisfies readonly (keyof DetailRow)[];

/** Where a document's file is, to serve it for download. */
export async function documentFile(store: Store, id: string): Promise<{ source_path: string; format: string } | null> {
  const [d] = await store.all<{ source_path: string; format: string }>(`SELECT source_path, format FROM documents WHERE document_id = $id`, { id });
  return d ?? null;
}

export async function matterExists(store: Store, id: string): Promise<boolean> {
  return (await store.all(`SELECT 1 FROM matters WHERE matter_id = $id`, { id })).length > 0;
}
