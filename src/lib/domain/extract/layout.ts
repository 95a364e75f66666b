// Turns extracted page text into rows: form rows (label → value), free text, headings and separators.
// Council forms are two-column tables; text extraction flattens them into `label<TAB>value` lines,
// with labels wrapped over lines, values continued on label-less lines, HTML fragments inside cells
// and Markdown left over from conversion. Everything below undoes those artefacts.

import { htmlToText, startsWithEnumerator } from './markup';
import { barCells, barLists, barred, leaderCells, letterCells, UNKNOWN_LABEL } from './text-cells';
import { isMeasuresKey, labelKey, NUMBER_LABEL, PARTY_ONLY, type LabelKey } from './labels';
import { compact, nfkc } from '../text';
import { PAGE_MARK, runningLines } from './page-margins';
import { expandMeasureCodes } from './measure-legend';
import { CHECK_MARK, cellBoxes, isChecklist, tickedOnly } from './tick-boxes';
import { sideBySideMeasures } from './side-columns';
import { isQuestionForm, questionCards } from './question-cards';
import { isTextile, textileLine } from './textile';
import { cutTail, fixedWidthCells, joinSpacedLabels, joinWrappedLabels, tailColumn, valueColumn } from './fixed-width';
import { withoutRepeatedSheetMarks } from './sheet-marks';
import { changeColumns, groupedRows, joinBrokenLabels, MATTER_SHEET, partyColumnMeasures, SHEET_MARK, splitMeasureColumns, transposeLabelHeaders, transposeMatterColumns, type PhysLine } from './line-tables';
import type { Part } from '../types';
import { lineNumberMargin, withoutMargin } from './line-numbers';
import { mediaTables } from './media-tables';
import { mergeWrappedLabels } from './wrapped-labels';
import { appFields } from './app-fields';
import { sheetRows } from './sheet-rows';
import { isPrintedSheet, withoutHeadings } from './print-headings';
import { isQaPage, qaLines } from './qa-pages';
import { isSpokenTables, spokenPages } from './spoken-tables';
import { valueOf, type Row } from './row';
import { itemGoesOn, LIST_NUMBER, measureGoesOn } from './list-goes-on';

export { MATTER_SHEET, NUMBER_LABEL, SHEET_MARK };

export type { Row, RowKind } from './row';

const TAG = /<\/?[a-zA-Z][^>]*>/;
const COLUMN_HEAD = /^(?:項目|内容|事項|区分|番号|No\.?)$/i;
const ROW_NUMBER = /^(?:\d{1,2}|[(]\d{1,2}[)]|[①-⑳]|[一二三四五六七八九十]{1,3})[.、．]?$/;
/** A label as forms write one: a short phrase, no sentence, no list (`結合の理由`, `担当部課室`). */
const FORM_LABEL = /^[^、。,:：()（）「」]{2,16}$/;
// `――――` (U+2015, an e-mail's rule) too, and an ASCII-art table's border `+----+----+`.
const SEPARATOR = /^[-=_|:~+─━—―\s]{2,}$/;
/** A line drawn as a rule: rule characters only, with a run of dashes or bars in it. */
const isRule = (s: string) => SEPARATOR.test(s) && /[-=_─━—―]{2}/.test(s);
const ASCII_BORDER = /^\+(?:[-=]{2,}\+)+$/;
const BAR_ROW = /^\|.*\|$/;
const POLICY_REFERENCE = /^(?:(?:要綱|基準|規則|規程|要領|条例)\s*(?:第\s*)?[\d\s.、,]*(?:条|項)?[\s、,]*)+$/;
/** A matter's own number: `令和2年度第24号議案`, `諮問第692号`, `報告第3号`. */
export const MATTER_MARKER =
  /^[【〔≪《]?(?:(?:令和|平成|昭和)\s*(?:\d+|元)\s*年度\s*)?(?:第\s*\d+\s*号\s*議案|議案\s*第\s*\d+\s*号|諮問\s*第\s*\d+\s*号|報告\s*第\s*\d+\s*号|諮問\s*\d+\s*号|(?:諮問|報告)(?:事項|案件)?\s*\d+(?![\d号])|案件\s*\d+\s*(?:[(（]?(?:諮問|報告)[)）]?)?$)/;
/** A title line that cannot end here: it stops on a particle or a conjunction. */
export const DANGLING = /(?:及び|並びに|又は|若しくは|における|に係る|に伴う|に関する|による|への|からの|の|に|と|を|・|、)$/;
/** A matter's running number with its kind over a sheet (`No.２ 【報告】`, `【諮問】`): the kind is the matter's below. */
export const NUMBER_KIND_LINE = /^(?:(?:No\.?|№|番号)\s*\d{1,3}\s*)?[【〔［(](?:諮問|報告)[】〕］)]$/i;
/** A line over the annex that says whose it is: `案件1に係る契約の特記事項`, `報告事項2の委託契約に添付する特記事項は、…`. */
export const ANNEX_FOR_LINE = /^((?:諮問|報告|議案|案件)(?:事項|案件|番号)?[:：]?第?\d+(?:-\d+)*号?(?:(?:及び|・|、)(?:諮問|報告|議案|案件)?(?:事項|案件|番号)?[:：]?第?\d+(?:-\d+)*号?)*)(?:に係る|の)[^。]{0,24}?特記事項/;

