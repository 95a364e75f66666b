// The matter model: every fact of a matter is decided, from the seeded PRNG, before any text is
// written.

import { type Actor, MATTER_KIND_LABELS, type MatterKind, type MediaCategory, type Procedure } from '../../src/lib/domain/codes';
import { type DateStyle, daysIn, fiscalYearOf, iso, writeDate, writeFiscalYear, yearOfMonth } from './dates';
import { ARTICLES, DESIGNATED_DEPT, localize, type Municipality } from './municipalities';
import type { Rng } from './random';
import { adaptSentence, type Clause, CLAUSE_KINDS, type Sentence, STANDARD_ANNEX } from './safeguards';
import type { Layout } from './types';
import { type Business, BUSINESSES, COMPANIES, MEDIA_WEIGHT, MEDIA_WORDS, type MediaKey } from './vocabulary';

interface ItemFact {
  subject: string | null;
  item: string;
  raw: string;
  sensitive: boolean;
}

export interface ItemGroup {
  subject: string | null;
  items: ItemFact[];
}

interface MediumFact {
  key: MediaKey;
  word: string;
  category: MediaCategory;
}

export interface Measure {
  text: string;
  categories: string[];
  technical: boolean;
  /** A noun-phrase lead-in written before the sentence (`委託契約における規定`). */
  lead?: string;
}

export interface MatterFacts {
  biz: Business;
  title: string;
  kind: MatterKind;
  procedure: Procedure;
  article: string;
  department: string;
  /** Divisions as the gold lists them, and as the form writes them. */
  divisions: string[];
  divisionsWritten: string;
  contractor: string | null;
  contractorContains: string | null;
  /** ISO dates of the period; start hidden when written as 契約締結日. */
  start: string | null;
  end: string | null;
  startWritten: boolean;
  periodText: string | null;
  recurring: boolean;
  fiscalYear: number;
  session: string | null;
  groups: ItemGroup[];
  media: MediumFact[];
  ward: Measure[];
  /** The 管理責任体制 row of Edogawa's form: the ward's named managers. */
  management: Measure | null;
  contractorMeasures: Measure[];
  clauses: Clause[] | null;
  clauseStyle: 'paren' | 'article' | 'numbered';
  standardAnnex: boolean;
  bizName: string;
  work: string;
  marker: string | null;
  /** Edogawa's `令和2年度第24号議案`. */
  gian: string | null;
}

export interface DocContext {
  rng: Rng;
  m: Municipality;
  layout: Layout;
  fy: number;
  session: string | null;
  sessionMonth: number;
  /** The document was written before 令和 began (dates after it are still 平成). */
  heiseiOnly: boolean;
  fullWidth: boolean;
  sentences: Sentence[];
  chair: string;
  mayor: string;
}

// ---------------------------------------------------------------------------------------------
// Building one matter's facts

function chooseContractor(rng: Rng, m: Municipality, biz: Business): [string, string] {
  const r = rng.float();
  if (r < 0.55) {
    const [w, c] = rng.pick(COMPANIES);
    return rng.chance(0.15) ? [`${w} ※…「個人情報を取り扱う業務委託に係る受託事業者の要件」を満たす事業者であることを確認済み。`, c] : [w, c];
  }
  if (r < 0.65) {
    const org = rng.pick<[string, string]>([
      [`一般社団法人${m.name}医師会`, '医師会'],
      [`社会福祉法人${m.name}社会福祉協議会`, '社会福祉協議会'],
      [`公益社団法人${m.name}シルバー人材センター`, 'シルバー人材センター']
    ]);
    return org;
  }
  if (r < 0.72 && biz.key === 'houmon') return [`${m.name}内の機能強化型在宅療養支援診療所 (3か所)`, '機能強化型在宅療養支援診療所'];
  return rng.weighted<[string, string]>([
    [['未定', '未定'], 3],
    [['未定（指名競争入札により決定）', '未定'], 2],
    [['未定(プロポーザル方式により選定予定)', '未定'], 1],
    [['見積もり競争又は入札により、委託事業者を選定する。', '入札'], 2],
    [['一般競争入札により決定する。', '入札'], 1]
  ]);
}

