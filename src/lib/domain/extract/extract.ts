// From a document's pages to its matters with every field of the store contract.

import { fiscalYearOf, findDates, parseDateRange, parseFiscalYear, toIso } from '../dates';
import { parseItems } from './items';
import { layout, valueOf, type Row } from './layout';
import type { LabelKey } from './labels';
import { collectSentences, isAnnexStart } from './measures';
import { inferMedia, parseMedia } from './media';
import { matterMarker, sameTitle, segment, titleOf } from './segment';
import { IN_CHARGE, isOfficeLine, joinOfficeLines, NOT_IN_CHARGE, orgInText, parseOrg, type Org } from './org';
import { arabicLegalNumbers, clean, compact, dropDefinitions } from '../text';
import type { MatterKind, Procedure } from '../codes';
import type { DocumentMeta, ExtractedMatter, SafeguardSentence, Section } from '../types';

const rowText = (r: Row) => (r.kind === 'row' && r.label ? `${r.label} ${valueOf(r)}` : valueOf(r));
const byKey = (rows: Row[], key: LabelKey) => rows.filter((r) => r.kind === 'row' && r.key === key);
const firstValue = (rows: Row[], key: LabelKey) => byKey(rows, key).find((r) => r.parts.length > 0);

/** Municipalities named as the body that owns an ordinance, council, policy or office. */
const MUNICIPALITY = /(?<![\p{Script=Han}ヶ])((?:さいたま|つくば|いわき|ひたちなか|あきる野|みどり|かすみがうら|つくばみらい|いちき串木野|南アルプス|[\p{Script=Han}ヶ]{1,5}?)[区市町村])(?=情報公開|個人情報|情報セキュリティ|長(?![期野])|役所|議会|民|内|規則|条例|情報安全)/gu;
const NOT_MUNICIPALITY = /^(?:特別区|各区|本区|当区|全区|地区|学区|同区|市区町村|区市町村|各市|本市|当市|同市|市町村|町村|区|市)$/;

