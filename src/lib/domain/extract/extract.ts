// From a document's pages to its matters with every field of the store contract.

import { drain, type Steps } from '../steps';
import { fiscalYearOf, findDates, parseDateRange, parseFiscalYear, toIso } from '../dates';
import { answerLetterRows } from './answer-letters';
import { collectItems } from './items';
import { layout, valueOf, type Row } from './layout';
import { matterSession, sessionOf } from './sessions';
import { withoutRunningAtNumbers } from './page-margins';
import { isMeasuresKey, labelKey, MATTER_KIND_LABEL, MATTER_KIND_VALUE, type LabelKey } from './labels';
import { collectSentences, isAnnexStart } from './measures';
import { inferMedia, isTickedList, linkedSystemMedia, parseMedia, withoutOtherMatters } from './media';
import { minutesMatters } from './minutes';
import { END_LABEL, periodCellText } from './period-cells';
import { isCouncilDocument } from '../unrecognised';
import { attachAnnexes, matterMarker, PARAGRAPH_CHARS, sameTitle, segment, titleOf } from './segment';
import { IN_CHARGE, isOfficeLine, joinOfficeLines, NOT_IN_CHARGE, orgInText, parseOrg, type Org } from './org';
import { arabicLegalNumbers, clean, compact, dropDefinitions, nfkc } from '../text';
import type { MatterKind, Procedure } from '../codes';
import type { DocumentMeta, ExtractedMatter, FieldEvidence, ReviewFlag, SafeguardSentence, Section } from '../types';
import { joinWordSpaces } from './word-spaces';
import { splitJoinedFields } from './inline-fields';
import { applyErrata } from './errata';

const rowText = (r: Row) => (r.kind === 'row' && r.label ? `${r.label} ${valueOf(r)}` : valueOf(r));
const byKey = (rows: Row[], key: LabelKey) => rows.filter((r) => r.kind === 'row' && r.key === key);
const firstValue = (rows: Row[], key: LabelKey) => byKey(rows, key).find((r) => r.parts.length > 0);
/** A row's lines joined without breaks (a sentence wraps over them), and its sentences. */
const joinedText = (r: Row) => clean(r.parts.map((p) => p.text).join(''));
const sentencesOf = (r: Row) => joinedText(r).split(/(?<=。)/);

/** Municipalities named as the body that owns an ordinance, council, policy or office. */
const MUNICIPALITY =
  /(?<![\p{Script=Han}ヶの])((?:さいたま|つくば|いわき|ひたちなか|あきる野|みどり|かすみがうら|つくばみらい|いちき串木野|南アルプス|(?:[\p{Script=Han}ヶ]|[のノ](?=\p{Script=Han})){0,4}?[\p{Script=Han}ヶ])[区市町村]|[\p{Script=Han}]{2,3}県|京都府|大阪府|北海道)(?=情報公開|個人情報|情報セキュリティ|長(?![期野])|役所|庁|議会|民|内|規則|条例|情報安全)/gu;
/** Session numbers and years glued to the name in headers: `第2回川崎市…`, `令和2年度大田区…`. */
const NUMBERING = /(?:令和|平成|昭和)?[\d〇一二三四五六七八九十元]+年度?|第?[\d〇一二三四五六七八九十]+回/g;
const NOT_MUNICIPALITY = /^(?:特別区|各区|本区|当区|全区|地区|学区|同区|市区町村|区市町村|各市|本市|当市|同市|市町村|町村|区|市)$/;

