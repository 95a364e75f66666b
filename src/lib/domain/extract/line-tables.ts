// Tables written across text lines, turned into label → value lines before rows are read: a matter
// per column, a header line of labels over a line per matter, measures split by party, and labels
// printed one character per line.

import { CELL_BREAK, compact } from '../text';
import { contentsTable } from './contents-tables';
import { COUNTERPART, isMeasuresKey, labelKey, NUMBER_LABEL, PARTY_COLUMN, PARTY_ONLY } from './labels';

/** A sheet's own mark (`資料1`, `別紙3`). */
export const SHEET_MARK = /^(?:別紙|別表|資料)\d{0,3}$/;
/** A sheet that says whose it is (`別表１ 諮問第５号の概要`, compacted): group 1 numbers the matter. */
export const MATTER_SHEET = /^(?:別表|別紙|資料)\d{0,3}((?:諮問|報告)(?:事項|案件)?第?\d{1,3}号?)(?:の概要|の内容|関係)?$/;

/** One line of a page as cells (a TAB, a bar or a wide gap between them). */
export interface PhysLine {
  cells: string[];
  page: number;
  line: number;
  heading: number;
  separator: boolean;
  blank: boolean;
  /** Cut at a lone bar (`件名 ｜ …`): its label may wrap onto the next line (physicalLines). */
  barred?: boolean;
  /** Cut at a fixed-width form's value column: its label may wrap onto the next line (physicalLines). */
  fixed?: boolean;
  /** Two cells parted by a TAB: a label wrapped in its cell may go on in the next line's (physicalLines). */
  tabbed?: boolean;
}



/** The head of a table's first column when it holds each row's scope (`区分 | 市が講じる措置 | …`). */
const SCOPE_COLUMN_HEAD = /^(?:区分|項目|分類|種別|対策の区分|措置の区分)$/;
/** A cell that says `none` or `not taken`: a dash, a cross, or nothing. */
const NO_MARK = /^[×✕xX－\-―ー−]?$/;

/**
 * A measures cell split into columns by party: `\t市が講じる措置\t受託者に講じさせる措置` over
 * `\t1 契約書に…\t1 取扱責任者を…`. Each column becomes its own labelled list, so the contractor's
 * measures are not read as the municipality's. With a scope column (`区分 | 市が講じる措置 | …` over
 * `組織的 | … | …`), each measure keeps its row's scope as a bracketed heading (`【組織的】…`).
 */
export function splitMeasureColumns(lines: PhysLine[]): PhysLine[] {
  const out: PhysLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // The table may stand in a form's value column (`⇥⇥区分⇥県が講じる措置⇥…`, a PDF's ruled
    // sub-table): its columns start after the empty cells before it.
    const lead = l.cells.findIndex((c) => c !== '');
    const scoped = lead >= 0 && SCOPE_COLUMN_HEAD.test(compact(l.cells[lead]));
    // `base`: the scope column, or the empty cell before the party columns.
    const base = scoped ? lead : lead - 1;
    // Beside a scope column, a column may be headed by its party alone (`区分 | 市 | 委託先`).
    const named = (c: string) => (scoped && PARTY_ONLY.test(compact(c)) ? `${compact(c)}の措置` : c);
    const heads = base >= 0 ? l.cells.slice(base + 1).map(named) : [];
    const keys = heads.map((c) => labelKey(c.replace(/\n+/g, '')));
    if (heads.length < 2 || !keys.every(isMeasuresKey) || !keys.includes('contractor_measures') || !keys.includes('ward_measures')) {
      out.push(l);
      continue;
    }
    const columns: PhysLine[][] = heads.map(() => []);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const m = lines[j];
      if (m.blank) continue;
      const scope = compact(m.cells[base] ?? '');
      const rowStart = m.cells.slice(0, base).every((c) => c === '') && (scoped ? scope !== '' && scope.length <= 12 && !scope.includes('。') : m.cells[base] === '');
      if (m.separator || m.heading || !rowStart || m.cells.length < base + 2 || m.cells.length > heads.length + base + 1) break;
      m.cells.slice(base + 1).forEach((c, k) => {
        if (!NO_MARK.test(compact(c))) columns[k].push({ ...m, cells: [scoped ? `【${scope}】${c}` : c] });
      });
    }
    heads.forEach((h, k) => out.push({ ...l, cells: [h] }, ...columns[k]));
    i = j - 1;
  }
  return out;
}