/** The standard contract annex's title, however worded (a toggle's `▶ 個人情報取扱特記事項を開く`, a slide's `【参考】① 配食見守り ｜ 個人情報取扱特記事項`). */
export const ANNEX_START = /^(?:[^|｜\n]{1,24}[|｜]\s*)?(?:[■□◆◇●◎▼▽▶►▸]\s*)?(?:[[［【〔]\s*(?:報告|諮問)(?:案件|事項)?\s*(?:第\s*)?\d{1,3}\s*号?\s*[\]］】〕]\s*)?(?:[[［【〔]\s*)?(?:\d{1,2}[.．、]\s*|\d{1,2}\s*(?=個人情報))?(?:[(（](?:参考|別記|別紙|別添)[)）]\s*)?(?:別記|別紙|別添)?\s*(?:[(（][^()（）]{1,20}関係[)）]\s*)?(?:(?:報告|諮問)(?:案件|事項)?\s*(?:第\s*)?\d{1,3}\s*号?(?:に係る|の|関係)?\s*)?(?:[一-龥ヶ]{1,5}[都道府県市区町村])?(?:個人情報(?:の)?(?:保護|取扱い?|取り扱い)(?:等)?に(?:関する|係る))?\s*(?:個人情報取扱)?特\s*記\s*事\s*項/;
/** Lines that open a new block: markers councils use for a new form or section. */
const BLOCK_START = /^(?:[◇◆■□●◎★☆▼▽]|件\s*名|特\s*記\s*事\s*項|別\s*紙|別\s*記)/;

/**
 * `所管部課        福祉部  高齢者福祉課` or `担  当  課      健康福祉部健康対策課`: a form whose cells
 * became runs of spaces (text exported from PDF or typed with spaces). Split only when the first
 * cell is a known label, letter-spaced or not, so prose with a double space stays one cell.
 */
function spacedCells(line: string): string[] | null {
  const segs = line.trim().split(/[ \u3000]{2,}/);
  if (segs.length < 2) return null;
  // Letter-spaced labels: a run of one-character segments at the start is one word.
  let n = 0;
  while (n < segs.length && [...segs[n]].length === 1) n++;
  const cells = n >= 2 ? [segs.slice(0, n).join(''), ...segs.slice(n)] : segs;
  if (cells.length < 2 || !labelKey(cells[0])) return null;
  return [cells[0], cells.slice(1).join(' ')];
}

function splitCells(line: string): string[] {
  const md = /^\s*\|(.*)\|\s*$/.exec(line);
  const cells = md ? md[1].split('|') : line.includes('\t') ? line.split('\t') : (barCells(line) ?? leaderCells(line) ?? spacedCells(line) ?? [line]);
  // U+2028 separates lines inside a PDF table cell (see pdf-layout.ts).
  const out = cells.map((c) => (TAG.test(c) ? htmlToText(c.replaceAll('\u2028', '\n')) : c.replaceAll('\u2028', '\n')).replace(/[ \u00a0]+/g, ' ').trim());
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * A pictograph opening an annex's title (`📎 別記␣個人情報取扱特記事項`) is decoration as a ■ is.
 * Elsewhere it stays: a list's `📄 紙` under `💾 記録媒体` is read as it was written.
 */
const PICTOGRAPH_MARK = /^\s*(?:(?![☑✔▶])\p{Extended_Pictographic}[\u{FE0F}\u{200D}]*)+\s*(?=\S)/u;

function reduceMarkdown(line: string): { text: string; heading: number } {
  let text = line;
  let heading = 0;
  const h = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(text);
  if (h) {
    heading = h[1].length;
    text = h[2].replace(/\s#+\s*$/, '');
  }
  text = text.replace(/^\s*>\s?/, '');
  // List markers carry no meaning here; the council's own numbering follows them.
  text = text.replace(/^\s*[-*+](?:\s+|$)(?!-)/, '');
  text = text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1').replace(/\*\*/g, '');
  return { text, heading };
}

const BOX_RULE = /^[\s\u3000]*[┌┐└┘├┤┬┴┼─━┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬╞╡╪][\s\u3000┌┐└┘├┤┬┴┼─━┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬╞╡╪]*$/;
const BOX_ROW = /^[\s\u3000]*[│┃║](.*)[│┃║][\s\u3000]*$/;

/**
 * A table drawn with box characters (a word processor's text export): each box row, however many
 * lines its cells wrap over, becomes one line of TAB-separated cells. A two-column form gives
 * `label<TAB>value` with the value's own lines after it: a wrapped line is joined to the one above,
 * a line that opens with a number or a bullet starts a new one. The rules go.
 */
function unbox(lines: string[]): string[] {
  const out: string[] = [];
  let cols: string[][] | null = null;
  const flush = () => {
    if (!cols) return;
    const cells = cols.map((pieces) => pieces.filter((p) => p !== ''));
    if (cells.length === 2) {
      const values: string[] = [];
      for (const v of cells[1]) {
        const prev = values.at(-1);
        // A letter and a bracket (`Ｎ）を経由し`) is a wrapped word unless a sentence ended above it.
        const opens = startsWithEnumerator(v) && (!/^[a-zA-Zａ-ｚＡ-Ｚ]/.test(v) || /[。.．]$/.test(prev ?? '。'));
        if (prev !== undefined && !opens) values[values.length - 1] += v;
        else values.push(v);
      }
      out.push(`${cells[0].join('')}\t${values[0] ?? ''}`, ...values.slice(1));
    } else out.push(cells.map((c) => c.join('')).join('\t'));
    cols = null;
  };
  for (const line of lines) {
    const row = BOX_ROW.exec(line);
    if (BOX_RULE.test(line) && /[─━═]/.test(line)) {
      // A plain rule between two sections (`━━━━`) is no table's border: it still ends a value.
      if (!cols && /^[\s\u3000─━═]+$/.test(line)) out.push(line);
      flush();
      continue;
    }
    if (!row) {
      flush();
      out.push(line);
      continue;
    }
    const cells = row[1].split(/[│┃║]/).map((c) => c.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
    if (cols && cols.length !== cells.length) flush();
    cols ??= cells.map(() => []);
    cells.forEach((c, k) => cols?.[k].push(c));
  }
  flush();
  return out;
}

/** Joins a Markdown bold span that a line break cut in two (`**件名 …\n…について**`). */
function joinOpenBold(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    while ((l.match(/\*\*/g) ?? []).length % 2 === 1 && i + 1 < lines.length && lines[i + 1].trim() !== '') {
      l = l.replace(/\s+$/, '') + lines[++i].trim();
    }
    out.push(l);
  }
  return out;
}

/** `個 人 情 報 取 扱 特 記 事 項`: a letter-spaced heading from a PDF, read as the word it spells. */
function unspace(line: string): string {
  return /^\s*(?:[^\s\t] {1,2}){3,}[^\s\t]\s*$/.test(line) ? line.replace(/(\S) {1,2}(?=\S)/g, '$1') : line;
}

/**
 * `①照会する…`: a circled number opening a line or a cell's line is a list mark. NFKC would make
 * it a bare digit glued to the text (`1照会する…`); it is kept a mark as `(1) `.
 */
const circledMarks = (line: string) => line.replace(/(^|[\t\u2028]|(?<=^[ \u3000]+))([①-⑳])[ \u3000]*/g, (_, before: string, c: string) => `${before}(${c.charCodeAt(0) - 0x2460 + 1}) `);

const NAMED_MATTER = /^(?:もう一つの|次の|二つ目の|最後の)?(諮問|報告)(?:の|事項の)?案件(?:は|として)、?「([^「」]{8,80}(?:について|の件))」/;

function physicalLines(pages: string[]): PhysLine[] {
  const lines: PhysLine[] = [];
  const written = pages.map((t) => t.replace(/\r\n?/g, '\n').split('\n'));
  const margin = lineNumberMargin(written);
  const read = margin === null ? written : written.map((page) => page.map((l) => withoutMargin(l, margin)));
  const sheet = isPrintedSheet(read.flat()) ? read.map((page) => page.flatMap((l) => withoutHeadings(l) ?? [])) : read;
  const spoken = isSpokenTables(sheet.flat()) ? spokenPages(sheet) : sheet;
  const qa = isQaPage(spoken.flat()) ? spoken.map(qaLines) : spoken;
  const lines0 = isTextile(qa.flat()) ? qa.map((page) => page.map(textileLine)) : qa;
  const carded = isQuestionForm(lines0.flat()) ? questionCards(lines0) : lines0;
  const ticked = (isChecklist(carded.flat()) ? carded.map((page) => cellBoxes(page).map(tickedOnly)) : carded).map((page) => page.map(letterCells));
  // Running headers inside side-by-side measures are dropped: found on the lines as they were, since the rewrite moves lines.
  let before: Set<string>[] | null = null;
  const split = sideBySideMeasures(ticked, (p, i) => (before ??= runningLines(ticked))[p].has(String(i)));
  const column = valueColumn(split.flat());
  const tailAt = tailColumn(split.flat(), column);
  const running = runningLines(split);
  // The matter's number alone on a line (`議案第１０号`) over the top of each page of that matter is page furniture: left in, it would part a label from its value.
  let marker: string | null = null;
  split.forEach((_, p) => {
    const raw = joinSpacedLabels(joinWrappedLabels(joinOpenBold(unbox(barLists(split[p]))), column));
    const last = raw.map((l) => nfkc(l).trim()).findLastIndex((l) => l !== '' && !PAGE_MARK.test(l));
    raw.forEach((printed, i) => {
      // A sheet's right-hand party column (`…守るべき事項␣␣市`) says whose measure the row opens.
      const { body: rawLine, tail } = cutTail(printed, tailAt);
      const { text: marked, heading } = reduceMarkdown(unspace(nfkc(circledMarks(rawLine))));
      const unmarked = marked.replace(PICTOGRAPH_MARK, '');
      const text = unmarked !== marked && ANNEX_START.test(compact(unmarked)) ? unmarked : marked;
      const flat = text.replace(/\t/g, ' ').trim();
      // Page decoration is no content: a page number, and a rule that closes a page of a
      // multi-page document, which would otherwise end the value running on to the next page.
      const bare = nfkc(rawLine).trim();
      if (raw.length === split[p].length && running[p].has(String(i))) return;
      if (PAGE_MARK.test(bare) || (pages.length > 1 && i === last && isRule(bare))) return;
      const alone = compact(bare);
      if (MATTER_MARKER.exec(alone)?.[0] === alone) {
        // Another matter's number over a page (its annex printed later) stays: it says whose the page is.
        const top = p > 0 && raw.findIndex((l) => l.trim() !== '') === i;
        if (top && alone === marker) return;
        marker = alone;
      }
      // An ASCII-art table's border between its rows (`+----+----+` over `| 登録者 | … |`) parts
      // cells, not sections: the rows stay one table. The last border ends it as a rule does.
      if (ASCII_BORDER.test(bare) && BAR_ROW.test(nfkc(raw[i + 1] ?? '').trim())) return;
      // A word processor's markup printed beside the text (`コメント [総務1]: …`, `削除: …`): a
      // reviewer's remark or the words taken out, never the document's own.
      const filledCells = bare.split('\t').filter((c) => c.trim() !== '');
      if (filledCells.length > 0 && filledCells.every((c) => MARKUP_BALLOON.test(c.trim()))) return;
      const blank = flat === '';
      const separator = !blank && isRule(text);
      const prev = lines[lines.length - 1];
      const fixed = column === null || blank || separator ? null : fixedWidthCells(rawLine, column);
      // A label wrapped in its column (`市が講ずる保護対` / `策`) is read whole on the line above, and
      // the rest of the line goes on as that row's value does.
      const wrapped = fixed?.wrapped && prev?.fixed && prev.cells[0] && !labelKey(prev.cells[0]) && labelKey(prev.cells[0] + fixed.label) ? fixed : null;
      if (wrapped) prev.cells[0] += wrapped.label;
      const cells = blank || separator ? [] : wrapped ? [nfkc(wrapped.value)] : fixed && !fixed.wrapped ? [fixed.label, fixed.value].map(nfkc) : splitCells(text);
      // Boxes side by side, each headed by its label on its first line (a slide's `市が行う対策` box
      // beside its `受託者に行わせる対策` box): a row each, so neither is read as the other's value.
      const boxes = cells.filter((c) => c !== '');
      if (boxes.length >= 2 && boxes.every((c) => c.includes('\n') && isMeasuresKey(labelKey(c.split('\n')[0].trim())))) {
        for (const c of boxes) {
          const [head, ...rest] = c.split('\n');
          lines.push({ cells: [head.trim(), rest.join('\n')], page: p + 1, line: i + 1, heading: 0, separator: false, blank: false });
        }
        return;
      }
      // Prose that names its matter (`諮問の案件は、「…について」である。所管は…`): the matter's
      // title row first, then the paragraph.
      const named = cells.length === 1 ? NAMED_MATTER.exec(cells[0]) : null;
      if (named) {
        lines.push({ cells: ['件名', `${named[2]}(${named[1]})`], page: p + 1, line: i + 1, heading: 0, separator: false, blank: false });
        lines.push({ cells: ['概要', cells[0]], page: p + 1, line: i + 1, heading, separator: false, blank: false });
        return;
      }
      // `局が講じる｜１ 契約書…` / `保護対策｜ 守を…`: a label wrapped in the bar table's
      // left column, read as one when only the two lines together name a field.
      const bar = barred(text);
      // The same in a form whose cells a TAB parts (an unruled PDF form), when the cut is inside a
      // phrase: the label's rest opens with a kana (`受託者に講じさせ⇥…` / `る保護措置⇥…`), or the
      // label and its value were cut on the same line (`受託者に講じさせる⇥…提出させ` / `措置⇥る。`).
      // Two labels of a table stay two (`業務の流れ` over `個人情報保護対策`).
      const kanaCut = !!prev && (/^[\u3041-\u309f]/.test(cells[0] ?? '') || (/[\u3041-\u309f]$/.test(prev.cells[0] ?? '') && /^[\u3041-\u309f。、]/.test(cells[1] ?? '')));
      // Over three lines (`委託先に取り扱わ` / `せる個人情報の項` / `目`): the middle piece is taken when
      // the next line's piece completes the label, and a last piece of a character or two ends it.
      const ahead = nfkc(raw[i + 1] ?? '').split('\t')[0].trim();
      const tail3 = !!prev?.cells[0] && ahead.length <= 2 && !!labelKey(prev.cells[0] + (cells[0] ?? '') + ahead);
      const before = lines.at(-2);
      const holder = prev && !prev.cells[0] && prev.tabbed && before?.tabbed && before.cells[0] ? before : prev;
      const tabbed = !bar && cells.length === 2 && text.includes('\t') && holder?.cells.length === 2 && !!holder.tabbed && (kanaCut || (cells[0] ?? '').length <= 2);
      // The same in a fixed-width form, each line with its value (`提供・受領する␣␣納税義務者…` /
      // `個人情報␣␣␣␣␣␣␣納付日時`).
      const fixedPair = !!fixed && !fixed.wrapped && !!prev?.fixed && !labelKey(cells[0] ?? '');
      const base = tabbed ? holder : prev;
      if ((bar || tabbed || fixedPair) && cells.length === 2 && cells[0] && (prev?.barred || tabbed || fixedPair) && base?.cells[0] && !labelKey(base.cells[0]) && (labelKey(base.cells[0] + cells[0]) || (tabbed && tail3))) {
        base.cells[0] += cells[0];
        cells[0] = '';
      }
      const partyCell = PARTY_ONLY.test(tail) ? cells.findLastIndex((c) => c !== '') : -1;
      if (partyCell >= 0) cells[partyCell] = `（${tail}）${cells[partyCell]}`;
      lines.push({ cells, page: p + 1, line: i + 1, heading, separator, blank: blank || (cells.every((c) => c === '') && !separator), ...(bar ? { barred: true } : {}), ...(fixed && !fixed.wrapped ? { fixed: true } : {}), ...(!bar && cells.length === 2 && text.includes('\t') ? { tabbed: true } : {}) });
    });
  });
  return partyColumnMeasures(splitMeasureColumns(transposeLabelHeaders(expandMeasureCodes(transposeMatterColumns(changeColumns(groupedRows(joinBrokenLabels(lines))))))));
}

/**
 * A side's heading glued to the end of the sentence before it (`…検査を行う。受託者に講じさせる措置`,
 * a PDF cell's lines run together) or to the next sentences (`市の措置 契約書に…`) goes on a line of
 * its own, so the measures after it are read under it.
 */
const GLUED_HEADING = /(?<=。)\s*(?=[^\s。、]{1,16}(?:に講じさせる|に行わせる|が講ずる|が講じる|が行う|の)(?:措置|対策)(?:\s|$))/g;

const LEADING_HEADING = /^([^\s。、]{1,16}(?:に講じさせる|に行わせる|が講ずる|が講じる|が行う|の)(?:措置|対策))\s+(?=\S)/;

const toParts = (text: string, page: number): Part[] =>
  text
    .split('\n')
    .flatMap((t) => t.split(GLUED_HEADING))
    .flatMap((t) => {
      const lead = LEADING_HEADING.exec(t.trim());
      return lead ? [lead[1], t.trim().slice(lead[0].length)] : [t];
    })
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => ({ text: t, page }));

const SCOPE_HEADING = /^(?:\d{1,2}|\(\d{1,2}\))?(?:運用上|システム上|技術的|物理的|人的|組織的|技術上)(?:の)?(?:セキュリティ)?(?:対策|措置)$/;
// `1-2.` numbers a section inside section 1 (a word processor's outline); `ア 担当課` a row of a
// list lettered in katakana.
const NUMBER_PREFIX = /^(?:\d{1,2}(?:-\d{1,2}){0,2}(?=[.、．\s])|\d{1,2}|[(]\s*\d{1,2}\s*[)]|[①-⑳]|第\s*\d+|[一二三四五六七八九十]{1,3}(?=[\s、.．])|[ア-ン](?=[\s、.．])|[(（][ア-ン][)）])\s*[.、．]?\s*/;

const SPACED_KEYS = new Set<LabelKey>(['title', 'department', 'division', 'contractor', 'items', 'media', 'period', 'legal_basis', 'business', 'ward_measures', 'contractor_measures']);

/** A bracketed label and what follows it: `【件名】…`, `〔委託先〕`, `［記録媒体］ 紙`. */
const BRACKET_LABEL = /^(?:【([^【】]{1,30})】|〔([^〔〕]{1,30})〕|［([^［］]{1,30})］)\s*[:：]?\s*(.*)$/;
/** A marker in front of a label line: `■取り扱う個人情報`, `◆委託先`. */
const LABEL_MARK = /^[■□◆◇●◎▼▽•◦]\s*/;

/**
 * What a matter's heading puts before its title: `報告事項１`, `諮問第５号`, `諮問第三号`, `(1)`,
 * `一 `, `議題2`, `【資料3】`. The prefix numbers the matter; it is not part of the title.
 */
const NUM = '[\\d〇一二三四五六七八九十百]+';
export const TITLE_PREFIX = new RegExp(
  `^(?:[■□◆◇●○▲△▼▽]\\s*)?(?:(?:【資料\\s*\\d+】|資料\\s*\\d+)\\s*)?[【〔［(（]?(?:(?:(?:令和|平成)\\s*(?:\\d+|元)\\s*年度\\s*)?(?:(?:報告|諮問|審議|協議)(?:事項|案件)?\\s*(?:第\\s*)?${NUM}\\s*号?|議題\\s*${NUM}|議案\\s*(?:第\\s*)?${NUM}\\s*号?|第\\s*${NUM}\\s*号\\s*議案|第\\s*${NUM}(?=\\s)|案件\\s*${NUM}|個票\\s*${NUM}|(?:報告|諮問)(?:事項|案件)?(?=[\\s\u3000]+\\S)|[(（]\\s*${NUM}\\s*[)）]|\\d{1,2}\\s*[.．、]?|[一二三四五六七八九十]{1,3}(?=[\\s.．、])[.．、]?|[①-⑳]))[】〕］)）]?\\s*[:：]?\\s*`
);
/** The council's tag after a title: `（報告）`, `（諮問第4号）`. */
const COUNCIL_TAG = String.raw`\s*[(（](?:諮問|報告|答申|依頼|協議)(?:\s*第?\s*\d+\s*号)?[)）]`;
export const TITLE_TAG = new RegExp(`${COUNCIL_TAG}$`);
/** The end of a title: `…について`, `…の件`, with the council's tag after it. */
const TITLE_END = new RegExp(`(?:について|の件)(?:${COUNCIL_TAG})?$`);
/**
 * A title that names no business (`個人情報を取り扱う事務の委託について`, `業務の委託に伴う個人情報の
 * 取扱いについて`): a cover's subject line, an accordion's button.
 */
const GENERIC_TITLE =
  /^(?:(?:業務|事務)の)?(?:外部)?(?:委託|外部結合|目的外利用|外部提供)に(?:伴う|係る|おける)(?:保有)?個人情報の(?:取扱い|取り扱い|保護)(?:等)?(?:について|の件)|^(?:電子計算機|電子計算組織|個人情報|保有個人情報|特定個人情報)?(?:を取り扱う|を取扱う|の取扱いを伴う|の取り扱いを伴う|の)?(?:事務|業務)?(?:の)?(?:外部委託|委託|目的外利用|目的外提供|外部提供|提供|外部結合|本人以外からの収集|本人外収集|収集|取扱い|取り扱い)(?:等)?(?:について|の件)/;
/** Section headings and letters' subjects that end like a title: `情報保護対策について`, `…の規定による諮問について`. */
const SECTION_TITLE = /(?:対策|措置|概要|理由|目的|内容|方法|期間|項目|媒体|経緯|背景|趣旨|結果|状況|審議|諮問|報告|意見|答申|依頼|照会|通知|質疑|案件|事項|その他|サイト|ページ|ホームページ|アクセシビリティ|著作権|リンク|ポリシー)(?:等)?(?:について|の件)$/;

/**
 * A heading that is the title of a matter: `諮問第５号 母子健康手帳アプリの導入に伴う外部結合について`,
 * `## 報告事項１ 児童扶養手当現況届の審査補助業務の委託について`. Returns the prefix and the title.
 */
export function headingTitle(text: string): { prefix: string; title: string } | null {
  const t = text.trim();
  if (/[。]/.test(t) || t.length > 100) return null;
  // `(1) 諮問第21号 …`: numbers may stack.
  let prefix = '';
  let title = t;
  for (let m = TITLE_PREFIX.exec(title); m && m[0].length > 0; m = TITLE_PREFIX.exec(title)) {
    prefix += m[0].trim();
    title = title.slice(m[0].length).trim();
  }
  const core = compact(title);
  if (core.length < 8 || !TITLE_END.test(core) || GENERIC_TITLE.test(core) || SECTION_TITLE.test(core.replace(/[(（][^()（）]*[)）]$/, ''))) return null;
  // A sentence that happens to end in について (`…は、次のとおりについて`) is prose, not a heading;
  // so is an article's line that a page wraps there (`第12条␣甲は、…個人情報の取扱いについて`).
  if ((/[、,]/.test(core) && core.length > 60) || /^第\d+条/.test(core)) return null;
  return { prefix, title };
}

/** `4 担当部課`, `(2) 記録媒体`, `件名：…`, `件名 …`: free text that is really a labelled row. */
/** The label of a business's own period (`委託期間`, `提供の時期`, `利用開始日`). */
const PERIOD_LABEL = /^(?:委託|事業|業務|利用|提供|実施|契約|結合|収集|記録|保存|履行|作業|運用)?(?:の)?(?:期間|期限|時期|開始(?:日|時期|予定日|年月日)?|実施日)$/;
/** Fields a rowspan group header (`委託の概要`) may hold as sub-rows. */
const GROUPED_KEYS = new Set<LabelKey>(['contractor', 'period', 'department', 'division', 'legal_basis', 'media', 'title', 'business']);
/** Whose data a list line names (`児童：`, `保護者：`, `依頼会員：`): a group inside the items. */
const GROUP_LABEL = /(?:者|児|児童|生徒|会員|世帯|世帯員|家族|親族|子ども|子|本人|患者|妊婦|産婦|乳児|幼児|職員|員|人)$/;

/** Where a line stands: whose measures a scope heading continues, and whether the media list is open above it. */
interface LineContext {
  party: LabelKey;
  afterMedia: boolean;
}

function promoteLabelled(row: Row, afterEmptyLabel: boolean, context: 'form' | 'measures' | 'items', { party, afterMedia }: LineContext = { party: 'ward_measures', afterMedia: false }): Row {
  const inMeasures = context === 'measures';
  if (row.kind !== 'text' && row.kind !== 'heading') return row;
  const written = row.parts.map((p) => p.text).join(' ');
  const text = written.replace(LABEL_MARK, '');
  const bracket = BRACKET_LABEL.exec(text.trim());
  if (bracket) {
    const label = (bracket[1] ?? bracket[2] ?? bracket[3]).trim();
    const value = bracket[4].trim();
    // `【システム上の対策】` is a scope heading inside a measures list, not a new form row.
    if (SCOPE_HEADING.test(compact(label))) return row;
    const key = labelKey(label.replace(NUMBER_PREFIX, ''));
    // A bracketed label the product does not read still starts its own row: its value is not the field above it. A bracket
    // alone may be a heading (【報告事項】); inside a measures list it tags the measure's topic (`【組織的】…`, `【パスワード】…`).
    // `【案件 2】 諮問第 7号` after a measures list: the next matter's number, never a measure's topic.
    const numbered = value !== '' && MATTER_MARKER.test(compact(value)) && /^(?:案件|事案)\s*\d{1,3}$/.test(label);
    // Among the items a bracket alone groups them (`【回答内容】` over what a survey asks): `内容` names no field there.
    if (context === 'items' && !value && key === 'content') return row;
    if (key || numbered || (value && !inMeasures && !/^(?:報告|諮問)/.test(label))) return { ...row, kind: 'row', label, key, parts: value ? [{ text: value, page: row.page }] : [] };
    // `【区分】` alone in a form: a label whose value is on the next line, not more of the field above.
    if (!value && context === 'form' && UNKNOWN_LABEL.test(compact(label)) && !/^(?:報告|諮問|審議|協議|資料|別紙|別記|案件|議題)/.test(label)) return { ...row, kind: 'row', label, key: null, parts: [] };
  }
  // A scope heading (`運用上の対策`) inside the measures heads some of them; after the other fields,
  // with no measures heading before it, it opens the measures (the municipality's, as no party is named).
  if (SCOPE_HEADING.test(compact(text)) && context !== 'measures') return { ...row, kind: 'row', label: text.trim(), key: 'ward_measures', parts: [] };
  // Inside them, one numbered as a section of its own (`２␣技術的措置` after `１␣管理体制`) opens
  // more of the same party's measures: the lines under it are its measures.
  if (SCOPE_HEADING.test(compact(text)) && NUMBER_PREFIX.test(text.trim()) && /^\d/.test(text.trim())) return { ...row, kind: 'row', label: text.trim().replace(NUMBER_PREFIX, ''), key: party, parts: [] };
  if (/^【[^】]*】$/.test(text.trim()) || SCOPE_HEADING.test(compact(text))) return row;
  // `担 当 福祉部生活支援課`: a letter-spaced label with its value after one space.
  // `1 件 名 特定健康診査…`: with the row's number before it.
  const lettered = /^(?:(?:\d{1,2}|[(]\d{1,2}[)])\s*)?((?:[^\s\d] ){1,5}[^\s\d])\s+(\S.*)$/.exec(text);
  const letteredKey = lettered ? labelKey(lettered[1].replace(/ /g, '')) : null;
  if (lettered && letteredKey && SPACED_KEYS.has(letteredKey)) return { ...row, kind: 'row', label: lettered[1].replace(/ /g, ''), key: letteredKey, parts: [{ text: lettered[2], page: row.page }] };
  // `6 委託の内容 会員の登録…`: a numbered row whose label is one the product reads.
  const numberedRow = /^(?:\d{1,2}|[(（]\d{1,2}[)）]|[①-⑳])\s*([^\s、。:：]{2,16})\s+(\S.*)$/.exec(text);
  // Inside a measures list a numbered line is a measure; a label has no particles of a sentence.
  // A numbered measures label (`10 保護対策（受託者）…`) still opens the next section.
  const numberedLabel = numberedRow && !/[をがはへ]|から|より|された|させ/.test(numberedRow[1]) ? labelKey(numberedRow[1]) : null;
  const numberedKey = numberedLabel && (!inMeasures || /measures$/.test(numberedLabel)) ? numberedLabel : null;
  if (numberedRow && numberedKey) return { ...row, kind: 'row', label: numberedRow[1], key: numberedKey, parts: [{ text: numberedRow[2], page: row.page }] };
  // `町が講じる措置は次のとおりです。`: a sentence that announces the list below as a section.
  const announced = /^([^\s、。]{2,24}(?:措置|対策))(?:は|として)、?(?:次|以下)の(?:とおり|通り)(?:です|である|とする|とします)?[。:：]?$/.exec(text.trim());
  const announcedKey = announced ? labelKey(announced[1]) : null;
  if (announced && isMeasuresKey(announcedKey)) return { ...row, kind: 'row', label: announced[1], key: announcedKey, parts: [] };
  // `取り扱う個人情報について。対象となるのは…`: prose whose paragraph opens by naming its topic.
  const topic = inMeasures ? null : /^([^\s、。:：]{2,16})について[。、]\s*(\S.*)$/.exec(text.trim());
  const topicKey = topic ? labelKey(topic[1]) : null;
  if (topic && topicKey) return { ...row, kind: 'row', label: topic[1], key: topicKey, parts: [{ text: topic[2], page: row.page }] };
  const bare = text.replace(/^[(（]([^()（）]*)[)）]$/, '$1');
  const colon = /^([^:：]{1,24})[:：]\s*(.*)$/.exec(bare);
  if (colon) {
    const key0 = labelKey(colon[1].replace(NUMBER_PREFIX, ''));
    // `件名：【送付】…報告書`: an e-mail's subject over the pasted papers, not a matter's title.
    const key = key0 === 'title' && /^(?:【(?:送付|ご送付|送信|ご案内|事務連絡|ご連絡|情報提供)】|(?:Re|RE|Fwd?|FW|転送)[:：])/.test(colon[2].trim()) ? null : key0;
    // In a list of items, `回答内容：年齢、…` is one more group of them, not the matter's content.
    const group = context === 'items' && key === 'content' && /[、,]/.test(colon[2]);
    if (key && !group) return { ...row, kind: 'row', label: colon[1].trim(), key, parts: colon[2] ? [{ text: colon[2], page: row.page }] : [] };
    // A label this product does not read (`備考：…`, `開催場所：…`) starts its own row, so its value
    // never runs on into the field above. Inside item and measure lists a `児童：` names a group.
    const label = colon[1].trim();
    if (context === 'form' && colon[2] && UNKNOWN_LABEL.test(label) && !GROUP_LABEL.test(label)) return { ...row, kind: 'row', label, key: null, parts: [{ text: colon[2], page: row.page }] };
    // `結合の概要：` alone on its line: a label whose value follows on the next lines.
    // `諮問・報告の別：` alone: a label with a middle dot is a label all the same.
    if (context === 'form' && !colon[2] && UNKNOWN_LABEL.test(compact(label).replace(/・/g, ''))) return { ...row, kind: 'row', label, key: null, parts: [] };
  }
  // `所管 区民部戸籍住民サービス課`: a label word, one space, its value (a full-width space in the
  // source). Only labels of specific fields: `対象 …` or `内容 …` may well start a sentence.
  const spaced = /^((?:\d{1,2}|[(]\d{1,2}[)]|[①-⑳])?\s*[^\s、。]{2,12})\s+(\S.*)$/.exec(text);
  // A party's badge before its measures' heading (`受託者␣受託者に講じさせる措置`, a slide's box):
  // the heading is the label, not the badge (which would read as the contractor's name).
  const badge = /^(\S{1,8})\s+(\S{4,24})$/.exec(text);
  const badgeKey = badge && PARTY_ONLY.test(badge[1]) ? labelKey(badge[2]) : null;
  if (badge && isMeasuresKey(badgeKey)) return { ...row, kind: 'row', label: badge[2], key: badgeKey, parts: [] };
  const spacedKey = spaced ? labelKey(spaced[1].replace(NUMBER_PREFIX, '')) : null;
  if (spaced && spacedKey && SPACED_KEYS.has(spacedKey)) return { ...row, kind: 'row', label: spaced[1].replace(NUMBER_PREFIX, ''), key: spacedKey, parts: [{ text: spaced[2], page: row.page }] };
  const title = /^件\s*名\s*(?:[:：]\s*)?(.+)$/.exec(text);
  if (title && row.kind === 'text') return { ...row, kind: 'row', label: '件名', key: 'title', parts: [{ text: title[1], page: row.page }] };
  // A label waiting for its value on the next line (`1 件名` / `〇〇業務の委託について`) takes it,
  // unless the line numbers a matter of its own (`報告第7号 …について` under a `報告の内容` heading).
  const found = headingTitle(text);
  const heading = afterEmptyLabel && !(found && MATTER_MARKER.test(found.prefix)) ? null : found;
  if (heading) return { ...row, kind: 'row', label: heading.prefix || '件名', key: 'title', parts: [{ text: heading.title, page: row.page }], fromHeading: true };
  // A slide's or a sheet's title: the matter's number, then the field the page holds
  // (`報告案件① 委託先が取り扱う個人情報と記録媒体`). As a label it opens no new matter.
  const slide = MATTER_MARKER.exec(text);
  const field = slide ? text.slice(slide[0].length).trim() : '';
  const slideKey = field.length >= 4 && field.length <= 24 && /^\s/.test(text.slice(slide?.[0].length ?? 0)) && !/[、。,]/.test(field) && /(?:個人情報|項目|媒体|対策|措置)$/.test(field) ? labelKey(field) : null;
  if (slideKey && (slideKey === 'items' || slideKey === 'media' || isMeasuresKey(slideKey))) return { ...row, kind: 'row', label: field, key: slideKey, parts: [] };
  const numbered = text.replace(NUMBER_PREFIX, '');
  // A label stands alone: short, no list punctuation or brackets. `紙及び電子媒体(USBメモリ)` or
  // `回答者の年齢・性別・回答内容` are values that happen to contain a label word.
  const labelLike = !/[、。,()・「」]/.test(numbered) && numbered.length <= 24;
  let key = labelLike ? labelKey(numbered) : null;
  // `受託者(結合先)に講じさせる措置`: a measures label may name the party twice.
  const unbracketed = numbered.replace(/[(（][^()（）]{1,12}[)）]/g, '');
  if (!key && unbracketed !== numbered && !/[、。,・「」]/.test(unbracketed) && unbracketed.length <= 24 && /(?:対策|措置)$/.test(unbracketed)) key = labelKey(unbracketed);
  // `提供の方法（記録媒体）` on a paragraph of its own: the bracket says which field it is.
  if (!key && row.afterBlank && unbracketed !== numbered && !/[、。,・「」]/.test(numbered) && numbered.length <= 24) key = labelKey(numbered);
  // A heading qualified by the matter it belongs to (`個人情報保護のための措置(諮問第23号)`).
  const qualified = /^([^、。,()・「」]{2,24})\s*[(（](?:諮問|報告|議案)?第?\s*\d+\s*号?[)）]$/.exec(numbered);
  if (!key && qualified) key = labelKey(qualified[1]);
  // A list's label with a description of whom it concerns in brackets, the list below it (`取り扱う個人情報（国民健康保険の
  // 被保険者のうち40歳から74歳までの者 約2万8千人）`); not a short group (`個人情報(患者)`) nor a value naming a label word (`紙及び電子媒体(USBメモリ)`).
  const annotated = key ? null : /^([^\s、。,()（）・「」]{2,16})[(（]([^()（）]{10,60})[)）]$/.exec(numbered);
  const annotatedKey = annotated && !/及び|並びに/.test(annotated[1]) ? labelKey(annotated[1]) : null;
  if (annotated && (annotatedKey === 'items' || annotatedKey === 'media' || isMeasuresKey(annotatedKey))) return { ...row, kind: 'row', label: annotated[1], key: annotatedKey, parts: [] };
  // A bare line (no heading mark, no number) must be short, unless it names a measures section.
  // `◇ 目的外に利用する個人情報の項目`: a label mark marks it as a number does.
  const unmarked = row.kind === 'text' && numbered === text && written === text;
  if (key && unmarked && numbered.length > 14 && !/measures|management/.test(key)) key = null;
  // Inside a list of items, `認定有効期間` is an item; only a period's own label (`委託期間`) or a
  // line after a blank one ends the list.
  if (key === 'period' && context === 'items' && unmarked && !row.afterBlank && !PERIOD_LABEL.test(compact(numbered))) key = null;
  if (key === 'content' && context === 'items' && !row.afterBlank && /の内容$/.test(numbered)) key = null; // `食物アレルギーの内容`, an item
  const ordinal = numbered !== text ? /\d{1,3}/.exec(text.slice(0, text.length - numbered.length))?.[0] : undefined;
  // Inside the measures a long numbered line is a measure cut at a column's end (`2. プライバシー
  // マークの付与認定を委託期間中維持させ`), whatever label word it holds.
  if (key && inMeasures && numbered !== text && numbered.length > 16 && !isMeasuresKey(key)) key = null;
  if (key) return { ...row, kind: 'row', label: numbered, key, parts: [], ...(ordinal ? { ordinal } : {}) };
  // `（６）利用の方法` alone on its line: a numbered label the product does not read starts its own
  // row, so the prose under it does not run on into the items or the basis above. Not a group of
  // items (`(2) 世帯員`, `(3) 健康に関する情報`) nor a heading among the measures; after the items,
  // only a label of the kind that follows them (`(5) 受診医療機関名` is one more item).
  const ownLabel = /^[(（]\d{1,2}[)）]\s*([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{2,20})$/u.exec(text.trim());
  // After the media, likewise: `（３）受託者の事業所に設置する専用のパソコン` is one more medium.
  const afterItems = (context === 'items' || afterMedia) && !/(?:方法|目的|理由|経緯|概要|時期|根拠|範囲|必要性|手順|体制)$/.test(ownLabel?.[1] ?? '');
  if (ownLabel && context !== 'measures' && !afterItems && !GROUP_LABEL.test(ownLabel[1]) && !/(?:情報|項目|事項|関係|状況|内容)$/.test(ownLabel[1])) return { ...row, kind: 'row', label: ownLabel[1], key: null, parts: [] };
  return row;
}

function looksLikeHeading(text: string): boolean {
  // `4 作業用パソコンはインターネットに接続しない端末とす`: a numbered measure wrapped at the line end
  // has its subject's particle; a heading does not.
  return /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s+\S/.test(text) && text.length <= 32 && !/[。、,]/.test(text) && !/[\p{Script=Han}\p{Script=Katakana}ー][はが]/u.test(text);
}

/**
 * Fields a `label：value` line of its own may open under a merged label cell: one value each. Not
 * 内容 or 目的 (`予約内容：利用希望日…` is a group of items), nor the measures.
 */
const OWN_LINE_KEYS = new Set<LabelKey>(['contractor', 'period', 'legal_basis', 'department', 'division', 'link_method', 'place', 'business']);

const COMPLETE_END = /[。)」』】]$|等$/;
/** A balloon of tracked changes and comments as Word prints them in its markup pane. */
const MARKUP_BALLOON = /^(?:コメント\s*\[[^\]]{1,20}\]|削除|挿入|書式変更|書式設定|移動\s*\((?:元|先)\))\s*[:：]/;
const FRESH_START = /^(?:[【<(（「①-⑳・○◯●■□◇-]|\d)/;

export function layout(pages: string[]): Row[] {
  const phys = withoutRepeatedSheetMarks(sheetRows(physicalLines(pages)));
  const rows: Row[] = [];
  let blankBefore = false;
  // The number of the last numbered form row (`3 | 担当部課室 | …`), and of a table's (`14 | 利用者負担割合 | 一般`), NaN for none.
  let [formNumber, tableNumber] = [NaN, NaN];
  // A group cell merged over the rows below it (`個人情報` over `| 項目 | …` and `| 記録媒体 | …`),
  // printed on a line of its own: the rows' labels are read with it when they say little alone.
  let group: string | null = null;
  for (const [at, l] of phys.entries()) {
    if (l.blank) {
      blankBefore = true;
      continue;
    }
    const base = { page: l.page, line: l.line, level: l.heading, afterBlank: blankBefore };
    blankBefore = false;
    if (l.separator) {
      rows.push({ ...base, kind: 'separator', label: '', key: null, parts: [] });
      continue;
    }
    const cells = l.cells;
    // A form's column heads (`項目 | 内容 | 備考`) name no field and hold no value; an item table's (`No. | 項目 | 備考`) say which column holds the items.
    const heads = cells.map((c) => compact(c));
    if (heads.filter((c) => c !== '').length >= 2 && heads.every((c) => c === '' || COLUMN_HEAD.test(c) || (c === '備考' && heads.includes('内容')))) continue;
    const value = (from: number) =>
      cells
        .slice(from)
        .filter((c, i, all) => c !== '' && !(i === all.length - 1 && i > 0 && POLICY_REFERENCE.test(compact(c))))
        .flatMap((c) => toParts(c, l.page));
    if (cells[0] !== '') group = null;
    if (cells.length === 1 && !l.heading && isGroupCell(cells[0], nextFilled(phys, at))) {
      group = compact(cells[0]);
      // A group that names a field (`保護対策` over `| 市 | …`) is still read as its label.
      if (!labelKey(group)) continue;
    }
    if (l.heading) {
      rows.push({ ...base, kind: 'heading', label: cells.join(' '), key: null, parts: toParts(cells.join(' '), l.page) });
    } else if ((cells.length >= 3 || (cells.length === 2 && nextFilled(phys, at)?.cells[0] === '')) && ROW_NUMBER.test(cells[0].trim()) && Number(cells[0].trim()) !== tableNumber + 1 && (labelKey(cells[1].replace(/\n+/g, '')) !== null || (Number(cells[0].trim()) === formNumber + 1 && FORM_LABEL.test(compact(cells[1]))))) {
      // `6 | 委託の内容 | …`: a row's number in a cell of its own before the label (its value on the next line's cells: `5 | 担当部課`). A label the
      // parser does not know (`4 | 事務の概要 | …`) counts when it carries the form's next number,
      // so an item table's rows (`1 | 氏名 | 備考`) stay rows of their own.
      const label = cells[1].replace(/\n+/g, '');
      formNumber = Number(cells[0].trim());
      rows.push({ ...base, kind: 'row', label, key: labelKey(label), parts: value(2) });
    } else if (cells.length >= 2 && cells[0] !== '') {
      const label = cells[0].replace(/\n+/g, '');
      const key = labelKey(label);
      // Under an item table's heads (`No. | 項目名 | 区分`) a numbered row is the table's, whatever it names (`15 | 調査実施場所 | …`).
      tableNumber = NUMBER_LABEL.test(compact(label)) && cells.slice(1).some((c) => /項目/.test(c)) && !cells.some((c) => compact(c) === '内容') ? 0 : ROW_NUMBER.test(label.trim()) && Number(label.trim()) === tableNumber + 1 ? tableNumber + 1 : NaN;
      // A rowspan group (`委託の概要 | 委託先 | 株式会社…`): the second cell is the row's own label.
      // Not an item table's row (`児童生徒 | 必要な医療的ケアの内容 | 喀痰吸引…`): its first cell is a person.
      const sub = cells.length >= 3 && key !== 'items' && !GROUP_LABEL.test(label) ? labelKey(cells[1].replace(/\n+/g, '')) : null;
      // A sentence after it is a measure of a party (`技術的 | 受託者 | 端末は…させない。`), not a field.
      const fieldValue = !cells.slice(2).some((c) => /。/.test(c));
      if (sub && fieldValue && GROUPED_KEYS.has(sub) && (!key || key === 'content' || key === 'purpose')) rows.push({ ...base, kind: 'row', label: cells[1].replace(/\n+/g, ''), key: sub, parts: value(2) });
      else rows.push({ ...base, kind: 'row', label, key, parts: value(1) });
    } else if (cells.length >= 2) {
      // Under a label cell merged over several lines (`委 託`), a line `委託先：…` is a field of its own.
      const own = cells.length === 2 ? /^([^:：\s]{2,12})[:：]\s*(\S.*)$/.exec(cells[1]) : null;
      const ownKey = own ? labelKey(own[1]) : null;
      // Not a header row of the columns below (`| 市が講じる措置 | 受託者に講じさせる措置`), nor a row with no label (a value going on).
      const grouped = group && cells.length >= 3 && cells[1] !== '' && !labelKey(cells[2]) ? groupedLabel(group, cells[1]) : null;
      if (own && ownKey && OWN_LINE_KEYS.has(ownKey)) rows.push({ ...base, kind: 'row', label: own[1], key: ownKey, parts: toParts(own[2], l.page) });
      else if (grouped) rows.push({ ...base, kind: 'row', label: grouped.label, key: grouped.key, parts: value(2) });
      else rows.push({ ...base, kind: 'row', label: '', key: null, parts: value(1) });
    } else {
      rows.push({ ...base, kind: 'text', label: '', key: null, parts: toParts(cells[0], l.page) });
    }
  }
  const promoted: Row[] = [];
  let lastKey: LabelKey | null = null;
  for (let i = 0; i < rows.length; i++) {
    let r = rows[i];
    // A numbered heading wrapped over two lines (`■案件１ …面談業務の` / `委託について`) is one title.
    const next = rows[i + 1];
    if (r.kind === 'text' && next?.kind === 'text' && next.page === r.page) {
      const [a, b] = [valueOf(r).trim(), valueOf(next).trim()];
      // Only a line cut mid-phrase (`…の`, `…に係る`) goes on, with a fragment that is no line of its own;
      // …or a numbered heading cut anywhere, its rest ending the title (`個票２ …との回` / `線結合について`).
      const numberedHead = (TITLE_PREFIX.exec(a)?.[0] ?? '').trim() !== '' && a.length >= 12;
      const cut = (DANGLING.test(compact(a)) || (numberedHead && TITLE_END.test(compact(b)) && !TITLE_END.test(compact(a)))) && b.length <= 30 && !/[\s。:：]/.test(b) && !TITLE_PREFIX.exec(b)?.[0];
      if (cut && !/。/.test(a) && !headingTitle(a) && headingTitle(a + b)?.prefix) {
        r = { ...r, parts: [{ text: a + b, page: r.page }] };
        i++;
      }
    }
    const prev = promoted.at(-1);
    const context = lastKey === 'ward_measures' || lastKey === 'contractor_measures' || lastKey === 'management' ? 'measures' : lastKey === 'items' ? 'items' : 'form';
    // A label waiting for its value, or a title cut before its ending, takes the next line.
    const waiting =
      prev?.kind === 'row' &&
      prev.label !== '' &&
      prev.key !== null &&
      (prev.parts.length === 0 || (prev.key === 'title' && !prev.fromHeading && !TITLE_END.test(compact(prev.parts.map((x) => x.text).join('')))));
    const promoted0 = promoteLabelled(r, waiting, context, { party: lastKey === 'contractor_measures' ? 'contractor_measures' : 'ward_measures', afterMedia: lastKey === 'media' });
    // A paragraph's line that happens to end `…について` (`する法律が改正され、…の取扱いについて`) goes on a sentence: no title.
    const midSentence = promoted0.fromHeading && r.kind === 'text' && prev?.kind === 'text' && prev.page === r.page && /、/.test(valueOf(r)) && /^[^。：:]{24,}[^。：:」）)]$/.test(compact(valueOf(prev)));
    const promotedRow = midSentence ? r : promoted0;
    // An option of a ticked media list (`✓ 紙`, then `電子記録媒体` unticked): the list goes on.
    const tickedList: boolean = lastKey === 'media' && promotedRow.key === 'media' && promotedRow.parts.length === 0 && (promoted.findLast((x) => x.kind === 'row')?.parts.some((x) => CHECK_MARK.test(x.text)) ?? false);
    const p: Row = tickedList ? r : promotedRow;
    // A title label alone (`◇ 事項名`), its title's first line, then the line that ends it
    // (`…について`, which reads as a title of its own): one title under that label.
    const label = promoted.at(-2);
    if (p.kind === 'row' && p.key === 'title' && p.fromHeading && prev?.kind === 'text' && label?.kind === 'row' && label.key === 'title' && label.parts.length === 0 && !TITLE_END.test(compact(valueOf(prev)))) {
      promoted.pop();
      label.parts = [{ text: compact(valueOf(prev)) + p.parts[0].text, page: prev.page }];
      lastKey = 'title';
      continue;
    }
    if (p.kind === 'row' && p.key) lastKey = p.key;
    else if (p.kind === 'heading' || p.kind === 'separator') lastKey = null;
    // A title wrapped over two lines, its first cut on a particle (`諮問 〇〇の作成及び電話` /
    // `勧奨業務の委託について`): the line above starts it, and a kind before it marks the matter.
    const above = promoted.at(-1);
    const head = above?.kind === 'text' ? /^(?:[【〔]?(諮問|報告)[】〕]?[ \u3000]+)?([^。\s][^。]{3,40})$/.exec(valueOf(above).trim()) : null;
    if (p.kind === 'row' && p.key === 'title' && p.fromHeading && above && head && (head[1] !== undefined || DANGLING.test(compact(head[2])))) {
      promoted.pop();
      promoted.push({ ...p, label: head[1] ?? p.label, parts: [{ text: compact(head[2]) + p.parts[0].text, page: above.page }] });
      continue;
    }
    promoted.push(p);
  }
  return partyMeasures(mediaTables(attachContinuations(mergeWrappedLabels(appFields(promoted))))).flatMap(annexHeadApart);
}

/** A framed page's annex heading over its articles in one block (a slide's `別記␣…特記事項` over `第1条…`): the heading a row of its own. */
function annexHeadApart(r: Row): Row[] {
  if (r.kind !== 'text' || r.parts.length < 2) return [r];
  const head = compact(r.parts[0].text);
  if (head.replace(/[(（][^()（）]*[)）]/g, '').length > 30 || !ANNEX_START.test(head)) return [r];
  return [{ ...r, parts: [r.parts[0]] }, { ...r, parts: r.parts.slice(1) }];
}

/** The first line after `at` that is not blank. */
function nextFilled(lines: PhysLine[], at: number): PhysLine | undefined {
  for (let i = at + 1; i < lines.length; i++) if (!lines[i].blank) return lines[i];
  return undefined;
}

/** A short label alone on its line, over rows whose first cell is empty and whose second is a label. */
function isGroupCell(text: string, next: PhysLine | undefined): boolean {
  return !!next && next.cells.length >= 3 && next.cells[0] === '' && next.cells[1] !== '' && FORM_LABEL.test(compact(text)) && !/[。]/.test(text);
}

/**
 * A row's label under its group: alone when it names a field (`記録媒体`), else with the group
 * (`個人情報` + `項目`); a label that names no field (`件数`) still keeps its value to itself.
 */
function groupedLabel(group: string, cell: string): { label: string; key: LabelKey | null } | null {
  const own = cell.replace(/\n+/g, '');
  // A numbered entry (`(1) 被保険者番号`, a grid of items four to a row) is a value, no label.
  if (/^(?:[(（]\d{1,2}[)）]|[①-⑳]|\d{1,2}[.．)）])/.test(own.trim())) return null;
  for (const label of [own, `${group}の${own}`, group + own]) {
    const key = labelKey(label);
    if (key) return { label, key };
  }
  return FORM_LABEL.test(compact(own)) ? { label: own, key: null } : null;
}

