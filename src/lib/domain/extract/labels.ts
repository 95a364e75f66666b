// What a form label means. Wards word their forms differently (委託先 / 委託事業者 / 結合先,
// 情報項目 / 情報の内容 / 記録項目 …), so labels are matched by pattern, not by exact string.
// Order matters: the first pattern that matches wins.

import { compact } from '../text';

export type LabelKey =
  | 'title'
  | 'department'
  | 'division'
  | 'business'
  | 'purpose'
  | 'target'
  | 'content'
  | 'contractor'
  | 'items'
  | 'media'
  | 'period'
  | 'legal_basis'
  | 'ward_measures'
  | 'contractor_measures'
  | 'management'
  | 'link_method'
  | 'operation'
  | 'place'
  | 'reason';

const RULES: [LabelKey, RegExp][] = [
  ['title', /^(?:件名|案件名|諮問件名|報告件名|諮問事項|報告事項|事案名|事案の名称|案件の名称|事項名|議題)$/],
  // Measures first: their labels also name the contractor (受託事業者に行わせる情報保護対策); measures
  // the municipality makes another take (`結合先の運営主体に講じさせる措置`) are that party's.
  ['contractor_measures', /(?:受託|受注|受任|請負|委託先|委託事業者|事業者|業者|乙|相手方).{0,16}(?:対策|措置)|外部委託に係る(?:対策|措置)|に(?:行わ|講じさ|講ぜさ|とら|取ら|守ら|実施さ)せる.{0,8}(?:対策|措置)|^(?:会社|事業者|委託先|受託者)が(?:する|行う|やる|守る)こと$/],
  // Plain-language headings (やさしい日本語): `市が する こと`, `会社が する こと`.
  ['ward_measures', /^(?:[区市町村県]|市役所|区役所|町役場)が(?:する|行う|やる|守る)こと$/],
  ['ward_measures', /(?:対策|措置|保護策|防止策)$|(?:対策|措置)(?:等|の内容)?$|安全管理/],
  ['management', /管理(?:責任)?体制|責任体制/],
  // `個人情報の項目及び記録媒体` heads a table of both: its group rows are the items, and its
  // `記録媒体` row names its own field.
  ['items', /(?:項目|個人情報)(?:及び|並びに|と|・)(?:記録)?媒体$/],
  ['media', /記録媒体|媒体|(?:処理|作業)の場所[・･]機器$|^(?:情報の|データの)?(?:記録|保存|保管)の?(?:形態|方法|方式)$|^(?:記録する|使用する|利用する|記録先の?)?(?:電子計算組織|電子計算機)(?:の名称)?$|^(?:記録する|記録先の?)システム$|^(?:個人)?(?:情報|データ)の(?:記録先|保存先|置き場所|保管場所)$|^(?:情報を)?(?:どこに|どこへ)(?:残し|記録し|保存し|置き|しまい)ますか$/],
  // Items: named by the data (情報項目, 記録項目, 個人情報の内容) or by what is done with it
  // (取り扱う情報, 利用する個人情報, 結合により送信する個人情報, 委託先に取り扱わせる項目).
  [
    'items',
    /情報項目|個人情報の(?:項目|種類|内容|範囲)|情報の(?:種類|項目|内容)|記録項目|取り?扱(?:う|い)?個人情報|提供する(?:個人)?情報|対象となる(?:個人)?情報|収集する(?:個人)?情報|保有個人情報|(?:する|させる|わせる|される|扱う|載せる|受け取る|受ける|渡す|送る|用いる|使う|預ける|預かる)(?:個人)?情報$|^[^の]{1,8}の個人情報$|(?:する|させる|わせる|扱う|載せる)項目$|^取り?扱い?(?:項目|情報)$|^(?:どんな|どのような)(?:個人)?情報を(?:あつかい|扱い|使い|預け|集め)ますか$/
  ],
  // `基本チェックリストの実施日` is a data item, not the period: only the business's own 実施日.
  ['period', /^いつから(?:いつまで)?(?:ですか)?$|期間|期限|時期|^(?:委託|事業|業務|利用|提供)?(?:の)?実施日$|利用開始|(?:の)?開始(?:日|時期|予定日|年月日|予定)?$|^(?:委託|事業|業務|利用|提供|契約)(?:の)?終了(?:日|予定日|年月日)$/],
  ['contractor', /^(?:(?:委託先|受託者|受託事業者|委託事業者)の?(?:名称|氏名)(?:及び|並びに|・)(?:所在地|住所)|委託を受ける者|委託する相手|お願いする(?:会社|相手|事業者)|任せる(?:会社|相手)|つなぐ先|接続する相手|業務を受託する者|委託先[・/]提供先|提供先[・/]委託先|委託先|委託先等|委託先事業者|委託事業者|委託業者|受託者|受託事業者|受託業者|受注者|受注事業者|受任者|請負者|契約の相手方|結合先|外部結合先|接続先|提供先|委託の相手方|結合の相手方|提供の相手方|相手方|委託予定先|事業者名|委託先名称?|受託者名|受託事業者名|受託業者名|委託事業者名|受注者名|受注事業者名)$/],
  // The office in charge, however it is worded; `保有課` alone names the office holding the data,
  // which is not the one in charge, so it is no division label (`保有課(担当課)` is).
  ['department', /^(?:部|局|担当|所管|担当するところ|(?:担当|所管)(?:局|部)[・･](?:部・)?課|(?:担当|所管)部局[・･](?:担当|所管)?課|担当部課|担当部局|担当部署|担当部署名|担当所属|担当組織|担当する組織|担当部|担当局|担当所管|所管部|所管局|所管部課|所管部局|所管課|所管部署|所管所属|事務の所管|事業の所管|主管|主管部課|主管課|担当部課名|担当部課室|担当部局課|所管部課室|実施機関|実施機関(?:及び|・)(?:担当|所管)(?:部|部局|部課|課)|実施課|利用する課|利用する部課|利用課|利用部課|事務担当課|所属)$/],
  // A rowspan's sub-labels under 担当 (`部 | 子ども未来部`, `課 | 子育てあんしん課`).
  ['division', /^(?:担当課|保有課\(担当課\)|担当課\(保有課\)|担当係|課|係|室)$/],
  ['business', /^(?:事業名|登録業務の名称|業務の名称|業務名|事務の名称|事務名|システム名|システムの名称)$/],
  ['legal_basis', /^(?:条例の根拠|条例上の根拠|根拠条例|法令上の根拠|根拠条文|根拠条項|根拠規定|根拠法令|根拠となる(?:条例|規定|条文)|根拠|よりどころ|きまり|もとになるきまり|(?:諮問|報告|協議|依頼)の根拠)$/],
  ['purpose', /目的$|^(?:委託理由|委託の理由|委託する理由|諮問理由|報告理由|理由|必要性)$/],
  ['target', /^(?:対象者|対象|対象者数|本人)$/],
  ['link_method', /結合(?:の)?方法|接続方法/],
  ['operation', /^運用方法$/],
  ['place', /履行場所|作業場所|実施場所/],
  // `議事内容` heads a meeting's agenda, not a matter's content.
  ['content', /^(?!議事内容$).*内容$|^(?:事業の概要|事務の概要|委託の概要|業務の概要|利用の概要|提供の概要|結合の概要|概要|業務概要|事業のあらまし|業務のあらまし|事務のあらまし|あらまし)$/]
];