export function inferMunicipality(lines: string[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const m of clean(line).replace(NUMBERING, ' ').matchAll(MUNICIPALITY)) {
      // `東京都新宿区` counts for 新宿区; a single 府 is part of a name (府中市), not a prefecture.
      const name = m[1].replace(/^(?:東京都|北海道|大阪府|京都府|[\p{Script=Han}]{2,3}県)(?=\p{Script=Han}{1,4}[区市町村])/u, '');
      if (!NOT_MUNICIPALITY.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  // The name written most often wins; `根拠世田谷区` (a label glued to the name) then counts for
  // `世田谷区`, and on a tie the shorter name wins.
  const names = [...counts.keys()];
  const own = (n: string) => counts.get(n) ?? 0;
  const merged = (n: string) => names.filter((o) => o.endsWith(n)).reduce((t, o) => t + own(o), 0);
  let best: string | null = null;
  for (const n of names) {
    const better = best === null || own(n) > own(best) || (own(n) === own(best) && (merged(n) > merged(best) || (merged(n) === merged(best) && n.length < best.length)));
    if (better) best = n;
  }
  return best;
}

const PROCEDURE_PATTERNS: [Procedure, RegExp][] = [
  ['external_link', /外部結合|回線結合|通信回線による結合|オンライン結合|電子計算組織の結合|結合|(?:システム|サービス|ネットワーク)との(?:回線)?接続/],
  ['purpose_change', /目的外|目的以外の目的/],
  ['indirect_collection', /本人外収集|本人以外.{0,14}収集|から(?:の)?(?:個人)?情報(?:の|を)収集|から(?:の)?[^、。]{0,12}情報等?の収集|からの収集/],
  ['external_provision', /外部提供|第三者(?:へ(?:の)?|に)提供|提供(?:について|の件)?$|への[^、。]{0,24}提供/],
  ['outsourcing', /委託/],
  ['computer_processing', /電子計算(?:機|組織)(?:処理|による.{0,10}処理|への記録|の記録)|記録項目|電算処理/]
];

/** A row that says what kind of matter it is: `種別`, `事務の種別`, `取扱いの形態`, `案件の区分`. */
const KIND_LABEL = /^(?:(?:事務|案件|取扱い?|取り扱い)の)?(?:種別|種類|区分|形態|類型)$/;

function procedureOf(title: string | null, rows: Row[]): Procedure {
  // The article's parenthetical (◇第14条第1項(業務委託)) names the procedure outright; annex clause
  // headings (第3条(目的外利用の禁止)) look alike and are not looked at.
  const annexAt = rows.findIndex(isAnnexStart);
  for (const r of annexAt >= 0 ? rows.slice(0, annexAt) : rows) {
    const m = /第\s*\d+\s*条(?:\s*第\s*\d+\s*項)?\s*\(([^()]{2,16})\)/.exec(clean(rowText(r)));
    if (m) for (const [p, re] of PROCEDURE_PATTERNS) if (re.test(m[1])) return p;
  }
  // The title first, then a heading the title row replaced (a letter's subject), then the purpose.
  const headings = rows.map(titleOf).filter((t): t is string => t !== null && t !== title);
  for (const source of [title ?? '', ...headings, ...byKey(rows, 'purpose').map(valueOf)]) {
    for (const [p, re] of PROCEDURE_PATTERNS) if (re.test(compact(source))) return p;
  }
  // What the matter is, said in a 区分 line (`報告（目的外利用）`) or in a letter's subject above the
  // title (`…の利用目的以外の目的のための利用について（諮問）`).
  for (const r of annexAt >= 0 ? rows.slice(0, annexAt) : rows) {
    const t = compact(r.kind === 'row' && r.key === null ? valueOf(r) : r.kind === 'text' ? valueOf(r) : '');
    if (t.length === 0 || t.length > 60) continue;
    // A kind row of its own (`種別：外部結合（オンライン結合）`) says it too.
    const kindRow = r.kind === 'row' && KIND_LABEL.test(compact(r.label)) ? t : null;
    const kind = kindRow ?? /^(?:諮問|報告)[(（]([^()（）]{2,24})[)）]$/.exec(t)?.[1] ?? (/(?:について|の件)[(（](?:諮問|報告)[)）]$/.test(t) ? t : null);
    if (kind) for (const [p, re] of PROCEDURE_PATTERNS) if (re.test(kind)) return p;
  }
  // A matter whose counterpart is a contractor (委託先, 受託者, 受注者 …) is an outsourcing.
  // One whose counterpart is a system it links to (結合先, 接続先) is a link.
  const counterparts = byKey(rows, 'contractor').filter((r) => r.parts.length > 0);
  if (counterparts.some((r) => /委託|受託|受注|受任|請負/.test(r.label))) return 'outsourcing';
  if (counterparts.some((r) => /結合先|接続先/.test(r.label))) return 'external_link';
  // One whose counterpart is where the data comes from (収集先, 照会先) is a collection from others.
  if (rows.some((r) => r.kind === 'row' && r.parts.length > 0 && /^(?:収集先|収集元|照会先)$/.test(compact(r.label)))) return 'indirect_collection';
  // Prose that says what the act is in law: `これを安否確認に用いることは目的外の利用に当たるため`.
  for (const r of annexAt >= 0 ? rows.slice(0, annexAt) : rows) {
    if (r.kind !== 'text') continue;
    for (const sentence of valueOf(r).split(/(?<=。)/)) {
      const m = /([^、。]{0,30})に(?:当たる|当たり|該当する|該当し)/.exec(compact(sentence));
      if (m) for (const [p, re] of PROCEDURE_PATTERNS) if (re.test(m[1])) return p;
    }
  }
  return 'other';
}

/** A matter's own number or mark: `報告１`, `諮問第５号`, `【諮問】`, `…について（報告）`. */
const KIND_MARK = /(?:^|[【〔［(\s.．、])(諮問|報告)(?:事項|案件)?\s*(?:第\s*)?(?:[\d〇一二三四五六七八九十]+\s*号?)?(?=$|[】〕］)\s:：]|[^\d〇一二三四五六七八九十号書者])|[(（](諮問|報告)[)）]/;

/** The kind the matter's heading gives: the last mark up to and including its first title. */
function headedKind(rows: Row[]): MatterKind | null {
  const firstTitle = rows.findIndex((r) => titleOf(r) !== null);
  let kind: MatterKind | null = null;
  for (const r of rows.slice(0, firstTitle >= 0 ? firstTitle + 1 : Math.min(rows.length, 4))) {
    // A row's label and value apart: cleaning would glue them (`整理番号報告１`) and hide the mark.
    for (const t of r.kind === 'row' ? [clean(r.label ?? ''), clean(r.parts[0]?.text ?? '')] : [clean(valueOf(r))]) {
      if (t.length > 80) continue;
      const m = KIND_MARK.exec(t);
      if (m && !/諮問・報告|諮問及び報告/.test(t)) kind = (m[1] ?? m[2]) === '諮問' ? 'consultation' : 'report';
    }
  }
  return kind;
}

/** What the cover says of all its matters: `次の2件について…諮問がありました`, `次のとおり報告します`. */
export function documentKind(text: string): MatterKind | null {
  const t = compact(text).replace(/諮問・報告|諮問及び報告/g, '');
  // A cover title marked `…について（報告）` counts as well.
  // A 諮問書 asks for the council's opinion (`…の意見を求めます`) without the word 諮問 in its text.
  const c = (t.match(/諮問(?:します|いたします|がありました|を受け|事項)|\(諮問\)|審議会の意見を求め(?:ます|る)/g) ?? []).length;
  const r = (t.match(/報告(?:します|いたします|がありました|を受け|事項)|\(報告\)/g) ?? []).length;
  return c === r ? null : c > r ? 'consultation' : 'report';
}

/**
 * The council's answer letter (答申書): its subject ends `（答申）` or its opening says `答申します`
 * near the top. Every matter it answers was a consultation; a report gets no answer.
 */
export function isAnswer(text: string): boolean {
  return /\(答申\)|答申(?:します|いたします)/.test(compact(text.slice(0, 1500)));
}

/** An agenda's headings (`２␣諮問事項`, `３␣報告事項`) over the titles of the matters it lists. */
const AGENDA_KIND = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})?[.．、]?(諮問|報告)(?:事項|案件)$/;

/** The kind an agenda (次第) gives each matter it lists, before the forms begin. */
function agendaKinds(rows: Row[]): { title: string; kind: MatterKind }[] {
  const out: { title: string; kind: MatterKind }[] = [];
  let kind: MatterKind | null = null;
  for (const r of rows) {
    if (r.kind === 'row' && r.key !== null && r.key !== 'title') break;
    // The heading alone on its line, or as the label of its first entry (`諮問事項 | (1)…について`).
    const head = AGENDA_KIND.exec(compact(rowText(r))) ?? (r.kind === 'row' ? AGENDA_KIND.exec(compact(r.label)) : null);
    if (head) kind = head[1] === '諮問' ? 'consultation' : 'report';
    const title = titleOf(r);
    if (title && kind) out.push({ title, kind });
    // `４␣その他`: the next item of the agenda ends the list.
    else if (!head && /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、\s]/.test(rowText(r).trim())) kind = null;
  }
  return out;
}

function kindOf(rows: Row[], docKind: MatterKind | null, answer: boolean, agendaKind: MatterKind | null = null): MatterKind | null {
  // A column of a list that says it outright (`区分 | 諮問`, `区分 | 報告（業務委託）`): before a
  // cover's count of both (`諮問1件・報告2件`) above the first matter.
  for (const r of rows) {
    // (`区分（根拠条項）` over `諮問` / `条例第12条第1項`: the kind on the value's first line.)
    if (r.kind !== 'row' || !MATTER_KIND_LABEL.test(compact(r.label).replace(/\([^()]*\)$/, ''))) continue;
    const v = MATTER_KIND_VALUE.exec(compact(valueOf(r))) ?? MATTER_KIND_VALUE.exec(compact(r.parts[0]?.text ?? ''));
    if (v) return v[1] === '諮問' ? 'consultation' : 'report';
  }
  const headed = headedKind(rows);
  if (headed) return headed;
  // A listing's code and its meaning before the title (`付議種別␣1␣報告`); not its legend
  // (`付議種別コード␣1:報告␣2:諮問`), which names both.
  const firstTitle = rows.findIndex((r) => titleOf(r) !== null);
  for (const r of rows.slice(0, firstTitle >= 0 ? firstTitle : 0)) {
    const coded = /種別[:：]?\s*(?:\d{1,2}[:：.]?\s*)?(諮問|報告)/.exec(nfkc(rowText(r)));
    if (coded) return coded[1] === '諮問' ? 'consultation' : 'report';
  }
  if (agendaKind) return agendaKind;
  const text = compact(rows.map(rowText).join('\n'));
  const bracket = /【(諮問|報告)】/.exec(text);
  if (bracket) return bracket[1] === '諮問' ? 'consultation' : 'report';
  // A report sent with the answers (`…審議会 報告事項` over its form) is still a report.
  if (answer && !/報告(?:事項|案件)/.test(text)) return 'consultation';
  // `諮問・報告事項` names both and decides nothing.
  const t = text.replace(/諮問・報告|諮問及び報告/g, '');
  const consult = (t.match(/諮問(?:事項|書|について|第\d+号)|\(諮問\)|議案/g) ?? []).length;
  const report = (t.match(/報告事項|報告第\d+号|\(報告\)|…報告|・・・報告/g) ?? []).length;
  if (consult === 0 && report === 0) {
    // No marker at all: fall back on which word the matter uses.
    const c = (t.match(/諮問/g) ?? []).length;
    // A contractor's work report (`作業報告書`, `実施報告`) is a measure, not the matter's kind.
    const r = (t.match(/(?<!作業|実施|完了|業務|月次|日次|事故)報告(?!さ|する|し)/g) ?? []).length;
    return c === 0 && r === 0 ? docKind : c >= r ? 'consultation' : 'report';
  }
  return consult > report ? 'consultation' : 'report';
}

