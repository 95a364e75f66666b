// Synthetic council documents with their gold annotations, for measuring the extractor on more
// than the five real samples. Pure: no I/O, no clock; every choice comes from a seeded PRNG, so a
// seed gives the same bytes every time.
//
// Documents imitate the layouts of real ward councils: the Shinjuku cover + detail sheet with
// `label<TAB>value` rows and the 特記事項 annex, the Edogawa 議案 with 諮問書 and 項目/内容 tables,
// the Setagaya numbered heading-body form, the Nakano HTML table and the Minato Markdown table.
// The gold says what a careful reader takes from the text that was written: the generator decides
// every fact first and then writes it, so the gold follows the text by construction.

import type { LabelledSentence } from '../classifier/metrics';
import { mulberry32 } from './random';
import Encoding from 'encoding-japanese';
import { TAXONOMY } from '../../src/lib/domain/taxonomy';
import { MATTER_KIND_LABELS, type Actor, type ItemCategory, type MatterKind, type MediaCategory, type Procedure } from '../../src/lib/domain/codes';

// ---------------------------------------------------------------------------------------------
// Public shapes

/** One gold data item, as in test/fixtures/gold: the normalised item and, when stated, whose it is. */
export interface GoldDataItem {
  item: string;
  subject?: string;
}

/** One matter of a gold file; the key order is that of test/fixtures/gold/*.json. */
export interface GoldMatter {
  title: string;
  municipality: string;
  matter_kind: MatterKind;
  procedure: Procedure;
  legal_basis: string;
  department: string;
  divisions: string[];
  contractor_contains: string | null;
  period_start: string | null;
  period_end: string | null;
  recurring: boolean | null;
  fiscal_year: number;
  council_session: string | null;
  data_items: GoldDataItem[];
  sensitive_items: string[];
  media: MediaCategory[];
  safeguards: { ward: string[]; contractor: string[] };
  clauses: string[];
}

export interface GoldDoc {
  source: string;
  matters: GoldMatter[];
}

export type Layout = 'shinjuku' | 'edogawa' | 'setagaya' | 'nakano' | 'minato';
export type Format = 'text' | 'html' | 'markdown' | 'pdf';
export type DocEncoding = 'UTF-8' | 'Shift_JIS';

/** Facts the gold format has no room for, kept for checks: item and medium categories. */
export interface MatterTruth {
  items: { subject: string | null; item: string; category: ItemCategory; sensitive: boolean }[];
  media: { medium: string; category: MediaCategory }[];
}

export interface GeneratedDocument {
  stem: string;
  ext: 'txt' | 'html' | 'md' | 'pdf';
  format: Format;
  layout: Layout;
  encoding: DocEncoding;
  /** The file's bytes; empty for a PDF, which is printed from `printHtml` by the caller. */
  bytes: Uint8Array;
  /** For a PDF: the page to print (a bordered form, as the councils' PDFs are). */
  printHtml?: string;
  gold: GoldDoc;
  truth: MatterTruth[];
}

export interface CorpusOptions {
  /** Total number of matters over all documents. */
  matters: number;
  /** Stop after this many documents, even if fewer matters were written (benchmarks count documents). */
  documents?: number;
  seed?: number;
  /** The labelled sentences safeguard wordings are drawn from (eval/classifier/metrics.ts parseSentenceSet); those labelled `-` are skipped. */
  sentences: LabelledSentence[];
  /** Turn some text-layout documents into PDFs (printHtml, printed by the caller). */
  pdf?: boolean;
}