/** `text@2016-2025`: a wording that exists only in those fiscal years. */
function inYears(spec: string, fy: number): boolean {
  const m = /@(\d{4})-(\d{4})$/.exec(spec);
  return !m || (fy >= Number(m[1]) && fy <= Number(m[2]));
}
const untag = (spec: string) => spec.replace(/@\d{4}-\d{4}$/, '');
function pickFor<T>(rng: Rng, xs: readonly T[], fy: number, key: (x: T) => string): T {
  const ok = xs.filter((x) => inYears(key(x), fy));
  return rng.pick(ok.length ? ok : xs);
}

function itemFact(spec: string, groupSubject: string | null): ItemFact {
  const sensitive = spec.endsWith('*');
  let s = sensitive ? spec.slice(0, -1) : spec;
  let subject = groupSubject;
  const bar = s.indexOf('|');
  if (bar >= 0) {
    subject = s.slice(0, bar);
    s = s.slice(bar + 1);
  }
  const item = s.replace(/\([^()]*\)/g, '');
  return { subject, item, raw: s, sensitive };
}

function chooseItems(rng: Rng, biz: Business, fy: number): ItemGroup[] {
  const groups: ItemGroup[] = [];
  biz.groups.forEach((g0, gi) => {
    const g = { ...g0, items: g0.items.filter((x) => inYears(x, fy)).map(untag) };
    // Secondary groups (the partner, the infant …) are left out now and then.
    if (gi > 0 && g.subject && rng.chance(0.25)) return;
    // Names and addresses are almost always there; the rest varies from matter to matter.
    const core = g.items.filter((x) => /^(?:氏名|住所)$/.test(x));
    const others = g.items.filter((x) => !core.includes(x));
    const keep = Math.max(Math.min(2, others.length), Math.round(others.length * (0.55 + rng.float() * 0.45)));
    const chosen = new Set([...core, ...rng.sample(others, keep)]);
    const specs = g.items.filter((x) => chosen.has(x));
    groups.push({ subject: g.subject ?? null, items: specs.map((sp) => itemFact(sp, g.subject ?? null)) });
  });
  return groups;
}

function chooseMedia(rng: Rng, proc: Procedure, biz: Business, m: Municipality): MediumFact[] {
  const keys: MediaKey[] = [];
  const add = (k: MediaKey) => {
    if (!keys.includes(k)) keys.push(k);
  };
  switch (proc) {
    case 'outsourcing':
      if (rng.chance(0.7)) add('paper');
      for (const k of biz.media) if (rng.chance(0.45)) add(k);
      if (keys.length === 0 || (keys.length === 1 && keys[0] === 'paper' && rng.chance(0.5))) add(biz.media[0]);
      break;
    case 'external_link':
      add('ext');
      if (rng.chance(0.7)) add('wsys');
      if (rng.chance(0.2)) add('paper');
      break;
    case 'purpose_change':
    case 'computer_processing':
      add('wsys');
      if (rng.chance(0.5)) add('paper');
      break;
    case 'external_provision':
      add(rng.weighted<MediaKey>([['paper', 3], ['removable', 2], ['ext', 2]]));
      if (rng.chance(0.4)) add(rng.pick<MediaKey>(['paper', 'removable', 'email']));
      break;
    case 'indirect_collection':
      add('paper');
      if (rng.chance(0.4)) add(rng.pick<MediaKey>(['removable', 'email', 'wsys']));
      break;
    default:
      add('paper');
  }
  // A fixed written order: paper first, then the electronic media.
  const order: MediaKey[] = ['paper', 'removable', 'cpc', 'csrv', 'web', 'wsys', 'ext', 'email'];
  keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const out: MediumFact[] = [];
  for (const k of keys) {
    const [word, category] = rng.weighted(MEDIA_WORDS[k].map((w, i) => [w, MEDIA_WEIGHT[k][i]] as const));
    out.push({ key: k, word: localize(word.replace('{system}', biz.system), m), category });
  }
  return out;
}

function chooseMeasures(ctx: DocContext, f: { procedure: Procedure; media: MediumFact[]; annex: boolean }, actor: Actor): Measure[] {
  const { rng } = ctx;
  const have = new Set(f.media.map((x) => x.key));
  const outsourcing = f.procedure === 'outsourcing';
  const pool = ctx.sentences.filter((s) => {
    if (s.needs.some((alts) => !alts.some((k) => have.has(k)))) return false;
    if (actor === 'contractor') return s.contractor && outsourcing;
    if (!outsourcing) return !s.outsourcingOnly && !s.contractor;
    return !s.contractor || rng.chance(0.35);
  });
  const n = actor === 'contractor' ? rng.int(3, 11) : outsourcing ? rng.int(2, 7) : rng.int(3, 9);
  const chosen = rng.sample(pool, n);
  const out: Measure[] = [];
  if (actor === 'ward' && outsourcing && f.annex && rng.chance(0.6))
    out.push({
      text: localize('契約にあたり、別紙「特記事項」を付すとともに、{muni}情報セキュリティポリシー及び{muni}個人情報保護条例の遵守義務について明記する。', ctx.m),
      categories: ['contract_terms'],
      technical: false
    });
  for (const s of chosen) out.push({ text: adaptSentence(s.text, ctx.m), categories: s.categories, technical: s.technical });
  return out;
}