export function inferMunicipality(lines: string[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const m of clean(line).matchAll(MUNICIPALITY)) {
      // `東京都新宿区` counts for 新宿区; a single 府 is part of a name (府中市), not a prefecture.
      const name = m[1].replace(/^(?:東京都|北海道|大阪府|京都府|[\p{Script=Han}]{2,3}県)(?=\p{Script=Han}{2})/u, '');
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
  ['external_link', /外部結合|回線結合|通信回線による結合|オンライン結合|電子計算組織の結合|結合/],
  ['purpose_change', /目的外/],
  ['indirect_collection', /本人外収集|本人以外.{0,14}収集/],
  ['external_provision', /外部提供|第三者(?:へ(?:の)?|に)提供|提供について/],
  ['outsourcing', /委託/],
  ['computer_processing', /電子計算(?:機|組織)(?:処理|による.{0,10}処理)|記録項目|電算処理/]
];

function procedureOf(title: string | null, rows: Row[]): Procedure {
  // The article's parenthetical (◇第14条第1項(業務委託)) names the procedure outright; annex clause
  // headings (第3条(目的外利用の禁止)) look alike and are not looked at.
  const annexAt = rows.findIndex(isAnnexStart);
  for (const r of annexAt >= 0 ? rows.slice(0, annexAt) : rows) {
    const m = /第\s*\d+\s*条(?:\s*第\s*\d+\s*項)?\s*\(([^()]{2,16})\)/.exec(clean(rowText(r)));
    if (m) for (const [p, re] of PROCEDURE_PATTERNS) if (re.test(m[1])) return p;
  }
  for (const source of [title ?? '', ...byKey(rows, 'purpose').map(valueOf)]) {
    for (const [p, re] of PROCEDURE_PATTERNS) if (re.test(compact(source))) return p;
  }
  return 'other';
}

function kindOf(rows: Row[]): MatterKind | null {
  const text = compact(rows.map(rowText).join('\n'));
  const bracket = /【(諮問|報告)】/.exec(text);
  if (bracket) return bracket[1] === '諮問' ? 'consultation' : 'report';
  // `諮問・報告事項` names both and decides nothing.
  const t = text.replace(/諮問・報告|諮問及び報告/g, '');
  const consult = (t.match(/諮問(?:事項|書|について|第\d+号)|\(諮問\)|議案/g) ?? []).length;
  const report = (t.match(/報告事項|報告第\d+号|\(報告\)|…報告|・・・報告/g) ?? []).length;
  if (consult === 0 && report === 0) {
    // No marker at all: fall back on which word the matter uses.
    const c = (t.match(/諮問/g) ?? []).length;
    const r = (t.match(/報告(?!さ|する|し)/g) ?? []).length;
    return c === 0 && r === 0 ? null : c >= r ? 'consultation' : 'report';
  }
  return consult > report ? 'consultation' : 'report';
}

const LEGAL = /(?:条例|◇|^|[(\s]|法)第\s*([\d〇一二三四五六七八九十]+)\s*条(?:\s*の\s*(\d+))?(?:\s*第\s*(\d+)\s*項)?(?:\s*第\s*(\d+)\s*号)?/;

function legalBasisOf(rows: Row[]): string | null {
  const ordered = [...byKey(rows, 'legal_basis'), ...rows];
  for (const r of ordered) {
    const m = LEGAL.exec(arabicLegalNumbers(clean(rowText(r))));
    if (m) return `第${m[1]}条${m[2] ? `の${m[2]}` : ''}${m[3] ? `第${m[3]}項` : ''}${m[4] ? `第${m[4]}号` : ''}`;
  }
  return null;
}

/** Where the office in charge is named: its rows, else prose lines that say who is in charge. */
function departmentOf(rows: Row[]): Org & { evidence: Row | null } {
  const labelled = rows.filter((r) => r.kind === 'row' && (r.key === 'department' || r.key === 'division') && r.parts.length > 0);
  let divisionsOnly: (Org & { evidence: Row }) | null = null;
  for (const r of labelled) {
    // A value wrapped in its cell continues on the next lines; the parts are one office.
    // The first line alone, when it names an office; else the cell's lines as one value.
    let n = 1;
    while (n < r.parts.length && n < 6 && isOfficeLine(r.parts[n].text)) n++;
    const org = parseOrg(joinOfficeLines(r.parts.slice(0, n).map((p) => p.text)));
    if (org.department) return { ...org, evidence: r };
    if (!divisionsOnly && org.divisions.length > 0) divisionsOnly = { ...org, evidence: r };
  }
  for (const r of rows) {
    for (const p of r.parts.map((x) => x.text)) {
      if (!IN_CHARGE.test(p) || NOT_IN_CHARGE.test(p) || p.length > 160) continue;
      const org = orgInText(p);
      if (org) return { department: org.department, divisions: divisionsOnly?.divisions.length ? divisionsOnly.divisions : org.divisions, evidence: r };
    }
  }
  return divisionsOnly ?? { department: null, divisions: [], evidence: null };
}

function contractorOf(rows: Row[]): string | null {
  const r = firstValue(rows, 'contractor');
  if (!r) return null;
  const v = clean(dropDefinitions(r.parts.map((p) => p.text).join(' ')))
    .replace(/\s*※.*$/, '')
    .trim();
  return v || null;
}

const SESSION = /((?:令和|平成|昭和)\s*(?:\d+|元)\s*年度\s*第\s*\d+\s*回)/;

function sessionOf(rows: Row[]): string | null {
  for (const r of rows) {
    if (r.kind === 'row') continue;
    const t = clean(valueOf(r));
    if (t.length > 50 || /済|了承|答申|承認/.test(t)) continue;
    const m = SESSION.exec(t);
    if (m) return clean(m[1]);
  }
  return null;
}

function periodOf(rows: Row[]): { start: string | null; end: string | null } {
  for (const r of byKey(rows, 'period')) {
    const range = parseDateRange(clean(valueOf(r)));
    if (range && (range.start || range.end)) return range;
  }
  return { start: null, end: null };
}

const RECURRING = /次年度以降|翌年度以降|来年度以降|毎年度|以降も(?:同様|継続)|継続して(?:実施|委託)/;

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

function extractMatter(rows: Row[], seq: number, municipality: string | null, docSession: string | null, meta: DocumentMeta): ExtractedMatter {
  const titles = rows.map(titleOf).filter((t): t is string => t !== null);
  const title = titles[0] ?? null;
  const procedure = procedureOf(title, rows);
  const { department, divisions } = departmentOf(rows);
  const period = periodOf(rows);
  const nonClause = rows.slice(0, Math.max(0, rows.findIndex(isAnnexStart)) || rows.length);
  const bodyText = nonClause.map(rowText).join('\n');
  const recurring = RECURRING.test(compact(bodyText)) ? true : period.start || period.end ? false : null;
  const session = meta.council_session ? clean(meta.council_session) : (sessionOf(rows) ?? docSession);
  const marker = rows.map(matterMarker).find((m) => m !== null) ?? null;
  const docDate = documentDate(rows);
  const fiscal_year =
    (session ? parseFiscalYear(session) : null) ??
    (period.start ? fiscalYearOf(period.start) : null) ??
    (marker ? parseFiscalYear(marker) : null) ??
    (meta.council_date ? fiscalYearOf(meta.council_date) : null) ??
    (docDate ? fiscalYearOf(docDate) : null) ??
    (period.end ? fiscalYearOf(period.end) : null);

  const itemRows = byKey(rows, 'items');
  const data_items = itemRows.flatMap((r) => parseItems(valueOf(r)));
  const mediaRows = byKey(rows, 'media').filter((r) => r.parts.length > 0);
  let media = mediaRows.flatMap((r) => parseMedia(valueOf(r), procedure));
  if (mediaRows.length === 0) media = inferMedia(bodyText, procedure);

  // Categories are filled by the classifier (analyze.ts), which needs the tokenizer.
  const safeguards: SafeguardSentence[] = collectSentences(rows).map((s, i) => ({ ...s, seq: i + 1, categories: [] }));

  const sections: Section[] = rows
    .filter((r) => r.kind === 'row' && r.key && SECTION_OF[r.key] && r.parts.length > 0)
    .map((r) => ({ section: SECTION_OF[r.key as LabelKey] ?? 'other', label: clean(r.label), text: clean(valueOf(r)), page: r.page }));

  return {
    seq,
    municipality: meta.municipality ?? municipality,
    title,
    matter_kind: kindOf(rows),
    procedure,
    legal_basis: legalBasisOf(rows),
    department,
    divisions,
    contractor: contractorOf(rows),
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
    text: rows.map((r) => clean(rowText(r))).join('\n'),
    evidence: [],
    review: []
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
  return matters.filter((m, i) => {
    if (m.some((r) => r.kind === 'row' && FORM_KEYS.has(r.key) && r.parts.length > 0)) return true;
    const own = titlesOf(m);
    return !matters.slice(i + 1).some((later) => titlesOf(later).some((t) => own.some((o) => sameTitle(o, t) || sameStart(o, t))));
  });
}

/** Titles cut short in an agenda (`…業務の委託に`) against the full title: a long common start. */
const sameStart = (a: string, b: string) => {
  const [x, y] = [compact(a), compact(b)];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n >= 12 && n >= Math.min(x.length, y.length) * 0.6;
};

/** True when the rows carry anything a matter is made of. */
const substantive = (rows: Row[]) => rows.some((r) => titleOf(r) !== null || (r.kind === 'row' && (r.key === 'items' || r.key === 'ward_measures' || r.key === 'contractor_measures')));

export function extractDocument(pages: string[], meta: DocumentMeta = {}): ExtractedMatter[] {
  const rows = layout(pages);
  // A value's lines are joined first: a PDF line may break inside a name (`…及び世` / `田谷区…`).
  const municipality = inferMunicipality(rows.flatMap((r) => [r.label, r.parts.map((p) => p.text).join('')]));
  // A session named once at the top of the document holds for every matter in it.
  const docSession = sessionOf(rows);
  return dropAgendaEntries(segment(rows).filter(substantive))
    .map((m, i) => extractMatter(m, i + 1, municipality, docSession, meta));
}