/** A label that names a party, or heads the measures as a whole (`安全管理措置`, `市が講ずる措置`). */
const PARTY_OR_WHOLE = /[区市町村県府都道]|本|当|庁|職員|実施機関|委員会|受託|委託|事業者|業者|提供先|結合先|安全|保護|管理|講じ|講ず/;

/**
 * `保護措置 | 道 | 1 …` then `受託者 | 1 …させる。`: under the measures, a party's name labels its
 * measures, not the contractor field. Under the contractor's measures, a measure labelled with its
 * kind (`ウイルス対策：…させる。`) is one more of them, not the municipality's.
 */
function partyMeasures(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (const r of rows) out.push(partyMeasure(r, out[out.length - 1]));
  return out;
}

/** One row of `partyMeasures`, after the row before it as already read (`人的な措置` / `物理的な措置` / … each stay the contractor's). */
function partyMeasure(r: Row, before: Row | undefined): Row {
  const measures = before?.kind === 'row' && /measures$/.test(before.key ?? '');
  const sentence = /。/.test(r.parts.map((p) => p.text).join(''));
  if (r.kind === 'row' && r.key === 'contractor' && measures && sentence) return { ...r, key: 'contractor_measures' as const };
  if (r.kind === 'row' && r.key === 'ward_measures' && before?.key === 'contractor_measures' && sentence && compact(r.label).length <= 8 && !PARTY_OR_WHOLE.test(r.label)) {
    return { ...r, key: 'contractor_measures' as const };
  }
  return r;
}

