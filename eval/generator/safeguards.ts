// Safeguard wordings: sentences from the classifier's labelled set, adapted to the municipality, and
// the annex clauses (特記事項) of outsourcing contracts.

import type { LabelledSentence } from '../classifier/metrics';
import { TAXONOMY } from '../../src/lib/domain/taxonomy';
import { localize, type Municipality } from './municipalities';
import type { MediaKey } from './vocabulary';

export const GROUP_OF = new Map(TAXONOMY.map((c) => [c.code, c.group]));
const CLAUSE_ONLY = new Set(TAXONOMY.filter((c) => c.clauseOnly).map((c) => c.code));

/** A safeguard wording the generator can write: its categories and what it presupposes. */
export interface Sentence {
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

export function prepareSentences(labelled: LabelledSentence[]): Sentence[] {
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
export function adaptSentence(text: string, m: Municipality): string {
  let t = text.replace(/横浜市|大阪市/g, m.name);
  if (!m.city) t = t.replace(/本市/g, '区');
  return localize(t, m);
}

// ---------------------------------------------------------------------------------------------
// Annex clauses (特記事項)

export interface Clause {
  heading: string;
  body: string[];
  categories: string[];
}

/** The standard 21-paragraph annex of the Shinjuku form; `{muni}` is the municipality. */
export const STANDARD_ANNEX: Clause[] = [
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
export const CLAUSE_KINDS: { code: string; headings: string[]; bodies: string[] }[] = [
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
