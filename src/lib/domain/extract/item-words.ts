// Word classes behind a data item's `sensitive` flag (store.md, data_items). An item is sensitive
// when it states a special-care fact about the person: the classes of 要配慮個人情報, the course of
// pregnancy and childbirth, long-term care status and receipt of public assistance. The decision is
// made on the item's head noun and its modifiers: `受診日` has a date for a head and is not
// sensitive although 受診 is care; `健診結果` is a result whose modifier is a health check.

const anyOf = (words: string[]) => new RegExp(words.join('|'));
const endsWith = (words: string[]) => new RegExp(`(?:${words.join('|')})$`);

/** Disability of body, mind or development, and its certificates and support classes. */
export const DISABILITY = anyOf([
  '障害',
  '障がい',
  '障碍',
  '身体障害者手帳',
  '療育手帳',
  '愛の手帳',
  'みどりの手帳',
  '精神保健福祉手帳',
  '精神障害者保健福祉手帳',
  '発達の遅れ'
]);

/** Medical history and conditions: what the person has or had. */
export const MEDICAL_HISTORY = anyOf([
  '病歴',
  '既往',
  '病名',
  '病状',
  '疾病',
  '疾患',
  '傷病',
  '治療歴',
  '診断',
  '症状',
  '認知症',
  '難病',
  '生活習慣病',
  '感染',
  '罹患',
  '陽性',
  'アレルギー',
  '副反応',
  '持病',
  '重症度',
  // A doctor's findings on the person (`医師の所見`), not an investigator's remarks.
  '医師の所見',
  '診察所見',
  '医学的所見',
  'うつ',
  // The Edinburgh postnatal depression scale: a screening for depression.
  'EPDS',
  'メンタルヘルス',
  // Plain words (やさしい日本語): 病気 for 疾病, けが for 傷病.
  '病気',
  'けがの',
  '怪我'
]);

/** The state of body and mind as such. */
export const HEALTH_CONDITION = anyOf(['心身の状況', '心身の状態', '身体状況', '身体の状況', '身体の状態', '健康状態', '健康状況', '精神状態', '体調', '発達の状況', '身体機能', '認知機能', '出生時の異常', '出生時の状況', '先天性']);

/** Medical care, dispensing and vaccination received. */
export const CARE_RECEIVED = anyOf([
  '服薬',
  '服用',
  '医薬品',
  '薬剤名',
  '処方薬',
  'お薬',
  '投薬',
  '処方',
  '調剤',
  '医療的ケア',
  '特別な医療',
  // The hospital an ambulance took the person to: care received.
  '搬送先医療機関',
  '搬送先病院',
  '医療の内容',
  'ワクチンの種類',
  '接種したワクチン',
  '接種ワクチン',
  'ワクチン接種',
  '接種歴',
  '接種履歴',
  '接種の履歴',
  '接種記録',
  '接種状況',
  '接種の有無',
  '接種情報',
  'かかりつけ',
  '主治医',
  '指定医療機関',
  '自立支援医療機関',
  '接種医療機関',
  '受診医療機関',
  '受診した医療機関',
  '受診先の医療機関',
  '受診先医療機関',
  // The institution where one is treated, however the clause says it (`精密検査を受けた医療機関名`).
  '受診している医療機関',
  '通院している医療機関',
  '入院している医療機関',
  '検査を受けた医療機関',
  '検査を実施した医療機関',
  '健診を実施した医療機関',
  '接種を実施した医療機関',
  '治療を受けている医療機関',
  '受診中',
  '入院',
  '通院',
  '治療',
  '診療',
  '手術',
  '療養',
  '透析',
  '受診歴',
  '受診状況',
  '受診の有無',
  '医療機関の受診',
  '医療機器',
  '人工呼吸器',
  '在宅酸素',
  '人工透析',
  'レセプト'
]);

/** Long-term care status: the care level, its 認定 and what the 認定 rests on. */
export const CARE_STATUS = anyOf(['要介護', '要支援', '介護度', '介護認定', '認定調査', '主治医意見書', '医師意見書', '基本チェックリスト', '一次判定']);