/** A matter's numbered head (`【諮問第５号】…`, `報告事項２ …`, `≪諮問事項1≫`) opens a new block. */
const MATTER_HEAD = /^[【〔≪《<(]?(?:諮問|報告)(?:事項|案件)?\s*(?:第\s*)?[\d〇一二三四五六七八九十]+\s*号?(?:[】〕≫》>)]|\s|$)/;

/** A cover's lines (`…個人情報保護審議会 資料２`, `諮 問 書`, `会長 様`): a new sheet begins, so a value above has ended. */
const COVER_LINE = /(?:審議会|審査会|部会)(?:\s*(?:資料|会議資料|次第|会議録)[\s\d\-－・()（）/／]*)?$|^(?:諮問書|答申書|報告書|依頼書|通知書)$|^.{1,16}(?:様|殿)$/;

function isBreak(r: Row, open: Row | null): boolean {
  if (r.kind === 'heading' || r.kind === 'separator') return true;
  const text = r.parts[0]?.text ?? '';
  const short = text.length <= 40 ? compact(text) : '';
  // A sheet's mark on top of the next page (`資料1`) starts that sheet: the value above has ended.
  const newSheet = SHEET_MARK.test(short) && open !== null && (open.parts.at(-1)?.page ?? r.page) < r.page;
  return r.kind === 'text' && (newSheet || MATTER_SHEET.test(short) || NUMBER_KIND_LINE.test(short) || (short !== '' && short.length <= 50 && COVER_LINE.test(short)) || BLOCK_START.test(text) || looksLikeHeading(text) || MATTER_MARKER.test(short) || (text.length <= 60 && MATTER_HEAD.test(text)) || ANNEX_START.test(short) || ANNEX_FOR_LINE.test(compact(text)));
}