/** The head of the column of the measures themselves. */
const MEASURE_COLUMN_HEAD = /^(?:対策|措置|対策の内容|措置の内容|内容|保護対策|安全対策|具体的な(?:対策|措置)(?:の内容)?)$/;
const CONTRACTOR_PARTY = /受託|受注|委託先|委託事業者|事業者|業者|結合先|提供先|相手方/;
const WARD_PARTY = /^(?:本)?[区市町村県府都道]|^(?:本|当)?(?:区|市|町|村|県|府|都|道|庁)$|職員|実施機関|(?:区|市|町|村|県|府|都|道)(?:・|、|及び|と)/;

/**
 * A measures table whose column names the party (`区分 | 対策の内容 | 実施者` over `組織的 | … | 市`):
 * each row goes under its party's heading, the municipality's (`市が講じる措置`) or the
 * contractor's (`受託者に講じさせる措置`), keeping its scope as a bracketed heading (`【組織的】…`);
 * a row both take (`市・受託者`) goes under both.
 */
export function partyColumnMeasures(lines: PhysLine[]): PhysLine[] {
  const out: PhysLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const heads = l.cells.map((c) => compact(c));
    const party = heads.findIndex((c) => PARTY_COLUMN.test(c));
    const measure = heads.findIndex((c) => MEASURE_COLUMN_HEAD.test(c));
    const scope = heads.findIndex((c) => SCOPE_COLUMN_HEAD.test(c));
    if (party < 0 || measure < 0 || heads.length > 4) {
      out.push(l);
      continue;
    }
    const rows: { party: ('ward' | 'contractor')[]; line: PhysLine; text: string }[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const m = lines[j];
      if (m.blank || m.separator || m.heading || m.cells.length !== heads.length) break;
      const who = compact(m.cells[party] ?? '');
      const parties = [...(WARD_PARTY.test(who) ? (['ward'] as const) : []), ...(CONTRACTOR_PARTY.test(who) ? (['contractor'] as const) : [])];
      const text = m.cells[measure] ?? '';
      if (parties.length === 0 || text === '') break;
      const where = scope >= 0 ? compact(m.cells[scope] ?? '') : '';
      rows.push({ party: parties, line: m, text: where && where.length <= 12 ? `【${where}】${text}` : text });
    }
    if (rows.length === 0) {
      out.push(l);
      continue;
    }
    const HEADS = { ward: '市が講じる措置', contractor: '受託者に講じさせる措置' } as const;
    for (const who of ['ward', 'contractor'] as const) {
      const mine = rows.filter((r) => r.party.includes(who));
      if (mine.length > 0) out.push({ ...l, cells: [HEADS[who]] }, ...mine.map((r) => ({ ...r.line, cells: [r.text] })));
    }
    i = j - 1;
  }
  return out;
}

/** The columns of one matter's form: its value and its remarks. */
const FORM_COLUMN_HEAD = /^(?:内容|備考|摘要|説明|補足|詳細|記載内容|具体的内容|具体的な内容)$/;

/**
 * A table with a column per matter (`項目 | 報告事項１ | 報告事項２`, then `件名 | … | …`,
 * `委託先 | … | …`): each matter's column becomes its own form, headed by its column's heading,
 * label → value, the lines a cell wraps over (`\t\t2 …`) kept under their own matter. A sheet may
 * give its labels two columns, a group over its rows (`期間 | 開始`, then ` | 終了`; `保護対策 | 市`,
 * then ` | 受託者`), the heading's label cell spanning both (`項目 | | 案件１ | 案件２`), and end with a
 * column of its own bookkeeping (`事務局確認`); the annex may follow the table, under a blank row.
 */