const LEGAL = /(?:条例|◇|^|[(\s)）]|法|法律)第\s*([\d〇一二三四五六七八九十]+)\s*条(?:\s*の\s*(\d+))?(?:\s*第\s*(\d+)\s*項)?(?:\s*第\s*(\d+)\s*号)?/;

/** Where a field's value was read, kept as evidence for the reader (FieldEvidence). */
interface Source {
  text: string;
  page: number;
}
const sourceOf = (r: Row, text?: string): Source => ({
  text: (text ? clean(text) : r.kind === 'row' && r.label ? `${clean(r.label)}：${clean(valueOf(r))}` : clean(valueOf(r))).slice(0, 400),
  page: r.page
});

/** Consecutive prose lines joined into one row: a sentence wraps over several lines. */
function proseRuns(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (const r of rows) {
    const last = out.at(-1);
    if (r.kind === 'text' && last?.kind === 'text') last.parts = [{ text: last.parts.map((p) => p.text).join('') + r.parts.map((p) => p.text).join(''), page: last.page }];
    else out.push(r.kind === 'text' ? { ...r, parts: [...r.parts] } : r);
  }
  return out;
}

const LEGAL_ALL = new RegExp(LEGAL.source, 'g');
/** `法第66条第2項第1号及び…施行条例第6条第1項`: the Act's article cited beside the ordinance's. */
const ACT_ARTICLE = /^(?:法|法律)/;
/** An article of another law (`母子保健法第13条`, `介護保険法第27条`): a law named before `法`, not the Act on personal information. */
function notOtherLaw(m: RegExpExecArray): boolean {
  const before = m.input.slice(0, m.index);
  return !ACT_ARTICLE.test(m[0]) || !/[一-龯ぁ-んァ-ヶ]$/.test(before) || /個人情報(?:の)?保護(?:に関する)?$/.test(before);
}

function legalBasisOf(rows: Row[]): { value: string | null; source: Source | null } {
  // A kind row may give it too (`区分 | 報告（施行条例第6条第2項・個人情報の取扱いの委託）`).
  const kindRows = rows.filter((r) => r.kind === 'row' && r.key === null && MATTER_KIND_LABEL.test(compact(r.label)));
  const ordered = [...byKey(rows, 'legal_basis'), ...kindRows, ...proseRuns(rows)];
  let act: { value: string; source: Source } | null = null;
  for (const r of ordered) {
    // Parts joined without a break: an article wraps at a line end (`第八条第` / `二項第五号`).
    // The value alone first: cleaning glues the label to it (`根拠条項第10条`), hiding where it starts.
    const value = r.parts.map((p) => p.text).join('');
    const found = [...arabicLegalNumbers(clean(value)).matchAll(LEGAL_ALL)].filter(notOtherLaw);
    if (found.length === 0) found.push(...[...arabicLegalNumbers(clean(`${r.label} ${value}`)).matchAll(LEGAL_ALL)].filter(notOtherLaw));
    if (found.length === 0) continue;
    // The store keeps the ordinance's article; since 2023 a paper cites the Act's beside it.
    const m = found.find((x) => !ACT_ARTICLE.test(x[0])) ?? found[0];
    const article = { value: `第${m[1]}条${m[2] ? `の${m[2]}` : ''}${m[3] ? `第${m[3]}項` : ''}${m[4] ? `第${m[4]}号` : ''}`, source: sourceOf(r) };
    if (!ACT_ARTICLE.test(m[0])) return article;
    act ??= article;
  }
  return act ?? { value: null, source: null };
}

/** Where the office in charge is named: its rows, else prose lines that say who is in charge. */
function departmentOf(rows: Row[], municipality: string | null): Org & { evidence: Row | null } {
  const labelled = rows.filter((r) => r.kind === 'row' && (r.key === 'department' || r.key === 'division') && r.parts.length > 0);
  let divisionsOnly: (Org & { evidence: Row }) | null = null;
  for (const r of labelled) {
    // Label cells caught in the value (`部` of a split header, `担当課` of the next column) are no office.
    // A note in brackets naming the office that holds the data (`（保有課：…）`, over two lines of a
    // narrow cell) is no office of the matter's.
    const lines = r.parts
      .map((p) => p.text)
      .join('\n')
      .replace(/[(（][^()（）]*(?:保有|提供元)[^()（）]*[)）]/g, '')
      .split('\n');
    // So are a sheet's inner labels between the office's parts (`健康福祉部` / `課名` / `高齢福祉課` / `担当` / `…係`).
    const parts = lines.filter((text) => text.trim().length > 1 && !/^(?:department|division)$/.test(labelKey(text) ?? '') && !/^(?:部名|課名|係名|室名|担当|所属)$/.test(text.trim())).map((text) => ({ text }));
    if (parts.length === 0) continue;
    // A value wrapped in its cell continues on the next lines; the parts are one office.
    // The first line alone, when it names an office; else the cell's lines as one value.
    let n = 1;
    while (n < parts.length && n < 6 && isOfficeLine(parts[n].text) && !NOT_IN_CHARGE.test(parts[n].text)) n++;
    const org = parseOrg(joinOfficeLines(parts.slice(0, n).map((p) => p.text)));
    // Department and division in rows of their own (`部 | 子ども未来部`, `課 | 子育てあんしん課`).
    // …or `所管部：福祉部` over `所管課：` and a list of 課.
    if (org.department && org.divisions.length === 0) {
      const division = labelled.find((d) => d !== r && (d.key === 'division' || /(?:課|室)$/.test(compact(d.label))));
      const divisions = division ? parseOrg(division.parts.map((p) => p.text).join('、')).divisions : [];
      return { department: org.department, divisions, evidence: r };
    }
    if (org.department) return { ...org, evidence: r };
    if (!divisionsOnly && org.divisions.length > 0) divisionsOnly = { ...org, evidence: r };
  }
  for (const r of rows) {
    // A paragraph of prose is read sentence by sentence (`この業務は、健康福祉部保健医療課が所管する…。`).
    const lines = r.parts.flatMap((x) => (x.text.length > 160 ? x.text.split(/(?<=。)/) : [x.text]));
    for (const p of lines) {
      if (!IN_CHARGE.test(p) || NOT_IN_CHARGE.test(p) || p.length > 160) continue;
      const org = orgInText(p);
      if (org) return { department: org.department, divisions: divisionsOnly?.divisions.length ? divisionsOnly.divisions : org.divisions, evidence: r };
    }
  }
  // A report's sender line under its title (`松江市健康福祉部健康推進課`): an office on a line of
  // its own near the top; footers further down name contacts, not the office in charge.
  if (!divisionsOnly) {
    for (const r of rows.slice(0, 6)) {
      if (r.kind !== 'text' || r.parts.length !== 1) continue;
      const text = r.parts[0].text.trim();
      const line = municipality && text.startsWith(municipality) ? text.slice(municipality.length).trim() : text;
      if (!isOfficeLine(line) || NOT_IN_CHARGE.test(line)) continue;
      const org = parseOrg(line);
      if (org.department) return { ...org, evidence: r };
    }
  }
  return divisionsOnly ?? { department: null, divisions: [], evidence: null };
}

