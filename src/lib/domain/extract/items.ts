// Personal data items (情報項目): split the cell into items, find whose data each item is,
// strip qualifiers and footnote marks, and categorise.

import { clean, nfkc, splitTopLevel } from '../text';
import type { ItemCategory } from '../codes';
import type { DataItem } from '../types';

/** People whose data an item can be: `乳児の氏名` is the infant's name. */
const PERSON = /(?:者|乳児|幼児|新生児|児童|生徒|園児|夫|妻|父|母|^子|^子ども|世帯主|世帯員|家族|親族|本人|パートナー|同居人|代理人|患者|妊婦|産婦|職員|医師|^児)$/;
const SUBJECT = /^(.{1,12}?)の(.+)$/;

const CATEGORY_RULES: [ItemCategory, RegExp][] = [
  ['contact', /電話|メール|FAX|ファクス|ファックス|連絡先|携帯/i],
  ['financial', /口座|所得|負担区分|負担額|税額|課税|収入|金融機関|給与|年金|保険料|手当額|助成額|費用/],
  ['identifier', /個人番号|マイナンバー|住民番号|宛名番号|記号番号|整理番号|利用者番号|被保険者番号|受給者番号|番号|ID$|コード/],
  ['health', /受診|主治医|認定調査|意見書|チェックリスト|予診|ストレスチェック|発症|基礎疾患|健診|健康診査|検診|要介護|介護度|妊娠|分娩|出産|身体状況|心身|接種|医療機関|病|障害|診断|診療|問診|服薬|既往|かかりつけ|医師|症状|体重|身長|血圧|検査|治療|入院|通院|健康状態|療養|看護|ケア|保健指導|感染|陽性|発熱|アレルギー|単胎|多胎|母子|障がい/],
  ['family', /続柄|家族|世帯|配偶者|親族|同居/],
  ['residency', /国籍|在留|異動|転出|転入|消除|住民登録|外国人/],
  ['identity', /氏名|名前|生年月日|性別|住所|年齢|通称|併記名|方書|郵便番号|フリガナ|ふりがな|カナ|職業|勤務先|学校名|旧姓/]
];
/** Special-care data in the spirit of 要配慮個人情報: health, disability, creed, crime. */
const SENSITIVE = /主治医|認定調査|チェックリスト|予診票|ストレスチェック|発症|基礎疾患|健診|健康診査|検診|要介護|介護度|妊娠|分娩|出産|身体状況|心身|接種|医療機関|病|障害|障がい|診断|診療|問診|服薬|既往|かかりつけ|症状|検査結果|治療|入院|通院|健康状態|療養|感染|陽性|アレルギー|信条|宗教|犯罪|前科|人種|生活保護|虐待/;

export function categorizeItem(item: string): { category: ItemCategory; sensitive: boolean } {
  const category = CATEGORY_RULES.find(([, re]) => re.test(item))?.[0] ?? 'other';
  return { category, sensitive: SENSITIVE.test(item) && !/^(?:接種会場|医療機関名)$/.test(item) };
}

/** Sub-headings inside an item cell (`2 委託先に提供する項目`, `個人情報の項目`). */
const SUBHEADING = /^(?:(?:\d{1,2}|[(]\d{1,2}[)])\s*[^、,]{0,24}(?:項目|情報)|[^、,・]{0,20}(?:の項目|情報項目|記録項目))$/;

function personSubject(prefix: string): boolean {
  return PERSON.test(prefix.replace(/\([^)]*\)/g, ''));
}

/** `(区内在住、在勤)`, `(※1)`, `※2`, trailing `等`: qualifiers that are not part of the item. */
function normalizeItem(s: string): string {
  let t = s
    .replace(/\([^()]*\)/g, '')
    .replace(/[「」『』]/g, '')
    .replace(/※\s*\d*/g, '')
    .replace(/^[・\-－○●◯■□◆◇*]+/, '')
    .replace(/^(?:\d{1,2}|[(]\d{1,2}[)]|[①-⑳])[.、\s]*/, '');
  t = clean(t);
  if (t.length > 2) t = t.replace(/(?:等|など|ほか)$/, '');
  return t;
}

/**
 * Splits an item cell into items. A cell separates items with 、 and keeps ・ inside items
 * (`単胎・多胎`), or separates them with ・ alone; a subject prefix (`夫(パートナー)の氏名・生年月日`)
 * applies to the items chained after it. Spaces are weak: they separate only before a new subject.
 */
export function parseItems(value: string): DataItem[] {
  const lines = nfkc(value)
    .split('\n')
    .map((l) =>
      l
        .replace(/[《【〈][^》】〉]*[》】〉]/g, ' ')
        // A footnote definition (`※1…申込フォームによる申込者のみ`) runs to the end of the line.
        .replace(/\s※\s*\d*\s*[…:：.].*$/, '')
        .trim()
    )
    .filter((l) => l !== '' && !SUBHEADING.test(clean(l)));
  // A line ending in a separator continues on the next line; otherwise a line break ends a group.
  const lineGroups: string[] = [];
  for (const l of lines) {
    const last = lineGroups.length - 1;
    if (last >= 0 && /[、,，・]$/.test(lineGroups[last])) lineGroups[last] += l;
    else lineGroups.push(l);
  }
  const out: DataItem[] = [];
  const seen = new Set<string>();
  const push = (subject: string | null, text: string, raw = text) => {
    const item = normalizeItem(text);
    // One kanji can be an item in a list (組, 学年's 組); one kana or symbol is debris.
    if ((item.length < 2 && !/^[\u4e00-\u9fff]$/.test(item)) || item.length > 40 || /^(?:等|など|その他)$/.test(item)) return;
    const key = `${subject ?? ''}|${item}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ subject, item, raw: clean(raw), ...categorizeItem(item) });
  };
  for (const line of lineGroups) {
    const dotList = !/[、,，]/.test(line.replace(/\([^)]*\)/g, ''));
    const primary = dotList ? /[・;；]/ : /[、,，;；]/;
    for (const group of splitGroups(line)) {
      let groupSubject: string | null = null;
      splitTopLevel(group, primary).forEach((piece, i) => {
        const p = piece.trim();
        if (!p) return;
        const m = SUBJECT.exec(p);
        if (m && personSubject(m[1])) {
          const subject = clean(m[1]);
          const chain = dotList ? [m[2]] : splitTopLevel(m[2], /[・]/);
          // `受給者の氏名、住所…` opens a group that is all the recipient's; `夫の氏名・職業、…` covers its chain only.
          if (i === 0 && (dotList || chain.length === 1)) groupSubject = subject;
          chain.forEach((c, k) => push(subject, c, k === 0 ? `${m[1]}の${c}` : c));
          return;
        }
        push(groupSubject, p);
      });
    }
  }
  return out;
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
