// Personal data items (情報項目): find where a matter lists them, split the lists into items, find
// whose data each item is, strip qualifiers and footnote marks, and categorise.

import { clean, dropDefinitions, nfkc, splitTopLevel } from '../text';
import type { ItemCategory } from '../codes';
import type { DataItem } from '../types';
import { labelKey, NUMBER_LABEL } from './labels';
import { valueOf, type Row } from './row';
import {
  ALLOWANCE,
  CHECK,
  CHECK_ATTENDANCE,
  FREE_TEXT_HEAD,
  MEDICAL_RECORD,
  NEUTRAL_HEAD,
  OUTCOME_HEAD,
  PUBLIC_ASSISTANCE,
  SENSITIVE_CLASSES
} from './item-words';

/** People whose data an item can be: `乳児の氏名` is the infant's name. */
const PERSON =
  /(?:者|乳児|幼児|乳幼児|新生児|児童|生徒|園児|夫|妻|父|母|^子|^子ども|世帯主|世帯員|^世帯|家族|親族|本人|パートナー|同居人|代理人|患者|妊婦|産婦|妊産婦|職員|医師|^児|[^人定]員|住民|会員|学生)$/;
const SUBJECT = /^(.{1,12}?)の(.+)$/;
/** The person a subject names, without the clause describing them: `受診した乳幼児` → `乳幼児`, `調査に立ち会う家族` → `家族`. */
const personOf = (raw: string) => clean(raw).replace(/^[^、]*?(?:した|する|される|された|している|の対象となる|立ち会う|付き添う)(?=\S{2,}$)/, '');
/** A scale named after a kind of person (`障害高齢者の日常生活自立度`): one item, not a subject and its item. */
const SCALE_OF_PERSON = /^[^の]{2,8}(?:高齢者|障害者|児)の[^の]*(?:度|区分|程度|等級)$/;
/** Prose names its subject with a longer phrase: `要介護認定を申請した被保険者の…`. */
const PROSE_SUBJECT = /^(.{1,24}?)(?:ごと)?の(.+)$/;

const CATEGORY_RULES: [ItemCategory, RegExp][] = [
  ['contact', /電話|メール|FAX|ファクス|ファックス|連絡先|携帯/i],
  ['financial', /口座|所得|負担区分|負担額|税額|課税|収入|金融機関|給与|年金|保険料|手当額|助成額|費用|預貯金/],
  ['identifier', /個人番号|マイナンバー|住民番号|宛名番号|記号番号|整理番号|利用者番号|被保険者番号|受給者番号|番号|ID$|コード/],
  ['health', /受診|主治医|認定調査|意見書|チェックリスト|予診|ストレスチェック|発症|基礎疾患|健診|健康診査|検診|要介護|要支援|介護度|妊娠|分娩|出産|身体状況|心身|接種|医療機関|病|障害|診断|診療|問診|服薬|既往|かかりつけ|医師|症状|体重|身長|血圧|検査|治療|入院|通院|健康状態|療養|看護|ケア|保健指導|感染|陽性|発熱|アレルギー|単胎|多胎|母子|障がい|手帳/],
  ['family', /続柄|家族|世帯|配偶者|親族|同居/],
  ['residency', /国籍|在留|異動|転出|転入|消除|住民登録|外国人/],
  ['identity', /氏名|名前|生年月日|性別|住所|年齢|通称|併記名|方書|郵便番号|フリガナ|ふりがな|カナ|職業|勤務先|学校名|旧姓/]
];

/**
 * Special-care data (store.md): decided on the head noun and its modifiers. Dates, places,
 * bookings and identifiers around care are not sensitive; outcomes are when they are outcomes of a
 * health check or test; free answers are not; receiving an allowance is not public assistance.
 */
export function isSensitive(item: string): boolean {
  const t = item.replace(/\s+/g, '');
  if (NEUTRAL_HEAD.test(t) || CHECK_ATTENDANCE.test(t)) return false;
  if (OUTCOME_HEAD.test(t) && CHECK.test(t)) return true;
  if (/記載内容$/.test(t)) return MEDICAL_RECORD.test(t);
  // A doctor's opinion in a care file (`主治医の意見`) is the 意見書's content, not a free answer.
  // A free answer whose subject is stated (`心身の状態に関する意見`) is as sensitive as its subject.
  if (FREE_TEXT_HEAD.test(t)) {
    const subject = /^(.+?)(?:に関する|に係る|についての)/.exec(t)?.[1];
    return /(?:主治医|医師)の?意見$/.test(t) || (subject !== undefined && SENSITIVE_CLASSES.some((re) => re.test(subject)));
  }
  if (ALLOWANCE.test(t) && !PUBLIC_ASSISTANCE.test(t)) return false;
  return SENSITIVE_CLASSES.some((re) => re.test(t));
}

/** A head that says nothing of its content by itself: the brackets after it say what it holds. */
const GENERIC_HEAD = /(?:結果|内容|状況|記録|情報)$/;

/**
 * What the brackets after a generic head list (`基本調査の結果（身体機能、認知機能等の状況）`) is
 * what the item states: sensitive when one of the listed things is.
 */
function sensitiveByContent(item: string, raw: string): boolean {
  if (!GENERIC_HEAD.test(item)) return false;
  const inside = /[（(]([^）)]+)[）)]/.exec(raw)?.[1];
  return inside !== undefined && inside.split(/[、,，・]/).some((part) => isSensitive(part.replace(/等の.*$|等$/, '')));
}