/** The gold file's text: one-space indentation, as the fixtures are written. */
export function goldJson(gold: GoldDoc): string {
  return JSON.stringify(gold, null, 1);
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((t, [, w]) => t + w, 0);
    let r = this.next() * total;
    for (const [v, w] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  /** k distinct elements, in their original order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const idx = this.shuffle(xs.map((_, i) => i)).slice(0, Math.max(0, Math.min(k, xs.length)));
    return idx.sort((a, b) => a - b).map((i) => xs[i]);
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.next() * 16).toString(16);
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Municipalities

type ArticleSet = Record<Procedure, string>;
const ARTICLES: Record<'A' | 'B' | 'C', Partial<ArticleSet>> = {
  A: { outsourcing: '第14条第1項', external_link: '第15条第1項', purpose_change: '第12条第2項', external_provision: '第12条第2項', indirect_collection: '第10条第2項', computer_processing: '第13条第1項' },
  B: { outsourcing: '第16条第1項', external_link: '第18条第1項', purpose_change: '第17条第1項', external_provision: '第19条第2項', indirect_collection: '第11条第2項', computer_processing: '第14条第1項' },
  C: { outsourcing: '第14条第3項', external_link: '第15条第1項', purpose_change: '第12条第1項第5号', external_provision: '第13条第1項第4号', indirect_collection: '第10条第1項第6号', computer_processing: '第11条第1項' }
};

interface Municipality {
  name: string;
  city: boolean;
  /** Designated cities name their departments 局. */
  designated: boolean;
  layout: Layout;
  articles: 'A' | 'B' | 'C';
  council: string;
  ordinance: string;
  weight: number;
  /** Health centres (`牛込・四谷保健センター`): stems and the shared suffix. */
  centres: [string[], string];
  /** Welfare offices. */
  welfare: [string[], string];
  /** The ward's health office when it is a department of its own (みなと保健所). */
  hokenjo?: string;
}

function muni(name: string, layout: Layout, articles: 'A' | 'B' | 'C', opts: Partial<Municipality> = {}): Municipality {
  const city = name.endsWith('市');
  return {
    name,
    city,
    designated: false,
    layout,
    articles,
    council: `${name}情報公開・個人情報保護審議会`,
    ordinance: `${name}個人情報保護条例`,
    weight: city ? 0.6 : 1,
    centres: [['東部', '西部'], '保健センター'],
    welfare: [['東部', '西部'], '福祉事務所'],
    ...opts
  };
}

const MUNICIPALITIES: Municipality[] = [
  muni('千代田区', 'minato', 'A', { centres: [['千代田'], '保健所'] }),
  muni('中央区', 'minato', 'A', { centres: [['日本橋', '月島'], '保健センター'] }),
  muni('港区', 'minato', 'B', { hokenjo: 'みなと保健所' }),
  muni('新宿区', 'shinjuku', 'A', { weight: 2.5, centres: [['牛込', '四谷', '東新宿', '落合'], '保健センター'] }),
  muni('文京区', 'shinjuku', 'A', { centres: [['文京', '本富士'], '保健サービスセンター'] }),
  muni('台東区', 'shinjuku', 'A', { council: '台東区情報公開・個人情報保護運営審議会' }),
  muni('墨田区', 'edogawa', 'C', { centres: [['向島', '本所'], '保健センター'] }),
  muni('江東区', 'minato', 'B', { centres: [['城東', '深川'], '保健相談所'] }),
  muni('品川区', 'nakano', 'B', { centres: [['品川', '大井', '荏原'], '保健センター'] }),
  muni('目黒区', 'setagaya', 'B', { centres: [['碑文谷', '中央'], '保健センター'] }),
  muni('大田区', 'setagaya', 'B', { centres: [['大森', '調布', '蒲田'], '地域庁舎'] }),
  muni('世田谷区', 'setagaya', 'B', { weight: 1.5, hokenjo: '世田谷保健所', centres: [['世田谷', '北沢', '玉川', '砧', '烏山'], '総合支所'] }),
  muni('渋谷区', 'nakano', 'A', { centres: [['恵比寿', '幡ヶ谷'], '保健相談所'] }),
  muni('中野区', 'nakano', 'A', { weight: 1.5, council: '中野区個人情報保護審議会', centres: [['北部', '南部'], 'すこやか福祉センター'] }),
  muni('杉並区', 'setagaya', 'B', { centres: [['荻窪', '高井戸', '高円寺', '上井草', '和泉'], '保健センター'] }),
  muni('豊島区', 'shinjuku', 'A', { centres: [['池袋', '長崎'], '保健センター'] }),
  muni('北区', 'nakano', 'A', { centres: [['王子', '赤羽', '滝野川'], '健康支援センター'] }),
  muni('荒川区', 'shinjuku', 'A'),
  muni('板橋区', 'nakano', 'B', { centres: [['板橋', '上板橋', '赤塚', '志村', '高島平'], '健康福祉センター'] }),
  muni('練馬区', 'setagaya', 'B', { centres: [['豊玉', '北', '光が丘', '石神井', '大泉', '関'], '保健相談所'] }),
  muni('足立区', 'edogawa', 'C', { centres: [['中央本町', '竹の塚', '江北', '千住', '東部'], '保健センター'] }),
  muni('葛飾区', 'edogawa', 'C', { centres: [['青戸', '金町', '水元'], '保健センター'] }),
  muni('江戸川区', 'edogawa', 'C', {
    weight: 2.5,
    hokenjo: '江戸川保健所',
    council: '江戸川区情報公開及び個人情報保護審査会',
    centres: [['中央', '小岩', '葛西', '清新町', '鹿骨'], '健康サポートセンター']
  }),
  muni('横浜市', 'nakano', 'B', { designated: true, ordinance: '横浜市個人情報の保護に関する条例', council: '横浜市個人情報保護審議会', centres: [['鶴見', '神奈川'], '福祉保健センター'] }),
  muni('川崎市', 'nakano', 'A', { designated: true, council: '川崎市個人情報保護委員会' }),
  muni('相模原市', 'minato', 'A', { designated: true }),
  muni('さいたま市', 'minato', 'B', { designated: true, council: 'さいたま市個人情報保護審議会' }),
  muni('千葉市', 'setagaya', 'B', { designated: true }),
  muni('八王子市', 'setagaya', 'A', { council: '八王子市個人情報保護運営審議会' }),
  muni('町田市', 'shinjuku', 'A', { council: '町田市個人情報保護運営審議会' }),
  muni('府中市', 'edogawa', 'C', { council: '府中市情報公開・個人情報保護審議会' })
];

/** `区` as the municipality's own word (区民, 区の, 区が …) becomes `市` in a city's documents. */
function localize(s: string, m: Municipality): string {
  let t = s.replaceAll('{muni}', m.name);
  if (m.city) t = t.replace(/(?<![地特学選別])区(?=[がのへにはでと民長職内立議役有営外から])/g, '市');
  return t;
}

const DESIGNATED_DEPT: Record<string, string> = {
  健康部: '健康福祉局',
  福祉部: '健康福祉局',
  高齢者福祉部: '健康福祉局',
  子ども家庭部: 'こども青少年局',
  区民部: '市民局',
  地域振興部: '市民局',
  総務部: '総務局',
  危機管理室: '総務局',
  環境清掃部: '資源循環局',
  都市計画部: '建築局',
  財務部: '財政局',
  政策経営部: '政策局'
};

// ---------------------------------------------------------------------------------------------
// Businesses: what a matter is about, with the items, media and parties it involves

/** Item syntax: `name`, `name*` (sensitive), `name(qualifier)`, `subject|name` (subject written inline). */
interface ItemGroupSpec {
  subject?: string;
  items: string[];
}

interface Business {
  key: string;
  depts: [string, string[]][];
  names: string[];
  works: string[];
  system: string;
  /** 結合先 as written and the part the gold says it contains. */
  links: [string, string][];
  /** 提供先. */
  recipients: [string, string][];
  /** Where indirect collection collects from. */
  sources: string[];
  /** What a purpose change reuses, and for what. */
  reuse: [string, string];
  procs: [Procedure, number][];
  groups: ItemGroupSpec[];
  target: string;
  purpose: string;
  /** Health centres or welfare offices may hold the matter with the division. */
  centres?: 'health' | 'welfare';
  years?: [number, number];
  /** Preferred electronic media for outsourcing. */
  media: MediaKey[];
}

type MediaKey = 'paper' | 'removable' | 'cpc' | 'csrv' | 'web' | 'wsys' | 'ext' | 'email';

const B = (b: Business) => b;
const BUSINESSES: Business[] = [
  B({
    key: 'vaccine',
    depts: [['健康部', ['保健予防課', '健康政策課']], ['健康部', ['新型コロナウイルス感染症予防接種担当課']], ['保健所', ['保健予防課']]],
    names: ['新型コロナウイルスワクチン接種事業@2020-2023', '高齢者インフルエンザ予防接種事業', '定期予防接種事業', '帯状疱疹ワクチン任意予防接種費用助成事業@2016-2025'],
    works: ['接種予約受付', 'コールセンター運営', '予診票の審査及びデータ入力', '接種券の印刷及び発送'],
    system: '予防接種台帳システム',
    links: [['厚生労働省が提供するワクチン接種円滑化システム(V-SYS)@2020-2023', 'V-SYS'], ['デジタル庁が提供するワクチン接種記録システム(VRS)@2021-2024', 'VRS'], ['東京都の予防接種情報管理システム', '予防接種情報管理システム']],
    recipients: [['一般社団法人{muni}医師会', '医師会']],
    sources: ['区内の接種医療機関'],
    reuse: ['住民基本台帳の情報', '接種券の発送'],
    procs: [['outsourcing', 6], ['external_link', 2], ['indirect_collection', 1], ['computer_processing', 1], ['external_provision', 1]],
    groups: [{ subject: '対象者', items: ['氏名', '生年月日', '住所', '電話番号', '性別', '接種券番号', '接種日', '接種ワクチン*', '接種医療機関名*', '予診票の内容*'] }],
    target: '区内在住の予防接種対象者',
    purpose: '予防接種を円滑に実施し、区民の感染症の発生及びまん延を予防することを目的とする。',
    centres: 'health',
    media: ['cpc', 'wsys', 'removable']
  }),
  B({
    key: 'kenshin',
    depts: [['健康部', ['健康づくり課', '健康推進課']], ['健康部', ['医療保険年金課']], ['区民部', ['国保年金課']]],
    names: ['特定健康診査・特定保健指導事業', 'がん検診事業', '成人歯科健康診査事業', '特定保健指導及び非肥満保健指導'],
    works: ['受診券の印字及び封入封緘', '受診勧奨通知の作成及び発送', '健診結果のデータ入力', '保健指導'],
    system: '健康管理システム',
    links: [['東京都国民健康保険団体連合会の特定健診等データ管理システム', '国民健康保険団体連合会']],
    recipients: [['東京都国民健康保険団体連合会', '国民健康保険団体連合会']],
    sources: ['受診した医療機関'],
    reuse: ['国民健康保険の資格情報', '受診勧奨'],
    procs: [['outsourcing', 6], ['external_provision', 1], ['indirect_collection', 1], ['external_link', 1], ['purpose_change', 1]],
    groups: [{ items: ['住所', '氏名', '生年月日', '性別', '年度末年齢', '個人番号(住民番号)@2016-2025', '保険証記号番号', '受診券整理番号', '受診日', '健診結果*', '問診票の回答内容*', '保健指導区分'] }],
    target: '40歳以上74歳以下の国民健康保険加入者',
    purpose: '生活習慣病の発症や重症化を予防する。',
    media: ['removable', 'cpc']
  }),
  B({
    key: 'sango',
    depts: [['健康部', ['健康づくり課']], ['子ども家庭部', ['子ども家庭支援課']], ['健康部', ['健康推進課']]],
    names: ['産後ケア事業', '妊婦面接事業', '母子保健訪問指導事業'],
    works: ['利用予約受付', '産後ケアの提供', '面接記録のデータ入力', '訪問指導'],
    system: '母子保健システム',
    links: [['株式会社ベビーテックが提供する母子手帳アプリのクラウドサービス', 'ベビーテック']],
    recipients: [['出産予定の医療機関', '医療機関']],
    sources: ['出産した医療機関'],
    reuse: ['住民基本台帳の情報', '妊婦への案内の送付'],
    procs: [['outsourcing', 6], ['indirect_collection', 1], ['external_link', 1]],
    groups: [
      { items: ['利用者番号', '氏名', '生年月日', '国籍', '住所', '電話番号', '妊娠週数*', '単胎・多胎', '出産予定日', '分娩歴*', '家族状況', '妊娠中の心身の状況*', '出産予定医療機関', '申請理由'] },
      { subject: '夫(パートナー)', items: ['氏名', '生年月日', '職業'] },
      { subject: '乳児', items: ['氏名', '生年月日'] }
    ],
    target: '出産後1年を経過しない産婦及び乳児(区内在住)',
    purpose: '産婦の身体的回復と心理的な安定を支援し、母子とその家族が健やかな育児ができるよう支援することを目的とする。',
    centres: 'health',
    media: ['removable', 'cpc']
  }),
  B({
    key: 'houmon',
    depts: [['健康部', ['健康政策課', '保健予防課']], ['福祉部', ['地域包括ケア推進課']]],
    names: ['新型コロナウイルス感染症ワクチン訪問接種事業@2021-2022', '在宅療養支援事業', '訪問歯科健診事業'],
    works: ['訪問', '日程調整', '訪問記録の作成'],
    system: '在宅療養支援システム',
    links: [['東京都が運用する在宅療養連携システム', '在宅療養連携システム']],
    recipients: [['区内の訪問看護ステーション', '訪問看護ステーション']],
    sources: ['かかりつけ医療機関'],
    reuse: ['要介護認定の情報', '訪問対象者の把握'],
    procs: [['outsourcing', 5], ['external_provision', 1], ['indirect_collection', 1]],
    groups: [
      { subject: '対象者', items: ['氏名', '生年月日', '住所', '電話番号', 'かかりつけ医の有無', 'かかりつけ医療機関名*', '要介護度*', '身体状況等による訪問を希望する理由'] },
      { subject: '連絡者', items: ['氏名', '電話番号', '対象者との続柄(関係性)'] }
    ],
    target: '寝たきり等により外出が困難な在宅療養者',
    purpose: '在宅療養者に対し、訪問による支援を受けられる体制を構築することを目的とする。',
    years: [2010, 2025],
    media: ['cpc', 'paper']
  }),
  B({
    key: 'kaigoyobou',
    depts: [['福祉部', ['地域包括ケア推進課', '高齢者支援課']], ['高齢者福祉部', ['介護予防課', '高齢福祉課']]],
    names: ['介護予防・日常生活支援総合事業', '高齢者見守り事業', '通いの場支援事業', '高齢者配食サービス事業'],
    works: ['運営', '訪問調査', '参加者募集及び申込受付', '配食及び安否確認'],
    system: '介護予防事業管理システム',
    links: [['厚生労働省の介護保険総合データベース', '介護保険総合データベース']],
    recipients: [['区内の地域包括支援センター', '地域包括支援センター']],
    sources: ['地域包括支援センター'],
    reuse: ['介護保険の認定情報', '見守り対象者の把握'],
    procs: [['outsourcing', 5], ['external_provision', 2], ['purpose_change', 1]],
    groups: [{ subject: '参加者', items: ['氏名', '住所', '電話番号', '年齢', '性別', '要介護度*', '基本チェックリストの回答内容*', '緊急連絡先'] }],
    target: '区内在住の65歳以上の高齢者',
    purpose: '高齢者が住み慣れた地域で自立した生活を続けられるよう支援することを目的とする。',
    media: ['cpc', 'paper']
  }),
  B({
    key: 'event',
    depts: [['地域振興部', ['地域振興課', '生涯学習スポーツ課']], ['福祉部', ['地域包括ケア推進課']], ['文化観光産業部', ['文化観光課']]],
    names: ['地域支え合いのまちづくり普及啓発シンポジウム及び関連講座', '区民健康講座', '区民スポーツ大会', '生涯学習講座'],
    works: ['運営', '申込受付', '企画運営'],
    system: '電子申請システム',
    links: [['株式会社イベントクラウドが提供する申込受付クラウドサービス', 'イベントクラウド']],
    recipients: [['講座の講師', '講師']],
    sources: ['区内の町会・自治会'],
    reuse: ['住民基本台帳の情報', '講座の案内'],
    procs: [['outsourcing', 8], ['external_link', 1]],
    groups: [{ items: ['氏名', '住所', '電話番号', '参加区分(区内在住、在勤、在学)', '参加希望日', 'メールアドレス', 'FAX番号', '参加結果', 'アンケート回答内容', '託児の希望の有無'] }],
    target: '区内在住・在勤・在学の方',
    purpose: '地域活動への参加を促し、区民の交流と学習の機会を広げることを目的とする。',
    media: ['cpc', 'csrv', 'web', 'email']
  }),
  B({
    key: 'teate',
    depts: [['子ども家庭部', ['子育て支援課', '子ども家庭支援課']], ['子ども教育部', ['子ども・若者支援課']], ['子ども家庭部', ['子ども医療費助成係']]],
    names: ['児童手当事業', '子ども医療費助成事業', '児童育成手当事業'],
    works: ['システム運用保守', '申請書のデータ入力', '通知書の印字及び封入封緘'],
    system: '児童手当システム',
    links: [['デジタル庁が運営するマイナポータル(ぴったりサービス)@2021-2025', 'マイナポータル'], ['内閣府が運営するマイナポータル(子育てワンストップサービス)@2017-2020', 'マイナポータル'], ['東京都の児童手当システム', '児童手当システム']],
    recipients: [['東京都', '東京都']],
    sources: ['他の区市町村'],
    reuse: ['住民税の課税情報', '手当の所得判定'],
    procs: [['outsourcing', 5], ['external_link', 2], ['purpose_change', 2], ['indirect_collection', 1], ['computer_processing', 1]],
    groups: [
      { subject: '受給者', items: ['氏名', '住所', '生年月日', '口座番号', '所得額', '個人番号@2016-2025'] },
      { subject: '児童', items: ['氏名', '生年月日', '続柄'] }
    ],
    target: '中学校修了前の児童を養育している方',
    purpose: '家庭等における生活の安定と児童の健やかな成長に資することを目的とする。',
    media: ['wsys', 'removable']
  }),
  B({
    key: 'hoiku',
    depts: [['子ども家庭部', ['保育課', '保育園・幼稚園課']], ['子ども家庭部', ['保育サービス課']]],
    names: ['保育施設利用調整事務', '保育園入園選考事務', '一時預かり事業'],
    works: ['入園申込書のデータ入力', '利用調整', '予約受付'],
    system: '保育システム',
    links: [['株式会社ほいくネットが提供する保育施設予約クラウドサービス', 'ほいくネット']],
    recipients: [['私立保育所', '私立保育所']],
    sources: ['認可外保育施設'],
    reuse: ['住民税の課税情報', '保育料の算定'],
    procs: [['outsourcing', 4], ['purpose_change', 2], ['computer_processing', 1], ['external_provision', 1]],
    groups: [
      { subject: '保護者', items: ['氏名', '住所', '電話番号', '勤務先', '就労状況', '世帯の所得'] },
      { subject: '児童', items: ['氏名', '生年月日', '健康状態*', 'アレルギーの有無*', '障害の有無*'] }
    ],
    target: '保育施設の利用を希望する保護者及び児童',
    purpose: '保育を必要とする児童に適切な保育を提供することを目的とする。',
    media: ['removable', 'wsys']
  }),
  B({
    key: 'shugaku',
    depts: [['教育委員会事務局', ['学務課']], ['教育委員会事務局', ['学校運営課']]],
    names: ['就学援助事務', '学齢簿管理事務', '学校給食費管理事務'],
    works: ['申請書のデータ入力', '通知書の作成及び発送', '給食費の徴収'],
    system: '学齢簿システム',
    links: [['株式会社スクールペイが提供する給食費徴収クラウドサービス', 'スクールペイ']],
    recipients: [['区立小学校・中学校', '小学校']],
    sources: ['区立小学校・中学校'],
    reuse: ['住民税の課税情報', '就学援助の認定'],
    procs: [['outsourcing', 4], ['purpose_change', 2], ['external_link', 1], ['computer_processing', 1]],
    groups: [
      { subject: '保護者', items: ['氏名', '住所', '電話番号', '口座番号', '世帯の所得'] },
      { subject: '児童・生徒', items: ['氏名', '生年月日', '学校名', '学年'] }
    ],
    target: '区立小学校・中学校に在籍する児童・生徒の保護者',
    purpose: '経済的理由により就学が困難な児童・生徒の保護者を支援することを目的とする。',
    media: ['removable', 'paper']
  }),
  B({
    key: 'gakushu',
    depts: [['教育委員会事務局', ['教育指導課', '教育支援課']]],
    names: ['学習用タブレット端末活用事業', 'デジタル教材活用事業', '不登校児童・生徒オンライン学習支援事業'],
    works: ['ヘルプデスク運営', '端末管理', 'オンライン学習支援'],
    system: '学習支援システム',
    links: [['株式会社スタディクラウドが提供する学習支援クラウドサービス', 'スタディクラウド'], ['文部科学省が運営する学習eポータル@2022-2025', '学習eポータル']],
    recipients: [['教材開発事業者', '教材開発事業者']],
    sources: ['区立小学校・中学校'],
    reuse: ['学齢簿の情報', '学習用アカウントの発行'],
    procs: [['outsourcing', 3], ['external_link', 4], ['purpose_change', 1]],
    groups: [{ subject: '児童・生徒', items: ['氏名', '学校名', '学年', '組', '出席番号', '学習履歴', 'アカウントID'] }],
    target: '区立小学校・中学校の児童・生徒',
    purpose: '一人一台端末を活用し、児童・生徒の学びを支援することを目的とする。',
    years: [2019, 2025],
    media: ['csrv', 'wsys']
  }),
  B({
    key: 'juminzei',
    depts: [['区民部', ['税務課']], ['財務部', ['課税課', '納税課']], ['総務部', ['税務課']]],
    names: ['特別区民税・都民税賦課事務', '住民税申告書受付事務', '軽自動車税賦課事務'],
    works: ['申告書のデータ入力', '納税通知書の印字及び封入封緘', '電話催告'],
    system: '住民税システム',
    links: [['地方税共同機構が運営する地方税ポータルシステム(eLTAX)', 'eLTAX']],
    recipients: [['税務署', '税務署']],
    sources: ['勤務先の事業所'],
    reuse: ['住民基本台帳の情報', '課税台帳の作成'],
    procs: [['outsourcing', 5], ['external_link', 2], ['indirect_collection', 1], ['computer_processing', 1]],
    groups: [
      { items: ['所得の金額', '口座番号'] },
      { subject: '申告者', items: ['氏名', '住所', '生年月日', '電話番号', '個人番号@2016-2025'] },
      { subject: '扶養親族', items: ['氏名', '続柄', '生年月日'] }
    ],
    target: '住民税の申告をした区民',
    purpose: '住民税の賦課事務を正確かつ効率的に行うことを目的とする。',
    media: ['removable', 'paper']
  }),
  B({
    key: 'koseki',
    depts: [['区民部', ['戸籍住民課']], ['地域振興部', ['区民課']], ['区民部', ['区民課']]],
    names: ['住民基本台帳事務', '証明書コンビニ交付事業@2010-2025', '戸籍事務'],
    works: ['窓口業務', '証明書発行', '届書のデータ入力'],
    system: '住民記録システム',
    links: [['地方公共団体情報システム機構(J-LIS)の証明書交付センター@2014-2025', 'J-LIS'], ['住民基本台帳ネットワークシステム', '住民基本台帳ネットワーク']],
    recipients: [['法務局', '法務局']],
    sources: ['他の区市町村'],
    reuse: ['住民基本台帳の情報', '防災行政'],
    procs: [['outsourcing', 4], ['external_link', 2], ['computer_processing', 2], ['external_provision', 1]],
    groups: [{ items: ['氏名', '住所', '生年月日', '性別', '世帯主|氏名', '続柄', '本籍', '異動事由', '異動年月日', '転出先住所', '住民票コード'] }],
    target: '区の住民基本台帳に記録されている方',
    purpose: '住民の居住関係を公証し、住民サービスの基礎とすることを目的とする。',
    media: ['wsys', 'paper']
  }),
  B({
    key: 'kokuho',
    depts: [['健康部', ['医療保険年金課']], ['区民部', ['国保年金課']]],
    names: ['国民健康保険事業', '後期高齢者医療事業'],
    works: ['保険料収納', '保険証の印字及び発送', 'レセプト点検'],
    system: '国民健康保険システム',
    links: [['国民健康保険中央会の国保情報集約システム', '国保情報集約システム']],
    recipients: [['東京都国民健康保険団体連合会', '国民健康保険団体連合会']],
    sources: ['年金事務所'],
    reuse: ['住民税の課税情報', '保険料の算定'],
    procs: [['outsourcing', 4], ['external_provision', 2], ['external_link', 1], ['purpose_change', 1]],
    groups: [{ subject: '被保険者', items: ['被保険者番号', '氏名', '住所', '生年月日', '保険料額', '納付状況', '口座番号', '診療報酬明細書の内容*'] }],
    target: '国民健康保険の被保険者',
    purpose: '保険料の収納率を向上させ、国民健康保険事業の安定的な運営を図ることを目的とする。',
    media: ['removable', 'paper', 'cpc']
  }),
  B({
    key: 'shougai',
    depts: [['福祉部', ['障害者福祉課']], ['福祉部', ['障害福祉課']], ['健康福祉部', ['障害者支援課']]],
    names: ['障害者総合支援事業', '障害者手帳交付事務', '移動支援事業'],
    works: ['給付費の審査', '相談支援', '申請書のデータ入力'],
    system: '障害者福祉システム',
    links: [['東京都国民健康保険団体連合会の障害者総合支援給付費審査システム', '国民健康保険団体連合会']],
    recipients: [['社会福祉法人{muni}社会福祉協議会', '社会福祉協議会']],
    sources: ['指定特定相談支援事業所'],
    reuse: ['障害者手帳の情報', '災害時の安否確認'],
    procs: [['outsourcing', 4], ['external_provision', 2], ['indirect_collection', 1], ['purpose_change', 1]],
    groups: [{ subject: '利用者', items: ['氏名', '住所', '生年月日', '電話番号', '障害の種別*', '障害支援区分*', '身体障害者手帳の等級*', '受給者証番号'] }],
    target: '障害福祉サービスの利用者',
    purpose: '障害者が地域で安心して暮らせるよう支援することを目的とする。',
    media: ['cpc', 'paper']
  }),
  B({
    key: 'seiho',
    depts: [['福祉部', ['生活福祉課']], ['福祉部', ['生活支援課']]],
    names: ['生活保護事務', '生活困窮者自立支援事業'],
    works: ['就労支援', '家計改善支援', 'レセプト点検', '訪問調査'],
    system: '生活保護システム',
    links: [['厚生労働省の医療扶助オンライン資格確認システム', 'オンライン資格確認']],
    recipients: [['ハローワーク', 'ハローワーク']],
    sources: ['金融機関及び年金事務所'],
    reuse: ['住民税の課税情報', '収入の認定'],
    procs: [['outsourcing', 4], ['indirect_collection', 2], ['external_provision', 1], ['purpose_change', 1]],
    groups: [{ subject: '被保護者', items: ['氏名', '住所', '生年月日', 'ケース番号', '保護の開始年月日', '生活保護受給状況*', '就労状況', '収入の状況'] }],
    target: '生活保護受給者及び生活困窮者',
    purpose: '生活に困窮する方の自立を支援することを目的とする。',
    centres: 'welfare',
    media: ['cpc', 'paper']
  }),
  B({
    key: 'library',
    depts: [['教育委員会事務局', ['中央図書館']], ['地域振興部', ['図書館課']]],
    names: ['図書館運営事業', '電子書籍貸出サービス事業'],
    works: ['窓口業務', 'システム運用保守', '指定管理'],
    system: '図書館情報システム',
    links: [['株式会社デジタルブックスが提供する電子書籍貸出サービス', 'デジタルブックス']],
    recipients: [['他の区立図書館', '図書館']],
    sources: ['他の区立図書館'],
    reuse: ['住民基本台帳の情報', '利用登録の確認'],
    procs: [['outsourcing', 4], ['external_link', 2], ['computer_processing', 1]],
    groups: [{ subject: '利用者', items: ['利用者番号', '氏名', '住所', '生年月日', '電話番号', 'メールアドレス', '貸出履歴'] }],
    target: '図書館の利用登録者',
    purpose: '区民の読書活動と生涯学習を支援することを目的とする。',
    media: ['wsys', 'csrv']
  }),
  B({
    key: 'gomi',
    depts: [['環境清掃部', ['ごみ減量リサイクル課']], ['環境清掃部', ['清掃事務所']]],
    names: ['粗大ごみ収集事業', '資源回収事業'],
    works: ['受付センター運営', 'インターネット受付システムの運用'],
    system: '粗大ごみ受付システム',
    links: [['株式会社エコシステムズが提供する粗大ごみ受付クラウドサービス', 'エコシステムズ']],
    recipients: [['収集運搬業者', '収集運搬業者']],
    sources: ['集合住宅の管理会社'],
    reuse: ['住民基本台帳の情報', '収集日の案内'],
    procs: [['outsourcing', 5], ['external_link', 1]],
    groups: [{ subject: '申込者', items: ['氏名', '住所', '電話番号', 'メールアドレス', '排出品目', '収集日'] }],
    target: '粗大ごみの収集を申し込む区民',
    purpose: '粗大ごみの受付を円滑に行い、区民サービスの向上を図ることを目的とする。',
    media: ['csrv', 'web', 'cpc']
  }),
  B({
    key: 'corona',
    depts: [['健康部', ['保健予防課']], ['保健所', ['保健予防課']], ['健康部', ['感染症対策課']]],
    names: ['新型コロナウイルス感染症自宅療養者支援事業', '新型コロナウイルス感染症相談センター事業'],
    works: ['健康観察', 'パルスオキシメーターの配送', '電話相談'],
    system: '感染症発生動向調査システム',
    links: [['厚生労働省の新型コロナウイルス感染者等情報把握・管理支援システム(HER-SYS)', 'HER-SYS']],
    recipients: [['東京都', '東京都']],
    sources: ['医療機関'],
    reuse: ['住民基本台帳の情報', '自宅療養者の支援'],
    procs: [['outsourcing', 4], ['external_link', 2], ['indirect_collection', 1], ['external_provision', 1]],
    groups: [{ subject: '療養者', items: ['氏名', '住所', '電話番号', '生年月日', '発症日*', '症状*', '基礎疾患の有無*', '療養期間*'] }],
    target: '新型コロナウイルス感染症の自宅療養者',
    purpose: '自宅療養者の健康状態を把握し、症状の悪化に速やかに対応することを目的とする。',
    years: [2020, 2022],
    media: ['cpc', 'paper']
  }),
  B({
    key: 'jinji',
    depts: [['総務部', ['人事課', '職員課']]],
    names: ['職員健康診断事業', 'ストレスチェック実施事業@2015-2025'],
    works: ['健診結果のデータ化', 'ストレスチェックの実施@2015-2025'],
    system: '職員健康管理システム',
    links: [['株式会社ヘルスケアネットが提供する健康管理クラウドサービス', 'ヘルスケアネット']],
    recipients: [['共済組合', '共済組合']],
    sources: ['健診機関'],
    reuse: ['人事給与システムの情報', '健康管理'],
    procs: [['outsourcing', 4], ['external_link', 1], ['indirect_collection', 1]],
    groups: [{ subject: '職員', items: ['職員番号', '氏名', '所属', '生年月日', '性別', '健診結果*', 'ストレスチェック結果*@2015-2025'] }],
    target: '区の職員',
    purpose: '職員の健康の保持増進を図ることを目的とする。',
    media: ['removable', 'csrv']
  }),
  B({
    key: 'bousai',
    depts: [['総務部', ['危機管理課', '防災課']], ['危機管理室', ['防災課']]],
    names: ['避難行動要支援者支援事業', '防災行政無線戸別受信機貸与事業'],
    works: ['名簿の作成', '個別避難計画の作成'],
    system: '避難行動要支援者システム',
    links: [['東京都が運用する災害情報システム', '災害情報システム']],
    recipients: [['区内の町会・自治会及び民生委員', '民生委員'], ['所轄の警察署及び消防署', '消防署']],
    sources: ['介護サービス事業所'],
    reuse: ['住民基本台帳及び要介護認定の情報', '避難行動要支援者名簿の作成'],
    procs: [['external_provision', 3], ['purpose_change', 3], ['outsourcing', 2]],
    groups: [{ items: ['氏名', '住所', '生年月日', '性別', '電話番号', '要介護度*', '障害の種別*', '避難支援者|氏名'] }],
    target: '災害時に自ら避難することが困難な区民',
    purpose: '災害時の避難支援を円滑に行うことを目的とする。',
    media: ['paper', 'wsys']
  }),
  B({
    key: 'jutaku',
    depts: [['都市計画部', ['住宅課']], ['都市整備部', ['住宅課']]],
    names: ['区営住宅管理事業', '高齢者住宅あっせん事業'],
    works: ['指定管理', '入居者募集'],
    system: '住宅管理システム',
    links: [['東京都住宅供給公社の住宅管理システム', '住宅供給公社']],
    recipients: [['東京都住宅供給公社', '住宅供給公社']],
    sources: ['勤務先'],
    reuse: ['住民税の課税情報', '使用料の算定'],
    procs: [['outsourcing', 4], ['external_provision', 1], ['purpose_change', 1]],
    groups: [
      { subject: '申込者', items: ['氏名', '住所', '電話番号', '生年月日', '収入額'] },
      { subject: '世帯員', items: ['氏名', '続柄', '生年月日'] }
    ],
    target: '区営住宅の入居者及び入居希望者',
    purpose: '住宅に困窮する世帯に良好な住宅を提供することを目的とする。',
    media: ['cpc', 'paper']
  }),
  B({
    key: 'senkyo',
    depts: [['選挙管理委員会事務局', []]],
    names: ['選挙執行事務', '期日前投票事務'],
    works: ['投票所入場整理券の印刷及び発送', '期日前投票システムの運用'],
    system: '選挙システム',
    links: [['総務省の選挙人名簿照合システム', '選挙人名簿照合システム']],
    recipients: [['他の区市町村の選挙管理委員会', '選挙管理委員会']],
    sources: ['他の区市町村の選挙管理委員会'],
    reuse: ['住民基本台帳の情報', '選挙人名簿の調製'],
    procs: [['outsourcing', 4], ['computer_processing', 1], ['external_link', 1]],
    groups: [{ subject: '選挙人', items: ['氏名', '住所', '生年月日', '性別', '投票区', '選挙人名簿の登録番号'] }],
    target: '区の選挙人名簿に登録されている方',
    purpose: '選挙を適正かつ円滑に執行することを目的とする。',
    media: ['removable', 'paper']
  }),
  B({
    key: 'shisetsu',
    depts: [['地域振興部', ['生涯学習スポーツ課', '地域コミュニティ課']], ['文化観光産業部', ['文化観光課']]],
    names: ['施設予約システム運用事業', '区民施設利用登録事務'],
    works: ['システム運用保守', '利用登録受付'],
    system: '施設予約システム',
    links: [['株式会社シティクラウドが提供する施設予約クラウドサービス', 'シティクラウド']],
    recipients: [['指定管理者', '指定管理者']],
    sources: ['利用団体の代表者'],
    reuse: ['住民基本台帳の情報', '利用登録の確認'],
    procs: [['outsourcing', 4], ['external_link', 2], ['computer_processing', 1]],
    groups: [{ subject: '利用者', items: ['利用者ID', '氏名', '住所', '電話番号', 'メールアドレス', '団体名'] }],
    target: '区民施設の利用者',
    purpose: '区民施設の予約を円滑にし、区民の利便性を向上させることを目的とする。',
    media: ['csrv', 'web']
  }),
  B({
    key: 'kosodate',
    depts: [['子ども家庭部', ['子ども家庭支援課']], ['子ども家庭部', ['子ども総合センター']]],
    names: ['子どもショートステイ事業', '養育支援訪問事業', 'ファミリー・サポート・センター事業'],
    works: ['利用受付', '訪問支援', '運営'],
    system: '子ども家庭支援システム',
    links: [['東京都の児童相談所システム', '児童相談所']],
    recipients: [['児童相談所', '児童相談所']],
    sources: ['保育園及び学校'],
    reuse: ['乳幼児健診の情報', '支援が必要な家庭の把握'],
    procs: [['outsourcing', 4], ['indirect_collection', 1], ['external_provision', 1], ['purpose_change', 1]],
    groups: [
      { subject: '保護者', items: ['氏名', '住所', '電話番号'] },
      { subject: '児童', items: ['氏名', '生年月日', '健康状態*', '養育状況'] }
    ],
    target: '養育支援が必要な家庭',
    purpose: '子育て家庭の養育を支援し、児童の健やかな成長を図ることを目的とする。',
    media: ['cpc', 'paper']
  }),
  B({
    key: 'ishiki',
    depts: [['政策経営部', ['企画政策課', '広報課']], ['総合政策部', ['政策企画課']]],
    names: ['区民意識調査', '区政モニター事業'],
    works: ['調査票の発送及び集計', '集計'],
    system: '電子申請システム',
    links: [['株式会社アンケートクラウドが提供するアンケート集計サービス', 'アンケートクラウド']],
    recipients: [['調査研究機関', '調査研究機関']],
    sources: ['町会・自治会'],
    reuse: ['住民基本台帳の情報', '調査対象者の無作為抽出'],
    procs: [['outsourcing', 4], ['purpose_change', 1], ['external_link', 1]],
    groups: [{ subject: '回答者', items: ['年齢', '性別', '居住地区', 'メールアドレス', '回答内容'] }],
    target: '無作為抽出した18歳以上の区民',
    purpose: '区民の意識や要望を把握し、区政運営の基礎資料とすることを目的とする。',
    media: ['paper', 'removable', 'web']
  }),
  B({
    key: 'nintei',
    depts: [['福祉部', ['介護保険課']], ['高齢者福祉部', ['介護保険課']]],
    names: ['要介護認定事務', '介護保険給付事務'],
    works: ['認定調査', '主治医意見書のデータ入力', '認定調査票の点検'],
    system: '介護保険システム',
    links: [['厚生労働省の要介護認定適正化事業システム', '要介護認定適正化']],
    recipients: [['東京都国民健康保険団体連合会', '国民健康保険団体連合会']],
    sources: ['主治医'],
    reuse: ['要介護認定の情報', '災害時要配慮者の把握'],
    procs: [['outsourcing', 4], ['external_provision', 2], ['indirect_collection', 1], ['external_link', 1]],
    groups: [{ items: ['被保険者番号', '氏名', '住所', '生年月日', '要介護度*', '認定調査結果*', '主治医意見書の内容*'] }],
    target: '要介護認定の申請者',
    purpose: '要介護認定を公平かつ迅速に行うことを目的とする。',
    media: ['paper', 'removable', 'cpc']
  })
];

// ---------------------------------------------------------------------------------------------
// Media

const MEDIA_WORDS: Record<MediaKey, [string, MediaCategory][]> = {
  paper: [['紙', 'paper'], ['紙媒体', 'paper'], ['紙(申込書)', 'paper'], ['紙(申請書)', 'paper'], ['紙(調査票)', 'paper']],
  removable: [['DVD-R', 'removable'], ['CD-R', 'removable'], ['USBメモリ', 'removable'], ['ＤＶＤ－Ｒ', 'removable'], ['光ディスク', 'removable']],
  cpc: [['委託先のパソコン', 'contractor_pc'], ['受託事業者の端末', 'contractor_pc'], ['委託先のPC', 'contractor_pc'], ['受託者のパソコン', 'contractor_pc']],
  csrv: [['委託先が使用するサーバ', 'contractor_server'], ['受託事業者のサーバ', 'contractor_server'], ['委託先が利用するクラウドサービス', 'contractor_server'], ['受託事業者のデータセンター', 'contractor_server']],
  web: [['委託先が運営する申込サイト', 'contractor_server'], ['委託先が管理するデータベース', 'contractor_server']],
  wsys: [['区の{system}', 'ward_system'], ['区の端末', 'ward_system'], ['庁内の端末', 'ward_system'], ['区のサーバ', 'ward_system'], ['住民記録システム', 'ward_system']],
  ext: [['結合先システム', 'external_system'], ['国のクラウドサービス', 'external_system'], ['クラウドサービス', 'external_system'], ['専用回線によるオンライン送信', 'external_system']],
  email: [['電子メール', 'email']]
};
const MEDIA_WEIGHT: Record<MediaKey, number[]> = {
  paper: [6, 2, 1, 1, 1],
  removable: [4, 3, 2, 1, 0.3],
  cpc: [5, 2, 1, 1],
  csrv: [4, 2, 1, 0.5],
  web: [3, 1],
  wsys: [4, 2, 1, 1, 0.5],
  ext: [4, 2, 1, 1],
  email: [1]
};

// ---------------------------------------------------------------------------------------------
// Safeguard sentences

const GROUP_OF = new Map(TAXONOMY.map((c) => [c.code, c.group]));
const CLAUSE_ONLY = new Set(TAXONOMY.filter((c) => c.clauseOnly).map((c) => c.code));

/** A safeguard wording the generator can write: its categories and what it presupposes. */
interface Sentence {
  categories: string[];
  text: string;
  /** Written about the contractor (causative, or the contractor as subject). */
  contractor: boolean;
  /** Mentions the contractor at all: only outsourcing matters can carry it. */
  outsourcingOnly: boolean;
  technical: boolean;
  /** Media the sentence presupposes. */
  needs: MediaKey[][];
}

function mediaNeeds(t: string): MediaKey[][] {
  const needs: MediaKey[][] = [];
  if (/DVD|ＤＶＤ|CD－Ｒ|ＣＤ|CD-R|USB|ＵＳＢ|電子媒体|記録媒体|データ媒体|バックアップ媒体/.test(t)) needs.push(['removable']);
  if (/パソコン|ＰＣ|PC|端末/.test(t)) needs.push(['cpc', 'wsys']);
  if (/サーバ|データベース|データセンター/.test(t)) needs.push(['csrv', 'web', 'wsys']);
  if (/メール|申込|ＢＣＣ|BCC|サイト|フォーム/.test(t)) needs.push(['email', 'web']);
  if (/紙|書類|書庫|名簿|帳票/.test(t)) needs.push(['paper']);
  if (/外部結合|LGWAN/.test(t)) needs.push(['ext']);
  return needs;
}

function prepareSentences(labelled: LabelledSentence[]): Sentence[] {
  return labelled
    .filter((s) => s.expected.length > 0)
    .map((s) => ({ categories: s.expected, text: s.text }))
    .filter((s) => !/[甲乙]/.test(s.text) && !s.categories.some((c) => CLAUSE_ONLY.has(c)) && s.categories.every((c) => GROUP_OF.has(c)))
    .map((s) => ({
      ...s,
      contractor: /させ|行わせ|受けさせ|受託者は|委託先は|受託事業者は|委託先に|受託者に|受託事業者に/.test(s.text),
      outsourcingOnly: /受託|委託|事業者|業者|貸与|再委託/.test(s.text),
      technical: s.categories.every((c) => GROUP_OF.get(c) === 'technical'),
      needs: mediaNeeds(s.text)
    }));
}

/** The sentence as this municipality writes it: its own name for another city's, 区 or 市. */
function adaptSentence(text: string, m: Municipality): string {
  let t = text.replace(/横浜市|大阪市/g, m.name);
  if (!m.city) t = t.replace(/本市/g, '区');
  return localize(t, m);
}

// ---------------------------------------------------------------------------------------------
// Annex clauses (特記事項)

interface Clause {
  heading: string;
  body: string[];
  categories: string[];
}

/** The standard 21-paragraph annex of the Shinjuku form; `{muni}` is the municipality. */
const STANDARD_ANNEX: Clause[] = [
  { heading: '基本的事項', categories: ['general_duty'], body: ['乙は、個人情報の保護及び情報セキュリティの重要性について十分な認識を持ち、この契約による業務(以下「業務」という。)を行うに当たっては、必要な措置を講じなければならない。'] },
  { heading: '秘密の保持', categories: ['confidentiality'], body: ['乙は、業務に関して知り得た個人情報を一切第三者に漏らしてはならない。この契約が終了した後においても同様とする。'] },
  { heading: '適正収集', categories: ['collection_limit'], body: ['乙は、業務を行うために個人情報を収集するときは、その利用目的をできる限り特定し、その利用目的を達成するために必要な最小限の範囲内で、公正かつ適正な手段によって収集しなければならない。'] },
  { heading: '本人収集及び利用目的の明示', categories: ['collection_limit'], body: ['乙は、業務を行うために個人情報を収集するときは、本人に対しその利用目的を明示し、かつ、本人から直接これを収集しなければならない。ただし、甲の承諾があるときは、この限りではない。'] },
  {
    heading: '収集禁止事項',
    categories: ['collection_limit'],
    body: ['乙は、業務を行うに当たっては、甲の承諾があるときを除き、次に掲げる事項に関する個人情報の収集を行ってはならない。', '(1) 思想、信条及び宗教に関する事項', '(2) 社会的差別の原因となる事実に関する事項', '(3) 犯罪に関する事項', '(4) その他区民の個人的秘密が侵害されるおそれがあると甲が認めた事項']
  },
  { heading: '持出しの禁止', categories: ['takeout_limit'], body: ['乙は、業務を行うに当たっては、個人情報を甲が指定した場所の外へ持ち出してはならない。ただし、甲の承諾があるときは、この限りではない。'] },
  { heading: '目的外利用及び第三者への提供等の禁止', categories: ['purpose_limit'], body: ['乙は、業務に関して知り得た個人情報を、この契約の目的以外に利用し、又は第三者に提供し、若しくは使用させてはならない。'] },
  { heading: '適正な管理', categories: ['locked_storage'], body: ['乙は、業務に伴い取り扱う個人情報について、施錠できる保管庫に保管する等善良な管理者の注意をもって保管及び管理にあたらなければならない。'] },
  { heading: '複写等の禁止', categories: ['copy_limit'], body: ['乙は、業務を行うために甲から提供され、又は乙が収集した個人情報を複写し、又は複製してはならない。'] },
  { heading: '再委託の禁止', categories: ['subcontract_limit'], body: ['乙は、業務を行うに当たって、個人情報を取り扱う業務を一切第三者に委託してはならない。'] },
  {
    heading: '資料等の返還等',
    categories: ['return_erasure'],
    body: ['乙は、業務を行うために甲から提供され、又は乙が収集し、若しくは作成した個人情報が記録された資料等が不要になったとき及び業務終了後は、当該資料等を甲に返還し、又は引き渡し、乙が業務を行うに当たり乙の電子計算機を使用した場合には、当該電子計算機に記録された業務に係る個人情報を消去する。ただし、甲が別に指示したときは、その指示に従う。']
  },
  { heading: '', categories: ['erasure_proof'], body: ['乙は、個人情報を消去した場合には、消去をしたことの記録を保存するとともに、甲に対して消去をしたことの証明書を提出するものとする。なお、甲は、必要に応じ、消去の状況について確認を行うものとする。'] },
  { heading: '個人情報を取り扱う従事者の指定', categories: ['responsible_staff'], body: ['乙は、業務を行うに当たっては、個人情報を取り扱わせる取扱責任者及び取扱者を指定し、甲に報告するものとする。'] },
  { heading: '業務に関する報告', categories: ['status_report'], body: ['乙は、甲の求めがあった場合は、業務に関する個人情報の取扱い状況の報告を行うものとする。'] },
  { heading: '監査等', categories: ['audit'], body: ['甲は、乙に課した情報保護対策({muni}情報公開・個人情報保護審議会への報告内容等)に基づき、乙が適正に業務を実施していることを立入り調査等により確認するものとする。'] },
  { heading: '', categories: ['audit'], body: ['前項による確認は、年度当たり1回以上行うものとする。'] },
  { heading: '', categories: ['audit'], body: ['乙は、第15項による甲の確認の際には業務の実施状況を明らかにするほか、業務に関する個人情報の管理状況について甲の立入調査等による監査を受けるものとする。'] },
  { heading: '従事者に対する教育', categories: ['training'], body: ['乙は、乙の従事者に対する個人情報の適正な管理及び情報セキュリティに関する教育を実施するとともに、{muni}個人情報保護条例について周知するものとする。'] },
  { heading: '事故発生時等における報告', categories: ['incident_response'], body: ['乙は、業務に関する個人情報の取扱いに関して事故が発生し、若しくは発生するおそれがあるとき又は前各項に掲げる事項に違反したときは、速やかに甲に対して通知するとともに、その状況について書面をもって報告し、甲の指示に従うものとする。'] },
  { heading: '公表等', categories: ['publication'], body: ['甲は、乙が前各項に掲げる事項に違反し、又は怠ったときは、乙に対して改善等に向けた指導を行うとともに、その事実を公表することができる。'] },
  { heading: '損害の賠償', categories: ['liability'], body: ['乙は、第1項から第19項までに掲げる事項に違反し、又は怠ったことにより甲又は第三者に損害を与えたときは、その損害を賠償するものとする。'] }
];

/** Clause kinds for annexes of other wards: headings and wordings that name one duty each. */
const CLAUSE_KINDS: { code: string; headings: string[]; bodies: string[] }[] = [
  {
    code: 'general_duty',
    headings: ['基本的事項'],
    bodies: [
      '乙は、個人情報の保護の重要性を認識し、この契約による業務を実施するに当たっては、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。',
      '乙は、個人情報保護及び情報セキュリティの重要性を十分に理解し、業務の遂行に当たっては必要な措置を講ずるものとする。'
    ]
  },
  {
    code: 'confidentiality',
    headings: ['秘密の保持', '秘密保持'],
    bodies: ['乙は、この契約による業務に関して知り得た秘密を、契約期間中はもとより契約が終了した後においても、他に漏らしてはならない。', '乙は、業務に関して知り得た個人情報を一切第三者に漏らしてはならない。この契約が終了した後においても同様とする。']
  },
  {
    code: 'collection_limit',
    headings: ['収集の制限', '適正な収集'],
    bodies: ['乙は、業務に必要な範囲を超えて個人情報を収集してはならない。', '乙は、業務を行うために個人情報を収集するときは、その利用目的を達成するために必要な最小限の範囲内で、公正かつ適正な手段によって収集しなければならない。']
  },
  {
    code: 'purpose_limit',
    headings: ['目的外利用及び第三者提供の禁止', '目的外利用等の禁止'],
    bodies: ['乙は、業務上知り得た個人情報を契約の目的以外に使用し、又は第三者に提供してはならない。']
  },
  {
    code: 'takeout_limit',
    headings: ['持出しの禁止'],
    bodies: ['乙は、甲の指示又は承諾がある場合を除き、個人情報を作業場所から持ち出してはならない。', '乙は、業務を行うに当たっては、個人情報を甲が指定した場所の外へ持ち出してはならない。']
  },
  { code: 'copy_limit', headings: ['複写又は複製の禁止', '複写等の禁止'], bodies: ['乙は、甲の承諾なく、提供を受けた資料を複写し、又は複製してはならない。'] },
  {
    code: 'subcontract_limit',
    headings: ['再委託の禁止', '再委託の制限'],
    bodies: ['乙は、甲の書面による承諾を得た場合を除き、個人情報の取扱いを伴う業務を再委託してはならない。', '乙は、業務を行うに当たって、個人情報を取り扱う業務を一切第三者に委託してはならない。']
  },
  {
    code: 'locked_storage',
    headings: ['適正な管理', '保管及び管理'],
    bodies: ['乙は、業務に伴い取り扱う個人情報について、施錠できる保管庫に保管する等善良な管理者の注意をもって保管及び管理にあたらなければならない。']
  },
  { code: 'return_erasure', headings: ['資料等の返還', '返還及び廃棄'], bodies: ['乙は、業務終了後、甲から提供された記録媒体を甲に返還しなければならない。'] },
  { code: 'erasure_proof', headings: ['廃棄の証明', '消去の証明'], bodies: ['乙は、個人情報を廃棄したときは、廃棄証明書を甲に提出しなければならない。'] },
  {
    code: 'responsible_staff',
    headings: ['取扱責任者等の指定', '従事者の指定'],
    bodies: ['乙は、業務を行うに当たっては、個人情報を取り扱わせる取扱責任者及び取扱者を指定し、甲に報告するものとする。']
  },
  { code: 'status_report', headings: ['取扱状況の報告', '業務に関する報告'], bodies: ['乙は、甲から求められたときは、個人情報の管理の状況について速やかに報告しなければならない。'] },
  {
    code: 'audit',
    headings: ['立入調査', '監査等'],
    bodies: ['甲は、この契約に係る個人情報の管理状況について、乙の事業所に立入検査を行うことができる。', '甲は、必要があると認めるときは、乙の作業場所に立ち入り、個人情報の管理状況を調査することができる。']
  },
  { code: 'training', headings: ['従事者への周知及び指導', '従事者に対する教育'], bodies: ['乙は、従事者に対し、この特記事項の内容を周知し、その遵守について指導しなければならない。'] },
  { code: 'work_procedure', headings: ['作業手順の遵守'], bodies: ['乙は、甲が承認した作業手順に従って個人情報を取り扱わなければならない。'] },
  {
    code: 'incident_response',
    headings: ['事故発生時における報告', '事故の報告'],
    bodies: ['乙は、個人情報の漏えい等が発生し、又は発生するおそれがあることを知ったときは、速やかに甲に報告し、その指示に従わなければならない。']
  },
  { code: 'publication', headings: ['違反の公表', '公表'], bodies: ['甲は、乙がこの特記事項に違反した場合には、その事実を公表することができる。'] },
  { code: 'liability', headings: ['損害賠償', '損害の賠償'], bodies: ['乙は、この特記事項に違反し、又は怠ったことにより甲又は第三者に損害を与えたときは、その損害を賠償しなければならない。'] }
];

// ---------------------------------------------------------------------------------------------
// The matter model: every fact decided before any text is written

interface ItemFact {
  subject: string | null;
  item: string;
  raw: string;
  sensitive: boolean;
}

interface ItemGroup {
  subject: string | null;
  items: ItemFact[];
}

interface MediumFact {
  key: MediaKey;
  word: string;
  category: MediaCategory;
}

interface Measure {
  text: string;
  categories: string[];
  technical: boolean;
  /** A noun-phrase lead-in written before the sentence (`委託契約における規定`). */
  lead?: string;
}

interface MatterFacts {
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

interface DocContext {
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
// Dates

const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function kanjiNum(n: number): string {
  if (n < 10) return KANJI[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens > 1 ? KANJI[tens] : '') + '十' + (ones ? KANJI[ones] : '');
}
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

interface DateStyle {
  kanji?: boolean;
  fullWidth?: boolean;
  spaced?: boolean;
  gannen?: boolean;
  heiseiOnly?: boolean;
}

function eraOf(iso: string, heiseiOnly = false): { era: string; year: number } {
  const y = Number(iso.slice(0, 4));
  if (iso >= '2019-05-01' && !heiseiOnly) return { era: '令和', year: y - 2018 };
  return { era: '平成', year: y - 1988 };
}

function writeDate(iso: string, st: DateStyle = {}): string {
  const { era, year } = eraOf(iso, st.heiseiOnly);
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const n = (x: number) => (st.kanji ? kanjiNum(x) : String(x));
  const y = year === 1 && st.gannen !== false ? '元' : n(year);
  let s = st.spaced ? `${era} ${y} 年 ${n(month)} 月 ${n(day)} 日` : `${era}${y}年${n(month)}月${n(day)}日`;
  if (st.fullWidth) s = toFullWidth(s);
  return s;
}

/** `令和3年度` for a fiscal year; FY2019 is 平成31年度 only when written in April 2019. */
function writeFiscalYear(fy: number, aprilOf2019 = false, heiseiOnly = false): string {
  if (fy >= 2019 && !(fy === 2019 && aprilOf2019) && !heiseiOnly) return `令和${fy === 2019 ? '元' : fy - 2018}年度`;
  return `平成${fy - 1988}年度`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const fiscalYearOf = (isoDate: string) => {
  const y = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 4 ? y : y - 1;
};
const daysIn = (y: number, m: number) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
/** Month `m` (1–12) of fiscal year `fy`, as a calendar year. */
const yearOfMonth = (fy: number, m: number) => (m >= 4 ? fy : fy + 1);

// ---------------------------------------------------------------------------------------------
// Noise

const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** PDF-style spaces: a few spaces dropped between Japanese characters. */
function pdfSpaces(rng: Rng, s: string, count = rng.int(1, 3)): string {
  const chars = [...s];
  const spots: number[] = [];
  for (let i = 1; i < chars.length; i++) if (JA.test(chars[i - 1]) && JA.test(chars[i])) spots.push(i);
  const chosen = new Set(rng.sample(spots, count));
  return chars.map((c, i) => (chosen.has(i) ? ' ' + c : c)).join('');
}

/** `会 長 平 田`: every character spaced, as a PDF prints a justified short line. */
const letterSpaced = (s: string) => [...s].join(' ');

// ---------------------------------------------------------------------------------------------
// Building one matter's facts

const COMPANIES: [string, string][] = [
  ['株式会社日本データサービス', '日本データサービス'],
  ['株式会社東京ビジネスサポート', '東京ビジネスサポート'],
  ['株式会社エンパブリック', 'エンパブリック'],
  ['株式会社ジェイ・アイ・エス', 'ジェイ・アイ・エス'],
  ['株式会社首都圏コールセンター', '首都圏コールセンター'],
  ['株式会社アクティブ情報処理', 'アクティブ情報処理'],
  ['株式会社みらい印刷', 'みらい印刷'],
  ['株式会社ケアサポートジャパン', 'ケアサポートジャパン'],
  ['株式会社地域システム研究所', '地域システム研究所'],
  ['株式会社サンライズメディカル', 'サンライズメディカル'],
  ['東日本データ株式会社', '東日本データ'],
  ['株式会社NTシステムズ', 'NTシステムズ'],
  ['特定非営利活動法人まちづくりネット', 'まちづくりネット']
];

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

function union(lists: string[][]): string[] {
  const out: string[] = [];
  for (const l of lists) for (const c of l) if (!out.includes(c)) out.push(c);
  return out;
}

const PROCEDURE_WORDS: Record<Procedure, string[]> = {
  outsourcing: ['業務委託', '外部委託'],
  external_link: ['外部結合', '電子計算組織の結合'],
  purpose_change: ['目的外利用'],
  indirect_collection: ['本人外収集', '本人以外からの収集'],
  external_provision: ['外部提供'],
  computer_processing: ['電子計算機処理', '電子計算機による処理'],
  other: ['その他']
};

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

function buildMatter(ctx: DocContext, markerNo: number): MatterFacts {
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

function goldOf(m: Municipality, f: MatterFacts): GoldMatter {
  const items: GoldDataItem[] = [];
  const sensitive: string[] = [];
  for (const g of f.groups)
    for (const it of g.items) {
      items.push(it.subject ? { item: it.item, subject: it.subject } : { item: it.item });
      if (it.sensitive && !sensitive.includes(it.item)) sensitive.push(it.item);
    }
  const media: MediaCategory[] = [];
  for (const x of f.media) if (!media.includes(x.category)) media.push(x.category);
  return {
    title: f.title,
    municipality: m.name,
    matter_kind: f.kind,
    procedure: f.procedure,
    legal_basis: f.article,
    department: f.department,
    divisions: f.divisions,
    contractor_contains: f.contractorContains,
    period_start: f.startWritten ? f.start : null,
    period_end: f.end,
    recurring: f.start || f.end ? f.recurring : null,
    fiscal_year: f.fiscalYear,
    council_session: f.session,
    data_items: items,
    sensitive_items: sensitive,
    media,
    safeguards: {
      ward: union([...(f.management ? [f.management.categories] : []), ...f.ward.map((s) => s.categories)]),
      contractor: union(f.contractorMeasures.map((s) => s.categories))
    },
    clauses: f.clauses ? union(f.clauses.map((c) => c.categories)) : []
  };
}

function truthOf(f: MatterFacts): MatterTruth {
  return {
    items: f.groups.flatMap((g) => g.items.map((i) => ({ subject: i.subject, item: i.item, category: itemCategory(i.item), sensitive: i.sensitive }))),
    media: f.media.map((x) => ({ medium: x.word, category: x.category }))
  };
}

/** The item categories of the store contract, by what the item names. */
export function itemCategory(item: string): ItemCategory {
  if (/電話|メール|FAX|連絡先/.test(item)) return 'contact';
  if (/口座|所得|収入|負担|保険料|納付/.test(item)) return 'financial';
  if (/番号|ID|コード/.test(item)) return 'identifier';
  if (/健診|検診|介護度|妊娠|分娩|出産|身体状況|心身|接種|医療機関|かかりつけ|医|障害|病|疾患|症状|療養|発症|健康|アレルギー|問診|診療|認定調査|チェックリスト|ストレスチェック|保健指導|単胎|多胎|保護受給/.test(item)) return 'health';
  if (/続柄|家族|世帯|養育/.test(item)) return 'family';
  if (/国籍|在留|異動|転出|本籍/.test(item)) return 'residency';
  if (/氏名|生年月日|性別|住所|年齢|職業|勤務先/.test(item)) return 'identity';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Writing: shared pieces

/** The item cell's text in a layout's habit. */
function itemsText(rng: Rng, f: MatterFacts, mode: 'inline' | 'lines' | 'html'): string {
  const parts: string[] = [];
  const footnotes: string[] = [];
  const list = (g: ItemGroup, allowNotes: boolean) => {
    let n = 0;
    const written = g.items.map((it, i) => {
      let raw = it.subject && it.subject !== g.subject ? `${it.subject}の${it.raw}` : it.raw;
      if (allowNotes && n < 2 && /メール|FAX|希望/.test(it.item) && rng.chance(0.6)) {
        n++;
        raw += rng.chance(0.5) ? `(※${n})` : `※${n}`;
        const note = /メール/.test(it.item) ? rng.pick(['申込フォームによる申込者のみ', 'メールでの連絡を希望する者のみ']) : /FAX/.test(it.item) ? 'FAXによる申込者のみ' : rng.pick(['希望者のみ', '該当者のみ']);
        footnotes.push(`※${n}…${note}`);
      }
      if (i === g.items.length - 1 && rng.chance(0.08)) raw += '等';
      return raw;
    });
    return written;
  };
  const hasDot = (g: ItemGroup) => g.items.some((i) => /[・、]/.test(i.raw.replace(/\([^()]*\)/g, '')));
  for (const g of f.groups) {
    if (g.subject) {
      const words = list(g, false);
      if (!hasDot(g) && rng.chance(0.6)) parts.push(`${g.subject}の${words.join('・')}`);
      else parts.push(`${g.subject}の${words.join('、')}`);
    } else {
      const [open, close] = rng.pick([['《', '》'], ['【', '】']]);
      const header = parts.length === 0 && rng.chance(0.3) ? `${open}${f.bizName}の${rng.pick(['対象者', '申込者', '利用者'])}に係る情報項目${close} ` : '';
      parts.push(header + list(g, true).join('、'));
    }
  }
  const notes = footnotes.length ? ' ' + footnotes.join(' ') : '';
  if (mode === 'lines') return parts.join('\n') + notes;
  if (mode === 'html') {
    // A line break in a cell becomes a space: a group without a subject must come first.
    return parts.join('<br>') + (footnotes.length ? '<br>' + footnotes.join(' ') : '');
  }
  // Inline: groups after the first joined by a space only when each starts with its subject.
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) out += (f.groups[i].subject ? ' ' : '、') + parts[i];
  return out + notes;
}

function mediaText(rng: Rng, f: MatterFacts): string {
  const paper = f.media.filter((x) => x.category === 'paper').map((x) => x.word);
  const other = f.media.filter((x) => x.category !== 'paper');
  const words = other.map((x) => (x.key === 'removable' && rng.chance(0.5) ? x.word + '等' : x.word));
  const wrap = other.length > 0 && other.every((x) => ['removable', 'cpc', 'csrv', 'web'].includes(x.key)) && rng.chance(0.6);
  const electronic = wrap ? `${rng.pick(['電磁的媒体', '電子媒体', '電子データ'])}(${words.join('及び')})` : words.join('、');
  if (paper.length && other.length) return `${paper.join('、')}${wrap && rng.chance(0.6) ? '及び' : '、'}${electronic}`;
  return paper.length ? paper.join('、') : electronic;
}

const SCOPE_OPS = '【運用上の対策】';
const SCOPE_SYS = '【システム上の対策】';

/** `【運用上の対策】 1 … 2 … 【システム上の対策】 1 …` */
function shinjukuMeasures(ms: Measure[]): { ops: string[]; sys: string[] } {
  return { ops: ms.filter((s) => !s.technical).map((s) => s.text), sys: ms.filter((s) => s.technical).map((s) => s.text) };
}

function numbered(xs: string[], fw = false): string[] {
  return xs.map((x, i) => `${fw ? toFullWidth(String(i + 1)) : i + 1} ${x}`);
}

function annexText(rng: Rng, f: MatterFacts, mode: 'text' | 'html' | 'md'): string[] {
  if (!f.clauses) return [];
  const lines: string[] = [];
  const title = f.standardAnnex ? '特記事項' : rng.pick(['個人情報の取扱いに関する特記事項', '別記　個人情報取扱特記事項', '個人情報保護に関する特記事項', '特記事項']);
  lines.push(title);
  let n = 0;
  for (const c of f.clauses) {
    n++;
    const [first, ...rest] = c.body;
    if (f.clauseStyle === 'article') {
      lines.push(`第${n}条（${c.heading}）\u3000${first}`);
    } else if (f.clauseStyle === 'numbered') {
      lines.push(`第${n} ${c.heading}`);
      lines.push(first);
    } else {
      if (c.heading) lines.push(`(${c.heading})`);
      lines.push(`${mode === 'text' && rng.chance(0.15) ? '- ' : ''}${n} ${first}`);
    }
    for (const r of rest) lines.push(mode === 'text' ? ` - ${r}` : r);
  }
  return lines;
}

/**
 * Label wordings councils use for the same form row, with rough frequencies. Most are common
 * wordings; a few rarer ones (個人情報の種類, 担当課 for a department and division) are real too.
 */
const LABELS: Record<string, [string, number][]> = {
  title: [['件名', 8], ['案件名', 1]],
  department: [['担当部課', 8], ['所管課', 2], ['担当部署', 1], ['担当課', 0.5]],
  legal: [['条例の根拠', 5], ['根拠条文', 3], ['根拠規定', 1]],
  contractor: [['委託先', 8], ['委託事業者', 2], ['受託者', 1], ['委託予定先', 1]],
  items: [['個人情報の項目', 5], ['取り扱う個人情報', 3], ['対象となる個人情報', 2], ['委託する個人情報の項目', 1], ['個人情報の種類', 0.4]],
  media: [['記録媒体', 8], ['記録媒体の種類', 1], ['保存媒体', 1]],
  period: [['委託期間', 6], ['委託の期間', 2], ['契約期間', 1], ['委託予定期間', 1]],
  periodOther: [['実施期間', 3], ['実施時期', 2], ['開始時期', 2], ['利用開始時期', 1]],
  ward: [['{区}が行う対策', 4], ['{区}が講じる対策', 3], ['{区}が行う情報保護対策', 3], ['実施機関の安全管理措置', 1]],
  contractor_measures: [['受託者に行わせる対策', 4], ['委託先に講じさせる対策', 3], ['受託事業者に行わせる情報保護対策', 2], ['委託先に求める安全管理措置', 1]]
};
const label = (rng: Rng, key: keyof typeof LABELS, m: Municipality) => rng.weighted(LABELS[key]).replace('{区}', wardWord(m));

function wardWord(m: Municipality): string {
  return m.city ? '市' : '区';
}

// ---------------------------------------------------------------------------------------------
// Layout: Shinjuku (cover sheet + detail sheet + annex), text

const PROC_DETAIL: Record<Procedure, string> = {
  outsourcing: '◇電子計算機による個人情報の処理委託、個人情報の収集を伴う委託',
  external_link: '◇電子計算組織の結合',
  purpose_change: '◇個人情報の目的外利用',
  indirect_collection: '◇本人以外からの個人情報の収集',
  external_provision: '◇個人情報の外部提供',
  computer_processing: '◇電子計算機による個人情報の処理',
  other: '◇その他'
};

function renderShinjuku(ctx: DocContext, f: MatterFacts, multi: boolean): string {
  const { rng, m } = ctx;
  const ku = wardWord(m);
  const L: string[] = [];
  const kindWord = MATTER_KIND_LABELS[f.kind];
  if (multi) L.push(f.marker as string, '');
  L.push(rng.pick([`${m.council} 諮問・報告事項`, `${m.council} ${kindWord}事項`]), '');
  const title = rng.chance(0.15) ? pdfSpaces(rng, f.title, 1) : f.title;
  if (rng.chance(0.15)) L.push('件', '', '名', '', title, '');
  else L.push(`件名\t${title}`, '----\t' + '-'.repeat(rng.int(4, 34)), '');
  L.push('内容は別紙のとおり', '', '条例の根拠', '', rng.chance(0.2) ? `**【${kindWord}】**` : `【${kindWord}】`, '');
  const art = ctx.fullWidth ? toFullWidth(f.article) : f.article;
  L.push(`◇${art}（${rng.pick(PROCEDURE_WORDS[f.procedure])}）`, '');
  L.push(`（担当部課：${f.department}${f.divisionsWritten}）`, '');
  L.push(rng.chance(0.2) ? '## 事業の概要' : '事業の概要', '');
  L.push(`事業名\t${f.bizName}`);
  if (f.divisionsWritten) L.push(`担当課\t${f.divisionsWritten.replace(/^、/, '')}`);
  L.push(`目的\t${localize(f.biz.purpose, m)}`);
  L.push(`対象者\t${localize(f.biz.target, m)}`);
  const content = [`1 概要`, `${localize(f.biz.purpose, m).replace(/ことを目的とする。$/, 'ため、')}${f.bizName}を実施している。`];
  if (f.procedure === 'outsourcing') content.push('2 委託の内容', `(1) ${f.work}`, `(2) 実績報告書の作成・提出`);
  content.push(`※個人情報の流れは、資料${rng.int(1, 60)}-1のとおり`);
  const contentCell = rng.chance(0.4) ? content.map((c) => `<p>${c}</p>`).join(' ') : content.join(' ');
  L.push(`事業内容\t${rng.chance(0.2) ? pdfSpaces(rng, contentCell, 3) : contentCell}`);
  L.push('');
  if (rng.chance(0.3)) L.push('\f');
  const reportWord = f.kind === 'report' ? '報告事項' : '諮問事項';
  L.push(`${PROC_DETAIL[f.procedure]}(${f.article})${rng.pick(['・・・', '…'])}${reportWord}`, '');
  L.push(rng.chance(0.2) ? `**件名 ${f.title}**` : `件名 ${f.title}`, '');
  if (f.divisionsWritten) L.push(`保有課(担当課)\t${f.divisionsWritten.replace(/^、/, '')}`);
  L.push(`登録業務の名称\t${f.bizName}`);
  const itemsCell0 = itemsText(rng, f, 'inline');
  const itemsCell = rng.chance(0.08) ? pdfSpaces(rng, itemsCell0, 1) : itemsCell0;
  const mediaCell = mediaText(rng, f);
  const ops = (ms: Measure[]) => {
    const { ops: o, sys } = shinjukuMeasures(ms);
    const parts: string[] = [];
    if (o.length) parts.push(`${SCOPE_OPS} ${numbered(o, ctx.fullWidth).join(' ')}`);
    if (sys.length) parts.push(`${SCOPE_SYS} ${numbered(sys, ctx.fullWidth).join(' ')}`);
    return parts.join(' ');
  };
  const htmlMeasures = (ms: Measure[]) => {
    const { ops: o, sys } = shinjukuMeasures(ms);
    const parts: string[] = [];
    const list = (xs: string[]) => `<ol style="list-style-type: none;"> ${numbered(xs).map((x) => `<li>${x}</li>`).join(' ')} </ol>`;
    if (o.length) parts.push(`<p>${SCOPE_OPS}</p> ${list(o)}`);
    if (sys.length) parts.push(`<p>${SCOPE_SYS}</p> ${list(sys)}`);
    return parts.join(' ');
  };
  /** A measures row: one line, or broken over a page with the rest on label-less lines. */
  const measureRow = (label: string, ms: Measure[]) => {
    if (ms.length === 0) return;
    const style = rng.weighted<'flat' | 'html' | 'list'>([['flat', 5], ['html', 2], ['list', 2]]);
    if (style === 'html') {
      L.push(`${label}\t${htmlMeasures(ms)}`);
      return;
    }
    if (style === 'list') {
      const { ops: o, sys } = shinjukuMeasures(ms);
      const nums = (xs: string[]) => numbered(xs, ctx.fullWidth);
      const oo = nums(o);
      const ss = nums(sys);
      if (oo.length) {
        L.push(`${label}\t${SCOPE_OPS} ${oo[0]}`);
        for (const x of oo.slice(1)) L.push(`- ${x}`);
        if (ss.length) L.push('', SCOPE_SYS, '');
      } else L.push(`${label}\t${SCOPE_SYS}`);
      for (const x of ss) L.push(`- ${x}`);
      L.push('');
      return;
    }
    const text = ops(ms);
    if (rng.chance(0.25) && text.length > 80) {
      const cut = rng.int(40, text.length - 20);
      L.push(`${label}\t${text.slice(0, cut)}`, '', `\t${text.slice(cut)}`);
    } else L.push(`${label}\t${rng.chance(0.15) ? pdfSpaces(rng, text, 2) : text}`);
  };
  switch (f.procedure) {
    case 'outsourcing': {
      L.push(`委託先\t${rng.chance(0.1) ? pdfSpaces(rng, f.contractor ?? '未定', 1) : (f.contractor ?? '未定')}`);
      if (rng.chance(0.2)) {
        const [a, b] = [itemsCell.slice(0, Math.floor(itemsCell.length / 2)), itemsCell.slice(Math.floor(itemsCell.length / 2))];
        const cutAt = a.lastIndexOf('、');
        if (cutAt > 0) {
          L.push(`委託に伴い事業者に処理させる情報項目(だれの、\t${a.slice(0, cutAt + 1)}`, `どのような項目か)\t${a.slice(cutAt + 1)}${b}`);
        } else L.push(`委託に伴い事業者処理させる情報項目(だれの、どのような項目か)\t${itemsCell}`);
      } else L.push(`委託に伴い事業者処理させる情報項目(だれの、どのような項目か)\t${rng.chance(0.2) ? `<p>${itemsCell}</p>` : itemsCell}`);
      L.push(`${rng.chance(0.2) ? '処理させる情報項目の記 録媒体' : '処理させる情報項目の記録媒体'}\t${mediaCell}`);
      L.push(`委託理由\t専門的な知識とノウハウを有する事業者に委託することで、${f.work}を効率的かつ確実に実施することができるため。`);
      L.push(`委託の内容\t1 ${f.work} 2 実績報告書の作成・提出`);
      L.push(`委託の開始時期及び期限\t${f.periodText ?? ''}`);
      measureRow(`委託にあたり${ku}が行う情報保護対策`, f.ward);
      measureRow('受託事業者に行わせる情報保護対策', f.contractorMeasures);
      break;
    }
    case 'external_link':
      L.push(`結合先\t${f.contractor}`);
      L.push(`結合する情報項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`結合の理由\t${localize(f.biz.purpose, m)}`);
      L.push(`結合の方法\t${ku}が用意する端末から、インターネット回線を通じて結合先システムに接続する。`);
      if (f.periodText) L.push(`結合の開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
      break;
    case 'purpose_change':
      L.push(`目的外利用する情報項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`目的外利用の理由\t${f.biz.reuse[1]}のため、${f.biz.reuse[0]}を利用する必要がある。`);
      if (f.periodText) L.push(`利用開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
      break;
    case 'indirect_collection':
      L.push(`収集先\t${localize(f.biz.sources[0], m)}`);
      L.push(`収集する情報項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`本人以外から収集する理由\t本人から収集することが困難であり、事業の実施に必要なため。`);
      if (f.periodText) L.push(`収集の開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
      break;
    case 'external_provision':
      L.push(`提供先\t${f.contractor}`);
      L.push(`提供する情報項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`提供の理由\t${localize(f.biz.purpose, m)}`);
      if (f.periodText) L.push(`提供の開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
      break;
    default:
      L.push(`記録項目\t${itemsCell}`);
      L.push(`記録媒体\t${mediaCell}`);
      L.push(`処理の理由\t${localize(f.biz.purpose, m)}`);
      if (f.periodText) L.push(`処理の開始時期\t${f.periodText}`);
      measureRow(`${ku}が行う情報保護対策`, f.ward);
  }
  L.push('');
  const annex = annexText(rng, f, 'text');
  if (annex.length) {
    L.push('');
    for (const a of annex) L.push(a, '');
  }
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Layout: Edogawa (議案 with 諮問書 and 項目/内容 tables), text with Markdown left-overs

const PEOPLE = ['平田 善信', '山本 和子', '佐藤 正人', '高橋 誠', '中村 恵子', '小林 弘', '加藤 敏夫', '吉田 美穂'];

function renderEdogawa(ctx: DocContext, f: MatterFacts, first: boolean): string {
  const { rng, m } = ctx;
  const ku = wardWord(m);
  const L: string[] = [];
  const sp = (s: string) => (rng.chance(0.5) ? s.replace(/(\d+)/g, ' $1 ').replace(/ +/g, ' ').trim() : s);
  const chief = `${f.department}${f.divisionsWritten}`;
  const chiefWritten = chief.length > 22 && rng.chance(0.5) ? `${chief.slice(0, 20)}  \n${chief.slice(20)}` : chief;
  L.push(`# ${f.gian}`, '');
  if (first || rng.chance(0.3)) L.push(f.session as string, '');
  L.push(`${m.council}資料`, '');
  L.push(`件名：「${f.title}」`, '');
  L.push(`主管課：${chiefWritten}`, '');
  L.push('添付資料', '', '- |           |             |', '|-----------|-------------|', '| (1) 諮問書   | p. 1        |', `| (2) 諮問依頼書 | p. 2 ~ p. ${rng.int(4, 8)}        |`, '');
  L.push(`${m.council}  `, `${letterSpaced('会長')} ${letterSpaced(ctx.chair.replace(' ', ''))} 殿`, '');
  L.push(`${m.name}長 ${letterSpaced(ctx.mayor.replace(' ', ''))}`, '');
  L.push(`${m.ordinance}の規定による諮問について（諮問）`, '');
  L.push(`${m.ordinance}${sp(f.article)}の規定に基づき、下記の事項について意見を求めます。`, '', '記', '');
  const reason: Record<Procedure, string> = {
    outsourcing: `${f.bizName}の${f.work}業務について、電子計算組織による個人情報の処理が含まれており、当該業務を民間事業者に委託することが、${m.ordinance}${f.article}に規定する個人情報ファイルに係る業務の処理の外部委託に該当するため`,
    external_link: `${f.contractor}と${m.name}が用意する端末を結合することが${m.ordinance}${f.article}に規定する${ku}の機関以外の電子計算組織との通信回線による結合に該当するため`,
    purpose_change: `${f.biz.reuse[0]}を${f.biz.reuse[1]}のために利用することが、${m.ordinance}${f.article}に規定する目的外利用に該当するため`,
    indirect_collection: `${localize(f.biz.sources[0], m)}から個人情報を収集することが、${m.ordinance}${f.article}に規定する本人以外からの収集に該当するため`,
    external_provision: `${f.contractor}に個人情報を提供することが、${m.ordinance}${f.article}に規定する外部提供に該当するため`,
    computer_processing: `${localize(f.biz.system, m)}により個人情報を処理することが、${m.ordinance}${f.article}に規定する電子計算機処理に該当するため`,
    other: ''
  };
  L.push('- 1 諮問事項  ', f.title, '- 2 諮問理由  ', reason[f.procedure], '- 3 諮問関係資料  ', '別紙諮問依頼書（写）のとおり', '- 4 担当部課  ', chief, '');
  L.push('# 写', '');
  const month = ctx.sessionMonth;
  const letterDate = iso(yearOfMonth(ctx.fy, month), month, rng.int(1, 20));
  L.push(`${eraOf(letterDate).year} ${(f.divisions[0] ?? f.department).slice(0, 2)}送第 ${rng.int(1, 40)} 号  `, writeDate(letterDate, { spaced: true, heiseiOnly: ctx.heiseiOnly }), '');
  L.push(`${letterSpaced('総務部長')} 殿`, '', letterSpaced(f.department), '');
  L.push(`## ${m.council}への諮問について(依頼)`, '');
  L.push(`${m.ordinance}${sp(f.article)}に基づき、下記の事項について${m.council}に諮問願います。`, '', '### 記', '');
  L.push('#### 1 諮問事項', '', f.title, '', '#### 2 諮問理由', '', reason[f.procedure], '');
  L.push('#### 3 実施目的', '', localize(f.biz.purpose, m), '');
  L.push('#### 4 実施時期', '', `${writeFiscalYear(ctx.fy, false, ctx.heiseiOnly).replace(/度$/, '')}${month}月 審査会への諮問  `, `${month === 3 ? 4 : (month % 12) + 1}月 ${f.procedure === 'outsourcing' ? '外部委託開始' : '運用開始'}`, '');
  L.push('5 担当部課', '', `${chief}(以下「担当課」という。)`, '');
  const tableHead = rng.chance(0.5) ? '項 目\t内 容' : '項目\t内容';
  const numberedMeasures = (ms: Measure[], actor: Actor) => {
    if (actor === 'contractor') {
      const led = ms.filter((s) => s.lead);
      const rest = ms.filter((s) => !s.lead);
      const parts = led.map((s, i) => `${i + 1} ${s.lead} ${s.text}`);
      if (rest.length) parts.push(`${led.length + 1} 委託業務に係る個人情報保護対策 ${rest.map((s, i) => `(${i + 1}) ${s.text}`).join(' ')}`);
      return parts.join(' ');
    }
    const groups: [string, Measure[]][] = [
      ['物理的セキュリティ対策', ms.filter((s) => s.categories.every((c) => GROUP_OF.get(c) === 'physical'))],
      ['人的セキュリティ対策', ms.filter((s) => s.categories.every((c) => GROUP_OF.get(c) === 'human'))]
    ];
    const rest = ms.filter((s) => !groups.some(([, g]) => g.includes(s)));
    groups.push(['運用上のセキュリティ対策', rest]);
    let n = 0;
    return groups
      .filter(([, g]) => g.length > 0)
      .map(([h, g]) => `${++n} ${h} ${g.map((s, i) => `(${i + 1}) ${s.text}`).join(' ')}`)
      .join(' ');
  };
  if (f.procedure === 'external_link') {
    L.push('#### 6 システム及び外部結合の内容', '', tableHead);
    L.push(`業務の内容\t${ku}が${f.contractor}を利用して行う業務は以下のとおり 1 ${f.bizName}に係る情報の入力 2 帳票の出力`);
    L.push(`結合先\t${f.contractor}`);
    L.push(`システムの結合方法\t担当課に設置された端末からインターネットを通じてアクセスする。`);
    L.push(`運用方法\t1 システム管理者 ${f.department}${f.divisions[0] ?? ''}長 2 システム運用責任者 ${(f.divisions[0] ?? f.department).replace(/課$/, '')}係長`, '');
    L.push('#### 7 個人情報の保護対策', '', tableHead);
  } else {
    L.push(`#### 6 業務の内容及び個人情報の保護対策`, '', tableHead);
    L.push(`業務の内容\t${f.procedure === 'outsourcing' ? `委託事業者は以下の業務を行う。 1 ${f.work}` : `${f.bizName}に係る事務`}`);
    if (f.contractor) L.push(`${f.procedure === 'outsourcing' ? '委託先' : f.procedure === 'external_provision' ? '提供先' : '相手方'}\t${f.contractor}`);
    L.push(`履行場所\t${ku}の指定する場所`);
  }
  L.push(`対象者\t${localize(f.biz.target, m)}`);
  const itemsCell = itemsText(rng, f, 'inline');
  L.push(`情報の内容\t${rng.chance(0.5) ? `<p>個人情報の項目</p> <p>${itemsCell}</p>` : itemsCell}`);
  L.push(`記録媒体\t${mediaText(rng, f)}`);
  if (f.management) L.push(`管理責任体制\t${f.management.text}`);
  if (f.contractorMeasures.length) L.push(`外部委託に係る対策\t${numberedMeasures(f.contractorMeasures, 'contractor')}`);
  if (f.procedure === 'external_link') {
    const half = Math.ceil(f.ward.length / 2);
    const linkSide = f.ward.slice(0, half);
    L.push(`外部結合先に係る対策\t${linkSide.map((s, i) => `${i + 1} ${s.text}`).join(' ')}`);
    L.push(`実施機関のセキュリティ対策\t${numberedMeasures(f.ward.slice(half), 'ward')}`);
  } else L.push(`実施機関の対策\t${numberedMeasures(f.ward, 'ward')}`);
  L.push('');
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Layout: Setagaya (numbered heading + indented body), text

function renderSetagaya(ctx: DocContext, f: MatterFacts): string {
  const { rng, m } = ctx;
  const L: string[] = [];
  const ind = '　 ';
  L.push(f.marker as string, '');
  let n = 0;
  const sec = (label: string, body: string | string[]) => {
    L.push(`${++n} ${label}`);
    for (const b of Array.isArray(body) ? body : [body]) L.push(ind + (rng.chance(0.06) ? pdfSpaces(rng, b, 1) : b));
    L.push('');
  };
  sec(label(rng, 'title', m), f.title);
  sec(label(rng, 'department', m), `${f.department}${f.divisionsWritten}`);
  sec(label(rng, 'legal', m), `${m.ordinance}${f.article}(${rng.pick(PROCEDURE_WORDS[f.procedure])})`);
  const party = f.procedure === 'outsourcing' ? label(rng, 'contractor', m) : f.procedure === 'external_link' ? '結合先' : f.procedure === 'external_provision' ? '提供先' : null;
  if (party && f.contractor) sec(party, f.contractor);
  if (f.procedure === 'outsourcing') sec('委託内容', `${f.work}を行う。`);
  else sec('目的', localize(f.biz.purpose, m));
  sec(label(rng, 'items', m), itemsText(rng, f, 'lines').split('\n'));
  sec(label(rng, 'media', m), mediaText(rng, f));
  if (f.periodText) sec(label(rng, f.procedure === 'outsourcing' ? 'period' : 'periodOther', m), f.periodText);
  L.push(`${++n} 情報保護対策`);
  const circled = (xs: Measure[]) => xs.map((s, i) => `${ind}${String.fromCharCode(0x2460 + i)} ${s.text}`);
  if (f.contractorMeasures.length) {
    L.push(`(1) ${label(rng, 'ward', m)}`, ...circled(f.ward));
    L.push(`(2) ${label(rng, 'contractor_measures', m)}`, ...circled(f.contractorMeasures));
  } else {
    L.push(`${ind}${label(rng, 'ward', m)}`, ...f.ward.map((s, i) => `${ind}${i + 1} ${s.text}`));
  }
  L.push('');
  const annex = annexText(rng, f, 'text');
  if (annex.length) {
    L.push('');
    for (const a of annex) L.push(a);
    L.push('');
  }
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Layout: Nakano (HTML table)

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderNakano(ctx: DocContext, f: MatterFacts): string {
  const { rng, m } = ctx;
  const rows: [string, string][] = [];
  const row = (th: string, td: string) => rows.push([th, td]);
  row(label(rng, 'title', m), esc(f.title));
  row(label(rng, 'department', m), esc(`${f.department}${f.divisionsWritten}`));
  const kanjiArticle = f.article.replace(/\d+/g, (d) => kanjiNum(Number(d)));
  row(label(rng, 'legal', m), esc(`${m.ordinance}${rng.chance(0.5) ? kanjiArticle : f.article}`) + (rng.chance(0.5) ? esc(`（${rng.pick(PROCEDURE_WORDS[f.procedure])}）`) : ''));
  if (f.contractor) row(f.procedure === 'outsourcing' ? label(rng, 'contractor', m) : f.procedure === 'external_link' ? '結合先' : '提供先', esc(f.contractor));
  if (f.periodText) row(label(rng, f.procedure === 'outsourcing' ? 'period' : 'periodOther', m), esc(f.periodText).replace(/ ?(（次年度|※翌年度|\(次年度)/, '<br>$1'));
  row(label(rng, 'items', m), itemsText(rng, f, 'html').split('<br>').map(esc).join('<br>'));
  row(label(rng, 'media', m), esc(mediaText(rng, f)));
  const list = (ms: Measure[]) => {
    const style = rng.pick(['ol', 'ul', 'inline'] as const);
    if (style === 'inline') return ms.map((s, i) => `${i + 1} ${esc(s.text)}`).join('');
    return `<${style}>${ms.map((s) => `<li>${esc(s.text)}</li>`).join('')}</${style}>`;
  };
  if (f.ward.length) row(label(rng, 'ward', m), list(f.ward));
  if (f.contractorMeasures.length) row(label(rng, 'contractor_measures', m), list(f.contractorMeasures));
  const out = [`<h2>${f.marker}</h2>`, '<table>', ...rows.map(([th, td]) => `<tr><th>${th}</th><td>${td}</td></tr>`), '</table>'];
  const annex = annexText(rng, f, 'html');
  if (annex.length) {
    out.push(`<h3>${esc(annex[0])}</h3>`);
    for (const a of annex.slice(1)) out.push(`<p>${esc(a)}</p>`);
  }
  if (rng.chance(0.3)) out.push('<p><a href="javascript:void(0)">詳細</a></p>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Layout: Minato (Markdown: heading, GFM table, measure lists)

function renderMinato(ctx: DocContext, f: MatterFacts): string {
  const { rng, m } = ctx;
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const L: string[] = [];
  L.push(`## ${f.marker}`, '');
  L.push(`**${label(rng, 'title', m)}**：${f.title}`, '');
  L.push('| 項目 | 内容 |', '|---|---|');
  const row = (a: string, b: string) => L.push(`| ${a} | ${cell(b)} |`);
  row(label(rng, 'department', m), `${f.department}${f.divisionsWritten}`);
  row(label(rng, 'legal', m), `${m.ordinance}${f.article}（${rng.pick(PROCEDURE_WORDS[f.procedure])}）`);
  if (f.contractor) row(f.procedure === 'outsourcing' ? label(rng, 'contractor', m) : f.procedure === 'external_link' ? '結合先' : '提供先', f.contractor);
  if (f.periodText) row(f.procedure === 'outsourcing' ? label(rng, 'period', m) : f.procedure === 'external_link' ? '結合の期間' : label(rng, 'periodOther', m), f.periodText);
  row(rng.chance(0.3) ? '情報の内容' : label(rng, 'items', m), itemsText(rng, f, 'html'));
  row(label(rng, 'media', m), mediaText(rng, f));
  L.push('');
  const list = (ms: Measure[]) => {
    for (const [i, s] of ms.entries()) L.push(`${i + 1}. ${s.text}`);
    L.push('');
  };
  if (f.contractorMeasures.length) {
    L.push(`### ${label(rng, 'ward', m)}`, '');
    list(f.ward);
    L.push(`### ${label(rng, 'contractor_measures', m)}`, '');
    list(f.contractorMeasures);
  } else {
    L.push('### 情報保護対策', '');
    list(f.ward);
  }
  const annex = annexText(rng, f, 'md');
  if (annex.length) {
    L.push(`### ${annex[0]}`, '');
    for (const a of annex.slice(1)) L.push(a.replace(/^(\d+)\. /, '$1 '), '');
  }
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Documents

function sessionString(fy: number, n: number, month: number, heiseiOnly: boolean, fullWidth: boolean): string {
  const s = `${writeFiscalYear(fy, fy === 2019 && month === 4, heiseiOnly)}第${n}回`;
  return fullWidth ? toFullWidth(s) : s;
}

function chooseMunicipality(rng: Rng): Municipality {
  return rng.weighted(MUNICIPALITIES.map((m) => [m, m.weight] as const));
}

function chooseFiscalYear(rng: Rng): number {
  // More recent years publish more documents online.
  return rng.weighted(Array.from({ length: 21 }, (_, i) => [2005 + i, 1 + i * 0.15] as const));
}

function encode(text: string, sjis: boolean): { bytes: Uint8Array; encoding: DocEncoding } {
  if (sjis) {
    const prepared = text.replace(/\u301c/g, '\uff5e').replace(/\u2212/g, '\uff0d');
    const arr = Encoding.convert(Encoding.stringToCode(prepared), { to: 'SJIS', from: 'UNICODE' }) as number[];
    const bytes = Uint8Array.from(arr);
    // Keep Shift_JIS only when every character survives the round trip.
    if (new TextDecoder('shift_jis').decode(bytes) === prepared) return { bytes, encoding: 'Shift_JIS' };
  }
  return { bytes: new TextEncoder().encode(text), encoding: 'UTF-8' };
}

function generateDocument(rng: Rng, sentences: Sentence[], matterCount: number, index: number, pdf: boolean): GeneratedDocument {
  const m = chooseMunicipality(rng);
  const layout = m.layout;
  const fy = chooseFiscalYear(rng);
  const sessionMonth = rng.pick([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
  const hasSession = layout === 'edogawa' || layout === 'setagaya' ? true : layout === 'nakano' ? rng.chance(0.9) : layout === 'minato' ? rng.chance(0.4) : rng.chance(0.25);
  const heiseiOnly = fy < 2019 || (fy === 2019 && sessionMonth === 4);
  const fullWidth = rng.chance(0.1);
  const session = hasSession ? sessionString(fy, rng.int(1, 10), sessionMonth, heiseiOnly, false) : null;
  const [chair, mayor] = rng.sample(rng.shuffle(PEOPLE), 2);
  const ctx: DocContext = { rng, m, layout, fy, session: session ? session.normalize('NFKC') : null, sessionMonth, heiseiOnly, fullWidth, sentences, chair, mayor };
  const facts: MatterFacts[] = [];
  let markerNo = rng.int(1, 700);
  let gianNo = rng.int(1, 40);
  for (let i = 0; i < matterCount; i++) {
    const f = buildMatter(ctx, markerNo++);
    f.gian = `${writeFiscalYear(fy, fy === 2019 && sessionMonth === 4, heiseiOnly)}第${gianNo++}号議案`;
    facts.push(f);
  }
  const multi = matterCount > 1;
  let text: string;
  let ext: GeneratedDocument['ext'];
  let format: Format;
  let sjis = false;
  const sessionWritten = session ? (fullWidth ? toFullWidth(session) : session) : null;
  switch (layout) {
    case 'shinjuku': {
      const blocks = facts.map((f) => renderShinjuku(ctx, f, multi));
      text = (sessionWritten ? `${sessionWritten} ${m.council}\n\n` : '') + blocks.join(rng.chance(0.5) ? '\n\f' : '\n\n');
      ext = 'txt';
      format = 'text';
      sjis = rng.chance(0.25);
      break;
    }
    case 'edogawa':
      text = facts.map((f, i) => renderEdogawa(ctx, f, i === 0)).join('\n\f');
      ext = 'txt';
      format = 'text';
      sjis = rng.chance(0.15);
      break;
    case 'setagaya':
      text = `${sessionWritten} ${m.council}\n\n` + facts.map((f) => renderSetagaya(ctx, f)).join('\n');
      ext = 'txt';
      format = 'text';
      sjis = rng.chance(0.3);
      break;
    case 'nakano': {
      const charset = rng.chance(0.15) ? 'shift_jis' : 'utf-8';
      sjis = charset === 'shift_jis';
      const head = `<!doctype html>\n<html lang="ja"><head><meta charset="${charset}"><title>${m.council} 会議資料</title>${rng.chance(0.3) ? "\n<script>var x = '審議会';</script>" : ''}</head>\n<body>\n`;
      const h1 = sessionWritten ? `<h1>${sessionWritten}${m.council}</h1>\n` : `<h1>${m.council}</h1>\n`;
      text = head + h1 + facts.map((f) => renderNakano(ctx, f)).join('\n') + '\n</body></html>\n';
      ext = 'html';
      format = 'html';
      break;
    }
    default:
      text = `# ${m.council}資料\n\n` + (sessionWritten ? `${sessionWritten}\n\n` : '') + facts.map((f) => renderMinato(ctx, f)).join('\n');
      ext = 'md';
      format = 'markdown';
  }
  let { bytes, encoding } = encode(text, sjis);
  if (sjis && encoding !== 'Shift_JIS' && format === 'html') {
    // The declared charset must match the bytes.
    ({ bytes, encoding } = encode(text.replace('charset="shift_jis"', 'charset="utf-8"'), false));
  }
  const stem = `${String(index).padStart(4, '0')}_${rng.hex(16)}`;
  let printHtml: string | undefined;
  if (pdf && format === 'text' && rng.chance(0.4)) {
    printHtml = printableHtml(text, m.council);
    ext = 'pdf';
    format = 'pdf';
    encoding = 'UTF-8';
    bytes = new Uint8Array();
  }
  return {
    stem,
    ext,
    format,
    layout,
    encoding,
    bytes,
    ...(printHtml !== undefined ? { printHtml } : {}),
    gold: { source: stem, matters: facts.map((f) => goldOf(m, f)) },
    truth: facts.map(truthOf)
  };
}

/**
 * A text document as the printed form it was extracted from: `label<TAB>value` lines become
 * bordered two-column tables, form feeds page breaks, Markdown left-overs are dropped, HTML
 * fragments in cells are kept as the cell's formatting.
 */
export function printableHtml(text: string, title: string): string {
  const out: string[] = [];
  const cell = (v: string) => (/<\/?[a-z][^>]*>/i.test(v) ? v : esc(v));
  let rows: string[][] | null = null;
  const close = () => {
    if (rows) out.push(`<table>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 && r.length > 1 ? `<th>${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join('')}</tr>`).join('')}</table>`);
    rows = null;
  };
  text.split('\f').forEach((page, p) => {
    close();
    if (p > 0) out.push('<div class="page"></div>');
    for (const raw of page.split('\n')) {
      const line = raw.replace(/\s+$/, '');
      if (!line.trim()) {
        close();
        continue;
      }
      const md = /^\s*-?\s*\|(.*)\|$/.exec(line);
      if (md) {
        const cells = md[1].split('|').map((c) => c.trim());
        if (cells.every((c) => /^-*$/.test(c))) continue;
        (rows ??= []).push(cells);
        continue;
      }
      if (line.includes('\t')) {
        const [label, ...rest] = line.split('\t');
        const value = rest.join(' ');
        if (/^-+$/.test(label.trim())) continue;
        if (label.trim() === '' && rows && rows.length > 0) {
          const last = rows[rows.length - 1];
          last[last.length - 1] += '<br>' + value;
        } else (rows ??= []).push([label.trim(), value]);
        continue;
      }
      close();
      const plain = line.replace(/^#+\s*/, '').replace(/^\s*- /, '').replace(/\*\*/g, '');
      out.push(`<p>${esc(plain)}</p>`);
    }
  });
  close();
  return [
    '<!doctype html><html lang="ja"><head><meta charset="utf-8">',
    `<title>${esc(title)}</title>`,
    '<style>',
    "body{font-family:'IPAGothic','IPAexGothic','Noto Sans CJK JP',sans-serif;font-size:10.5pt;line-height:1.45}",
    'p{margin:0 0 6pt}',
    'table{border-collapse:collapse;width:100%;margin:0 0 8pt}',
    'th,td{border:1px solid #000;padding:3pt 5pt;vertical-align:top;text-align:left}',
    'th{width:28%;font-weight:normal}',
    'ol,ul{margin:0;padding-left:0;list-style:none}',
    '.page{page-break-before:always}',
    '</style></head><body>',
    ...out,
    '</body></html>'
  ].join('\n');
}

/** Documents totalling `matters` matters; most hold one, some two to four. */
export function generateCorpus(opts: CorpusOptions): GeneratedDocument[] {
  const rng = new Rng(opts.seed ?? 1);
  const sentences = prepareSentences(opts.sentences);
  if (sentences.length === 0) throw new Error('generateCorpus: no usable safeguard sentences');
  const docs: GeneratedDocument[] = [];
  let left = Math.max(0, Math.floor(opts.matters));
  while (left > 0 && docs.length < (opts.documents ?? Infinity)) {
    const n = Math.min(left, rng.weighted<number>([[1, 55], [2, 25], [3, 12], [4, 8]]));
    docs.push(generateDocument(rng, sentences, n, docs.length, Boolean(opts.pdf)));
    left -= n;
  }
  return docs;
}
