// The store's code lists: each set of values a column or a dashboard URL parameter may hold, defined
// once. Types, URL validation, display labels, the similarity bit sets and the corpus generator all
// derive from these arrays. Labels are typed by their code list, so a code without a label does not
// compile. Array order is meaningful: it is the display order, and the bit order of the similarity
// profiles (derived.ts). Safeguard categories are not here: taxonomy.ts is their one source.

/** 報告 (a matter the council is told about) or 諮問 (one it is asked to rule on). */
export const MATTER_KINDS = ['report', 'consultation'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];
export const MATTER_KIND_LABELS: Record<MatterKind, string> = {
  report: '報告',
  consultation: '諮問'
};

/** What the council is asked about: the ordinance's procedures for personal information. */
export const PROCEDURES = ['outsourcing', 'external_link', 'purpose_change', 'indirect_collection', 'external_provision', 'computer_processing', 'other'] as const;
export type Procedure = (typeof PROCEDURES)[number];
export const PROCEDURE_LABELS: Record<Procedure, string> = {
  outsourcing: '業務委託',
  external_link: '外部結合',
  purpose_change: '目的外利用',
  indirect_collection: '本人外収集',
  external_provision: '外部提供',
  computer_processing: '電子計算機処理',
  other: 'その他'
};

/** Where the personal information is recorded. */
export const MEDIA_CATEGORIES = ['paper', 'removable', 'contractor_pc', 'contractor_server', 'ward_system', 'external_system', 'email'] as const;
export type MediaCategory = (typeof MEDIA_CATEGORIES)[number];
export const MEDIA_LABELS: Record<MediaCategory, string> = {
  paper: '紙',
  removable: '可搬媒体',
  contractor_pc: '委託先PC',
  contractor_server: '委託先サーバ',
  ward_system: '区のシステム',
  external_system: '外部システム',
  email: '電子メール'
};

/** What a data item names. */
export const ITEM_CATEGORIES = ['identity', 'contact', 'identifier', 'health', 'family', 'residency', 'financial', 'other'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];
export const ITEM_CATEGORY_LABELS: Record<ItemCategory, string> = {
  identity: '本人特定',
  contact: '連絡先',
  identifier: '番号・ID',
  health: '健康・医療',
  family: '家族',
  residency: '住民・在留',
  financial: '金銭・所得',
  other: 'その他'
};

/** Who takes a safeguard: the ward (or city) itself, or its contractor. */
export const ACTORS = ['ward', 'contractor'] as const;
export type Actor = (typeof ACTORS)[number];
export const ACTOR_LABELS: Record<Actor, string> = {
  ward: '区',
  contractor: '受託者'
};

/** The dashboard's actor filter: one actor, or either of them. */
export const ACTOR_FILTERS = [...ACTORS, 'any'] as const;
export type ActorFilter = (typeof ACTOR_FILTERS)[number];

/** The kind of safeguard, from the heading it stood under; `clause` is an annex (特記事項) clause. */
export const SCOPES = ['operational', 'system', 'physical', 'human', 'clause', 'other'] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_LABELS: Record<Scope, string> = {
  operational: '運用上',
  system: 'システム上',
  physical: '物理的',
  human: '人的',
  clause: '特記事項',
  other: 'その他'
};

/** The dashboard's filter parameters; the names are the store's column names (server/store/dashboard.ts). */
export const FILTER_KEYS = [
  'municipality',
  'department',
  'procedure',
  'matter_kind',
  'fy_from',
  'fy_to',
  'fiscal_year',
  'item_category',
  'sensitive',
  'media_category',
  'category',
  'actor',
  'clauses',
  'has',
  'gap',
  'review',
  'rule'
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The orders of the matter list (the `sort` parameter). */
export const SORT_KEYS = ['fiscal_year', 'title', 'department', 'municipality', 'procedure'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Whether `value` is one of `codes` (a URL value or a stored string, narrowed to the code type). */
export function isCode<T extends string>(codes: readonly T[], value: string): value is T {
  return (codes as readonly string[]).includes(value);
}