export function transposeMatterColumns(lines: PhysLine[]): PhysLine[] {
  const out: PhysLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i];
    // The heading row names what its label columns hold (`項目`, or nothing) and one matter per column.
    const labels = head.cells[1] === '' && head.cells.length >= 4 ? 2 : 1;
    let n = head.cells.length;
    while (n > labels + 2 && BOOKKEEPING_HEAD.test(compact(head.cells[n - 1]))) n--;
    const matters = head.cells.slice(labels, n);
    // A form's own column heads (`項目 | 内容 | 備考`) name no matter: the rows are one matter's, with remarks.
    if (n - labels < 2 || !/^(?:項目|区分|事項|案件|内容|)$/.test(compact(head.cells[0])) || matters.some((c) => c === '' || c.length > 30 || FORM_COLUMN_HEAD.test(compact(c))) || new Set(matters).size < matters.length) {
      out.push(head);
      continue;
    }
    // The rows under it: a label in the label columns, or a cell's further line (labels empty).
    const rows: { line: PhysLine; label: string; values: string[][] }[] = [];
    let group = '';
    let j = i + 1;
    for (; j < lines.length; j++) {
      let l = lines[j];
      if (l.blank || l.separator) {
        // The annex in a row of its own after a blank row (`別記 | 特記事項（案件１） | 第1条…`).
        let k = j + 1;
        while (k < lines.length && (lines[k].blank || lines[k].separator)) k++;
        if (k >= lines.length || lines[k].cells.length > head.cells.length || !ANNEX_ROW.test(compact(lines[k].cells.slice(0, labels).join('')))) break;
        j = k;
        l = lines[k];
      }
      if (l.separator || l.cells.length > head.cells.length || l.cells.length < 2) break;
      // The heading row printed again at the top of the next page.
      if (l.cells.every((c, k) => compact(c) === compact(head.cells[k] ?? ''))) continue;
      const [cell, sub] = labels === 2 ? [l.cells[0], l.cells[1]] : [l.cells[0], ''];
      if (labels === 2 && cell !== '') group = cell;
      const label = labels === 2 ? groupedLabel(cell === '' ? group : cell, sub) : cell;
      const last = rows.at(-1);
      // A label cut by that page break (`受託者に講じさせ` / `る保護措置`) is one label.
      const cut = last !== undefined && label !== '' && labelKey(last.label) === null && (labelKey(label) === null || /^[ぁ-ん]/.test(label)) && labelKey(last.label + label) !== null;
      if (cut) last.label += label;
      else if (label !== '') rows.push({ line: l, label, values: head.cells.map(() => []) });
      else if (rows.length === 0) break;
      const row = rows[rows.length - 1];
      l.cells.forEach((c, k) => k >= labels && k < n && c !== '' && row.values[k].push(c));
    }
    const known = rows.filter((r) => r.label.length <= 24 && labelKey(r.label) !== null).length;
    // Values in two or more columns of most rows: matters side by side, not a two-column form.
    const wide = rows.filter((r) => r.values.filter((v) => v.length > 0).length >= 2).length;
    if (rows.length < 3 || known < 3 || known < rows.length * 0.6 || wide < rows.length * 0.5) {
      out.push(head);
      continue;
    }
    for (let k = labels; k < n; k++) {
      // A matter withdrawn before the meeting (`案件３（取下げ）`, `本件は取下げ`) is no matter of it.
      if (WITHDRAWN.test(compact(head.cells[k])) || rows.some((r) => WITHDRAWN.test(compact(r.values[k][0] ?? '')))) continue;
      out.push({ ...head, cells: [head.cells[k]], heading: 0 });
      for (const r of rows) {
        const [first = '', ...more] = r.values[k];
        // The contract annex in a row of its own: its title, then its articles, as an annex is written.
        if (ANNEX_ROW.test(compact(r.label)) && ANNEX_VALUE.test(compact(first))) {
          out.push({ ...r.line, cells: [r.label] }, ...r.values[k].flatMap((v) => v.split(CELL_BREAK)).map((v) => ({ ...r.line, cells: [v] })));
          continue;
        }
        out.push({ ...r.line, cells: [r.label, first] });
        for (const m of more) out.push({ ...r.line, cells: ['', m] });
      }
    }
    i = j - 1;
  }
  return out;
}

/** A sheet's own column after the matters' (the secretariat's check marks, its remarks). */
const BOOKKEEPING_HEAD = /^(?:事務局|担当)?(?:確認|チェック|照合|点検)(?:欄|済)?$/;

/** A row that holds a contract annex (`特記事項`, `特記事項（案件１）`), and the annex itself (its title or its first article first). */
const ANNEX_ROW = /特記事項(?:[(（][^()（）]{1,20}[)）])?$/;
const ANNEX_VALUE = /^(?:[^第。]{0,30}特記事項)?第\s*[\d一二三四五六七八九十]/;

/**
 * A row's label from a group label and the label under it: a party or a period's end means what its
 * group says (`保護対策` over `受託者` is the contractor's measures, not the contractor; `期間` over
 * `終了`), tried with each name of a group of two (`委託先／結合先` over `名称`); any other label
 * stands alone.
 */