function chooseClauses(rng: Rng): Clause[] {
  const out: Clause[] = [];
  let returns = false;
  for (const kind of CLAUSE_KINDS) {
    const always = kind.code === 'general_duty' || kind.code === 'confidentiality';
    const p = kind.code === 'work_procedure' ? 0.15 : kind.code === 'liability' ? 0.8 : 0.6;
    if (!always && !rng.chance(p)) continue;
    // A proof of erasure follows the clause that orders the return or erasure, as annexes write it.
    if (kind.code === 'erasure_proof' && !returns) continue;
    if (kind.code === 'return_erasure') returns = true;
    out.push({ heading: rng.pick(kind.headings), body: [rng.pick(kind.bodies)], categories: [kind.code] });
  }
  return out;
}

function chooseDivisions(rng: Rng, m: Municipality, biz: Business, divs: string[]): { list: string[]; written: string } {
  if (divs.length === 0) return { list: [], written: '' };
  const base = rng.chance(0.25) && divs.length > 1 ? divs : [rng.pick(divs)];
  const list = [...base];
  let written = base.join('、');
  const centres = biz.centres === 'health' ? m.centres : biz.centres === 'welfare' ? m.welfare : null;
  if (centres && rng.chance(0.35)) {
    const [stems, suffix] = centres;
    const chosen = stems.length > 2 ? rng.sample(stems, rng.int(2, stems.length)) : stems;
    const full = chosen.map((s) => s + suffix);
    list.push(...full);
    written += '、' + (rng.chance(0.75) ? chosen.join('・') + suffix : full.join('、'));
  }
  return { list, written };
}

