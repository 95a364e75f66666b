// Recording media (記録媒体): what the data lives on, from the media cell, or inferred from
// the matter's text when the form has no such cell.

import { clean, nfkc, splitTopLevel } from '../text';
import { CHECK_MARK } from './tick-boxes';
import type { MediaCategory, Procedure } from '../codes';
import type { Medium } from '../types';

const GENERIC_ELECTRONIC = /^(?:電磁的媒体|電子媒体|電磁的記録媒体|電子データ|電磁的記録|磁気媒体|電子記録媒体|電子)$/;
const CONTRACTOR = /委託先|受託者|受託事業者|委託事業者|事業者|業者|委託業者/;

/** Words that name something data is kept on. */
const EQUIPMENT = /システム|端末|サーバ|パソコン|PC|データベース|媒体|紙|DVD|CD|USB|メール|タブレット|クラウド|ファイル|帳票|台帳|名簿/;

/** The category of one medium as written. */
/** The municipality's own equipment, named as its own: `町の健康管理システム`, `県が用意する端末`. */
const OWN = /^(?:[区市町村県府都]|本[区市町村県府]|当[区市町村県府]|当課|庁内|庁舎)(?:の|が|で)|^(?:区役所|市役所|町役場|県庁|府庁|都庁)/;

export function mediumCategory(m: string, procedure: Procedure): MediaCategory | null {
  if (/メール/.test(m)) return 'email';
  // `救急車載タブレット端末(市所有)`, `料金システムの端末(水道局が貸与)`: the municipality's own equipment.
  if (/[(（][^()（）]*(?:[区市町村県府]|局)(?:が)?(?:所有|貸与)[^()（）]*[)）]/.test(m)) return 'ward_system';
  if (OWN.test(m) && /システム|端末|サーバ|パソコン|PC|データベース|ネットワーク|LAN/.test(m)) return 'ward_system';
  // A 台帳システム is a system, not a ledger on paper; a 帳票 printed from a system is paper.
  if (/紙|帳票|書類|用紙|はがき|ハガキ|申込書|申請書|調査票|台帳|カード|ファイル綴/.test(m) && !/システム|サーバ|データ/.test(m)) return 'paper';
  if (/(?:紙|帳票|書類|用紙|はがき|申込書|申請書|調査票|名簿|通知書)$/.test(m)) return 'paper';
  if (CONTRACTOR.test(m) && /パソコン|PC|端末|タブレット/.test(m)) return 'contractor_pc';
  // Under a link the operator is the other party: its server is the system linked to, not a contractor's.
  if (CONTRACTOR.test(m) && /サーバ|クラウド|データベース|データセンター|システム|サイト|Web|ウェブ|アプリ/i.test(m)) return procedure === 'external_link' && /運営|運用/.test(m) ? 'external_system' : 'contractor_server';
  // A sheet's tick columns (`紙 | 電子 | 外部サーバ`): the server outside an outsourcing is the
  // contractor's, and bare `電子` beside it is the municipality's own system.
  if (/^外部(?:の)?サーバ/.test(m) && procedure === 'outsourcing') return 'contractor_server';
  if (m === '電子' && procedure !== 'outsourcing') return 'ward_system';
  if (/DVD|CD|USB|MO|FD|フロッピー|磁気テープ|光ディスク|外部記録媒体|メモリ|SDカード|LTO|HDD|ハードディスク/.test(m) || GENERIC_ELECTRONIC.test(m)) return 'removable';
  if (/オンライン|専用回線|回線|ネットワーク経由|送信/.test(m) && procedure !== 'outsourcing') return 'external_system';
  if (/国の|国が|厚生労働省|総務省|デジタル庁|外部|結合先|クラウド|V-SYS|マイナポータル|ぴったりサービス|eLTAX|e-Tax|e-Gov|他団体|都の|国保連|国保データベース|KDB|中間サーバ/.test(m)) return 'external_system';
  // Another body's system (`京都府国民健康保険団体連合会の審査支払システム`, `地方公共団体情報システム機構の…`).
  if (/(?:連合会|機構|協会|広域連合|公社|組合|年金事務所|税務署)の[^、]{0,20}(?:システム|サーバ|データベース)/.test(m)) return 'external_system';
  // Under a link, a system named after another party (`指定代理納付者の決済システム`) is that party's.
  if (procedure === 'external_link' && /^[^、]{2,20}(?:者|会社|法人|機構|団体|協会)の[^、]{0,16}(?:システム|サーバ|データベース)/.test(m)) return 'external_system';
  if (/[区市町村県府]の|[区市町村県府]が|本[区市町村県府]|庁内|住基|住民記録|基幹|本庁|区役所|市役所|町役場|県庁|LGWAN|総合行政|区システム|市システム|職員/.test(m)) return 'ward_system';
  if (/パソコン|PC|端末|タブレット/.test(m)) return procedure === 'outsourcing' ? 'contractor_pc' : 'ward_system';
  // A business system named without its owner (`就学援助システム`) is the municipality's; a bare
  // server, site or web system under an outsourcing is the contractor's.
  if (/[\p{Script=Han}]{2,}システム/u.test(m) && !/クラウド|Web|ウェブ|サイト|アプリ|予約|受付|申請|サーバ|データセンター/i.test(m)) return 'ward_system';
  if (/サーバ|システム|データベース|サイト/.test(m)) return procedure === 'outsourcing' ? 'contractor_server' : 'ward_system';
  return null;
}

