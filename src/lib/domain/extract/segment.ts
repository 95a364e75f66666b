// Splits a document's rows into matters. A matter starts at an explicit number (第24号議案,
// 諮問第692号 …) or at a title that differs from the current matter's; the same title written
// again (the overview sheet and the detail sheet) stays in the same matter.

import { ANNEX_FOR_LINE, DANGLING, MATTER_MARKER, NUMBER_KIND_LINE, MATTER_SHEET, NUMBER_LABEL, SHEET_MARK, TITLE_PREFIX, TITLE_TAG, valueOf, type Row } from './layout';
import { arabicLegalNumbers, clean, compact, similarity, unbalanced } from '../text';
import { isAnnexStart } from './measures';
import { MATTER_KIND_LABEL, MATTER_KIND_VALUE } from './labels';

const HEADER_TEXT = /審議会|審査会|諮問|報告事項|会議資料/;
/** A covering letter's lines: `記`, the addressee, the sender, the sentence asking for the council's opinion. */
const LETTER_TEXT = /^記$|(?:様|殿)$|(?:市長|町長|村長|区長|知事)(?:[(（][^()（）]*[)）])?$|の規定により|意見を求めます。?$|諮問します。?$|報告します。?$/;
/** A matter's case number in its marker line (`★ 重要 案件1 諮問第4号`). */
const CASE_NUMBER = /(?:^|[^\d])案件(\d{1,3})(?!\d)/;
/** A section's label that names the case it belongs to: `案件1`, `【案件2】連携する個人情報`. */
const CASE_LABEL = /^[【[〔]?案件(\d{1,3})(?!\d)[】\]〕]?/;
/** Same title when written twice, allowing for a word added or dropped (`業務等の` / `業務の`). */
const SAME_TITLE = 0.8;


export function matterMarker(r: Row): string | null {
  // `整理番号 | 報告１`, and `【案件 1】 報告第 4号` (the matter's running number as the label).
  if (r.kind === 'row' && r.label && (NUMBER_LABEL.test(compact(r.label)) || /^(?:案件|事案)\d{1,3}$/.test(compact(r.label)))) {
    const v = clean(valueOf(r));
    if (v.length > 20) return null;
    // `案件番号：３－２`: a bare number under a number label is the matter's own.
    return MATTER_MARKER.exec(v)?.[0] ?? (NUMBER_LABEL.test(compact(r.label)) && /^\d{1,3}(?:-\d{1,3})?$/.test(compact(v)) ? `${compact(r.label)}${compact(v)}` : null);
  }
  if (r.kind !== 'text' && r.kind !== 'heading') return null;
  const t = clean(r.parts.map((p) => p.text).join(''));
  // `報告案件1に係る個人情報取扱特記事項` heads an annex of that matter, not a matter.
  // …nor does a sentence that opens with a matter's number (`諮問第５号の事務では、…`).
  if (t.length > 40 || isAnnexStart(r) || /[、。]/.test(t)) return null;
  // A number in kanji (`議案第一号`, the traditional outline) marks a matter as digits do.
  const marker = MATTER_MARKER.exec(arabicLegalNumbers(t))?.[0] ?? null;
  // …but a note about the matter (a to-do: `諮問第6号の根拠条文の差替え資料を委員へ送付`) marks none.
  const about = marker ? /^の(.+)$/.exec(arabicLegalNumbers(t).slice(marker.length).trim())?.[1] : undefined;
  return about && about.length >= 12 && /[をへ]/.test(about) ? null : marker;
}


