// The risk score that orders the gap list: how much harm a missing safeguard could do in this
// matter. A sum of weighted features, each one a user can check on the matter page; the weights
// are here once, and the store's SQL and the rules page's explanation are generated from them.

export interface RiskInputs {
  /** Sensitive data items (store.md's `sensitive`). */
  sensitiveItems: number;
  /** Kinds of data item (data_items.category): identity, contact, health, finance … */
  itemKinds: number;
  /** Any medium other than paper. */
  electronic: boolean;
  /** Another body's system or a cloud service (media category external_system). */
  externalSystem: boolean;
  /** The contractor's servers (media category contractor_server). */
  contractorServer: boolean;
  /** Distinct categories missing, by a rule or by the matter's peers. */
  gapCategories: number;
}

export interface RiskWeight {
  key: keyof RiskInputs | 'anySensitive';
  weight: number;
  /** Counted values are capped here: ten sensitive items are not ten times as risky as one. */
  cap?: number;
  /** How the feature reads on the page. */
  label: string;
}

export const RISK_WEIGHTS: readonly RiskWeight[] = [
  { key: 'anySensitive', weight: 3, label: '要配慮個人情報を扱う' },
  { key: 'sensitiveItems', weight: 0.5, cap: 6, label: '要配慮個人情報の項目数（6項目まで）' },
  { key: 'itemKinds', weight: 0.5, cap: 8, label: '個人情報の項目の種類数（8種類まで）' },
  { key: 'electronic', weight: 2, label: '電子媒体・電子計算機で扱う' },
  { key: 'externalSystem', weight: 2, label: '外部のシステム・クラウドで扱う' },
  { key: 'contractorServer', weight: 2, label: '委託先のサーバで扱う' },
  { key: 'gapCategories', weight: 1, cap: 10, label: '不足している対策の分類数（10まで）' }
];

function valueOf(w: RiskWeight, r: RiskInputs): number {
  const v = w.key === 'anySensitive' ? r.sensitiveItems > 0 : r[w.key];
  const n = typeof v === 'boolean' ? Number(v) : v;
  return w.cap === undefined ? n : Math.min(n, w.cap);
}

/** The score, rounded to one decimal as the page shows it. */
export function riskScore(r: RiskInputs): number {
  return Math.round(RISK_WEIGHTS.reduce((sum, w) => sum + w.weight * valueOf(w, r), 0) * 10) / 10;
}

/** The same sum as SQL over columns named by `column` (the store's): one definition of the weights. */
export function riskSql(column: Record<keyof RiskInputs, string>): string {
  const terms = RISK_WEIGHTS.map((w) => {
    const raw = w.key === 'anySensitive' ? `(${column.sensitiveItems} > 0)::INTEGER` : w.key === 'electronic' || w.key === 'externalSystem' || w.key === 'contractorServer' ? `(${column[w.key]})::INTEGER` : column[w.key];
    const capped = w.cap === undefined ? raw : `least(${raw}, ${w.cap})`;
    return `${w.weight} * ${capped}`;
  });
  return `round(${terms.join(' + ')}, 1)::DOUBLE`;
}