/**
 * `紙及び電磁的媒体(CD-R等及び委託先のパソコン)` → 紙, CD-R, 委託先のパソコン: a generic
 * "electronic media" word is replaced by the specific media its parentheses name.
 */
/**
 * `※紙媒体及び外部記録媒体は使用しない。`, `…書き出しは行っていない。`: a clause that rules media out names none in use.
 * The medium may be the topic before a comma (`クラウド型の…サービスは、今年度は利用しない方針…`)
 * when the clause has no object of its own (`専用端末は、私物のUSBメモリを使用しない` keeps the terminal).
 * A note mark (`CD-R␣※電子メールによる提出は受け付けない。`) starts the clause. What a sentence
 * forbids (`…電子メールで送ること、及び…サーバに保存することは認めない。`) is ruled out whole.
 */
const RULED_OUT =
  /[^。\n※]*(?:こと|の)は(?:一切)?(?:認めない|認めません|禁止する|禁止します|禁ずる|禁じる)。?|(?:(?:[^。\n、]{0,29}[^。\n、しってりで]、){1,4}(?=[^。\n、]*(?:及び|並びに|又は|または)))?[^。\n、]*は、[^。\n、)）を]*(?:使用|利用|用い|使わ|使|行い|行わ)(?:は|も)?し?(?:ない|ません|せず)[^。\n]*。?|(?:[^。\n、)）※]*も、)?(?:(?:[^。\n、)）※]{0,11}[^。\n、)）※しってりで]、){1,4}(?=[^。\n、]*(?:及び|並びに|又は|または)))?[^。\n、)）※]*(?:使用|利用|用い|使わ|使い|使|提供|送付|送受信|送信|授受|受渡し|受け付け|受付け|行わ|行っ|行い|保存|出力|印刷|参照|作成|やり取り|やりとり|取り扱わ|取扱わ)(?:すること)?(?:は|を|も|に|には)?(?:いたし|致し|し|させ|せ|あり)?(?:ない|ません|せず|ていない|ておらず|ていません)[^。\n]*。?|[^。\n、()（）]*(?:書き出|持ち出|持出)[^。\n、()（）]*(?:禁止|させない|しない|認めない|行っていない|していない)(?:いたし|致し|し|と)?(?:ます|する)?。|[^。\n\t\u2028、()（）※]*(?:郵送|送付|使用|利用|受渡し|受け渡し|引渡し|引き渡し)は[、,]?[^。\n]*(?:廃止|取りやめ|取り止め)(?:る|ます|する|します|とする)。?|[^。\n\t\u2028()（）※]*には[、,][^。\n\t\u2028()（）]*(?:記録|保存|格納|蓄積)(?:させ|し|され)?(?:ない|ません)[^。\n\t\u2028]*。?|[^。\n\t\u2028()（）]*[(（][^()（）]*媒体(?:で|に)は(?:ない|ありません|含まない|含まれない)[)）]。?/g;