/**
 * A measures label qualified by whose measures they are: `保護対策(受託者)`, `安全管理措置(受託者)`;
 * not one that only takes them in (`市が講ずる措置(提供先に求めるものを含む)`).
 */
const CONTRACTOR_QUALIFIER = /\((?:受託|受注|受任|委託先|委託事業者|事業者|業者|乙|相手方|提供先|結合先)(?![^()]*含む)[^()]*\)/;

/** A form's numbering label (`整理番号：報告１`): its value numbers the matter (segment.ts). */
export const NUMBER_LABEL = /^(?:整理番号|案件番号|事案番号|諮問番号|報告番号|番号|No\.?|№)$/i;

export const isMeasuresKey = (k: LabelKey | null): boolean => k === 'ward_measures' || k === 'contractor_measures';

/** The head of a measures table's column naming who takes each measure (`実施者 | 措置の内容`). */
/** A cell or line naming only a party: the rows of a `実施者 | 措置の内容` table, a rowspan's first cell. */
export const PARTY_ONLY = /^(?:本|当)?[区市町村県都府]$|^(?:実施機関|受託(?:事業)?者|受託業者|受注者|委託先|委託(?:事業|業)者|指定管理者|乙|甲)$/;
export const PARTY_COLUMN = /^(?:実施者|実施主体|主体|措置者|講じる者|対策の実施者|措置の実施者|担い手)$/;