/** The course of pregnancy and childbirth. */
export const PREGNANCY = anyOf(['妊娠', '分娩', '出産歴', '出産の状況', '出産の経過', '単胎', '多胎', '産後の状況', '流産', '死産', '在胎週数', '初産', '経産']);

/**
 * Receipt of public assistance (生活保護), not of allowances. School aid's `要保護・準要保護の別`
 * says which pupils' households receive it (要保護 is a 生活保護 household).
 */
export const PUBLIC_ASSISTANCE = anyOf(['生活保護', '被保護の状況', '保護の受給', '要保護・準要保護', '要保護世帯']);

/** Creed, race, social status, crime and its victims, protection cases. */
export const OTHER_SPECIAL = anyOf(['信条', '宗教', '思想', '人種', '民族', '門地', '社会的身分', '犯罪', '前科', '犯歴', '被害', '非行', '保護処分', '少年審判', '刑事', '虐待', '前歴', '逮捕', '保護観察', '少年事件', '受刑', '服役', '刑罰']);

/** A health check's measured values and verdict: each is the check's result under another name (`血圧`, `HbA1c`, `総合判定`). */
export const CHECK_VALUES = anyOf(['総合判定', 'バイタルサイン', '血圧', '血糖', 'HbA1c', 'ヘモグロビンA1c', '尿検査', '尿蛋白', '尿たんぱく', '尿糖', 'コレステロール', '中性脂肪', '肝機能', '腎機能', '心電図', '眼底検査', '貧血検査', 'クレアチニン', 'eGFR', '尿酸']);

/** Health checks and tests whose outcome is sensitive (`…の結果`, `…の所見`, `…の要否`). */
export const CHECK = anyOf(['健診', '検診', '健康診査', '健康診断', '検査', '診察', '受診', 'チェックリスト', 'ストレスチェック', '認定調査', '読影']);
/** Heads that state an outcome. */
export const OUTCOME_HEAD = endsWith(['結果', '所見', '判定', '要否', '回答内容', '検査値', '数値', '値']);

/**
 * Heads that are never sensitive on their own: dates, times, places and bookings around care,
 * identifiers, and counts. `受診日`, `接種会場`, `接種券番号`, `出産予定日`.
 */
export const NEUTRAL_HEAD = endsWith([
  '日',
  '日時',
  '年月日',
  '日付',
  '期日',
  '時期',
  '時刻',
  '期間',
  '年度',
  '予定',
  '会場',
  '場所',
  '所在地',
  '住所',
  '番号',
  '記号',
  'ID',
  'コード',
  '回数',
  '件数'
]);

/** Attendance at a check is not its outcome: `健診受診歴`, `検診の受診状況`. */
export const CHECK_ATTENDANCE = /(?:健診|検診|健康診査|健康診断)(?:の)?(?:受診|実施)(?:歴|状況|の有無|の状況)?$/;

/** Free answers whose content is not stated, and documents that are not medical records. */
export const FREE_TEXT_HEAD = endsWith(['回答内容', '相談内容', '記述', '自由記述欄の回答内容', '意見', '要望']);
/** Medical records whose written content is medical: `主治医意見書の記載内容`. */
export const MEDICAL_RECORD = anyOf(['意見書', '診断書', '医師連絡票', '医師の連絡票', '臨床調査個人票', '認定調査票', '診療録', '健診票', '検診票', 'チェックリスト', 'ストレスチェック']);

/** Allowances and grants: receiving them is income, not public assistance (`児童扶養手当の受給状況`). */
export const ALLOWANCE = anyOf(['手当', '給付金', '助成金', '就学援助', '奨学金', '年金']);

/** The classes that make an item sensitive whatever its neutral head (`障害支援区分`, `要介護状態区分`). */
export const SENSITIVE_CLASSES = [DISABILITY, MEDICAL_HISTORY, HEALTH_CONDITION, CARE_RECEIVED, CARE_STATUS, PREGNANCY, PUBLIC_ASSISTANCE, OTHER_SPECIAL, CHECK_VALUES];