export function categorizeItem(item: string, raw = item): { category: ItemCategory; sensitive: boolean } {
  const category = CATEGORY_RULES.find(([, re]) => re.test(item))?.[0] ?? 'other';
  // The item as written decides too when its subject was taken off (`医師の所見` → `所見`): a
  // doctor's findings are the person's health. Not when brackets qualify it (`氏名（障害のある方）`).
  const written = raw.replace(/\s+/g, '');
  const asWritten = written !== item && written.endsWith(item) && !/[（(]/.test(written) && [...written].length <= 20 && isSensitive(written);
  return { category, sensitive: isSensitive(item) || asWritten || sensitiveByContent(item, raw) };
}

/** Sub-headings inside an item cell (`2 委託先に提供する項目`, `個人情報の項目`). */
const SUBHEADING = /^(?:(?:\d{1,2}|[(]\d{1,2}[)])\s*[^、,]{0,24}(?:項目|情報)|[^、,・]{0,20}(?:の項目|情報項目|記録項目))$/;
/** Column headings of an item table (`区分 | 項目 | 備考`), and the office columns of a purpose change. */
const HEADER = /^(?:区分|対象|対象者|項目|内容|備考|種別|分類|収集する項目|情報項目|保有(?:する)?(?:課|部課|所属)|担当課|本来の利用目的)$/;
/** The same headings met in a list, where 備考 may well be an item (a register's remarks field). */
const COLUMN = /^(?:区分|対象|対象者|項目|内容|種別|分類|収集する項目|情報項目|保有(?:する)?(?:課|部課|所属)|担当課|本来の利用目的)$/;
/** The items column of a table flattened into its cell (`番号 | 項目 | 収集元 | 備考`). */
const ITEM_COLUMN = /^(?:項目|項目名|個人情報の項目|情報項目|記録項目|データ項目)$/;
/** Its other columns: a number, where the item comes from, a remark. */
const SIDE_COLUMN = /^(?:番号|No\.?|№|収集元|取得元|収集先|取得先|収集方法|備考|根拠|用途|保存期間|提供元|提供先)$/i;

/**
 * A table of items flattened into the cell one cell a line, headed by its columns (`番号`, `項目`,
 * `収集元`, `備考`, then four cells a row): the items column's cells, then what follows the table (a
 * note). Null when the cell does not open with such a heading, or its rows are not numbered in turn.
 */
function itemColumn(cells: string[]): string[] | null {
  const heads: string[] = [];
  for (const c of cells.slice(0, 6)) {
    const h = clean(c);
    if (!ITEM_COLUMN.test(h) && !SIDE_COLUMN.test(h)) break;
    heads.push(h);
  }
  const at = heads.findIndex((h) => ITEM_COLUMN.test(h));
  const numbered = heads.findIndex((h) => /^(?:番号|No\.?|№)$/i.test(h));
  const k = heads.length;
  if (k < 2 || at < 0) return null;
  const out: string[] = [];
  let i = k;
  for (; i + k <= cells.length && (numbered < 0 || clean(cells[i + numbered]) === String(out.length + 1)); i += k) out.push(cells[i + at]);
  return out.length > 0 ? [...out, ...cells.slice(i)] : null;
}

/** A running page header or footer inside a list: `－2－`, `荒川区個人情報保護審議会 資料3`. */
const PAGE_NOISE = /^[-−－―‐ー\s\d]+$|審議会\s*資料\s*\d*$|^資料\s*\d+$/;
/** A note under a list: `※…`, `注)…`, `備考…`, and a footnote's qualifying sentence (`* 該当する利用者に限る。`). */
const NOTE = /^(?:※|注[)):：]|\(注\)|備考\s|\**\s*[^、,\s][^、,。]{0,30}(?:に限る|を除く|を含む)。$)/;
/** `保存形態:紙…`, `提供の条件:…`: another part of the form, after the list. */
const LIST_END = /^[^:、,()]{0,16}(?:形態|媒体|期間|方法|条件|場所|理由|目的|委託先|提供先|結合先)\s*[:：]|^(?:[^:、,()]{0,10}(?:提供|利用|結合|記録|保存|保管|委託|収集|接続|送付|送信|管理|運用|処理|実施|受渡し?|引渡し?|廃棄|返還|入力|照会|取扱い?|使用|記録媒体)の?)?(?:形態|媒体|方法|条件|理由|目的)$/;
/** A group of information the matter does not handle: `受託者には提供しない情報`, `取り扱わない項目`, `対象外`. */
const NOT_HANDLED_GROUP = /(?:提供|取り扱|取扱|収集|利用|送信|入力|記入|記載)(?:し|わ|を求め)?ない|対象外|除く|含まない/;

/** A section number of the document (`3 記録媒体`, `三 利用の方法`), not an item's own number. */
const SECTION = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[\s.．、]\s*\S/;
/** A sentence that only announces the list below it: `…について、次の情報を利用します。`, `次のとおりです。`. */
const ANNOUNCES_LIST = /(?:次|以下)の(?:(?:情報|項目|個人情報|とおり)[^。、]{0,12}(?:ます|です|である|[うくすつむる])|とおり)。?$/;
const KANA_LETTER = /^[ア-ン][.、．)]?[ \u3000]+(?=[^\u30a0-\u30ff\s])/;
const LETTER = /^[ア-ン][.、．)]?[ \u3000]+/;
/** The orders a list's katakana letters follow. */
const LETTER_ORDERS = ['アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン', 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス'];

/**
 * Which lines are lettered: a letter and a space before a word that is not katakana (`ア␣氏名`), or
 * before any word when the letter is the one after the line before's (`ウ␣電話番号` / `エ␣メールアドレス`).
 */
function letteredLines(lines: string[]): boolean[] {
  let prev: string | null = null;
  return lines.map((l) => {
    const letter = LETTER.exec(l)?.[0][0] ?? null;
    const after = letter !== null && prev !== null && LETTER_ORDERS.some((o) => o.indexOf(letter) === o.indexOf(prev as string) + 1);
    const ok = letter !== null && (KANA_LETTER.test(l) || after);
    if (ok) prev = letter;
    return ok;
  });
}

/** A bracketed outline number, in digits or kanji (`(2)`, `(二)` after NFKC). */
const OUTLINE_NUMBER = /[(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)]/.source;
const ITEM_NUMBER = new RegExp(`^(?:\\d{1,2}[.)．]|${OUTLINE_NUMBER}|[①-⑳]|[ア-ン][.)．、]\\s*|[・\\-－○●◯■□◆◇*]+)\\s*`);
/** A group line's number or bullet before its label. */
const GROUP_MARK = new RegExp(`^(?:${OUTLINE_NUMBER}|\\d{1,2}[.)．]|[①-⑳]|[・\\-－○●◯■□◆◇*]+)\\s*`);
/** `（二）家族等に関する項目`, `（児童に関する項目）`: a numbered or bracketed heading over whose items follow. */
const WHOSE_ITEMS = new RegExp(`^(?:${OUTLINE_NUMBER}\\s*(.{1,24}?)|[(]([^()]{1,24}?))に(?:関する|係る)(?:項目|情報|個人情報)(?:(?<=[(].*)[)])?$`);

const personLike = (s: string) => PERSON.test(s.replace(/\([^)]*\)/g, '').trim());
function personSubject(prefix: string): boolean {
  return personLike(prefix);
}
/** `乳児の氏名` → [乳児, 氏名]; `扶養親族の数` is one item (a counter is no item of its own). */
function subjectSplit(p: string, re: RegExp): RegExpExecArray | null {
  const m = re.exec(p);
  // A の inside brackets (`緊急連絡先(家族の名前と電話番号)`) qualifies the item before them.
  const unclosed = m ? (m[1].match(/[(（]/g)?.length ?? 0) > (m[1].match(/[)）]/g)?.length ?? 0) : false;
  return m && !unclosed && personSubject(m[1]) && m[2].replace(/\([^)]*\)/g, '').length >= 2 ? m : null;
}