/** What a form's own heading ends with: `…に関する諮問事項`, `…の概要`, `…説明書`. */
const FORM_HEADING = /(?:諮問|報告|審議|協議)(?:事項|案件)$|(?:の概要|調書|説明書|届出書|一覧表?)$/;

/**
 * Label-less rows and free text continue the value of the row above them (a cell that wrapped,
 * or a list that ran past the table on the next page). A label-less row that is the start of a
 * sentence finished in the next row belongs to that row instead: the label was centred beside it.
 */
function attachContinuations(rows: Row[]): Row[] {
  const out: Row[] = [];
  let open: Row | null = null;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind === 'row' && r.label === '') {
      const text = r.parts.map((p) => p.text).join('');
      const prevText = open?.parts.at(-1)?.text ?? '';
      const next = rows[i + 1];
      const forward =
        next?.kind === 'row' &&
        next.label !== '' &&
        !/。$/.test(text) &&
        // A letter's `記` over its items (a sheet's 件名 row below it) is no line of a value.
        compact(text) !== '記' &&
        (open === null || COMPLETE_END.test(prevText)) &&
        // `申請書（紙）` under `給付金支給システム（…）`: a whole value of its own goes on with the
        // list above; a period on the next row (`令和2年…から`) never begins with it.
        !(open !== null && COMPLETE_END.test(text) && next.key === 'period') &&
        // `市の医療助成システム` last in a list of media: one more entry, not a measure's first line.
        !(open !== null && (open.key === 'media' || open.key === 'items') && /[\p{Script=Han}\p{Script=Katakana}ー)」]$/u.test(text) && !/[、,。]/.test(text) && !FRESH_START.test(text)) &&
        !FRESH_START.test(next.parts[0]?.text ?? '') &&
        // A form's heading over its 件名 row (`個人情報の取扱いに関する諮問事項`), when the title
        // beside the label is whole: no first line of it.
        !(next.key === 'title' && TITLE_END.test(compact(next.parts[0]?.text ?? '')) && FORM_HEADING.test(compact(text))) &&
        // `1 紙(…)` / `2 市の…システム`: the next item of a numbered list goes with the list.
        !(LIST_NUMBER.test(text) && LIST_NUMBER.test(prevText));
      if (forward) {
        next.parts.unshift(...r.parts);
        continue;
      }
      if (open) {
        open.parts.push(...r.parts);
        continue;
      }
      out.push({ ...r, kind: 'text' });
      continue;
    }
    if (r.kind === 'row') {
      out.push(r);
      // A heading made a title is complete: the prose under it is not part of it.
      open = r.fromHeading ? null : r;
      continue;
    }
    if (isBreak(r, open) && !measureGoesOn(r, open, rows[i + 1]) && !itemGoesOn(r, open)) {
      open = null;
      out.push(r);
      continue;
    }
    // A title never ends a sentence: under `１ 報告事項`, `…について、…の規定により、次のとおり
    // 報告します。` introduces the form below, whose 件名 is the title.
    if (open && r.kind === 'text' && !(open.key === 'title' && /。$/.test(r.parts.map((p) => p.text).join('').trim()))) {
      open.parts.push(...r.parts);
      continue;
    }
    out.push(r);
  }
  return out;
}

export { valueOf };