/**
 * A sentence in brackets after a medium (`専用端末(端末内にはデータを保存しない。)`): a note on it,
 * not its name; so is a line that is only a bracketed clause ruling media out
 * (`(紙、USBメモリ等による受渡しはしない)`), the media it lists included.
 */
const NOTE = /[(（][^()（）\n]*。[)）]|^\s*[(（][^()（）\n]*(?:しない|しません|行わない|行いません|使用しない|用いない)[)）]\s*$/gm;

/** A note line saying what is not done (`※ USBメモリ、CD-R等の外部記録媒体による受渡しは行わない。`): every medium it names is ruled out. */
const NEGATIVE_NOTE = /^[ \t]*※[^\n]*(?:ない|ません|せず)。?[ \t]*$/gm;

function withoutRuledOut(text: string): string {
  return text.replace(NEGATIVE_NOTE, '').replace(NOTE, '').replace(RULED_OUT, '');
}

/**
 * A column of check marks beside every medium (a form's text copied out of a PDF viewer: `✓ 紙`,
 * `電子メール`, `✓ 受託者のサーバ`): the marked lines without their marks, when at least two are
 * marked and another is not; null otherwise.
 */
function markedLines(lines: string[]): string[] | null {
  const out: string[] = [];
  let pending = false;
  let unmarked = 0;
  let marks = 0;
  for (const l of lines) {
    if (l.trim() === '') continue;
    const mark = CHECK_MARK.exec(l);
    const rest = mark ? l.slice(mark[0].length) : l;
    if (mark) marks++;
    if (mark && rest.trim() === '') {
      pending = true;
      continue;
    }
    if (mark || pending) out.push(rest);
    else unmarked++;
    pending = false;
  }
  return marks >= 2 && unmarked >= 1 ? out : null;
}

/** A mark of use before a medium (`○ 紙`), and of no use (`× 電子メール`). */
const USED_MARK = /^[ \u3000]*[○◯●◎][ \u3000]*/;
const UNUSED_MARK = /^[ \u3000]*[×✕✖☓][ \u3000]*/;

/**
 * A list that marks every medium used or not (`○ 紙（…）`, `× 電子メール`, under `（○使用 ×不使用）`):
 * the lines marked used, without their marks; null unless both marks begin lines (a ○ alone is a
 * bullet).
 */
function crossedOut(lines: string[]): string[] | null {
  if (!lines.some((l) => UNUSED_MARK.test(l)) || !lines.some((l) => USED_MARK.test(l))) return null;
  return lines.filter((l) => !UNUSED_MARK.test(l)).map((l) => l.replace(USED_MARK, ''));
}

/** A media cell that ticks its options (`✓ 紙`): only the ticked ones are its media, never words in its other lines. */
export const isTickedList = (value: string): boolean => markedLines(nfkc(value).split('\n')) !== null;

/** A checklist row of a listing: `01␣␣紙␣␣有␣␣保健指導記録票`, `04␣␣USBメモリ␣␣無`. */
const CHECK_ROW = /^\s*\d{1,3}\s+(\S(?:.*?\S)?)\s+(有|無|○|×|－|-)(?:\s+(\S.*))?$/;

/**
 * A checklist of every medium with a mark of use (`有`/`無`, `○`/`×`): the media marked used, each
 * with what it holds in brackets; the value as it is when fewer than three lines are such rows.
 */
function checkedMedia(value: string): string {
  const lines = nfkc(value).split('\n');
  const marked = markedLines(lines) ?? crossedOut(lines);
  if (marked) return marked.join('\n');
  const rows = lines.map((l) => CHECK_ROW.exec(l));
  if (rows.filter(Boolean).length < 3) return value;
  return rows
    .filter((m): m is RegExpExecArray => m !== null && (m[2] === '有' || m[2] === '○'))
    .map((m) => (m[3] ? `${m[1]}(${m[3].trim()})` : m[1]))
    .join('\n');
}