/** `(区内在住、在勤)`, `(※1)`, `※2`, a footnote's asterisk (`要介護度*`), trailing `等`: qualifiers that are not part of the item. */
function normalizeItem(s: string): string {
  let t = s
    .replace(/\([^()]*\)/g, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/[「」『』]/g, '')
    .replace(/※\s*\d*/g, '')
    .replace(/\*+\d*$/, '')
    // A page's mark after an item (`受診日 要配慮`, a badge): the page's flag, not the item's name.
    .replace(/(?<=\S)\s*[【[]?要配慮[】\]]?$/, '')
    .replace(/^[・\-－○●◯■□◆◇*]+/, '')
    .replace(/^(?:\d{1,2}|[(]\d{1,2}[)]|[①-⑳])[.、\s]*/, '')
    .replace(/^(?:それから|並びに|及び|又は|または|さらに)/, '');
  // `入居の申込みの際に申告された障害者手帳の等級`, `端末から送られる位置情報`: where the datum
  // comes from is no part of its name.
  t = clean(t).replace(/^[^、]{2,}?(?:された|される|されている|られる|られた|られている)(?=[^、]{3,}$)/, '');
  if (t.length > 2) t = t.replace(/(?:等|など|ほか)$/, '');
  return t;
}

/** Splits at 及び / 並びに / 又は outside brackets: `氏名及び住所` → [氏名, 住所]. */
function splitConjunctions(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ('(「『【《〈['.includes(c)) depth++;
    else if (')」』】》〉]'.includes(c)) depth = Math.max(0, depth - 1);
    const m = depth === 0 ? /^(?:並びに|及び|又は|それから)/.exec(s.slice(i)) : null;
    if (m && cur !== '') {
      out.push(cur);
      cur = '';
      i += m[0].length - 1;
    } else cur += c;
  }
  out.push(cur);
  return out.filter((x) => x.trim() !== '');
}

/** A piece of prose that is a clause, not an item: `本人確認のため`, `…により`. */
const CLAUSE = /(?:ため|ので|により|によって|として|場合|際|ところ|ており|ますが|ですが|のうち|から|へ|ます|する|した)$|[。]|について|に限る/;

class ItemList {
  readonly out: DataItem[] = [];
  private readonly seen = new Set<string>();

  push(subject: string | null, text: string, raw = text) {
    const item = normalizeItem(text);
    // One kanji can be an item in a list (組, 学年's 組); one kana or symbol is debris.
    if ((item.length < 2 && !/^[\u4e00-\u9fff]$/.test(item)) || item.length > 40 || /^(?:等|など|その他)$/.test(item)) return;
    if (COLUMN.test(item) || PAGE_NOISE.test(item) || OFFICE.test(item)) return;
    const key = `${subject ?? ''}|${item}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push({ subject, item, raw: clean(raw), ...categorizeItem(item, clean(raw)) });
  }

  /**
   * Drops the items pushed since `from` when every one of them was listed before it: a row that
   * names listed items again (`要配慮個人情報に該当する項目 | 既往歴、服薬状況`) adds none.
   */
  dropRestatement(from: number) {
    const earlier = this.out.slice(0, from);
    // An item of no one in particular names any earlier item of that name; a person's, that person's.
    const listed = (d: DataItem) => earlier.some((e) => e.item === d.item && (d.subject === null || e.subject === d.subject));
    if (this.out.length - from >= 2 && this.out.slice(from).every(listed)) this.out.splice(from);
  }
}

/** An office named in an item table's holder column (`教育委員会 学校運営部 学務課`). */
const OFFICE = /^(?:\S+\s+)+\S*(?:課|部|局|事務所|係|室|センター)$|^\S*(?:部|局)\S*(?:課|事務所|係|室)$/;

/** A sentence announcing the list after it or on the lines below: `既存の記録項目に加え、次の項目を記録する。減免の区分、…`. */
const LIST_INTRO = /^[^。]*(?:次の|以下の|下記の)[^。]*。(?=\S|$)/;

/**
 * Splits an item cell into items. A cell separates items with 、 and keeps ・ inside items
 * (`単胎・多胎`), or separates them with ・ alone; a subject prefix (`夫(パートナー)の氏名・生年月日`)
 * applies to the items chained after it. Spaces are weak: they separate only before a new subject.
 * Group labels (`【保護者】`, `(2)保護者`, `児童:`, a person alone on its line) give the subject of
 * the lines below them; notes (`※…`) and running page headers are not items.
 */
export function parseItems(value: string): DataItem[] {
  const list = new ItemList();
  parseLines(value.split('\n'), list, null);
  return list.out;
}

/** A code before an item in a listing's columns (`A01`, `B12`, `01`). */
const ITEM_CODE = /(?:^|\s)(?:[A-Z]{1,2}\d{2,3}|\d{2,3})\s+(?=\S)/g;
const CODED_LINE = /^\s*(?:[A-Z]{1,2}\d{2,3}|\d{2,3})\s+\S/;
/** The header of such columns: `コード␣項目名␣␣コード␣項目名`. */
const CODE_HEADER = /^(?:\s*(?:コード|番号|No\.?|項目名|項目|名称|備考))+\s*$/;

/**
 * A listing's coded columns (`A01␣␣氏名␣␣␣␣A02␣␣カナ氏名`): one item per code, the codes and the
 * columns' header left out. Lines as they are when fewer than two start with a code.
 */
function uncoded(lines: string[]): string[] {
  const texts = lines.map((l) => nfkc(l));
  if (texts.filter((t) => CODED_LINE.test(t)).length < 2) return lines;
  return texts.flatMap((t) => (CODE_HEADER.test(t) ? [] : t.split(ITEM_CODE).map((x) => x.trim()).filter((x) => x !== '')));
}

/** A sentence's end before a group's label (`。保護者等に関する項目（…）：`). */
const GROUP_SENTENCE = /。(?=[^、,。／/:：]{1,40}[:：])/;

/**
 * A small table in the items' cell, its cells parted by spaces (`保有課␣個人情報の名称␣利用する項目`
 * over `市民課␣住民基本台帳␣氏名、生年月日`): only the items' column is read. Lines as they are
 * when the first names no such column or a row has fewer cells than it.
 */
function spacedItemColumn(lines: string[]): string[] {
  const cells = (l: string) => l.trim().split(/[ \u3000]+/);
  const heads = lines.length >= 2 ? cells(lines[0]) : [];
  const at = heads.findIndex((h) => /項目$/.test(h));
  if (heads.length < 2 || heads.length > 5 || at < 0 || heads.some((h) => h.length > 12 || /[、。,]/.test(h) || !/\D{2}/.test(h))) return lines;
  const rows = lines.slice(1).map(cells);
  // The other columns name things (a division, a register): no list in them.
  const other = (r: string[]) => r.filter((_, k) => k !== at && (at < heads.length - 1 || k < at));
  if (!rows.every((r) => r.length >= heads.length && other(r).every((c) => !/[、。,]/.test(c)))) return lines;
  // The last column takes what is left of its row (an item may hold a space).
  return rows.map((r) => (at === heads.length - 1 ? r.slice(at).join(' ') : r[at]));
}

function parseLines(coded: string[], list: ItemList, subject0: string | null, labelled = true) {
  // A pictograph before a line (`☎️ 緊急連絡先`, a slide's group) marks it as a bullet does.
  const rawLines = spacedItemColumn(uncoded(coded)).map((l) => l.replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+(?=\S)/u, ''));
  // Groups run on one line with slashes between them (`依頼会員：氏名…／子ども：氏名…`), or as
  // sentences (`受給者に関する項目：…。保護者等に関する項目：…。なお、…`): each sentence its own line.
  const groupLines = (l: string) => (GROUP_SENTENCE.test(l) ? l.split(/。(?=\S)/) : [l]).flatMap((x) => x.split(/[／/](?=[^、,／/:：]{1,12}[:：])/));
  let lines = prepareLines(rawLines.flatMap((l, i) => groupLines(i === 0 ? l.replace(LIST_INTRO, '') : l)));
  // A remark in a sentence of its own under a labelled list (a wiki's warning panel: `個人番号を含む
  // ため、…職員に限ります。`) does not make the list prose.
  const remark = (l: string) => /。\s*$/.test(l) && l.length > 30 && !/^[^、。]{1,30}[:：]/.test(l) && /^[^、。]*(?:ため|ので|場合|ところ|が|は)、/.test(l);
  const listed = lines.filter((l) => !remark(l));
  // …nor does one over a list of an item a line (`「要配慮」の表示は、…付けたものです。` over `氏名` / `住所` / …).
  const list3 = listed.filter((l) => !/。/.test(l)).length >= 3;
  if (listed.length > 0 && listed.length < lines.length && (list3 || listed.some((l) => /^[^、。]{1,30}[:：]/.test(l))) && !isProse(listed.join(''))) lines = listed;
  if (isProse(lines.join(''))) {
    if (parseProse(lines, list, subject0, labelled) > 0) return;
    // Sentences that name no list (a remark under the list) are not items.
    lines = lines.filter((l) => !/。/.test(l));
  }
  // A remark written as a sentence under a list (`…署名欄もありますが、医師の署名は入力の対象にしていません。`) names no item.
  lines = lines.filter((l) => !/(?:ます|ません|です|でした|ました)。\s*$/.test(l.trim()));
  let subject = subject0;
  // A list lettered in katakana (`ア␣受給者の氏名…`, `イ␣令和4年度分の…`): the letters are no part
  // of the items, and each lettered line starts an item of its own.
  const letters = letteredLines(lines);
  const lettered = letters.filter(Boolean).length >= 2;
  const unlettered = (l: string) => l.replace(LETTER, '').trim();
  // …and a lettered line of a few words over unlettered lines names whose items they are (not one
  // over the next group's heading, `（二）家族等に関する項目`).
  const heads = lettered ? lines.map((l, i) => letters[i] && i + 1 < lines.length && !letters[i + 1] && groupLabel(lines[i + 1]) === null && !/[、,，・]/.test(l) && unlettered(l).length <= 20) : [];
  const starts = lettered ? lines.filter((_, i) => letters[i] && !heads[i]) : [];
  const letteredLine = new Set(starts);
  const joined = joinWrapped(lettered ? lines.map((l, i) => (heads[i] ? `【${unlettered(l)}】` : l)) : lines, (l) => letteredLine.has(l)).map((l) =>
    starts.some((x) => l.startsWith(x)) ? unlettered(l) : l
  );
  const commaList = joined.length >= 3 && joined.some((l) => /[、,，]/.test(l.replace(/\([^)]*\)/g, '')));
  for (const line of joined) {
    const g = groupLabel(line);
    if (g) {
      subject = g.subject ?? subject;
      if (g.rest) parseLine(g.rest, list, subject, commaList);
      continue;
    }
    parseLine(line, list, subject, commaList);
  }
}