/** The title a title row gives: brackets closed over wrapped lines, quotes and bold removed. */
export function titleOf(r: Row): string | null {
  if (r.key !== 'title' || r.parts.length === 0) return null;
  // `報告事項` over `報告番号␣報告第２号`: the matter's number is no title (its 件名 row follows).
  if (r.parts.length === 1 && /^(?:諮問|報告|議案|案件)?番号\s*/.test(r.parts[0].text) && MATTER_MARKER.test(compact(r.parts[0].text).replace(/^(?:諮問|報告|議案|案件)?番号/, ''))) return null;
  let t = r.parts[0].text;
  for (let i = 1; i < r.parts.length; i++) {
    const next = r.parts[i].text.trim();
    const ended = /(?:について|の件|に関すること|[)）」』])$/.test(compact(t));
    // Open brackets continue; so does a qualifier on its own line (`(委託先の追加)`), and a title
    // wrapped before its ending (`…外部結` / `合について`).
    const qualifier = /^[(（][^()（）]{1,24}[)）]$/.test(next);
    const wrapped = !ended && next.length <= 40 && /(?:について|の件)[)）]?$/.test(compact(t + next));
    // A line cut after a particle or a conjunction (`…の作成及び` / `発送業務の委託`) goes on.
    const dangling = !ended && next.length <= 40 && !/[。:：]/.test(next) && DANGLING.test(compact(t));
    if (!(unbalanced(t) || qualifier || wrapped || dangling)) break;
    t += next;
  }
  // A bare kind before the title (`諮問␣…について`) is told by its space, which clean() removes.
  t = clean(t.trim().replace(/^(?:諮問|報告)[ \u3000]+(?=\S)/, ''))
    .replace(/^[「『"]+|[」』"]+$/g, '')
    .replace(/^[:：]/, '');
  // Numbers may stack: `(1)諮問第1号 …` under an agenda's `諮問事項`.
  for (let n = 0; n < 3 && TITLE_PREFIX.exec(t)?.[0]; n++) t = t.replace(TITLE_PREFIX, '');
  t = t.replace(TITLE_TAG, '').trim();
  // A cover sheet's subject (`…審議会␣諮問書の送付について`, a FAX's or a letter's) sends papers: no matter.
  if (SENDING_PAPERS.test(compact(t))) return null;
  return t.length >= 4 ? t : null;
}

/** The subject of a sheet that sends the council its papers. */
// …or posts them on a bulletin board (`…案件資料の掲載について`).
const SENDING_PAPERS = /(?:諮問書|答申書|資料|会議資料|書類)(?:等)?の(?:送付|送信|提出|掲載|配布|配信)(?:について|の件)$/;

/** A title without its ending and qualifiers: `〇〇事業に係る業務の委託について(委託内容の変更)` → `〇〇事業に係る業務の委託`. */
const core = (t: string) =>
  compact(t)
    .replace(/\([^()]*\)/g, '')
    .replace(/[「」『』]/g, '')
    .replace(/(?:について|の件|に関すること)$/, '');

