// What matters are about: the businesses with their items, media, parties and purposes, the words
// media are written with, contractors, procedure names and council members.

import type { MediaCategory, Procedure } from '../../src/lib/domain/codes';

/** Item syntax: `name`, `name*` (sensitive), `name(qualifier)`, `subject|name` (subject written inline). */
interface ItemGroupSpec {
  subject?: string;
  items: string[];
}

export interface Business {
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

export type MediaKey = 'paper' | 'removable' | 'cpc' | 'csrv' | 'web' | 'wsys' | 'ext' | 'email';

const B = (b: Business) => b;
export const BUSINESSES: Business[] = [
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

export const MEDIA_WORDS: Record<MediaKey, [string, MediaCategory][]> = {
  paper: [['紙', 'paper'], ['紙媒体', 'paper'], ['紙(申込書)', 'paper'], ['紙(申請書)', 'paper'], ['紙(調査票)', 'paper']],
  removable: [['DVD-R', 'removable'], ['CD-R', 'removable'], ['USBメモリ', 'removable'], ['ＤＶＤ－Ｒ', 'removable'], ['光ディスク', 'removable']],
  cpc: [['委託先のパソコン', 'contractor_pc'], ['受託事業者の端末', 'contractor_pc'], ['委託先のPC', 'contractor_pc'], ['受託者のパソコン', 'contractor_pc']],
  csrv: [['委託先が使用するサーバ', 'contractor_server'], ['受託事業者のサーバ', 'contractor_server'], ['委託先が利用するクラウドサービス', 'contractor_server'], ['受託事業者のデータセンター', 'contractor_server']],
  web: [['委託先が運営する申込サイト', 'contractor_server'], ['委託先が管理するデータベース', 'contractor_server']],
  wsys: [['区の{system}', 'ward_system'], ['区の端末', 'ward_system'], ['庁内の端末', 'ward_system'], ['区のサーバ', 'ward_system'], ['住民記録システム', 'ward_system']],
  ext: [['結合先システム', 'external_system'], ['国のクラウドサービス', 'external_system'], ['クラウドサービス', 'external_system'], ['専用回線によるオンライン送信', 'external_system']],
  email: [['電子メール', 'email']]
};
export const MEDIA_WEIGHT: Record<MediaKey, number[]> = {
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
// Parties and wordings

export const COMPANIES: [string, string][] = [
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

export const PROCEDURE_WORDS: Record<Procedure, string[]> = {
  outsourcing: ['業務委託', '外部委託'],
  external_link: ['外部結合', '電子計算組織の結合'],
  purpose_change: ['目的外利用'],
  indirect_collection: ['本人外収集', '本人以外からの収集'],
  external_provision: ['外部提供'],
  computer_processing: ['電子計算機処理', '電子計算機による処理'],
  other: ['その他']
};

export const PEOPLE = ['平田 善信', '山本 和子', '佐藤 正人', '高橋 誠', '中村 恵子', '小林 弘', '加藤 敏夫', '吉田 美穂'];