/** Without a 件名, the business's name stands for the title (`事業名`, `事務の名称`). */
function businessTitle(rows: Row[]): string | null {
  const r = firstValue(rows, 'business');
  const t = r ? clean(r.parts[0].text).replace(/\s*[(（](?:諮問|報告)[)）]$/, '') : '';
  return t.length >= 4 && t.length <= 80 && !/。/.test(t) ? t : null;
}

/** A body's name with its legal form: `株式会社房総情報処理センター`, `ハマテック印刷株式会社`, `特定非営利活動法人…`. */
const CORPORATE_FORM = '(?:株式会社|有限会社|合同会社|合資会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|特定非営利活動法人|社会福祉法人|社会医療法人|医療法人|学校法人|地方独立行政法人|独立行政法人|国立大学法人|公立大学法人|生活協同組合|事業協同組合|企業組合)';
const BODY_NAME = new RegExp(`(${CORPORATE_FORM}[^\\s、。,()（）「」]{1,30}|[^\\s、。,()（）「」\\p{Script=Hiragana}]{1,30}${CORPORATE_FORM})`, 'u');
/** A sentence that names the contractor in prose: `委託先は、…株式会社…に決定している`. */
// A linked system's body: `株式会社…が提供するクラウドサービスに…接続いたします`.
const CONTRACTOR_SENTENCE = /(?:委託先|受託者|受託事業者|委託事業者|委託する事業者|結合先|提供先|事業者)(?:は|として|を)|[にへ]委託(?:する|します|いたします|いたしました|しました|している|しております|した)|が(?:提供|運営)する[^。]{0,30}(?:接続|結合|連携)/;

/**
 * A cell of several `label：value` pairs (`委託先：A社 期間：令和3年…`, a column `相手方・期間`): the
 * value of the pair whose label means `key`, or null when the cell has no such pair.
 */
function innerValue(cell: string, key: LabelKey): string | null {
  const pairs = [...cell.matchAll(/(?:^|[\s\u3000])([^\s\u3000:：、。]{1,10})[:：]/g)];
  if (pairs.length < 2) return null;
  const at = pairs.findIndex((p) => labelKey(p[1]) === key);
  if (at < 0) return null;
  return cell.slice((pairs[at].index ?? 0) + pairs[at][0].length, pairs[at + 1]?.index ?? cell.length).trim();
}

/** The body a sentence names with its legal form; the name ends where the sentence goes on (`…リーチに委託いたします`, `…センターが提供する`, `…に決まりました`). */
/** The body a sentence names, without the copula a spoken sentence ends it with (`…株式会社…で、委託の期間は`). */
function bodyIn(sentence: string): string | null {
  const m = BODY_NAME.exec(sentence);
  return m?.[1].replace(/(?:に|へ|が|を|は|と|で)(?:委託|決定|決ま|対し|依頼|提供|選定|運用|より|おい|よる|して).*$/, '').replace(/(?:であり|であって|である|です|で)$/, '') || null;
}

function contractorOf(rows: Row[], procedure: Procedure): { value: string | null; source: Source | null } {
  // A column that names two fields (`相手方・期間`) holds the contractor as its own pair.
  const shared = rows.filter((r) => r.kind === 'row' && r.key !== 'contractor' && r.parts.length > 0 && r.label.split(/[・･]/).some((l) => labelKey(l) === 'contractor'));
  for (const r of [...byKey(rows, 'contractor').filter((x) => x.parts.length > 0), ...shared]) {
    // Where a collection from others gets its data (`委託先・収集先等 | 県内市町村`) is no contractor.
    if (procedure === 'indirect_collection' && /収集|照会/.test(r.label)) continue;
    const joined = r.parts.map((p) => p.text).join(' ');
    // `委託先・期間 | 株式会社…令和6年10月1日~…`: the name runs to where the period's first date starts.
    const beforeDate = r.key === 'period' ? /^(?:(?:委託先|結合先|受託者|提供先)\s*[:：]\s*)?(.+?)\s*(?=(?:令和|平成|昭和)\s*(?:\d|元)|\d{4}\s*年)/.exec(joined)?.[1] : undefined;
    const pair = innerValue(joined, 'contractor') ?? (beforeDate && beforeDate.length >= 2 ? beforeDate : null);
    if (r.key !== 'contractor' && pair === null) continue;
    // A name written as the one point of a list (`・株式会社…`) is the name.
    const bare = (pair ?? joined).replace(/^[・･●○]\s*(?=[^・･●○]*$)/, '');
    const v = clean(dropDefinitions(bare))
      .replace(/\s*※.*$/, '')
      .trim();
    // A name on the cell's first line with sentences under it (`電子申請クラウドサービス「ポルトフォーム」`
    // over `提供事業者は株式会社…`): the name as written, not a body the note goes on to name.
    const head = pair === null && r.parts.length > 1 ? clean(dropDefinitions(r.parts[0].text)).trim() : '';
    if (head && head.length <= 40 && !/[。、]/.test(head) && /。/.test(v.slice(head.length))) return { value: head, source: sourceOf(r) };
    // A link's partner named as a body's service (`…株式会社が提供する…「…」`): as written, without the note after it.
    const service = procedure === 'external_link' ? /^[^。]*?が(?:提供|運営|管理)する[^。「」]{0,24}「[^」]{2,30}」/.exec(v)?.[0] : undefined;
    if (service) return { value: service, source: sourceOf(r) };
    // An answer in prose (`指名競争入札の結果、株式会社…に決まりました。`) names the body in a sentence.
    const named = /。/.test(v) ? bodyIn(v.split(/(?<=。)/)[0]) : null;
    if (named) return { value: named, source: sourceOf(r) };
    // A `委託先` cell of a measures table holds the contractor's measures, not its name.
    if (!v || /^[・･●○-]/.test(v) || (/。/.test(v) && v.length > 60)) continue;
    return { value: v, source: sourceOf(r) };
  }
  // No contractor row: a body with its legal form in a sentence that names the contractor.
  for (const r of rows) {
    if (r.kind === 'row' && r.key !== null && /measures|management|items|media|contractor/.test(r.key)) continue;
    for (const sentence of sentencesOf(r)) {
      if (!CONTRACTOR_SENTENCE.test(sentence)) continue;
      const name = bodyIn(sentence);
      if (name) return { value: name, source: sourceOf(r, sentence) };
      // Not chosen yet: `委託先は一般競争入札により決定する` is what the form's cell would say.
      const pending = /(?:委託先|受託者|受託事業者)(?:は|については)、?([^。]{0,20}?(?:入札|プロポーザル|公募)[^。]{0,16}?(?:決定|選定)(?:する|します|予定))/.exec(sentence);
      if (pending) return { value: pending[1], source: sourceOf(r, sentence) };
    }
  }
  return { value: null, source: null };
}