export function buildMatter(ctx: DocContext, markerNo: number): MatterFacts {
  const { rng, m } = ctx;
  const fy = ctx.fy;
  const candidates = BUSINESSES.filter((b) => !b.years || (fy >= b.years[0] && fy <= b.years[1]));
  const biz = rng.pick(candidates);
  const procedure = rng.weighted(biz.procs);
  // Edogawa's form names the procedure's article; other layouts handle every procedure too.
  const [dept0, divs] = rng.pick(biz.depts);
  let department = dept0;
  if (m.designated && DESIGNATED_DEPT[department]) department = DESIGNATED_DEPT[department];
  if (department === '保健所') department = m.hokenjo ?? `${m.name}保健所`;
  const { list: divisions, written: divisionsWritten } = chooseDivisions(rng, m, biz, divs.map((d) => localize(d, m)));
  const bizName0 = localize(untag(pickFor(rng, biz.names, fy, (x) => x)), m);
  const bizName = m.city ? bizName0.replace('特別区民税・都民税', '市民税・県民税') : bizName0;
  const work = untag(pickFor(rng, biz.works, fy, (x) => x));
  const link0 = pickFor(rng, biz.links, fy, (x) => x[0]);
  const link: [string, string] = [untag(link0[0]), link0[1]];
  const recipient = rng.pick(biz.recipients).map((x) => localize(x, m)) as [string, string];
  const [reuseWhat, reuseFor] = biz.reuse;
  const prefix = rng.chance(0.3) ? m.name : '';
  const system = localize(biz.system, m);

  let title: string;
  switch (procedure) {
    case 'outsourcing':
      title = rng.weighted<string>([
        [`${prefix}${bizName}に係る${work}業務の委託について`, 5],
        [`${prefix}${bizName}における${work}業務の委託について`, 2],
        [`${prefix}${bizName}の${work}業務委託について`, 2]
      ]);
      if (rng.chance(0.12)) title += rng.pick(['(委託内容の変更)', '(委託先の追加)', '(委託期間の延長)']);
      break;
    case 'external_link':
      title = rng.weighted<string>([
        [`${link[0].replace(/\(.*\)$/, '')}を利用することに伴う外部結合について`, 3],
        [`${bizName}に係る${link[0].replace(/\(.*\)$/, '')}との外部結合について`, 2],
        [`${bizName}における回線結合について`, 1]
      ]);
      break;
    case 'purpose_change':
      title = rng.weighted<string>([
        [`${reuseFor}のための${reuseWhat}の目的外利用について`, 3],
        [`${bizName}に係る個人情報の目的外利用について`, 2]
      ]);
      break;
    case 'indirect_collection':
      title = rng.weighted<string>([
        [`${bizName}に係る個人情報の本人外収集について`, 3],
        [`${bizName}における本人以外からの個人情報の収集について`, 1]
      ]);
      break;
    case 'external_provision':
      title = rng.weighted<string>([
        [`${bizName}に係る個人情報の外部提供について`, 3],
        [`${recipient[0].replace(/^(?:一般社団法人|社会福祉法人|公益社団法人)/, '')}への個人情報の提供について`, 1]
      ]);
      break;
    default:
      title = rng.weighted<string>([
        [`${system}の導入に伴う電子計算機処理について`, 3],
        [`${bizName}に係る電子計算機処理の記録項目の追加について`, 2],
        [`${system}の再構築に伴う電子計算組織による個人情報の処理について`, 1]
      ]);
  }
  title = title.replace(/ /g, '');

  // Kind: the layouts' habits.
  let kind: MatterKind;
  if (ctx.layout === 'edogawa') kind = 'consultation';
  else if (procedure === 'outsourcing') kind = rng.chance(ctx.layout === 'shinjuku' ? 0.8 : 0.5) ? 'report' : 'consultation';
  else kind = rng.chance(0.15) ? 'report' : 'consultation';

  // Contractor or other party.
  let contractor: string | null = null;
  let contractorContains: string | null = null;
  if (procedure === 'outsourcing') {
    if (!(ctx.layout === 'edogawa' && rng.chance(0.5))) [contractor, contractorContains] = chooseContractor(rng, m, biz);
  } else if (procedure === 'external_link') {
    [contractor, contractorContains] = [localize(link[0], m), link[1]];
  } else if (procedure === 'external_provision') {
    [contractor, contractorContains] = recipient;
  }

  // Period.
  const sessionlessStart = !ctx.session;
  let startMonth = 4;
  let startDay = 1;
  let startFy = fy;
  if (ctx.session && ctx.sessionMonth >= 1 && ctx.sessionMonth <= 3 && rng.chance(0.6)) startFy = fy + 1;
  else if (rng.chance(0.4)) {
    startMonth = rng.pick([5, 6, 7, 8, 9, 10, 11, 12, 1, 2]);
    startDay = rng.int(1, daysIn(yearOfMonth(startFy, startMonth), startMonth));
  }
  const start = iso(yearOfMonth(startFy, startMonth), startMonth, startDay);
  const periodKind = rng.weighted<'range' | 'recurring' | 'signing' | 'fy' | 'multi' | 'open' | 'none'>([
    ['range', 5],
    ['recurring', procedure === 'outsourcing' ? 3 : 0.5],
    ['signing', sessionlessStart ? 0 : 1],
    ['fy', 0.4],
    ['multi', 0.7],
    ['open', procedure === 'outsourcing' ? 0.2 : 2],
    ['none', sessionlessStart || ctx.layout === 'shinjuku' || ctx.layout === 'setagaya' ? 0 : procedure === 'outsourcing' ? 0.3 : 1.5]
  ]);
  let startIso: string | null = start;
  let endIso: string | null = null;
  let startWritten = true;
  let recurring = false;
  const endOfFy = (y: number) => iso(y + 1, 3, 31);
  switch (periodKind) {
    case 'range':
      endIso = rng.chance(0.85) ? endOfFy(startFy) : iso(yearOfMonth(startFy, 12), 12, 28);
      if (endIso < start) endIso = endOfFy(startFy);
      break;
    case 'recurring':
      endIso = endOfFy(startFy);
      recurring = true;
      break;
    case 'signing':
      endIso = endOfFy(startFy);
      startWritten = false;
      break;
    case 'fy':
      startIso = iso(startFy, 4, 1);
      endIso = endOfFy(startFy);
      break;
    case 'multi':
      endIso = endOfFy(startFy + rng.int(1, 4));
      break;
    case 'open':
      break;
    case 'none':
      startIso = null;
      break;
  }
  if (ctx.layout === 'edogawa') {
    // Edogawa's form gives a schedule (実施時期), not a period.
    startIso = null;
    endIso = null;
  }
  const ds: DateStyle = {
    fullWidth: ctx.fullWidth || rng.chance(0.08),
    kanji: ctx.layout === 'setagaya' && rng.chance(0.25),
    heiseiOnly: ctx.heiseiOnly && rng.chance(0.7),
    gannen: rng.chance(0.9)
  };
  let periodText: string | null = null;
  if (startIso) {
    const s = writeDate(startIso, ds);
    const e = endIso ? writeDate(endIso, ds) : null;
    const recurringNote = rng.pick(['(次年度以降も、同様の業務委託を行う。)', '（次年度以降も同様の委託を予定）', '※翌年度以降も同様の委託を行う予定', '(次年度以降も継続して実施する。)']);
    switch (periodKind) {
      case 'fy':
        periodText = writeFiscalYear(startFy) + rng.pick(['', '（単年度契約）']);
        break;
      case 'open':
        periodText = `${s}から`;
        break;
      case 'signing':
        periodText = `契約締結日から${e}まで`;
        break;
      default:
        periodText = rng.chance(0.75) ? `${s}から${e}まで` : `${s}～${e}`;
        if (periodKind === 'multi' && rng.chance(0.5)) periodText += `（${Number(endIso?.slice(0, 4)) - Number(startIso.slice(0, 4))}年間）`;
        if (recurring) periodText += (rng.chance(0.6) ? ' ' : '') + recurringNote;
    }
  }
  const fiscalYear = ctx.session ? fy : fiscalYearOf(startIso ?? start);

  const groups = chooseItems(rng, biz, fy);
  const media = chooseMedia(rng, procedure, biz, m);
  let clauses: Clause[] | null = null;
  let standardAnnex = false;
  let clauseStyle: MatterFacts['clauseStyle'] = 'paren';
  if (procedure === 'outsourcing' && contractor !== null) {
    if (ctx.layout === 'shinjuku') {
      if (rng.chance(0.8)) {
        standardAnnex = true;
        clauses = STANDARD_ANNEX.map((c) => ({ ...c, body: c.body.map((b) => localize(b, m)) }));
      } else clauses = chooseClauses(rng);
      clauseStyle = 'paren';
    } else if (ctx.layout !== 'edogawa' && rng.chance(0.35)) {
      clauses = chooseClauses(rng);
      clauseStyle = rng.pick(['article', 'numbered', 'paren'] as const);
    }
  }

  const facts0 = { procedure, media, annex: clauses !== null };
  const ward = chooseMeasures(ctx, facts0, 'ward');
  const contractorMeasures = procedure === 'outsourcing' && ctx.layout !== 'setagaya' ? chooseMeasures(ctx, facts0, 'contractor') : procedure === 'outsourcing' && rng.chance(0.85) ? chooseMeasures(ctx, facts0, 'contractor') : [];

  let management: Measure | null = null;
  if (ctx.layout === 'edogawa') {
    const head = divisions[0] ?? department;
    management = { text: `保護管理責任者 ${head}長 保護管理事務取扱者 ${head.replace(/課$/, '')}係長`, categories: ['responsible_staff'], technical: false };
    if (contractorMeasures.length)
      contractorMeasures.unshift({
        text: `委託事業者に対し、条例、${m.name}個人情報保護条例施行規則、個人情報保護に関する特約条項等の遵守を義務付けるとともに、業務従事者に対する秘密保持義務を当該契約書に明記する。`,
        categories: ['contract_terms', 'confidentiality'],
        technical: false,
        lead: '委託契約における規定'
      });
  }
  return {
    biz,
    title,
    kind,
    procedure,
    article: ARTICLES[m.articles][procedure as Exclude<Procedure, 'other'>] ?? '第14条第1項',
    department,
    divisions,
    divisionsWritten,
    contractor,
    contractorContains,
    start: startIso,
    end: endIso,
    startWritten: startWritten && periodKind !== 'signing',
    periodText,
    recurring,
    fiscalYear,
    session: ctx.session,
    groups,
    media,
    ward,
    management,
    contractorMeasures,
    clauses,
    clauseStyle,
    standardAnnex,
    bizName,
    work,
    marker: `${MATTER_KIND_LABELS[kind]}第${markerNo}号`,
    gian: null
  };
}