/** A spreadsheet's review column beside an item (`確認済✓`, `要確認`): the sheet's, not the matter's. */
const REVIEW_MARK = /^(?:確認済み?|要確認|未確認|確認中|済)?[✓✔]?$/;
/** A group of items the matter does not handle, alone on its line (`送信しない情報`, `対象外`): it and what follows are no items. */
const notHandledGroup = (l: string) => NOT_HANDLED_GROUP.test(l) && l.length <= 16 && !/[、,。]/.test(l) && /(?:情報|項目|もの|対象外)$/.test(l);
/** A sentence naming what is not handled (`個人番号は送信しない`): no item. */
const notHandledSentence = (l: string) => NOT_HANDLED_GROUP.test(l) && /^[^。]{1,40}は[、,]?[^。]{0,20}ない。?$/.test(l);

/** Drops notes, page noise and sub-headings; a note runs on until its sentence ends. */
function prepareLines(rawLines: string[]): string[] {
  const out: string[] = [];
  let inNote = false;
  // Group labels inside a line (`…病歴※2 【世帯に係る項目】生活保護の受給状況…`) start a line of their own.
  const split = rawLines.flatMap((l) => l.split(/\s*(?=[【《〈〔][^】》〉〕]{1,24}[】》〉〕])/));
  for (const raw of split) {
    const l = nfkc(raw)
      // A footnote definition (`※1…申込フォームによる申込者のみ`) runs to the end of the line, and
      // so does a remark (`…住所※療育手帳の障害の程度は、…をいう。`).
      .replace(/\s※\s*\d*\s*[…:：.].*$/, '')
      .replace(/※[^、※]*は、[^※]*。$/, '')
      .replace(/※\s*\d+\s+[^※【]*?。/g, '')
      .trim();
    if (l === '' || REVIEW_MARK.test(l) || notHandledSentence(l)) continue;
    if (LIST_END.test(l) || notHandledGroup(l)) break;
    if (inNote) {
      inNote = !/。$/.test(l);
      continue;
    }
    if (NOTE.test(l)) {
      inNote = !/。$/.test(l);
      continue;
    }
    if (PAGE_NOISE.test(l) || SUBHEADING.test(clean(l)) || COLUMN.test(clean(l))) continue;
    // `提供の条件:…に限る。`: a labelled sentence, not a group of items.
    const colon = /^([^:、,]{1,24}):(.*)$/.exec(l);
    if (colon && !personLike(colon[1]) && /。/.test(colon[2])) continue;
    out.push(l);
  }
  return out;
}