/** A sentence whose work starts on a day: `実施は令和元年10月1日からを予定しております。` */
const STARTS_ON = /^(?:[^、。]{0,12}の)?(?:委託|利用|提供|結合|実施|運用|収集)は[^。]{0,30}日から/;
/** A sentence that names the period in prose: `委託の期間は令和７年７月１日から…までとし`. */
const PERIOD_SENTENCE = new RegExp(`${/(?:委託|利用|提供|結合|実施|契約|事業|処理|記録|収集)(?:の)?(?:期間|期限|開始)|期間は|から.{4,24}まで|日(?:[^、。]{0,6}分)?から[、,]?.{0,30}(?:導入|開始|運用|実施|受け付け|受付|利用|提供|委託)/.source}|${STARTS_ON.source}`);
const START_SENTENCE = /^[^、。]{0,12}は[、,]?[^、。]{0,24}日から[、,]?(?:開始する|開始します|行う|行います|実施する|実施します)。$/;

/** A sentence naming when the work starts (`利用の開始は…`, `…から開始する`). */
const START_NAMED = new RegExp(`${/(?:委託|利用|提供|結合|実施|運用|収集)の開始(?:日|時期)?は|(?:から|より)(?:開始|実施|運用を開始)(?:する|します|いたします|し[、,])/.source}|${STARTS_ON.source}`);

function periodOf(rows: Row[]): { start: string | null; end: string | null; source: Source | null } {
  let single: { start: string; end: string | null; source: Source | null } | null = null;
  for (const r of byKey(rows, 'period')) {
    const full = periodCellText(r.parts, joinedText(r));
    // A note in brackets (`(令和4年度以降も同様に収集する。)`) or after ※ is not the period.
    const bare = full.replace(/[(（][^()（）]*[)）]/g, ' ').replace(/※[^\n]*/g, ' ').trim();
    const text = findDates(bare).length > 0 ? bare : full;
    const range = single ? null : parseDateRange(text);
    if (range && (range.start || range.end)) return { ...range, source: sourceOf(r) };
    // A period cell with one date only (`利用開始時期 平成26年4月1日`) gives the start; a later one
    // labelled as the end (`期間（終了）` under `期間（開始）`), the end.
    const dates = findDates(text);
    if (dates.length === 1 && single && END_LABEL.test(r.label)) return { ...single, end: toIso(dates[0].date, 'end') };
    if (dates.length === 1 && !single) single = { start: toIso(dates[0].date), end: null, source: sourceOf(r) };
  }
  if (single) return single;
  // No period row: a sentence in the matter's prose.
  for (const r of rows) {
    if (r.kind === 'row' && r.key !== null && /measures|management/.test(r.key)) continue;
    // In a list of items or media only a sentence of its own that starts something counts
    // (`収集は平成28年12月1日から行う。`): a span there dates the data (`…年度から…年度までの受診歴`).
    // A row for both (`記録媒体及び委託の期間`) tells its period in a sentence of its own.
    const listed = r.kind === 'row' && (r.key === 'items' || r.key === 'media') && !/期間|時期/.test(r.label);
    for (const sentence of sentencesOf(r)) {
      if (!(listed ? START_SENTENCE : PERIOD_SENTENCE).test(sentence) || /開催|会議|審議会/.test(sentence)) continue;
      // `…から開始し、平成27年度以降も継続して実施する`: the clause of later years is no part of the period.
      const range = parseDateRange(sentence.replace(/[、,][^、。]*(?:年度以降|以降も|以後も)[^。]*/, ''));
      if (range && (range.start || range.end)) return { ...range, source: sourceOf(r, sentence) };
      // `利用の開始は令和４年１２月１日とし、…`: the one date a sentence says something starts on.
      const dates = findDates(sentence);
      if (dates.length === 1 && dates[0].date.day && START_NAMED.test(sentence)) return { start: toIso(dates[0].date), end: null, source: sourceOf(r, sentence) };
    }
  }
  return { start: null, end: null, source: null };
}

/** A form's answer that the matter does not go on. */
const DECLINED = /^(?:該当しない|該当なし|なし|無し|無|しない|継続しない|予定なし|いいえ)。?$/;
const RECURRING = /(?:次|翌|来)年度以降|毎年度|年度以降も|年度以降の[^。]{0,16}においても[、,]?[^。]{0,8}(?:同様|継続|引き続き)|以[降後]も?[、,]?(?:同様|継続|引き続き|毎年|年\s*\d+\s*回)|継続して(?:実施|委託|提供|利用)|引き続き(?:委託|実施|提供)|(?:年|年度|月)(?:から|以降)も[、,]?(?:続けて|引き続き|継続して)/;

/** The date a letter or a cover is dated (a line that is only a date). */
function documentDate(rows: Row[]): string | null {
  for (const r of rows) {
    if (r.kind === 'row') continue;
    for (const p of r.parts) {
      const t = clean(p.text);
      const ds = findDates(t);
      if (ds.length === 1 && ds[0].date.day && t.length - ds[0].text.length <= 4) return toIso(ds[0].date);
    }
  }
  return null;
}

const SECTION_OF: Partial<Record<LabelKey, Section['section']>> = {
  title: 'title',
  purpose: 'purpose',
  content: 'overview',
  business: 'overview',
  target: 'overview',
  items: 'items',
  media: 'media',
  contractor: 'contractor',
  period: 'period',
  ward_measures: 'ward_measures',
  management: 'ward_measures',
  contractor_measures: 'contractor_measures'
};

/** What the document says of all its matters: read once, each matter's own rows come first. */
interface DocumentFacts {
  municipality: string | null;
  /** A session named once at the top holds for every matter. */
  session: string | null;
  kind: MatterKind | null;
  /** The council's answer letter: its matters were consultations. */
  answer: boolean;
  /** The ordinance article a cover cites for all its matters (`…条例第12条第2項の規定により…報告します`). */
  legal: { value: string | null; source: Source | null };
  /** The kind an agenda gives each matter it lists. */
  agenda: { title: string; kind: MatterKind }[];
  /** The article a cover's list cites under each title (`諮問事項1 …` / `根拠条文 …第11条第2項`). */
  listedBases: { title: string; legal: { value: string; source: Source | null } }[];
}