function groupedLabel(group: string, sub: string): string {
  if (sub === '') return group;
  if (group === '' || !RELATIVE_LABEL.test(compact(sub))) return sub;
  for (const g of [group, ...group.split(/[／/・]/)]) {
    const both = `${g}（${sub}）`;
    if (labelKey(both) !== null) return both;
  }
  return sub;
}
const RELATIVE_LABEL = /^(?:市|区|町|村|県|都|府|道|実施機関|受託者|委託先|受託事業者|結合先|提供先|事業者|名称|開始|終了|始期|終期)$/;

/** A column's heading or a cell saying its matter was withdrawn. */
const WITHDRAWN = /^[^。]{0,12}[(（](?:取下げ|取り下げ|取下|撤回)[)）]$|^本件は(?:取下げ|取り下げ|撤回)/;

/**
 * A landscape form or an index table puts the labels in a header line (`件名 | 所管 | 委託先 | …`)
 * and each matter in a line below it. Each value line becomes label → value rows, column by column,
 * so the rest of the pipeline reads it like a portrait form.
 */
export function transposeLabelHeaders(input: PhysLine[]): PhysLine[] {
  let lines = input;
  const out: PhysLine[] = [];
  // Sheets whose records carry their number or title, each record's last row in `out`: a later band
  // of the same sheet's right-hand columns goes under them (see `bandOf`).
  const titled: { ends: number[] }[] = [];
  const moves: { after: number; rows: PhysLine[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    const known = first.cells.filter((c) => c.length <= 16 && labelKey(c) !== null).length;
    // Most cells are labels; a wide sheet's few bookkeeping columns (番号, 審議会, 備考) aside. A
    // small table of labels over one record (a wiki's `件名 | 諮問・報告 | 種別 | 根拠規定` over its
    // values) needs only two: one value line, then the table ends.
    const oneRecord = first.cells.length >= 2 && known >= 2 && known * 2 >= first.cells.length && singleRecord(lines, i, first.cells.length);
    if (!oneRecord && (first.cells.length < 3 || known < 3 || known < first.cells.length * (known >= 6 ? 0.5 : 0.6))) {
      out.push(first);
      continue;
    }
    // `保護対策` over `市 | 委託先・結合先`: each party's column of measures is headed as that party's.
    const parties = partySubHeads(first.cells, lines[i + 1]);
    if (parties) {
      lines = [...lines.slice(0, i), { ...first, cells: parties }, ...lines.slice(i + 2)];
      i--;
      continue;
    }
    // Header rows under it that head further columns (a group row over the column heads of ○ marks).
    const subHeads: PhysLine[] = [];
    while (isSubHeader(lines[i + 1 + subHeads.length], first.cells)) subHeads.push(lines[i + 1 + subHeads.length]);
    const width = Math.max(first.cells.length, ...subHeads.map((l) => l.cells.length));
    const head = { ...first, cells: Array.from({ length: width }, (_, k) => first.cells[k] || (subHeads.at(-1)?.cells[k] ?? '')) };
    const groups = head.cells.map((_, k) => subHeads.slice(0, -1).map((l) => l.cells[k] ?? '').filter((c) => c !== '').at(-1) ?? '');
    let j = i + 1 + subHeads.length;
    const body: PhysLine[] = [];
    const pageTop = new Set<number>();
    const topRecords = new Set<PhysLine>();
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (l.separator || l.blank) {
        if (body.length > 0) break;
        continue;
      }
      // The sheet's mark at the top of the next page, over the heading row printed again there.
      if (l.cells.length === 1 && SHEET_MARK.test(compact(l.cells[0])) && l.page > (lines[j - 1]?.page ?? l.page)) continue;
      // A value line has the header's columns (an empty last cell may have been dropped). A record
      // written over several lines (a web page's cell holding a list) may end its first line early:
      // the lines after it, their first cell empty, carry the rest.
      const last = body.at(-1);
      const goesOn = (k: number) => lines[k] !== undefined && !lines[k].blank && lines[k].cells.length >= 2 && lines[k].cells[0] === '';
      const partial = l.cells.length >= 3 && l.cells[0] !== '' && goesOn(j + 1);
      const further = last !== undefined && l.cells.length >= 2 && l.cells[0] === '';
      // (A record cut by the page goes on under the header printed again, its empty cells dropped.)
      if ((l.cells.length < head.cells.length - 1 && !partial && !further && !pageTop.has(j)) || l.cells.length > head.cells.length) break;
      // The header repeated at the top of the next page is no matter; the record under it may go on.
      if (l.cells.every((c, k) => c === head.cells[k])) {
        pageTop.add(j + 1);
        continue;
      }
      // A table over one record ends with it: a line of one cell after it is the page's again.
      if (oneRecord && last && l.cells.length === 1) break;
      // A record that runs on to the next page: its first cell (the number, the title) is empty
      // there, and what it has continues the cells of the record above.
      if (last && l.cells[0] === '' && l.cells.some((c) => c !== '')) {
        last.cells = head.cells.map((_, k) => [last.cells[k] ?? '', l.cells[k] ?? ''].filter((c) => c !== '').join('\n'));
        continue;
      }
      if (pageTop.has(j)) topRecords.add(l);
      body.push(l);
    }
    if (body.length === 0) {
      out.push(head);
      continue;
    }
    const told = contentsTable(head, body, lines, j);
    if (told) {
      lines = [...lines.slice(0, j), ...told];
      i = j - 1;
      continue;
    }
    const hasTitle = head.cells.some((c) => NUMBER_LABEL.test(compact(c)) || labelKey(c) === 'title');
    const band = hasTitle ? null : bandOf(body, topRecords, titled.at(-1)?.ends.length ?? 0);
    if (band && titled.length > 0) {
      const { ends } = titled.pop()!;
      band.forEach((record, r) => moves.push({ after: ends[r], rows: head.cells.flatMap((h, k) => (record.cells[k] ? [{ ...record, cells: [h, record.cells[k]] }] : [])) }));
      i = j - 1;
      continue;
    }
    const ends: number[] = [];
    // A record's number and title columns first: a matter starts at either, and the columns before
    // the title (審議会, 区分) are the same record's, not the end of the one above.
    const rank = (label: string) => (NUMBER_LABEL.test(compact(label)) ? 0 : labelKey(label) === 'title' ? 1 : 2);
    // Columns of marks (`○` / `－`) each name a measure: a record's ticked ones are its measures,
    // listed under their group's heading (`市が講じる措置`), or under 安全管理措置 when there is none.
    const marked = head.cells.map((_, k) => !first.cells[k] && body.every((l) => isMarkCell(compact(l.cells[k] ?? ''))) && body.some((l) => YES_MARK.test(compact(l.cells[k] ?? ''))));
    const order = head.cells
      .map((_, k) => k)
      .filter((k) => !marked[k])
      .sort((a, b) => rank(head.cells[a]) - rank(head.cells[b]));
    const markGroups = [...new Set(head.cells.map((_, k) => (marked[k] ? groups[k] : null)).filter((g): g is string => g !== null))];
    for (const l of body) {
      for (const k of order) out.push({ ...l, cells: [head.cells[k], l.cells[k] ?? ''] });
      for (const g of markGroups) {
        const ticked = head.cells.filter((_, k) => marked[k] && groups[k] === g && YES_MARK.test(compact(l.cells[k] ?? '')));
        if (ticked.length > 0) out.push({ ...l, cells: [g || '安全管理措置', ticked.map((t) => `・${t.replace(/\n+/g, '')}`).join('\n')] });
      }
      ends.push(out.length - 1);
    }
    if (hasTitle) titled.push({ ends });
    i = j - 1;
  }
  // Each band's rows after its record's, last first so the earlier places stay where they are.
  for (const m of moves.sort((a, b) => b.after - a.after)) out.splice(m.after + 1, 0, ...m.rows);
  return out;
}