/** A line of prose: a sentence that names its items (`…個人情報は、氏名、…です。`). */
const isProse = (l: string) => /。/.test(l) && /は、|^[^、。]{0,20}?(?:となる|する|させる|扱う)のは|を(?:送|提供|取り?扱|利用|記録|収集|お渡し|渡)|も(?:取り?扱|提供|利用|記録)/.test(l);

/**
 * Joins lines a list was wrapped in: after a separator, inside an open bracket, a long line of a
 * hard-wrapped list that broke inside an item (`…精神障害者保健` / `福祉手帳の等級、…`), or a
 * numbered item cut after a particle.
 */
function joinWrapped(lines: string[], lettered: (l: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const fresh = (l: string, prev: string) => ITEM_NUMBER.test(l) || lettered(l) || /^[【《〈〔[※]/.test(l) || groupLabel(l) !== null || parallel(prev, l);
  for (const l of lines) {
    const last = out.length - 1;
    const prev = out[last];
    if (last >= 0 && (/[、,，・]$/.test(prev) || openBracket(prev))) out[last] += l;
    else if (last >= 0 && wrappedAt(prev) && !fresh(l, prev)) out[last] += l;
    // A numbered item cut after a particle (`(9) 特定健康診査の` / `結果(HbA1c…)`, a sheet's item over two cells).
    else if (last >= 0 && ITEM_NUMBER.test(prev) && /(?:の|及び|並びに|又は|若しくは)$/.test(prev) && !fresh(l, prev)) out[last] += l;
    else out.push(l);
  }
  return out;
}

/**
 * A line that opens with the person the line before opened with (`産婦の氏名、…、メールアドレス` /
 * `産婦の出産日、…`), or a person's items after a whole basic item: a list's next line, not its wrap.
 */
function parallel(prev: string, line: string): boolean {
  const head = subjectSplit(line, SUBJECT);
  if (!head) return false;
  const before = subjectSplit(prev, SUBJECT);
  return before?.[1] === head[1] || BASIC_ITEM.test(clean(prev.slice(prev.search(/[^、,，]*$/))));
}

const openBracket = (s: string) => (s.match(/\(/g) ?? []).length > (s.match(/\)/g) ?? []).length;
/** The last line of a hard-wrapped list: long, a list, cut without a closing mark. */
const wrappedAt = (s: string) => [...s].length >= 26 && /、/.test(s) && !/[)。】]$/.test(s);

/** `【保護者】…`, `(2)保護者及び同居の親族`, `児童:…`, `受給者`, `審査対象者の次の項目`. */
function groupLabel(line: string): { subject: string | null; rest: string } | null {
  const bracket = /^[【《〈〔[]([^】》〉〕\]]+)[】》〉〕\]]\s*(.*)$/.exec(line);
  if (bracket) {
    const label = clean(bracket[1].replace(/\([^)]*\)/g, '')).replace(/(?:に係る|に関する|の)(?:項目|情報)$/, '');
    // `【個人情報の項目】` is a label, not a group.
    return { subject: labelKey(label) || HEADER.test(label) ? null : label, rest: bracket[2] };
  }
  // `(乳児)氏名、生年月日`: a person in brackets before the list.
  const paren = /^[(]([^()]{1,10})[)]\s*(\S.*)$/.exec(line.trim());
  if (paren && personLike(paren[1])) return { subject: clean(paren[1]), rest: paren[2] };
  const bare = line.replace(GROUP_MARK, '').trim();
  const colon = /^([^:、,()]{1,24}(?:\([^)]*\))?)\s*:\s*(.*)$/.exec(bare);
  if (colon) return { subject: clean(colon[1].replace(/\([^)]*\)/g, '')), rest: colon[2] };
  const plain = bare.replace(/\([^)]*\)/g, '').trim();
  if (!/[、,・]/.test(bare) && plain.length <= 20 && personLike(plain)) return { subject: plain, rest: '' };
  const next = /^(.{1,20}?)の?次の(?:項目|事項|情報|とおり)/.exec(plain);
  if (next && !/[、,]/.test(plain)) return { subject: personLike(next[1]) ? next[1] : null, rest: '' };
  // `国民健康保険被保険者（40歳から74歳まで）について`: whom the list below concerns, no item.
  const about = /^(.{1,24}?)(?:について|に関して)$/.exec(plain);
  if (about && !/[、,・]/.test(plain)) return { subject: personLike(about[1]) ? about[1] : null, rest: '' };
  // `（二）家族等（…）に関する項目`: a numbered heading over whose items follow, whoever they are.
  const whose = WHOSE_ITEMS.exec(line.replace(/(?<=.)\([^)]*\)/g, '').trim());
  const who = whose?.[1] ?? whose?.[2];
  if (who && !/[、,・]/.test(who)) return { subject: clean(who), rest: '' };
  // `入居者及び同居者 氏名、生年月日…`: a subject cell and its items separated by spaces.
  const spaced = /^(\S{1,20})\s+(\S.*[、,].*)$/.exec(bare);
  if (spaced && personLike(spaced[1]) && !/[、,]/.test(spaced[1])) return { subject: spaced[1], rest: spaced[2] };
  return null;
}

function parseLine(rawLine: string, list: ItemList, lineSubject: string | null, commaList = false) {
  const line = rawLine.replace(/[《【〈〔][^》】〉〕]*[》】〉〕]/g, ' ').trim();
  if (!line) return;
  // A line of one item in a list whose other lines part items with 、 keeps its ・
  // (`課税・非課税の区分` under `受給者の氏名、生年月日、住所`).
  const dotList = !commaList && !/[、,，]/.test(line.replace(/\([^)]*\)/g, ''));
  const primary = dotList ? /[・;；]/ : /[、,，;；]/;
  for (const group of splitGroups(line)) {
    let groupSubject: string | null = lineSubject;
    joinCareLevels(splitTopLevel(group, primary), dotList).forEach((piece, i) => {
      const p = piece.trim();
      if (!p) return;
      // Under a person's group (`被保険者` / `障害高齢者の日常生活自立度`) a person-like word before の
      // names a scale or a kind, not another person.
      const m = SCALE_OF_PERSON.test(p) ? null : subjectSplit(p, SUBJECT);
      if (m) {
        const subject = personOf(m[1]);
        const chain = dotList ? [m[2]] : splitTopLevel(m[2], /[・]/);
        // `受給者の氏名、住所…` opens a group that is all the recipient's; `夫の氏名・職業、…` covers its chain only.
        if ((i === 0 || personSubject(subject)) && (dotList || chain.length === 1)) groupSubject = subject;
        chain.forEach((c, k) => basicPair(c).forEach((b, n) => list.push(subject, b, k === 0 && n === 0 ? `${m[1]}の${b}` : b)));
        return;
      }
      for (const b of basicPair(p)) list.push(groupSubject, b);
    });
  }
}