/** Each legal basis row of a cover's list with the line above it, which names the matter it is for. */
function listedBases(cover: Row[]): DocumentFacts['listedBases'] {
  const out: DocumentFacts['listedBases'] = [];
  cover.forEach((r, i) => {
    if (r.kind !== 'row' || r.key !== 'legal_basis' || i === 0) return;
    const above = cover[i - 1];
    const legal = legalBasisOf([r]);
    const title = titleOf(above) ?? valueOf(above).trim();
    if (legal.value && title) out.push({ title, legal: { value: legal.value, source: legal.source } });
  });
  return out;
}

function extractMatter(rows: Row[], seq: number, doc: DocumentFacts, meta: DocumentMeta): ExtractedMatter {
  const { municipality } = doc;
  // A 件名 row's title wins over a heading's (the heading may be a sheet's generic subject).
  const titled = rows.filter((r) => titleOf(r) !== null);
  const labelled = titled.find((r) => !r.fromHeading) ?? titled[0];
  const businessRow = labelled ? null : firstValue(rows, 'business');
  // A cover's list may name the paper after a title (`…について（別紙１）`, `…について␣資料１`) or
  // the department that brings it (`…について（健康福祉部）`): it is no part of it.
  const title =
    ((labelled ? titleOf(labelled) : null) ?? businessTitle(rows))?.replace(
      /\s*(?:[(（](?:別紙|別添|資料|参考資料)\s*\d{0,2}[)）]|(?<=について|の件)\s*(?:(?:別紙|資料)\s*\d{1,2}|[(（][^()（）]{1,20}(?:部|局|課|室)[)）]))$/,
      ''
    ) ?? null;
  const procedure = procedureOf(title, rows);
  const office = departmentOf(rows, municipality);
  const { department, divisions } = office;
  // An annex follows its matter's title: a `特記事項` above it (a sheet's tab) starts none.
  const titleAt = titled.length > 0 ? rows.indexOf(titled[0]) : -1;
  const nonClause = rows.slice(0, Math.max(0, rows.findIndex((r, k) => k > titleAt && isAnnexStart(r))) || rows.length);
  // An annex's articles (`第1条 受託者は…`) are no legal basis.
  const own = legalBasisOf(nonClause);
  // Else the article the cover's list gives this title, else the one the cover gives all.
  const listed = title ? doc.listedBases.find((b) => sameTitle(b.title, title) || sameStart(b.title, title))?.legal : undefined;
  const legal = own.value ? own : (listed ?? doc.legal);
  const contractor = contractorOf(rows, procedure);
  const period = periodOf(rows);
  const bodyText = nonClause.map(rowText).join('\n');
  // A measure done every year (`毎年度、研修を実施する`) says nothing of the matter recurring.
  const notMeasures = nonClause.filter((r) => !(r.kind === 'row' && (r.key === 'ward_measures' || r.key === 'contractor_measures' || r.key === 'management')));
  // A form's own answer that it does not go on (`次年度以降の継続：該当しない`) is the answer, also
  // after the question repeated in its cell (`継続 | 次年度以降の継続 | 無`, a ticked box).
  const declined = notMeasures.some((r) => r.kind === 'row' && /継続/.test(compact(r.label)) && DECLINED.test(compact(r.parts.every((p) => /継続/.test(p.text) || p === r.parts.at(-1)) ? (r.parts.at(-1)?.text ?? '') : valueOf(r))));
  const recurring = declined ? false : RECURRING.test(compact(notMeasures.map(rowText).join('\n'))) ? true : period.start || period.end ? false : null;
  // A matter's own session is named at its head; what follows it on a page (a web page's links to
  // other sessions) is not its session.
  const session = meta.council_session ? clean(meta.council_session) : matterSession(rows, doc.session);
  const marker = rows.map(matterMarker).find((m) => m !== null) ?? null;
  const docDate = documentDate(rows);
  const fiscal_year =
    (session ? parseFiscalYear(session) : null) ??
    (period.start ? fiscalYearOf(period.start) : null) ??
    (marker ? parseFiscalYear(marker) : null) ??
    (meta.council_date ? fiscalYearOf(meta.council_date) : null) ??
    (docDate ? fiscalYearOf(docDate) : null) ??
    (period.end ? fiscalYearOf(period.end) : null);

  const data_items = collectItems(rows);
  const mediaRows = byKey(rows, 'media').filter((r) => r.parts.length > 0);
  let media = linkedSystemMedia(mediaRows.flatMap((r) => parseMedia(valueOf(r), procedure)), procedure, contractor.value);
  // A media cell written as prose (`紙の予診票を委託先へお渡しし、…データはCD-Rに書き込んで…`, an
  // answer on a page of questions) also names media inside its sentences.
  for (const r of mediaRows) {
    const value = valueOf(r);
    if ((!/。./.test(value) && !/^[^。]{30,}。$/.test(value.trim())) || isTickedList(value)) continue;
    // Its lines are one paragraph wrapped: a ruling-out sentence cut by the wrap (`…電子メールによる送` / `付は行わない。`) is one.
    for (const m of inferMedia(withoutOtherMatters(value).replace(/\n/g, ''), procedure)) if (!media.some((x) => x.category === m.category)) media.push(m);
  }
  if (mediaRows.length === 0) media = inferMedia(bodyText, procedure);

  // Categories are filled by the classifier (analyze.ts), which needs the tokenizer.
  let safeguards: SafeguardSentence[] = collectSentences(rows).map((s, i) => ({ ...s, seq: i + 1, categories: [] }));
  // A matter told in paragraphs, with no measures section: the obligations its prose states.
  // (An overview row holds the paragraphs after it when the matter was named in prose.)
  // So do paragraphs under a label this product does not read (`【担当課の説明】`, `【質疑応答】`).
  const prose = (r: Row) => r.kind === 'text' || (r.kind === 'row' && (r.key === 'content' || (r.key === null && (EXPLANATION_LABEL.test(r.label) || OFFICE_SPEAKER.test(compact(r.label))))));
  // A heading line among them (`諮問第6号`) is no part of the sentence after it.
  const heading = (r: Row) => r.kind === 'text' && valueOf(r).length <= 20 && !/[、。]/.test(valueOf(r));
  if (safeguards.length === 0) safeguards = proseMeasures(nonClause.flatMap((r) => (prose(r) && !heading(r) ? [{ ...r, kind: 'text' as const }] : proseAfterValue(r))));

  // Where each field was read, for the reader to check against the source.
  const evidence: FieldEvidence[] = [];
  const cite = (field: string, source: Source | null) => {
    if (source) evidence.push({ field, ...source });
  };
  if (title) cite('title', labelled ? sourceOf(labelled) : businessRow ? sourceOf(businessRow) : null);
  if (department || divisions.length > 0) cite(department ? 'department' : 'divisions', office.evidence ? sourceOf(office.evidence) : null);
  cite('contractor', contractor.source);
  cite('period_start', period.source);
  cite('legal_basis', legal.source);
  const itemRow = byKey(rows, 'items').find((r) => r.parts.length > 0);
  if (data_items.length > 0 && itemRow) cite('data_items', sourceOf(itemRow));
  if (mediaRows[0]) cite('media', sourceOf(mediaRows[0]));

  // What a person should check: the fields every matter has, when extraction found none.
  const review: ReviewFlag[] = [];
  if (!title) review.push('title_missing');
  if (!department && divisions.length === 0) review.push('department_missing');
  if (data_items.length === 0) review.push('items_missing');
  if (safeguards.length === 0) review.push('safeguards_missing');

  const sections: Section[] = rows
    .filter((r) => r.kind === 'row' && r.key && SECTION_OF[r.key] && r.parts.length > 0)
    .map((r) => ({ section: SECTION_OF[r.key as LabelKey] ?? 'other', label: clean(r.label), text: clean(valueOf(r)), page: r.page }));

  return {
    seq,
    municipality: meta.municipality ?? municipality,
    title,
    matter_kind: kindOf(rows, doc.kind, doc.answer, (title && doc.agenda.find((a) => sameTitle(a.title, title) || sameStart(a.title, title))?.kind) || null),
    procedure,
    legal_basis: legal.value,
    department,
    divisions,
    contractor: contractor.value,
    period_start: period.start,
    period_end: period.end,
    recurring,
    fiscal_year,
    council_session: session,
    council_date: meta.council_date ?? null,
    page_start: rows[0]?.page ?? 1,
    page_end: rows.at(-1)?.page ?? 1,
    data_items,
    media,
    safeguards,
    sections,
    gaps: [],
    rule_hits: [],
    text: rows.map((r) => clean(rowText(r))).join('\n'),
    evidence,
    review
  };
}