/**
 * A sheet too wide for the paper, printed down then over: the pages of its right-hand columns come
 * after those of the left-hand ones, the same records in the same order, without their number or
 * title. A table of such columns is that band when, once a record cut by a page break is joined
 * (the record under the header printed again at the top of a page goes on the one above), it has
 * as many records as the last titled sheet. Null when the counts differ.
 */
function bandOf(body: PhysLine[], topRecords: Set<PhysLine>, want: number): PhysLine[] | null {
  if (want === 0) return null;
  const records = body.map((l) => ({ ...l, cells: [...l.cells] }));
  for (let r = records.length - 1; r > 0 && records.length > want; r--) {
    if (!topRecords.has(body[r])) continue;
    const [above, cont] = [records[r - 1], records[r]];
    above.cells = above.cells.map((c, k) => [c, cont.cells[k] ?? ''].filter((x) => x !== '').join('\n'));
    records.splice(r, 1);
  }
  return records.length === want ? records : null;
}

/** A party heading a column under a measures group (`市`, `委託先・結合先`, `受託者`). */
const partyHead = (c: string) => c.split(/[・･]/).every((p) => PARTY_ONLY.test(p) || COUNTERPART.test(p));

/**
 * The header's cells with a row of parties under a measures group merged in (`保護対策` over
 * `市 | 委託先・結合先` → `市の保護対策 | 委託先・結合先の保護対策`), or null when the next line is no such row.
 */