/**
 * `要支援・要介護認定の状況`: the two care levels are one status, whatever parts the list's items.
 * So are the two sides of a distinction (`要保護・準要保護の別`): one item, which of them applies.
 */
function joinCareLevels(pieces: string[], dotted = false): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    const last = out.length - 1;
    // `食事・運動等の生活習慣`: the words before `等の` share the head after it.
    const shared = dotted && last >= 0 && /^[^・の()（）]{1,8}$/.test(out[last].trim().replace(ITEM_NUMBER, '')) && /^[^・の()（）]{1,8}等の\S/.test(p.trim());
    const care = last >= 0 && /^(?:要支援|要介護)$/.test(out[last].trim()) && /^(?:要介護|要支援)/.test(p.trim());
    // Two sides end alike (`要保護` / `準要保護`, `課税` / `非課税`); `世帯構成・単身世帯の別` is two items.
    const [left, right] = [out[last]?.trim() ?? '', /^([^・の()（）]{1,8})の別$/.exec(p.trim())?.[1] ?? ''];
    const sides = last >= 0 && /^[^・の()（）]{1,8}$/.test(left) && right !== '' && left.slice(-2) === right.slice(-2);
    if (care || sides || shared) out[last] = `${out[last].trim()}・${p.trim()}`;
    else out.push(p);
  }
  return out;
}

/** Items that are each a whole item, never the two halves of one (`種類及び等級`, `記号及び番号`). */
const BASIC_ITEM = /^(?:氏名|ふりがな|フリガナ|住所|所在地|居所|生年月日|性別|年齢|電話番号|連絡先|メールアドレス|名称|職業|勤務先|続柄)$/;

/** `氏名(名称)及び住所(所在地)` in a list, `氏名と電話番号` in speech: two items, as a sentence's `氏名及び住所` is. */
function basicPair(item: string): string[] {
  const pieces = splitConjunctions(item).flatMap((x) => x.split(/(?<=[\p{Script=Han}\p{Script=Katakana}ー)）])と(?=[\p{Script=Han}\p{Script=Katakana}])/u));
  return pieces.length > 1 && pieces.every((x) => BASIC_ITEM.test(clean(x.replace(/\([^)]*\)/g, '')))) ? pieces : [item];
}

/** Splits at spaces that start a new subject group (`…理由 連絡者の氏名…`); other spaces are line-wrap noise. */
function splitGroups(text: string): string[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const groups: string[] = [];
  for (const tok of tokens) {
    const m = SUBJECT.exec(tok);
    if (groups.length === 0 || (m && personSubject(m[1]))) groups.push(tok);
    else groups[groups.length - 1] += tok;
  }
  return groups;
}

/** The enumeration a sentence names: `取り扱う個人情報は、A、B及びCです。` → `A、B及びC`. */
const PROSE_TAIL =
  /(?:の[\d一二三四五六七八九十]+項目)?(?:です|である|とする|とします|となる|となります|であり|になります|を(?:送|提供|取り?扱|利用|記録|収集|照会|入力|登録|お渡し|渡|用い|使用)).*$/;
const PROSE_CUE = /(?:個人情報|情報|項目|データ)/;
const PROSE_VERB = /取り?扱|提供|利用|収集|記録|記載|掲載|載せ|渡|送|照会|入力|登録|結合|用いる|使用/;
const OBJECT_AFTER_CUE = /(?:個人情報|情報|項目)(?:のうち|として)、(.+?)を、?[^。]{0,30}?(?:送|提供|取り?扱|利用|記録|収集|照会|入力|登録)/;
/** A run of items with a person for subject, the object of a verb: `児童・生徒の氏名、学年…及び学習履歴を登録し`. */
function personRun(s: string): string | null {
  const m = /([^、。をにはが]{1,16}の[^、。を]{1,20}(?:、[^、。を]{1,20}){1,}(?:及び|並びに)[^、。を]{1,20})を(?:送|提供|取り?扱|利用|記録|収集|照会|入力|登録)/.exec(s);
  if (!m) return null;
  const first = /^(.{1,16}?)の/.exec(m[1]);
  return first && personSubject(first[1]) ? m[1] : null;
}
const MORE = /^(?:このほか|また|あわせて|さらに)、?(.+?)も(?:取り?扱|提供|利用|記録|収集|送|渡|照会)/;

/**
 * Items in prose: the enumeration after `…は、` up to `です` / `である` / `を送ります`, and a following
 * `このほか、…も取り扱います`. Without a label above, the sentence must say it names data
 * (`委託先が取り扱う個人情報は`, `名簿に載せる項目は`).
 */
function parseProse(lines: string[], list: ItemList, subject0: string | null, labelled: boolean): number {
  // Hard-wrapped prose: a line that does not end a sentence runs on into the next.
  const text = dropDefinitions(lines.reduce((acc, l) => (acc === '' || /。$/.test(acc) ? `${acc}${acc ? '\n' : ''}${l}` : acc + l), ''));
  let found = 0;
  let previous = false;
  for (const sentence of text.replace(/\n/g, '').split(/(?<=。)/)) {
    const s = sentence.replace(/。$/, '').trim();
    const more: RegExpExecArray | null = previous ? MORE.exec(s) : null;
    // `Aの方については、X、Yを、Bの方については、P、Qを利用します`: each group of its own person.
    const groups = [...s.matchAll(/([^、。]{2,40}?)については、(.+?)(?:を、(?=[^、。]{2,40}?については、)|$)/g)];
    if (!more && groups.length >= 2) {
      const last = groups.at(-1)!;
      const tail = PROSE_TAIL.exec(last[2]);
      if (tail) {
        for (const g of groups) found += enumerate(g === last ? g[2].slice(0, tail.index) : g[2], list, g[1].trim());
        previous = true;
        continue;
      }
    }
    let body: string | null = more ? more[1] : null;
    if (!body) {
      // `…は、A、B及びCです` or `対象となるのはA、B及びCである`.
      const comma = s.lastIndexOf('は、');
      const noun = comma < 0 ? /^[^、。]{0,20}?(?:となる|する|させる|扱う)のは/.exec(s) : null;
      const at = comma >= 0 ? comma : noun ? noun[0].length - 1 : -1;
      const lead = at >= 0 ? s.slice(0, at) : '';
      const rest = comma >= 0 ? s.slice(comma + 2) : noun ? s.slice(noun[0].length) : s;
      const tail = PROSE_TAIL.exec(rest);
      const cued = PROSE_VERB.test(lead) && (PROSE_CUE.test(lead) || /の$/.test(lead));
      if (tail && (labelled ? at >= 0 || /を/.test(tail[0]) : cued && at >= 0)) body = rest.slice(0, tail.index);
    }
    // `…が保有する受給者の情報のうち、A及びBを利用する`, `…に、児童・生徒の氏名、学年及び学習履歴を登録し`.
    if (!body) body = OBJECT_AFTER_CUE.exec(s)?.[1] ?? personRun(s);
    // Unlabelled prose names its data as a list; one word alone (`項目をシステムに記録する`) is none.
    if (body && !labelled && !more && !/[、,]|及び|並びに/.test(body)) body = null;
    previous = body !== null;
    if (!body) continue;
    found += enumerate(body, list, subject0);
  }
  return found;
}