/** Keys a matter's own form has and an agenda line never does. */
const FORM_KEYS = new Set<LabelKey | null>(['department', 'division', 'contractor', 'items', 'media', 'period', 'legal_basis', 'ward_measures', 'contractor_measures', 'purpose', 'content']);

/**
 * An agenda (次第) names each matter before the matters follow: an entry with nothing but its title
 * whose title comes again later is the same matter, not one of its own.
 */
function dropAgendaEntries(matters: Row[][]): Row[][] {
  const titlesOf = (m: Row[]) => m.map(titleOf).filter((t): t is string => t !== null);
  const hasForm = (m: Row[]) => m.some((r) => r.kind === 'row' && FORM_KEYS.has(r.key) && r.parts.length > 0);
  // A cover or an agenda before the first matter with a form is not a matter of its own.
  const firstForm = matters.findIndex(hasForm);
  const ownFieldsOf = (m: Row[]) => m.some((r) => r.kind === 'row' && FORM_KEYS.has(r.key) && r.key !== 'purpose' && r.key !== 'content' && r.parts.length > 0);
  // A matter told in a summary of minutes (`【担当課の説明】` and a paragraph) is one too: an agenda
  // has no explanation under its last title.
  const explained = (m: Row[]) => {
    const last = m.findLastIndex((r) => titleOf(r) !== null);
    return last >= 0 && m.slice(last + 1).some((r) => r.kind === 'row' && r.key === null && EXPLANATION_LABEL.test(r.label) && valueOf(r).length >= PARAGRAPH_CHARS);
  };
  return matters.filter((m, i) => {
    const own = titlesOf(m);
    const toldLater = (o: string) => matters.slice(i + 1).some((later) => titlesOf(later).some((t) => sameTitle(o, t) || sameStart(o, t)));
    // An answer's list of its matters (`１ 諮問事項及び結論`, then `２ 理由`): several titles, each
    // told again later, and no field of a matter's own under them but the council's reasons.
    const distinct = own.filter((t, k) => own.findIndex((o) => sameTitle(o, t)) === k);
    const ownFields = ownFieldsOf(m);
    if (distinct.length >= 2 && !ownFields && own.every(toldLater)) return false;
    // A table of contents (`１␣…について（諮問）␣７`) lists matters told later, one line after the other,
    // whatever chapters of other things follow it.
    const titleRows = m.flatMap((r, k) => (titleOf(r) !== null ? [k] : []));
    const listed = titleRows.length >= 2 && m.slice(titleRows[0], titleRows.at(-1)).every((r) => r.kind !== 'row' || r.key === null || r.key === 'title');
    if (distinct.length >= 2 && listed && own.every(toldLater)) return false;
    if (hasForm(m) || explained(m)) return true;
    if (i < firstForm) return false;
    return !own.some(toldLater);
  });
}

/** Titles cut short in an agenda (`…業務の委託に`) against the full title: a long common start. */
const sameStart = (a: string, b: string) => {
  const [x, y] = [compact(a), compact(b)];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n >= 12 && n >= Math.min(x.length, y.length) * 0.6;
};

/** A summary's labels over what the office said and answered (`【担当課の説明】`, `【質疑応答】`). */
const EXPLANATION_LABEL = /説明|質疑|応答|回答|答弁/;
/** A summary's speaker who answers for the matter (`高齢者相談課長：…`), not a member asking. */
const OFFICE_SPEAKER = /^[^\s、。]{1,16}(?:課長|部長|局長|所長|室長|センター長|課長補佐|担当)$/;

/** A line a tender's notice opens with its own label (`２␣入札日␣…`, `落札者：…`). */
const TENDER_LINE = /^(?:\d{1,2}\.?|\(\d{1,2}\))?(?:落札(?:者|金額|価格|日)|入札(?:日|方法|執行日)|予定価格|開札(?:日|日時))/;

/** True when the rows carry anything a matter is made of. */
const substantive = (rows: Row[]) => {
  const content = rows.some((r) => r.kind === 'row' && r.parts.length > 0 && (r.key === 'items' || r.key === 'business' || r.key === 'ward_measures' || r.key === 'contractor_measures'));
  if (content) return true;
  // A tender's result (`入札日`, `落札者`, `落札金額`), as a gazette prints it among its notices, is
  // no matter of the council's: its 件名 and 契約期間 name a purchase.
  if (rows.some((r) => TENDER_LINE.test(compact(r.kind === 'row' ? r.label : (r.parts[0]?.text ?? ''))))) return false;
  // A title alone (an agenda line, a cover) is not a matter: it needs a form row or prose under it.
  const titled = rows.findIndex((r) => titleOf(r) !== null);
  return titled >= 0 && rows.slice(titled + 1).some((r) => (r.kind === 'row' && r.key !== null && r.parts.length > 0) || ((r.kind === 'text' || (r.kind === 'row' && r.key === null)) && valueOf(r).length >= PARAGRAPH_CHARS));
};

export function extractDocument(pages: string[], meta: DocumentMeta = {}): ExtractedMatter[] {
  return drain(extractSteps(pages, meta));
}