/**
 * A note that what it tells of is not this matter's (`従来の紙の名簿は、…使う。…本件の結合とは別の事務で
 * あり、この諮問の対象ではない。`): a paragraph of its own, naming no medium of the matter.
 */
export function withoutOtherMatters(value: string): string {
  return value.replace(/^[^\n]*(?:の対象では(?:ない|ありません)|の対象外(?:である|です|とする)?。|とは別の事務)[^\n]*$/gm, '');
}

/**
 * A list in groups (`使うもの` over its media, `使わないもの` over others): a group head alone on its
 * line, short, the media under it down to the next head.
 */
const GROUP_HEAD = /^[【［[(（]?(?:使う|使用する|利用する|用いる|使わない|使用しない|利用しない|用いない)(?:もの|媒体|記録媒体)[】］\])）]?[:：]?$/;
const NOT_USED_HEAD = /(?:使わない|しない|用いない)/;

/** The media of a list in groups, without the group heads and without the groups of media not used. */
function usedGroups(value: string): string {
  let used = true;
  const out: string[] = [];
  for (const line of value.split('\n')) {
    const head = GROUP_HEAD.exec(line.trim());
    if (head) used = !NOT_USED_HEAD.test(line);
    else if (used) out.push(line);
  }
  return out.join('\n');
}