function enumerate(body: string, list: ItemList, subject0: string | null): number {
  const before = list.out.length;
  let runSubject = subject0;
  // 並びに joins groups of a higher level than 及び (`A及びB並びに保護者の氏名`): split there first.
  const pieces = splitTopLevel(body, /[、,]/).flatMap((piece) => piece.split(/(?=並びに)/));
  pieces.forEach((piece) => {
    // A group after 並びに is of its own: the person of the run before it does not reach it.
    if (/^\s*並びに/.test(piece)) runSubject = subject0;
    const p = piece
      .trim()
      .replace(/^(?:それから|並びに|及び|又は)/, '')
      // `…緊急連絡先と、世帯員の氏名`: と joins two groups; it is not part of the item.
      .replace(/(?<=[\p{Script=Han}\p{Script=Katakana}ー]{2})と$/u, '');
    if (!p || CLAUSE.test(p.replace(/\([^)]*\)/g, ''))) return;
    const m = SCALE_OF_PERSON.test(p) ? null : subjectSplit(p.replace(/\([^)]*\)/g, ''), PROSE_SUBJECT);
    let subject = runSubject;
    let rest = p;
    if (m) {
      // `受診した乳幼児の氏名`: the person, not the clause describing them.
      subject = personOf(m[1]);
      rest = m[2];
      // A person named in the run holds for the items after it (`世帯員の氏名、生年月日`).
      runSubject = subject;
    }
    for (const c of splitConjunctions(rest).flatMap(basicPair)) {
      const sub = subjectSplit(c.replace(/\([^)]*\)/g, ''), PROSE_SUBJECT);
      if (sub) list.push(clean(sub[1]), sub[2]);
      else list.push(subject, c);
    }
  });
  return list.out.length - before;
}

const NUMBER_PREFIX = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[(]\d{1,2}[)]|[①-⑳])[\s.．、)]*/;

/** `3 委託に伴い取り扱わせる個人情報`, `(2)利用する個人情報(対象者)`: a line that is an items label. */
function itemsLabel(text: string): { subject: string | null } | null {
  const t = clean(text).replace(NUMBER_PREFIX, '').replace(/[:：]$/, '');
  if (t.length > 40 || /[、。,]/.test(t)) return null;
  const paren = /\(([^()]*)\)$/.exec(t);
  const bare = t.replace(/\([^()]*\)$/, '').trim();
  if (!/(?:情報|項目|内容|種類|範囲)$/.test(bare) || labelKey(bare) !== 'items') return null;
  return { subject: paren && personLike(paren[1]) ? paren[1] : null };
}

/** A line that starts another part of the form: a known label or a section number. */
function endsList(text: string): boolean {
  const t = clean(text);
  if (SECTION.test(t) && !/[、,]/.test(t)) return true;
  const bare = t.replace(NUMBER_PREFIX, '').replace(/[:：].*$/, '');
  const key = bare.length <= 24 && !/[、。,]/.test(bare) ? labelKey(bare) : null;
  return key !== null && key !== 'target';
}

/** A table row's note that the item is not handled (`委託先には提供しない`, `システムでは保有しない`). */
const RULED_OUT_NOTE = /(?:提供|保有|記録|保存|掲載)しない|取り扱わない|渡さない/;
/** A table row's note that its item was dropped before the session. */
const WITHDRAWN_NOTE = /(?:しない|しなく|取り?下げ|取下げ|削除)(?:こととした|ことになった|ことにした|た)。?$/;

/**
 * The rows under an items row with no value of its own: a table of subject → items
 * (`区分 | 項目 | 備考`), until the next form row.
 */
function tableBelow(rows: Row[], from: number, list: ItemList): number {
  let itemCol = -1;
  let cols = 0;
  // A `対象者` column before the items' (`番号 | 対象者 | 項目`): each numbered row's subject.
  let subjectCol = -1;
  // `項目 | 記載元 | 備考`: the items are the rows' labels, whatever field some name (`前回の認定有効期間`).
  let labelColumn = false;
  let j = from;
  for (; j < rows.length && j < from + 30; j++) {
    const r = rows[j];
    const label = clean(r.label);
    if (r.kind === 'row' && j === from && ITEM_COLUMN.test(label) && r.parts.length > 0 && r.parts.every((p) => clean(p.text).length <= 10 && !/[、,。:：]/.test(p.text))) {
      labelColumn = true;
      continue;
    }
    const tableRow = labelColumn && r.kind === 'row' && (r.key === null || ((r.key === 'period' || r.key === 'content') && !/\d+\s*年|\d{4}[/-]\d/.test(valueOf(r))));
    if (r.kind !== 'row' || (r.key !== null && r.key !== 'target' && !tableRow)) break;
    if (!label || label.length > 24) break;
    if (labelColumn) {
      parseLines([label], list, null);
      continue;
    }
    // A note under the table (`※ …`) ran on into its last row: no cell of it.
    let parts = r.parts.map((p) => clean(p.text)).filter((p) => !NOTE.test(p));
    // `区分 | 項目 | 備考`, or `No. | 項目 | 備考` over numbered rows: the heading row says which column holds the items.
    // A column beside the items named in few words (`対象者 | 結合する情報項目 | 送受信の方向`) is a heading too.
    const headed = (p: string) => HEADER.test(p) || /項目/.test(p);
    const heads = parts.length > 0 && (parts.every(headed) || (parts.some((p) => /項目/.test(p)) && parts.every((p) => headed(p) || (p.length <= 10 && !/[、,。:：]/.test(p)))));
    if ((HEADER.test(label) || NUMBER_LABEL.test(label)) && heads) {
      cols = parts.length;
      itemCol = Math.max(0, parts.findIndex((p) => /項目/.test(p)));
      subjectCol = parts.findIndex((p, k) => k < itemCol && /^対象者?$/.test(p));
      continue;
    }
    // `対象者 | 収集する項目` and its first data row in one row.
    if (parts.length > 0 && HEADER.test(parts[0])) parts = parts.slice(1);
    // A group the table rules out (`受託者には提供しない情報` over `個人番号`) holds no items of the matter.
    if (NOT_HANDLED_GROUP.test(label)) continue;
    // A row whose last cells are empty has fewer parts: its items' cell is where the heading said.
    const cells = cols >= 2 && parts.length <= cols && parts.length > itemCol && (parts.length === cols || /^\d{1,3}$/.test(label)) ? [parts[itemCol]] : parts;
    // A struck row whose item the text lost keeps only its note (`6/10の課内協議で取得しないこととした`): no item.
    if (cells.length === 1 && WITHDRAWN_NOTE.test(cells[0])) continue;
    // …nor a row whose note rules its item out (`口座番号 | 利用者 | 委託先には提供しない`).
    if (cols >= 2 && parts.length <= cols && parts.some((p, k) => k !== itemCol && RULED_OUT_NOTE.test(p))) continue;
    const numbered = /^\d{1,3}$/.test(label) && subjectCol >= 0 && cells.length === 1 ? parts[subjectCol] : undefined;
    const subject = numbered ?? (/^(?:区分|対象|項目|種別|分類|\d{1,3})$/.test(label) ? null : label.replace(/\([^)]*\)/g, '').trim());
    parseLines(cells, list, subject);
  }
  return j;
}