/** The same matter's title on its overview and detail sheets: nearly equal, or one extending the other. */
export function sameTitle(a: string, b: string): boolean {
  if (similarity(a, b) >= SAME_TITLE) return true;
  const [x, y] = [core(a), core(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 6 && (long.includes(short) || similarity(x, y) >= SAME_TITLE);
}

/** A value this long under any label is a paragraph of the matter's, not a line of a cover or an agenda. */
export const PARAGRAPH_CHARS = 40;

export function segment(rows: Row[]): Row[][] {
  // `listed`: titles came one after another here, as in an answer's list of its matters.
  type Seg = { rows: Row[]; titles: string[]; marked: boolean; listed?: boolean };
  // Every matter in the order first met; `cur` is the one rows go to now.
  const all: Seg[] = [];
  let cur: Seg = { rows: [], titles: [], marked: false };
  all.push(cur);
  const hasContent = (m: Seg) => m.titles.length > 0 || m.rows.some((r) => r.kind === 'row');
  const start = (carry: Row[], marked: boolean) => {
    cur = { rows: carry, titles: [], marked };
    all.push(cur);
  };
  // Rows since the last title row, and whether a form row was among them.
  let sinceTitle = 0;
  let formSinceTitle = false;
  // Where the rows under each matter number went last, and the number met last.
  const markerSegs = new Map<string, Seg>();
  let lastMarker: string | null = null;
  const caseSegs = new Map<string, Seg>();
  let caseLine: string | null = null;
  for (const r of rows) {
    if (lastMarker !== null) markerSegs.set(lastMarker, cur);
    const marker = matterMarker(r);
    if (marker) {
      // A matter's number again over a later page (`議案第１０号` heading every page of it, its annex
      // printed after the next matter too): the rows go on where that number's rows last went,
      // whatever the page's heading adds to it (`諮問事項１（続き）`, a slide's `報告第１号 記録媒体`).
      const text = compact(marker);
      const again = markerSegs.get(text);
      if (again && again.rows.some((x) => x.kind === 'row' && x.key !== null && x.key !== 'title')) {
        cur = again;
        lastMarker = text;
        continue;
      }
      lastMarker = text;
      if (hasContent(cur) || cur.marked) start([], true);
      else cur.marked = true;
      cur.rows.push(r);
      continue;
    }
    // A later section labelled with a case's number (`案件1 | 記録媒体`, `【案件2】連携する個人情報`, a
    // notebook's containers placed out of order) goes on with that case's matter.
    const caseOf = r.kind === 'row' ? CASE_LABEL.exec(compact(r.label))?.[1] : undefined;
    const caseSeg = caseOf ? caseSegs.get(caseOf) : undefined;
    if (caseSeg && caseSeg !== cur && caseSeg.rows.some((x) => x.kind === 'row' && x.key !== null && x.key !== 'title') && !/について$/.test(compact(valueOf(r)))) {
      cur = caseSeg;
      lastMarker = null;
    }
    const title = titleOf(r);
    // A title right after another, with nothing between (a heading over its 件名 row, or the lines
    // of an agenda), replaces it: agenda lines are then left as one segment without a form.
    const adjacent = sinceTitle <= 3 && !formSinceTitle;
    if (title && cur.titles.length > 0 && adjacent && !cur.titles.some((t) => sameTitle(t, title))) {
      cur.titles = [];
      cur.listed = true;
    } else if (title && cur.titles.length > 0 && !cur.titles.some((t) => sameTitle(t, title))) {
      // Header lines just above the new title (the sheet's heading) belong to the new matter.
      const carry: Row[] = fieldsAboveTitle(cur.rows);
      while (cur.rows.length > 0) {
        const last = cur.rows[cur.rows.length - 1];
        // …and a heading read as an empty title row (`報告事項` standing alone over the form).
        const emptyHeading = last.kind === 'row' && last.key === 'title' && last.parts.length === 0 && HEADER_TEXT.test(last.label);
        // …and the form's column headings (`項目 | 内容`) between that heading and the 件名 row.
        const columnHeads = last.kind === 'row' && last.key === null && /^(?:項目|区分|事項)$/.test(compact(last.label)) && /^(?:内容|概要|記載事項)$/.test(compact(valueOf(last)));
        // …and the sheet's own mark (`別紙3`, `資料2`) between that heading and the form.
        // …and a mark of the matter's number and kind (`No.２ 【報告】`).
        const sheetMark = last.kind === 'text' && (SHEET_MARK.test(compact(valueOf(last))) || NUMBER_KIND_LINE.test(compact(valueOf(last))));
        // …and the form's row of the matter's kind over its 件名 row (`区分 | 諮問（電子計算組織の結合）`).
        const kindRow = last.kind === 'row' && MATTER_KIND_LABEL.test(compact(last.label)) && MATTER_KIND_VALUE.test(compact(valueOf(last)));
        // …and the covering letter over the form (`会長 様`, `…の規定により、…意見を求めます。`, `記`).
        const letter = last.kind === 'text' && valueOf(last).length <= 80 && LETTER_TEXT.test(compact(valueOf(last)));
        if (!emptyHeading && !columnHeads && !sheetMark && !kindRow && !letter && (last.kind !== 'text' || !HEADER_TEXT.test(valueOf(last)) || valueOf(last).length > 60)) break;
        carry.unshift(cur.rows.pop() as Row);
      }
      // A title met before in a record of its own (an index table's row, then the matter's own
      // section further down) goes on that matter; not one met in an agenda, a list of titles.
      // Its fields come after its title: a contents list's own heading (`【今号の内容】`) is none.
      const record = (m: Seg) => !m.listed && m.titles.length === 1 && m.rows.some((x, k) => k > m.rows.findIndex((t) => titleOf(t) !== null) && x.kind === 'row' && x.key !== null && x.key !== 'title');
      const earlier = all.find((m) => m !== cur && record(m) && sameTitle(m.titles[0], title));
      if (earlier) {
        cur = earlier;
        cur.rows.push(...carry);
      } else start(carry, false);
    }
    if (title) cur.titles.push(title);
    // `★ 重要 案件1 諮問第4号` over the title: the matter's case number, which later sections name.
    if (title && caseLine && !caseSegs.has(caseLine)) caseSegs.set(caseLine, cur);
    if (title) caseLine = null;
    const line = r.kind === 'text' ? compact(valueOf(r)) : '';
    if (line.length <= 40 && !/について$/.test(line)) caseLine = CASE_NUMBER.exec(line)?.[1] ?? caseLine;
    cur.rows.push(r);
    if (title) {
      sinceTitle = 0;
      formSinceTitle = false;
    } else {
      sinceTitle++;
      // A paragraph of explanation under a label this product does not read (`【担当課の説明】`)
      // is a matter's content too: the next title opens another matter instead of replacing it.
      // So does a rule: a list of titles (a newsletter's contents) has ended at it.
      formSinceTitle ||= (r.kind === 'row' && (r.key !== null || valueOf(r).length >= PARAGRAPH_CHARS)) || r.kind === 'separator';
    }
  }
  return all.filter(hasContent).map((m) => m.rows);
}

/**
 * A record page's department field printed above its title (a CRM record's `所管部局` beside its
 * `件名`): a department row a few rows above the next title, after this matter's own department,
 * with nothing but unlabelled lines after it, goes with the next matter. Taken off `rows`.
 */
function fieldsAboveTitle(rows: Row[]): Row[] {
  const title = rows.findIndex((x) => titleOf(x) !== null);
  for (let k = rows.length - 1; k >= Math.max(title + 1, rows.length - 4); k--) {
    const x = rows[k];
    if (x.kind === 'row' && x.key !== null) {
      const again = x.key === 'department' && rows.slice(title + 1, k).some((y) => y.kind === 'row' && y.key === 'department');
      return again ? rows.splice(k) : [];
    }
  }
  return [];
}

/** A mark an annex carries for the matters it belongs to: `別記（案件番号３－１関係）`, `（報告事項１及び報告事項２の契約に共通）`, `（報告事項1の委託契約に付すもの）`. */
// …or in a sentence of its own in brackets: `（この特記事項は、上記１の報告案件「…」の契約書に添付するものです。）`.
const ANNEX_FOR = /[(（]([^()（）]{1,120}?)(?:関係|に共通|共通|に(?:付す|付する|添付する)もの(?:です|である)?。?)[)）]|特記事項[(（]((?:諮問|報告|議案|案件|No\.?|№)[^()（）]{0,16})[)）]/i;
// `諮問事項⑴` is `諮問事項(1)` after NFKC: the number may be in brackets.
const ANNEX_REF = /(諮問|報告|議案|案件番号|案件|番号|No\.?|№)?(?:事項|案件)?[:：]?(第)?[(（]?(\d+(?:-\d+)*)[)）]?(号)?/gi;
/** The annex's opening sentence naming the matter whose contract it goes with. */
const ANNEX_FOR_SENTENCE = /^この特記事項は、?([^。]{1,160}?)に係る[^。]{0,24}?に(?:付す|付する|添付する|添付される)もの(?:です|である)?。|^[(（]([^。()（）]{1,160}?)(?:に係る|の)[^。()（）]{0,24}?に(?:付す|付する|添付する|添付される)(?:もの(?:です|である)?)?。?[)）]/;
/** A line over the annex's title that only says which attachment it is: `別記（第２関係）`, or `別記` over `（諮問第三号関係）`. */
const ANNEX_TAG_LINE = /^(?:(?:別記|別紙|様式)\s*\d*\s*(?:[(（][^()（）]*[)）])?|[(（][^()（）]{1,40}関係[)）])$/;

type Ref = { kind: string | undefined; num: string; dai: boolean };

/** `諮問事項(1)` (`諮問事項⑴` after NFKC) → `諮問事項1`: a bracketed number is the number. */
// …and a number in kanji (`議案第一号`, the traditional outline) is the number in digits.
const plainNumbers = (t: string) => arabicLegalNumbers(t).replace(/[(（](\d{1,3})[)）]/g, '$1');

function annexRefs(text: string): Ref[] {
  // A bracketed number inside the mark (`（諮問事項⑴ …に添付するもの）`) is the number.
  const t = plainNumbers(compact(text));
  const found = ANNEX_FOR.exec(t);
  const mark = (found ? (found[1] ?? found[2]) : undefined) ?? text.split('\n').map((l) => ANNEX_FOR_LINE.exec(compact(l))?.[1]).find((m) => m !== undefined);
  if (!mark) return [];
  return refsIn(mark);
}

/** The matters a mark refers to; a list's `No.1` numbers its row as `番号1` does. */
const refsIn = (mark: string): Ref[] => [...mark.matchAll(ANNEX_REF)].map((m) => ({ kind: m[1] && /^(?:No|№)/i.test(m[1]) ? '番号' : m[1], num: m[3], dai: m[2] !== undefined }));

/** The text that numbers a matter: a `案件番号` row or a marker just before its title, else the title row itself. */
function matterKey(rows: Row[], block: Row[]): { text: string; strong: boolean } | null {
  const formAt = block.findIndex((r) => r.kind === 'row' && r.key !== null && r.key !== 'title' && r.parts.length > 0);
  const head = formAt >= 0 ? block.slice(0, formAt) : block;
  // A heading that numbers the matter (`### 報告事項1 …について`) over its 件名 row names it best.
  const titles = [...head].reverse().filter((r) => r.key === 'title');
  const titleRow = titles.find((r) => /(?:諮問|報告|議案|案件)\D{0,4}\d/.test(compact(r.label))) ?? titles[0];
  if (!titleRow) return null;
  const at = rows.indexOf(titleRow);
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const r = rows[i];
    if (r.kind === 'row' && r.label && NUMBER_LABEL.test(compact(r.label))) return { text: compact(valueOf(r)), strong: true };
    if (matterMarker(r)) return { text: compact(valueOf(r)), strong: true };
    // A heading that numbers the matter before its kind (`### １ 報告案件`).
    const text = r.kind === 'heading' || r.kind === 'text' ? plainNumbers(compact(valueOf(r))) : '';
    const numbered = /^(\d{1,3})[.．、]?(諮問|報告)(?:案件|事項)?$/.exec(text);
    if (numbered) return { text: `${numbered[2]}${numbered[1]}`, strong: true };
    // A page's heading that numbers the matter as a case (`案件1␣…について␣報告`), as the annex names it (`案件1の委託契約書に添付するもの`).
    const caseNo = /^案件(\d{1,3})(?!\d)/.exec(text);
    if (caseNo) return { text: `案件${caseNo[1]}`, strong: true };
    // …also when that heading was read as an empty label row (`(1)␣諮問事項` over `件名 | …`).
    const kindRow = r.kind === 'row' && r.ordinal && r.parts.length === 0 ? /^(諮問|報告)(?:案件|事項)?$/.exec(compact(r.label)) : null;
    if (kindRow) return { text: `${kindRow[1]}${r.ordinal}`, strong: true };
    // A sheet that says whose it is (`別表１ 諮問第５号の概要`), or a line under its tag that does
    // (`別紙一` / `（諮問第三号関係）`).
    const sheet = MATTER_SHEET.exec(text) ?? /^[(（]((?:諮問|報告)(?:事項|案件)?第?\d{1,3}号?)関係[)）]$/.exec(text);
    if (sheet) return { text: sheet[1], strong: true };
  }
  // A letter's number further up its own block (`諮問第52号` over the subject, the opening sentence
  // and the secretariat's line).
  const marker = head.find((r) => r !== titleRow && matterMarker(r) !== null);
  if (marker) return { text: compact(valueOf(marker)), strong: true };
  // A heading's outline number (`1. 報告第8号 …`) is the section's, not the matter's.
  return { text: compact(`${titleRow.label}${titleRow.parts[0]?.text ?? ''}`).replace(/^\d{1,2}[.．、]/, ''), strong: false };
}

function refersTo(ref: Ref, numbered: { text: string; strong: boolean }): boolean {
  // `諮問事項⑴` numbers its matter as `諮問事項1` does.
  const key = { ...numbered, text: plainNumbers(numbered.text) };
  const num = ref.num.replace(/-/g, '[-ー－‐]');
  const end = '(?![\\d-])';
  const kind = ref.kind && !/番号|案件/.test(ref.kind) ? `${ref.kind}(?:事項|案件)?[:：]?` : '';
  // A number row (`案件番号 | 3-1`) is matched by the number, and by the kind when it names one
  // (`報告事項１` is not `諮問事項１`); a title by its prefix (`第２ …について`).
  if (key.strong) {
    const named = kind !== '' && /諮問|報告|議案/.test(key.text);
    return new RegExp(`${named ? kind : '(?<![\\d-])'}(?:第)?${num}${end}`).test(key.text);
  }
  // A bare number needs its 第 (`第２␣…`); a case's (`案件1関係`) is the title's list number (`１␣…について`).
  return new RegExp(`^[【〔［]?${kind}${ref.dai || (kind === '' && !ref.kind) ? '第' : '(?:第)?'}${num}(?:号)?${end}`).test(key.text);
}

/** The one matter whose title (without `について`, at least 8 characters) the annex's heading holds; none when no or several do. */
function titledIn(heading: string, blocks: Row[][]): number[] {
  const text = compact(heading);
  const hits = blocks.flatMap((b, j) => {
    const title = b.find((r) => r.kind === 'row' && r.key === 'title');
    const core = title ? compact(valueOf(title)).replace(/(?:について|に関すること)?(?:[(（][^()（）]*[)）])?$/, '') : '';
    return core.length >= 8 && text.includes(core) ? [j] : [];
  });
  return hits.length === 1 ? hits : [];
}

/**
 * A slide's annex titled with the running part of its matter's slides (`【参考】① 配食見守り ｜ 個人
 * 情報取扱特記事項（1/2）` after `① 配食見守り ｜ 概要`): the one matter whose own slides start so.
 */
function slideNamed(title: string, blocks: Row[][]): number[] {
  // Its number (`①`, `(1)`, `1`) is written as each slide writes it, or dropped with a list's mark.
  const unnumbered = (t: string) => t.replace(/^(?:[(（]?\d{1,2}[)）.．]?|[①-⑳])/, '');
  const running = unnumbered(/^([^|｜]{2,24})[|｜]/.exec(compact(title))?.[1].replace(/^[【〔［][^】〕］]{1,4}[】〕］]/, '') ?? '');
  if (running.length < 3) return [];
  const hits = blocks.flatMap((b, j) => {
    const end = b.findIndex(isAnnexStart);
    return b.slice(0, end < 0 ? b.length : end).some((r) => [valueOf(r), r.label].some((t) => unnumbered(compact(t)).startsWith(running))) ? [j] : [];
  });
  return hits.length === 1 ? hits : [];
}

/** Whether a matter's head, or a line or two over it, is only its case number (`案件１`). */
function caseLine(rows: Row[], block: Row[], num: string): boolean {
  const formAt = block.findIndex((r) => r.kind === 'row' && r.key !== null && r.parts.length > 0);
  const start = rows.indexOf(block[0]);
  const head = [...rows.slice(Math.max(0, start - 2), Math.max(0, start)), ...block.slice(0, formAt < 0 ? block.length : formAt)];
  return head.some((r) => plainNumbers(compact(`${r.label}${valueOf(r)}`)) === `案件${num}`);
}

/**
 * Moves an annex that says whose it is (`別記（案件番号３－１関係）`) from the matter it follows to
 * that matter, or copies it to each when several share it. An annex naming no matter, or one this
 * cannot place without doubt, stays where it is.
 */
export function attachAnnexes(rows: Row[], blocks: Row[][]): Row[][] {
  const out = blocks.map((b) => [...b]);
  const keys = out.map((b) => matterKey(rows, b));
  for (const [i, block] of out.entries()) {
    const at = block.findIndex(isAnnexStart);
    if (at < 0) continue;
    let from = at;
    while (from > 0 && block[from - 1].kind === 'text' && ANNEX_TAG_LINE.test(compact(valueOf(block[from - 1])))) from--;
    // A heading or a sentence just above that names the matter whose contract the annex is.
    while (from > 0 && at - from < 2 && (block[from - 1].kind === 'text' || block[from - 1].kind === 'heading') && ANNEX_FOR_LINE.test(compact(valueOf(block[from - 1])))) from--;
    const heading = block.slice(from, at + 2).map(valueOf).join('\n');
    // …or the annex's first sentence, over the lines it is printed on (`この特記事項は、報告一覧の
    // 番号１「…」に係る委託契約書に添付するものである。`).
    // …or a bracketed note under its title (`（報告事項1「…」の委託契約書に添付する。）`).
    const found = ANNEX_FOR_SENTENCE.exec(compact(block.slice(at + 1, at + 5).map(valueOf).join('')));
    const opening = found ? (found[1] ?? found[2]) : null;
    const marked = annexRefs(heading);
    const refs = marked.length > 0 || opening === null ? marked : refsIn(opening.replace(/「[^」]*」/g, ''));
    const byNumber = refs.map((ref) => {
      const hits = keys.flatMap((k, j) => (k && refersTo(ref, k) ? [j] : []));
      // A case number (`案件１関係`) its matter carries on a line of its own over its number row.
      const cases = hits.length === 0 && ref.kind === '案件' ? out.flatMap((b, j) => (caseLine(rows, b, ref.num) ? [j] : [])) : [];
      return hits.length === 1 ? hits[0] : cases.length === 1 ? cases[0] : -1;
    });
    // No number that places it: the matter whose title the heading names (`別記（記の１␣妊産婦訪問
    // 指導事業に係る業務の委託契約書に添付するもの）`).
    const titledTargets = titledIn(heading, out);
    const named = titledTargets.length > 0 || opening === null ? titledTargets : titledIn(opening, out);
    const targets = byNumber.length > 0 && !byNumber.includes(-1) ? byNumber : named.length > 0 ? named : slideNamed(valueOf(block[at]), out);
    if (targets.length === 0 || targets.includes(-1) || (targets.length === 1 && targets[0] === i)) continue;
    const annex = block.splice(from);
    for (const j of new Set(targets)) out[j].push(...annex);
  }
  return out;
}