export function parseMedia(value: string, procedure: Procedure): Medium[] {
  value = usedGroups(checkedMedia(value));
  // `※記録媒体欄の「電子」は…を示す。`: a note saying what the column's words mean names no medium.
  value = value.replace(/^[※＊*][^\n]*「[^」\n]+」は[^\n]*$/gm, '');
  value = withoutOtherMatters(value);
  // A list wrapped inside a Latin word (`…、DV` / `D-R(納品用)`): a long line of several media
  // ends mid-word, where a list of one medium a line (`CD-R` / `DVD-R`) never does.
  value = value.replace(/^([^\n]{20,}[、,][^\n]*[A-Za-z])\n(?=[A-Za-z-])/gm, '$1');
  // A ruling-out sentence wrapped over lines (`…電子メールによる送` / `付は行わない。`) is one. The
  // line it goes on from is a sentence's, long: a medium's short name above it (`受託者のパソコン`) is not,
  // nor one that ends with its bracketed note (`受託者のタブレット端末(認定調査票の入力用)`).
  value = withoutRuledOut(value.replace(/^([^\n]{15,}[^\n。)）])\n(?=[^\n※＊*・][^\n]*(?:ない|ません|せず)。?$)/gm, '$1'));
  // Media listed on one line with spaces between them (`紙(医療証) DVD-R(データ) 受託者のパソコン`)
  // are split before cleaning, which would join Japanese words across the space.
  // Cells wrapped in a PDF table come out glued (`紙（問診票）CD-R委託先のパソコン`): a bracket's end
  // and a disc's name end one medium.
  // A bracket inside a name (`国保データベース（ＫＤＢ）システム`) ends nothing.
  const unglued = value.replace(/([)）])(?=[^\s、,・)）等])(?!システム|サーバ|端末|データベース|ファイル)/g, '$1、').replace(/((?:CD|DVD|BD)[-－ー]?R(?:W)?)(?=[^\x00-\x7F、,・)）(（\s等])/g, '$1、');
  // A multi-select field prints its choices joined by semicolons (`紙;DVD-R;庁内サーバ`).
  const text = splitTopLevel(unglued.split('\n').join('、').replace(/[;；](?=\S)/g, '、'), /[ \u3000]+/)
    .map(clean)
    .join('、');
  const out: Medium[] = [];
  const add = (raw: string) => {
    const medium = clean(raw.replace(/^(?:等|及び|および|並びに|又は|または)/, '').replace(/(?:等|など)$/, ''));
    // `紙媒体：なし`: a medium the form says is not used.
    if (medium.length === 0 || /[:：]\s*(?:なし|無し|該当なし|使用しない)$/.test(medium)) return;
    // `電子媒体（暗号化機能付きUSBメモリ、市が貸与）`: who lends it, no medium of its own.
    if (/^(?:[区市町村県府都道]|局|受託者|委託先)(?:が|の)?(?:貸与|所有|用意|支給)(?:する|した|品)?(?:もの)?$/.test(medium)) return;
    // `…により、職員が各センターに持参する。`: how it is carried, not what it is on.
    if (/(?:する|します|させる|行う|行います)。?$/.test(medium) && !EQUIPMENT.test(medium)) return;
    const category = mediumCategory(medium, procedure);
    if (category && !out.some((o) => o.medium === medium && o.category === category)) out.push({ medium, category });
  };
  // (A slash parts them too: `紙（…）／委託先のパソコン／USBメモリ`.)
  const SEP = /[、,・/]|及び|および|並びに|又は|または/g;
  // `市のシステム・端末`: whose the first is, the ones after the dot are too (the form's option `市の情報システム・端末`).
  const owned = text.replace(/((?:市|区|町|村|県|府|委託先|受託者|受託事業者)の)([^\s、,・/の()（）]{1,12})((?:・[^\s、,・/の()（）]{1,8})+)/g, (_, owner: string, first: string, rest: string) =>
    `${owner}${first}${rest.split('・').map((x) => (x ? `・${owner}${x}` : '')).join('')}`
  );
  for (const piece of splitTopLevel(owned.replace(SEP, '、'), /、/)) {
    const m = /^(.*?)\((.*)\)(.*)$/.exec(piece);
    if (m && GENERIC_ELECTRONIC.test(clean(m[1])) && m[2].trim()) {
      const before = out.length;
      for (const inner of m[2].replace(SEP, '、').split('、')) add(inner);
      // Parentheses that name no medium (`(随時)`) leave the generic electronic medium itself.
      if (out.length === before) add(m[1]);
      continue;
    }
    // `KDB端末(健康増進課に設置)`: a terminal set up in the municipality's own office is its own.
    if (m && /(?:課|室|係|庁舎|庁内|本庁|役所|役場|支所)(?:内)?に設置/.test(m[2]) && /端末|パソコン|PC|機器/.test(m[1])) {
      const medium = clean(m[1] + m[3]);
      if (!out.some((o) => o.medium === medium)) out.push({ medium, category: 'ward_system' });
      continue;
    }
    // `審査用帳票(紙)`, `届出サービス(クラウドサービス)`: the brackets name what the medium is; so
    // does a cloud beyond an outsourcing or another body (`…サーバ(クラウド)`, `…システム(国保連の
    // サーバ)`) over a system its name does not make the municipality's own.
    const inner = m && m[2].length <= 12 ? mediumCategory(m[2], procedure) : null;
    const base = m ? mediumCategory(m[1] + m[3], procedure) : null;
    const elsewhere = m !== null && inner === 'external_system' && base === 'ward_system' && !OWN.test(m[1]) && (procedure !== 'outsourcing' || !/クラウド/.test(m[2]));
    if (m && inner && (!base || /^紙$/.test(m[2].trim()) || elsewhere)) {
      const medium = clean(m[1] + m[3]);
      if (!out.some((o) => o.medium === medium && o.category === inner)) out.push({ medium, category: inner });
      continue;
    }
    add(m ? m[1] + m[3] : piece);
  }
  return out;
}