/** extractDocument, pausing after the layout and after each matter. */
export function* extractSteps(written: string[], meta: DocumentMeta = {}): Steps<ExtractedMatter[]> {
  const pages = applyErrata(splitJoinedFields(joinWordSpaces(withoutRunningAtNumbers(written))));
  const rows = answerLetterRows(layout(pages));
  // A value's lines are joined first: a PDF line may break inside a name (`…及び世` / `田谷区…`).
  const municipality = inferMunicipality(rows.flatMap((r) => [r.label, r.parts.map((p) => p.text).join('')]));
  const text = rows.map(rowText).join('\n');
  // Minutes name their matters in the agenda and discuss them in speech: rebuilt as rows first.
  const found = minutesMatters(pages);
  yield;
  const forms = attachAnnexes(rows, dropAgendaEntries(segment(rows).filter(substantive)));
  // Minutes with the papers bound after them (`別紙 報告案件資料`, a form per matter): the forms
  // say what the speech only talks about.
  const formed = forms.filter((m) => m.some((r) => r.kind === 'row' && (r.key === 'items' || isMeasuresKey(r.key)) && r.parts.length > 0));
  const minutes = found && formed.length < found.length ? found : null;
  const blocks = minutes ?? forms;
  // The cover: the rows before the first title (of an agenda or of the first matter); in forms
  // without a title row (`事務の名称`), before the first matter's number or form row.
  const titled = rows.findIndex((r) => titleOf(r) !== null);
  const coverEnd = titled >= 0 ? titled : rows.findIndex((r) => matterMarker(r) !== null || (r.kind === 'row' && r.key !== null));
  const cover = minutes ? [] : rows.slice(0, Math.max(0, coverEnd));
  const doc: DocumentFacts = { municipality, session: sessionOf(rows), kind: documentKind(text), answer: isAnswer(text), legal: legalBasisOf(cover), agenda: agendaKinds(rows), listedBases: listedBases(cover) };
  const matters: ExtractedMatter[] = [];
  for (const [i, m] of blocks.entries()) {
    matters.push(extractMatter(m, i + 1, doc, meta));
    yield;
  }
  if (minutes || matters.length > 0 || !isCouncilDocument(pages.join('\n'))) return matters;
  // A council document in no form this product knows: the whole document read as one matter with
  // the prose fallbacks, flagged for a person to review. What was found is kept; nothing is guessed.
  const whole = extractMatter(rows, 1, doc, meta);
  if (whole.safeguards.length === 0) whole.safeguards = proseMeasures(rows);
  whole.review = ['form_not_recognised', ...whole.review.filter((f) => f !== 'safeguards_missing' || whole.safeguards.length === 0)];
  return [whole];
}

/**
 * A newsletter's box of facts ends in its last short value, and the article's next paragraph runs
 * on under it (`根拠` / `同条例第１４条第１項` / `担当課の説明によれば、安全のための手立ては…`): the
 * lines after the value's first are prose when they hold sentences. Only fields whose value is one
 * short line; a measures or items row is read as such.
 */
const ONE_LINE_FIELDS = new Set<string>(['legal_basis', 'period', 'department', 'contractor']);
function proseAfterValue(r: Row): Row[] {
  if (r.kind !== 'row' || !r.key || !ONE_LINE_FIELDS.has(r.key) || r.parts.length === 0) return [];
  const [first, ...rest] = valueOf(r).split('\n');
  const after = rest.join('');
  if (first.length > 40 || /。/.test(first) || after.length < 60 || (after.match(/。/g) ?? []).length < 2) return [];
  return [{ ...r, kind: 'text', key: null, label: '', parts: [{ text: after, page: r.parts[r.parts.length - 1].page }] }];
}

/** An obligation in prose: a sentence that says what will be done (`…する。`, `…させる。`, `…限る。`, `…なければなりません。`). */
const OBLIGATION = /(?:せる|せます|させている|させること|させない|する|します|しない|行う|行います|限る|限ります|禁止する|ものとする|こととする|こととしている|している|しています|なければならない|なければなりません|てはならない|てはなりません|付ける|伝える|設ける|定める|求める|講じる|講ずる|努める|保つ|保ちます|(?<=\p{Script=Han})されます|用いる|限定する|返す|渡す|戻す|消す|残す|確かめる|確認する|している)。$/u;
/** Who a prose sentence names as its subject: the contractor (`受託者は`, `一方、受託者には`) or the municipality (`県としては`, `市は`). */
const CONTRACTOR_OPENING = /^(?:(?:一方|また|なお|さらに)、?)?(?:受託者|委託先|受注者|委託事業者|受託事業者|事業者|提供先|結合先)(?:には|に対しては|に対し|においては|において|は|が)/;
const WARD_OPENING = /^(?:(?:一方|また|なお|さらに)、?)?(?:県|市|町|村|区|都|府|道|本県|本市|本町|当市|実施機関)(?:が講じる措置|が講ずる措置|の措置)?(?:としては|としても|においては|では|は|が)、/;
// `について` names a subject (`…について（報告）`), but `…については、` opens one of the sentence's own.
const NOT_OBLIGATION = /(?:める|れる|ける|きる|える)ようにします。$|次の(?:措置|こと|事項)|について(?![はもの、])|ためである|ものである|予定|考え|お願い|とおり|意見|規定に(?:基づき|より)|説明|報告します|諮問します|審議|開会|閉会/;

/** A causative ending: the stem's a-row kana then せ (`させる`, `行わせる`, `限らせます`). */
const CAUSATIVE = /(?:させ|(?<![知合済報])[かがさざただなばまらわ]せ)(?:る|ます|ている|ること|ない)/;

/** A sentence whose subject is the municipality's staff (`職員が…`, `市の担当職員が…`). */
const STAFF_SUBJECT = /(?:^|、)(?:[区市町村県]の)?(?:担当)?職員が/;

/** Safeguard sentences of a document with no measures section: the obligations of its prose. */
function proseMeasures(rows: Row[]): SafeguardSentence[] {
  const out: SafeguardSentence[] = [];
  // A paragraph opened by its subject (`一方、受託者には次のことを義務付けます。`) speaks for the
  // sentences after it that name none (`作業に従事する者に対しては、…研修を行わなければなりません。`).
  let running: 'ward' | 'contractor' = 'ward';
  for (const r of proseRuns(rows)) {
    for (const sentence of sentencesOf(r)) {
      const t = sentence.trim();
      const opened = CONTRACTOR_OPENING.test(t) ? 'contractor' : WARD_OPENING.test(t) ? 'ward' : null;
      const obligation = t.length >= 12 && t.length <= 200 && OBLIGATION.test(t) && !NOT_OBLIGATION.test(t);
      if (opened && (obligation || /(?:次の|以下の)/.test(t))) running = opened;
      if (!obligation) continue;
      // `…させる` / `行わせる` / `保たせる` / `限らせる`: the municipality has someone else do it (not
      // `知らせる` or `合わせる`, verbs of their own).
      // …and the municipality's staff doing it themselves (`職員が事務所に出向き、…確認する`) is its own.
      const causative = CAUSATIVE.test(t);
      const actor = opened ?? (causative ? 'contractor' : STAFF_SUBJECT.test(t) ? 'ward' : running);
      out.push({ seq: out.length + 1, actor, scope: 'other', heading: null, text: t, page: r.page, categories: [] });
    }
  }
  return out;
}