/** The other party of a matter, named in a column that may hold any of them. */
/** A row saying the matter's kind outright (`区分 | 諮問`, `種別 | 報告（業務委託）`). */
export const MATTER_KIND_LABEL = /^(?:区分|種別|案件区分|案件の種別|案件の区分|諮問・報告の別|報告・諮問の別|諮問・報告区分)$/;
/** Its value: the kind, with what kind of matter in brackets. */
export const MATTER_KIND_VALUE = /^(諮問|報告)(?:事項|案件)?(?:\([^()]*\))?$/;

export const COUNTERPART = /^(?:委託先|結合先|提供先|収集先|照会先|相手方)等?$/;

/** The meaning of a label, or null when it is not a form label this product reads. */
export function labelKey(label: string): LabelKey | null {
  const l = compact(label)
    // A row number in the label cell (`1 件名`, `(2)担当部課`, `③記録媒体`) is not part of the label.
    .replace(/^(?:\d{1,2}|[(]\d{1,2}[)]|[①-⑳])[.、]?(?=\D)/, '')
    .replace(/[【】《》〈〉「」]/g, '')
    .replace(/[:：]$/, '');
  if (l.length === 0 || l.length > 48) return null;
  // A long phrase ending `…について` is a matter's title (`校務支援システムの…記録項目の追加について`), no field's label.
  if (l.length > 20 && /について$/.test(l)) return null;
  for (const [key, re] of RULES) if (re.test(l)) return key === 'ward_measures' && CONTRACTOR_QUALIFIER.test(l) ? 'contractor_measures' : key;
  // Two labels of one field joined (`委託先・結合先`, `委託先／結合先`, `担当部・課`): what both parts mean.
  const parts = l.split(/[・･/]/);
  if (parts.length === 2 && parts.every((x) => x.length >= 2)) {
    const [a, b] = parts.map((x) => RULES.find(([, re]) => re.test(x))?.[0] ?? null);
    if (a !== null && a === b) return a;
    // `委託先・収集先等`: a column of counterparts, whichever the matter has.
    if ((a === 'contractor' || b === 'contractor') && parts.every((x) => COUNTERPART.test(x))) return 'contractor';
  }
  // Items named with the offices holding them (`目的外に利用する個人情報及びその保有課`): the
  // offices are groups of the list, not a field of their own.
  const held = l.replace(/(?:及び|並びに|と)(?:その)?保有(?:する)?(?:課|部署|所属|部課|機関)$/, '');
  if (held !== l && RULES.some(([key, re]) => key === 'items' && re.test(held))) return 'items';
  // A qualifier in brackets (`結合先(委託先)`, `担当課(係)`) does not change what the label means.
  const bare = l.replace(/\([^()]*\)/g, '');
  if (bare !== l && bare.length > 0)
    for (const [key, re] of RULES)
      if (re.test(bare)) {
        // …except a measures label qualified by whose measures they are (`保護対策(受託者)`).
        if (key === 'ward_measures' && CONTRACTOR_QUALIFIER.test(l)) return 'contractor_measures';
        return key;
      }
  return null;
}