const CONTRACTOR_OWNER = '(?:委託先|受託者|受託事業者|委託事業者|事業者)';
const INFER: [MediaCategory, RegExp][] = [
  ['paper', /紙媒体|紙ベース|(?<![別表和])紙(?:の|で|[(（])|[(（]紙[)）]|紙に(?:印刷|出力)|帳票|申請書類|申請書|申込書|調査票|回答書|書面で/],
  ['removable', /電子媒体|電磁的媒体|DVD|CD-R|USBメモリ|外部記録媒体|磁気媒体|光ディスク/],
  // `受託者は…事務所に置く業務専用のパソコンに…記録する`: the contractor's subject, its own machine.
  ['contractor_pc', new RegExp(`${CONTRACTOR_OWNER}(?:の|が使用する)[^。、]{0,20}?(?:パソコン|PC|端末)|${CONTRACTOR_OWNER}は[^。]{0,40}?(?:事務所|作業所|作業室)に(?:置く|設置する)[^。、]{0,12}?(?:パソコン|PC|端末)`)],
  ['contractor_server', new RegExp(`${CONTRACTOR_OWNER}(?:が使用する|が管理する|が運用する|が運営する|の)[^。、]{0,12}?(?:サーバ|データベース|クラウド|システム|データセンター)`)],
  ['ward_system', /(?:区|市|町|村|県|府)(?:が用意する|の)[^。、]{0,20}(?:システム|端末|サーバ)|参照システム|保健所システム|住基|住民基本台帳システム|庁内(?:LAN|ネットワーク)|全庁LAN|区役所本庁舎|総合行政(?:インターネット|ネットワーク)|インターネット端末|に設置(?:された|した)[^。、]{0,12}(?:端末|システム)|基幹系システム|住民情報システム|住民記録システム|(?:課|室|係)の(?:端末|パソコン)|[\p{Script=Han}]{2,}システムの[^。、]{0,8}端末|(?:課|室|係)の[^。、]{0,12}システム/u],
  ['external_system', /国の(?:クラウド|システム)|クラウドサービス|クラウド型|外部サービス|マイナポータル|ぴったりサービス/],
  ['email', /電子メール|メールで|メールにより|メールを送/]
];

const STAFF_SYSTEM = /(?<!(?:受託者|委託先|事業者|業者)の[^。、]{0,12})[\p{Script=Han}]{2,}システム(?:から|に入力|に記録|に登録|で照会|で(?:行い|行う|抽出|管理))/u;

/** Media a matter implies when its form has no media cell (external links, system use). */
export function inferMedia(text: string, procedure: Procedure): Medium[] {
  const t = clean(withoutRuledOut(text));
  const out: Medium[] = [];
  if (procedure === 'external_link') out.push({ medium: '結合先システム', category: 'external_system' });
  for (const [category, re] of INFER) {
    const m = re.exec(t);
    if (m && !out.some((o) => o.category === category)) out.push({ medium: m[0], category });
  }
  // Staff working in a named system (`福祉総合システムから抽出`, `相談記録システムに入力`) use the
  // municipality's own, unless the work is outsourced: then the system is often the contractor's.
  const worked = procedure === 'outsourcing' ? null : STAFF_SYSTEM.exec(t);
  if (worked && !out.some((o) => o.category === 'ward_system')) out.push({ medium: worked[0].replace(/(?:から|に|で).*$/, ''), category: 'ward_system' });
  return out;
}

/** A name a linked system goes by in its counterpart's cell: in 「」, or the cell before its brackets. */
function linkedNames(counterpart: string): string[] {
  const quoted = [...counterpart.matchAll(/「([^」]{2,30})」/g)].map((m) => m[1]);
  const head = counterpart.split(/[(（「]/)[0].trim();
  return [...quoted, head].map((n) => n.replace(/\s+/g, '')).filter((n) => [...n].length >= 4);
}

/**
 * In an external link, a medium named after the linked system (`天竜ケアリンクのサーバ` when the
 * 結合先 is `…システム「天竜ケアリンク」`) is the other body's system, not one of the municipality's
 * own, unless its name says it is the municipality's.
 */
export function linkedSystemMedia(media: Medium[], procedure: Procedure, counterpart: string | null): Medium[] {
  if (procedure !== 'external_link' || !counterpart) return media;
  const names = linkedNames(counterpart);
  return media.map((m) => (m.category === 'ward_system' && !OWN.test(m.medium) && names.some((n) => m.medium.replace(/\s+/g, '').includes(n)) ? { ...m, category: 'external_system' } : m));
}