function partySubHeads(labels: string[], next: PhysLine | undefined): string[] | null {
  if (!next || next.blank || next.separator || next.cells[0] !== '') return null;
  const heads = next.cells.map((c, k) => ({ c: compact(c), k })).filter((h) => h.c !== '');
  if (heads.length < 2 || !heads.every((h) => partyHead(h.c))) return null;
  const groupOf = (k: number) => {
    for (let g = k; g >= 0; g--) if ((labels[g] ?? '') !== '') return isMeasuresKey(labelKey(labels[g])) ? labels[g] : null;
    return null;
  };
  if (!heads.every((h) => groupOf(h.k) !== null)) return null;
  const width = Math.max(labels.length, next.cells.length);
  return Array.from({ length: width }, (_, k) => {
    const party = compact(next.cells[k] ?? '');
    return party ? `${party}の${groupOf(k)}` : (labels[k] ?? '');
  });
}

/** The line after `at` is the only line of its table: as wide as the header, then a break or a new table's header. */
function singleRecord(lines: PhysLine[], at: number, width: number): boolean {
  const value = lines[at + 1];
  // A header is a row of short labels, none empty, over a record whose first cell is not empty.
  if (lines[at].cells.some((c) => !/^[^、。,:：()（）「」\s]{1,16}$/.test(c))) return false;
  if (!value || value.blank || value.separator || value.cells.length !== width || value.cells[0] === '' || value.cells.every((c, k) => c === lines[at].cells[k])) return false;
  const after = lines[at + 2];
  return !after || after.blank || after.separator || after.cells.length !== width || after.cells.filter((c) => c.length <= 16 && labelKey(c) !== null).length >= 2;
}

/** A cell of a sheet of marks: ticked (`○`), or not (`－`, `×`, blank). */
const YES_MARK = /^[○◯●◎✓✔レ]$/;
const isMarkCell = (c: string) => YES_MARK.test(c) || NO_MARK.test(c);

/**
 * A header row heading the columns the one above leaves open: empty under its labels, short heads
 * in the columns after them (`市が講じる措置`, then `特記事項の添付`, `暗号化` …) or under a gap it
 * leaves (`記録媒体` over `紙 | 電子 | 外部サーバ` between `個人情報の項目` and `期間`).
 */
function isSubHeader(l: PhysLine | undefined, labels: string[]): boolean {
  if (!l || l.blank || l.separator || l.cells[0] !== '') return false;
  const heads = l.cells.map((c, k) => ({ c, open: k >= labels.length || labels[k] === '' })).filter((h) => h.c !== '');
  return (
    heads.length > 0 &&
    l.cells.length > labels.findLastIndex((c) => c === '') &&
    heads.every((h) => h.open && h.c.length <= 40 && !h.c.includes('。') && !isMarkCell(compact(h.c))) &&
    l.cells.slice(labels.length).every((c) => c !== '')
  );
}

/** A scope a measures row names in its label cell (`管理的対策`, `技術的措置`, `物理的`). */
const SCOPE_LABEL = /^(?:管理的|組織的|人的|物理的|技術的|運用上|システム上|その他)(?:な)?(?:安全)?(?:管理)?(?:対策|措置)?$/;

/**
 * A group label in a cell of its own spanning the rows beside it (a form's `事務の概要` or
 * `受託者に講じさせる措置`, set vertically over `件名 | …`, `管理的対策 | …`): those rows start with
 * the group's empty cell. Each is its own field; under a party's measures, each row's label is the
 * measure's scope (`【管理的対策】…`), not a field, and the group says whose the measures are.
 */