/**
 * All data items of a matter: items rows (and the table below an empty one), an items label inside
 * another row's value or on a line of its own with the list on the lines below, and `【個人情報の
 * 項目】…` lines. With none of these, items named in prose near 個人情報 / 項目 words.
 */
export function collectItems(rows: Row[]): DataItem[] {
  const list = new ItemList();
  const lines = (r: Row) => r.parts.map((p) => p.text);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind === 'row' && r.key === 'items') {
      // A nested table flattened into the cell starts with its column headings.
      // …and a sentence announcing the table (`対象者について、次の情報を利用します。`) is none of its own either.
      const own = (itemColumn(lines(r)) ?? lines(r))
        .map((l) => l.replace(/^\s*区分\s*項目\s*/, ''))
        .filter((l) => !COLUMN.test(clean(l)) && !ANNOUNCES_LIST.test(clean(l)));
      const labelSubject = itemsLabel(r.label)?.subject ?? null;
      // A note on how to read the table below (`区分欄は、誰の情報かを示す。`) is no item either.
      const next = rows[i + 1];
      const headedTable = next?.kind === 'row' && (NUMBER_LABEL.test(clean(next.label)) || HEADER.test(clean(next.label))) && [next.label, ...lines(next)].some((t) => /項目/.test(t));
      if (headedTable && own.every((l) => /。$/.test(l.trim()))) own.length = 0;
      if (own.length === 0) {
        // A group's heading (`取り扱う個人情報` over `対象者 | …` and `個人情報の項目 | …`): the items row below holds them.
        // (Not `【対象者】氏名、…` over `【健診に関する情報】…`: groups of the list, each with its items.)
        const inner = rows.slice(i + 1, i + 4).findIndex((x) => x.kind === 'row' && x.key === 'items' && x.parts.length === 0);
        if (inner > 0 && rows.slice(i + 1, i + 1 + inner).every((x) => x.kind === 'row' && x.key !== null && !/、|,(?!\d{3})/.test(lines(x).join('')))) continue;
        i = tableBelow(rows, i + 1, list) - 1;
        continue;
      }
      // A list cut by a page break (`－2－`, a running header) goes on after it.
      let j = i + 1;
      while (j < rows.length && rows[j].kind === 'text' && PAGE_NOISE.test(clean(lines(rows[j]).join(' ')))) {
        j++;
        while (j < rows.length && rows[j].kind === 'text' && !endsList(lines(rows[j]).join('')) && !/。/.test(lines(rows[j]).join(''))) own.push(...lines(rows[j++]));
      }
      const from = list.out.length;
      parseLines(own, list, labelSubject);
      list.dropRestatement(from);
      // `【保護者】氏名、続柄…` on a line of its own after the list: the next group, read as a row of
      // its own by the layout.
      while (j < rows.length && rows[j].kind === 'row' && rows[j].key === null && personLike(rows[j].label) && /[、,]/.test(lines(rows[j]).join(''))) {
        parseLines(lines(rows[j]), list, clean(rows[j].label));
        j++;
      }
      i = j - 1;
      continue;
    }
    // A table laid on its side: a row of column headings, one of them the items, over a row of values.
    const heads = lines(r).map((l) => clean(l));
    const col = heads.length >= 3 && heads.every((h) => h.length <= 16 && labelKey(h) !== null) ? heads.findIndex((h) => labelKey(h) === 'items') : -1;
    if (col >= 0 && rows[i + 1]?.kind === 'row') {
      const cell = rows[i + 1].parts[col]?.text ?? '';
      if (/[、,]/.test(cell)) parseLines([cell], list, null);
      continue;
    }
    if (r.kind === 'text' || r.kind === 'heading') {
      const text = clean(lines(r).join(''));
      const bracket = /^【([^】]+)】\s*(.*)$/.exec(text);
      const label = bracket && labelKey(bracket[1]) === 'items' ? { subject: null } : itemsLabel(text);
      if (!label) continue;
      const body = bracket?.[2] ? [bracket[2]] : [];
      let j = i + 1;
      for (; j < rows.length && rows[j].kind === 'text'; j++) {
        const t = clean(lines(rows[j]).join(''));
        if ((bracket && /^【/.test(t)) || endsList(t)) break;
        body.push(...lines(rows[j]));
      }
      parseLines(body, list, label.subject);
      i = j - 1;
      continue;
    }
    // An items label inside another row's value (`…目的 ⏎ 利用する個人情報 ⏎ 被保護者:氏名、…`).
    const ls = lines(r);
    const k = ls.findIndex((l) => itemsLabel(l) !== null);
    if (k >= 0) {
      let end = k + 1;
      while (end < ls.length && !endsList(ls[end])) end++;
      parseLines(ls.slice(k + 1, end), list, itemsLabel(ls[k])?.subject ?? null);
    }
  }
  if (list.out.length > 0) return list.out;
  // No form: sentences that name the data, in paragraphs of the matter's text.
  for (const paragraph of paragraphs(rows)) parseProse(paragraph, list, null, false);
  return list.out;
}

/** The matter's text as paragraphs: a row's value, or consecutive free-text rows. */
function paragraphs(rows: Row[]): string[][] {
  const out: string[][] = [];
  let text: string[] = [];
  for (const r of rows) {
    if (r.kind === 'text') {
      text.push(...r.parts.map((p) => p.text));
      continue;
    }
    if (text.length) out.push(text);
    text = [];
    if (r.parts.length) out.push(r.parts.map((p) => p.text));
  }
  if (text.length) out.push(text);
  return out;
}