export function groupedRows(lines: PhysLine[]): PhysLine[] {
  const out: PhysLine[] = [];
  const sub = (l: PhysLine | undefined) => !!l && !l.blank && !l.separator && l.cells.length >= 3 && l.cells[0] === '' && l.cells[1] !== '';
  for (let i = 0; i < lines.length; i++) {
    const g = lines[i];
    const measures = g.cells.length === 1 && isMeasuresKey(labelKey(compact(g.cells[0])));
    let j = i + 1;
    while (sub(lines[j])) j++;
    const rows = lines.slice(i + 1, j);
    const known = rows.filter((l) => (measures ? SCOPE_LABEL : { test: (c: string) => labelKey(c) !== null }).test(compact(l.cells[1]))).length;
    if (g.cells.length !== 1 || rows.length === 0 || known * 2 < rows.length) {
      out.push(g);
      continue;
    }
    if (measures) out.push(g, ...rows.map((l) => ({ ...l, cells: ['', `【${compact(l.cells[1])}】${l.cells.slice(2).join(' ')}`] })));
    else out.push(g, ...rows.map((l) => ({ ...l, cells: l.cells.slice(1) })));
    i = j - 1;
  }
  return out;
}

/** `件\n\n名` → `件名`: a label printed one character per line. */
export function joinBrokenLabels(lines: PhysLine[]): PhysLine[] {
  const single = (l: PhysLine) => !l.blank && l.cells.length === 1 && /^[\u3040-\u30ff\u4e00-\u9fff]$/.test(l.cells[0]);
  const out: PhysLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!single(l)) {
      out.push(l);
      continue;
    }
    const run = [l];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (lines[j].blank) continue;
      if (single(lines[j])) run.push(lines[j]);
      else break;
    }
    if (run.length >= 2) {
      out.push({ ...l, cells: [run.map((r) => r.cells[0]).join('')] });
      i = lines.indexOf(run[run.length - 1]);
    } else out.push(l);
  }
  return out;
}

/** A change report's column heads: the values before and after the change. */
const BEFORE_HEAD = /^(?:変更前|現行|旧)(?:の内容)?$/;
const AFTER_HEAD = /^(?:変更後|改正後|新)(?:の内容)?$/;
/** An after cell that keeps the value before it. */
const UNCHANGED = /^(?:変更なし|同左|同上|従前のとおり|[－\-―ー−])?$/;

/** An after cell that keeps the measures before it and adds to them (`変更前の対策は引き続き講ずるほか…`). */
const KEEPS_BEFORE = /変更前|従前|現行|引き続き/;

/**
 * A change report's table (`項目 | 変更前 | 変更後`, or 変更後 first as a 新旧対照表 puts it): the
 * matter is what it becomes, so each row's value is its 変更後 cell (the 変更前 one where the after
 * cell says it is unchanged). Measures are the after cell's too, the before cell's kept as well only
 * where the after cell says they go on (`変更前の対策は引き続き講ずるほか…`): a measure left out
 * of the 変更後 column was dropped.
 */
export function changeColumns(lines: PhysLine[]): PhysLine[] {
  const out: PhysLine[] = [];
  /** Where the before and after cells are in the table's rows, inside one. */
  let table: { before: number; after: number } | null = null;
  let measures: 'after' | 'both' | null = null;
  for (const l of lines) {
    const c = l.cells.map(compact);
    const head = c.length !== 3 ? null : BEFORE_HEAD.test(c[1]) && AFTER_HEAD.test(c[2]) ? { before: 1, after: 2 } : AFTER_HEAD.test(c[1]) && BEFORE_HEAD.test(c[2]) ? { before: 2, after: 1 } : null;
    if (head) {
      table = head;
      continue;
    }
    if (table && (l.blank || l.separator || l.heading || l.cells.length > 3)) table = null;
    if (!table || l.cells.length < 2) {
      out.push(l);
      continue;
    }
    const label = l.cells[0];
    const before = l.cells[table.before] ?? '';
    const after = l.cells[table.after] ?? '';
    if (label !== '') measures = isMeasuresKey(labelKey(label)) ? (UNCHANGED.test(compact(after)) || KEEPS_BEFORE.test(after) ? 'both' : 'after') : null;
    if (measures === 'both') out.push({ ...l, cells: table.before < table.after ? l.cells : [label, before, after] });
    else if (measures === 'after') {
      if (label !== '' || after.trim() !== '') out.push({ ...l, cells: [label, after] });
    }
    else if (label !== '') out.push({ ...l, cells: [label, UNCHANGED.test(compact(after)) ? before : after] });
    else if (after.trim() !== '') out.push({ ...l, cells: ['', after] });
  }
  return out;
}
