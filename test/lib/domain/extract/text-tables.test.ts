import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { layout } from '../../../../src/lib/domain/extract/layout';
import { htmlToText } from '../../../../src/lib/domain/extract/markup';

// Plain-text layouts first met in eval/wild-12 and wild-13 (both blind sets, tuned on after their
// first sight): dot leaders between a label and its value, and a table drawn with one bar.

describe('a label joined to its value by a dot leader', () => {
  const doc = [
    '【報告事項１】',
    '',
    '件\u3000\u3000名……………………母子健康手帳交付時の妊婦面談に係る予約受付シ',
    '\u3000'.repeat(13) + 'ステム運用業務の委託について',
    '',
    '担 当 課……………………健康増進部中央保健センター',
    '',
    '委 託 先……………………株式会社ソラノメ・リザーブ',
    '',
    '取り扱う個人情報…………',
    '\u3000'.repeat(13) + '妊婦の氏名、生年月日、既往歴',
    '',
    '個人情報の保護対策',
    '\u3000市が講じる措置……………',
    '\u3000\u3000（ア）年１回以上、受託者の事業所において実地に監査を行う。'
  ].join('\n');

  it('reads the label before the dots and the value after them, wrapped lines included', () => {
    const [m] = extractDocument([doc]);
    expect(m.title).toBe('母子健康手帳交付時の妊婦面談に係る予約受付システム運用業務の委託について');
    expect(m.department).toBe('健康増進部');
    expect(m.contractor).toBe('株式会社ソラノメ・リザーブ');
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '生年月日', '既往歴']);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward']);
  });
});

describe('a two-column text table drawn with a full-width bar', () => {
  const rule = '－'.repeat(30);
  const doc = [
    '報告第７号',
    '水道メーター検針業務の委託について',
    rule,
    '項目\u3000\u3000\u3000\u3000\u3000｜内容',
    rule,
    '件名\u3000\u3000\u3000\u3000\u3000｜水道メーター検針業務の委',
    '\u3000\u3000\u3000\u3000\u3000\u3000\u3000｜託について',
    rule,
    '担当\u3000\u3000\u3000\u3000\u3000｜水道局\u3000営業課',
    rule,
    // Lines under the bar padded to one column, as a fixed-width form's are: the bar still cuts.
    '委託する情報\u3000｜【使用者】',
    '\u3000\u3000\u3000\u3000\u3000\u3000\u3000｜氏名、住所、',
    '\u3000\u3000\u3000\u3000\u3000\u3000\u3000｜電話番号',
    '\u3000\u3000\u3000\u3000\u3000\u3000\u3000｜【その他】',
    '\u3000\u3000\u3000\u3000\u3000\u3000\u3000｜水道番号',
    rule,
    '結合開始予定\u3000｜平成３１年４月１日',
    rule,
    '局が講じる\u3000\u3000｜１\u3000年１回以上、受託者の事務所への立入検査を行',
    '保護対策\u3000\u3000\u3000｜\u3000\u3000う。',
    rule,
    '受託者に講じ\u3000｜１\u3000個人情報の取扱責任者を定め、名簿を局に',
    'させる保護対策｜\u3000\u3000提出させる。',
    rule
  ].join('\n');

  it('reads each side of the bar, a value wrapped under it, and a label wrapped over two lines', () => {
    const [m] = extractDocument([doc]);
    expect(m.title).toBe('水道メーター検針業務の委託について');
    expect(m.department).toBe('水道局');
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '住所', '電話番号', '水道番号']);
    expect(m.period_start).toBe('2019-04-01');
    expect(m.safeguards.map((s) => [s.actor, s.text])).toEqual([
      ['ward', expect.stringContaining('立入検査')],
      ['contractor', expect.stringContaining('取扱責任者')]
    ]);
  });
});

describe('a summary of minutes: each matter under its heading, told in 【担当課の説明】 and 【質疑応答】', () => {
  // 国立市's layout in eval/wild-12: no speaker lines, so not read as minutes, and no form rows.
  const doc = [
    '平成２５年度第３回〇〇市個人情報保護審議会\u3000会議録（要旨）',
    '５\u3000議\u3000\u3000題',
    '\u3000（１）諮問事項',
    '\u3000\u3000\u3000\u3000介護予防・日常生活圏域ニーズ調査の実施に係る業務の委託について',
    '\u3000（２）報告事項',
    '\u3000\u3000\u3000\u3000ふれあい収集の対象者決定に伴う介護保険認定情報の目的外利用について',
    '６\u3000会議の経過',
    '（１）諮問事項',
    '\u3000\u3000\u3000介護予防・日常生活圏域ニーズ調査の実施に係る業務の委託について',
    '【担当課の説明】',
    '\u3000本件は、調査票の印刷・発送、回収及び集計の業務を事業者に委託するものである。委託先に提供する個人情報は、調査対象者の氏名、住所及び生年月日である。',
    '【質疑応答】',
    '（質問）委託先で個人情報はどのように管理されるのか。',
    '（回答）委託先には、作業に従事する者の名簿を事前に提出させる。回収した調査票は、委託先の施錠できる保管庫で管理させる。',
    '（２）報告事項',
    '\u3000\u3000\u3000ふれあい収集の対象者決定に伴う介護保険認定情報の目的外利用について',
    '【担当課の説明】',
    '\u3000ふれあい収集は、ごみを集積所まで出すことが困難な高齢者の世帯を対象に、玄関先からごみを収集する事業である。利用する情報は、申請者の氏名、住所及び要介護度である。',
    '\u3000照会票は、ごみ減量課の施錠できるキャビネットで保管する。'
  ].join('\n');

  it('gives one matter per heading, its measures from what the office said and answered', () => {
    const matters = extractDocument([doc]);
    expect(matters.map((m) => m.title)).toEqual(['介護予防・日常生活圏域ニーズ調査の実施に係る業務の委託について', 'ふれあい収集の対象者決定に伴う介護保険認定情報の目的外利用について']);
    expect(matters[0].safeguards.map((s) => s.actor)).toEqual(['contractor', 'contractor']);
    expect(matters[1].safeguards.map((s) => s.text)).toEqual(['照会票は、ごみ減量課の施錠できるキャビネットで保管する。']);
  });
});

describe('fields of papers written under the 2023 Act', () => {
  const form = (basis: string, party: string) => ['件名\t〇〇業務の委託について', '担当課\t健康福祉部母子保健課', `根拠\t${basis}`, party, '個人情報の項目\t氏名、住所'].join('\n');

  it('takes the ordinance’s article when the Act’s is cited beside it, and the Act’s when it stands alone', () => {
    expect(extractDocument([form('個人情報の保護に関する法律第69条第2項第4号 〇〇町個人情報の保護に関する法律施行条例第7条第1項第2号', '委託先\tA社')])[0].legal_basis).toBe('第7条第1項第2号');
    expect(extractDocument([form('個人情報の保護に関する法律第66条第2項', '委託先\tA社')])[0].legal_basis).toBe('第66条第2項');
  });

  it('reads 以後、継続して利用する as recurring', () => {
    expect(extractDocument([form('条例第6条第2項', '利用開始\t令和5年12月1日（以後、継続して利用する。）')])[0].recurring).toBe(true);
  });

  it('reads the contractor out of a 委託先・期間 cell, up to the period’s first date', () => {
    const [m] = extractDocument([form('条例第5条第1項', '委託先・期間\t株式会社ハグミー・テック令和6年10月1日~令和9年9月30日')]);
    expect([m.contractor, m.period_start, m.period_end]).toEqual(['株式会社ハグミー・テック', '2024-10-01', '2027-09-30']);
  });
});

describe('measures laid out by party', () => {
  it('reads a measures cell split into a column per party as two lists', () => {
    const doc = [
      '件名\t学校給食費の徴収管理業務の委託について',
      '担当課\t教育部 学校給食課',
      '保護対策',
      '\t市が講じる措置\t受託者に講じさせる措置',
      '\t1 契約書に個人情報取扱特記事項を添付する。\t1 個人情報の取扱責任者を指定し、市に報告させる。',
      '\t2 口座振替依頼書の受渡しは職員が直接行う。\t2 口座振替依頼書は、施錠できるキャビネットに保管させる。'
    ].join('\n');
    const [m] = extractDocument([doc]);
    expect(m.safeguards.map((s) => [s.actor, s.text.slice(0, 6)])).toEqual([
      ['ward', '契約書に個人'],
      ['ward', '口座振替依頼'],
      ['contractor', '個人情報の取'],
      ['contractor', '口座振替依頼']
    ]);
  });

  it('takes a sentence announcing the list below (`町が講じる措置は次のとおりです。`) as its label', () => {
    const doc = ['件名\t避難行動要支援者名簿情報の外部提供について', '担当部課\t総務部 危機管理防災課', '', '町が講じる措置は次のとおりです。', '', '1. 提供先と覚書を締結する。', '2. 名簿を閲覧できる者は、提供先の職員に限定させる。'].join('\n');
    const [m] = extractDocument([doc]);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward', 'ward']);
  });
});

// Layouts first met in eval/wild-14 (blind; tuned on after its first sight).

describe('a Pandoc grid table (Word converted to Markdown)', () => {
  const doc = [
    '## []{#_Toc100200300 .anchor}報告第３号\u3000図書館の予約連絡業務の委託について',
    '',
    '+--------------------+----------------------------------------------+',
    '| 項目               | 内容                                         |',
    '+====================+==============================================+',
    '| 件名               | 図書館の予約連絡業務の委託について           |',
    '+--------------------+----------------------------------------------+',
    '| 担当課             | 教育部中央図書館                             |',
    '+--------------------+----------------------------------------------+',
    '| 委託先             | 株式会社ブックリンク                         |',
    '+--------------------+----------------------------------------------+',
    '| 取り扱う個人情報   | 利用者の氏名、電話番号、予約した資料名[^1]、 |',
    '|                    | 利用者番号                                   |',
    '+--------------------+----------------------------------------------+',
    '| 保護対策           | 1.  連絡に使う端末は、受託者の事務所の外へ持 |',
    '|                    |     ち出させない。                           |',
    '|                    | 2.  通話の記録は毎月点検する。               |',
    '+--------------------+----------------------------------------------+',
    '',
    '[^1]: 書名に限る。'
  ].join('\n');

  it('splits the cells at the bars whatever the width of the characters, and joins a wrapped cell', async () => {
    const { markdownToText } = await import('../../../../src/lib/domain/extract/markdown-text');
    const text = markdownToText(doc);
    expect(text).not.toMatch(/\+-|_Toc|\[\^1\]/);
    expect(text).toContain('取り扱う個人情報\t利用者の氏名、電話番号、予約した資料名、利用者番号');
    expect(text).toContain('保護対策\t1 連絡に使う端末は、受託者の事務所の外へ持ち出させない。\n\t2 通話の記録は毎月点検する。');
    const [m] = extractDocument([text]);
    expect(m.title).toBe('図書館の予約連絡業務の委託について');
    expect(m.contractor).toBe('株式会社ブックリンク');
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '電話番号', '予約した資料名', '利用者番号']);
  });
});

describe('a Pandoc multiline table (a form too wide for a grid table, eval/wild-44 ah2)', () => {
  const doc = [
    '## １　件名',
    '',
    '電子母子手帳の配信に伴うオンライン結合について',
    '',
    '  ---------------------------------------------------------------------',
    '  番号 項目         内容                                 備考',
    '  ---- ------------ ------------------------------------ --------------',
    '  1    件名         電子母子手帳の配信に伴うオンライン結 ',
    '                    合について',
    '',
    '  2    担当部課     子ども家庭部\u3000子育て支援課           保有課は保健',
    '                                                         センター',
    '',
    '  3    結合により取 子ども：氏名、生年月日、予防接種の   個人番号は送',
    '       り扱う個人情 接種歴                               信しない',
    '       報',
    '  ---------------------------------------------------------------------',
    '',
    '## ４　その他'
  ].join('\n');

  it('cuts each line at the display columns of the dashes, and keeps a row’s wrapped lines in its cells', async () => {
    const { markdownToText } = await import('../../../../src/lib/domain/extract/markdown-text');
    const text = markdownToText(doc);
    expect(text).not.toMatch(/----/);
    expect(text).toContain('2\t担当部課\t子ども家庭部\u3000子育て支援課\t保有課は保健センター');
    const [m] = extractDocument([text]);
    expect(m.department).toBe('子ども家庭部');
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '生年月日', '予防接種の接種歴']);
  });
});

describe('a period cell with a remark beside it (`令和３年２月１日 | 接続試験は…から…まで`, eval/wild-44 ah2)', () => {
  it('takes the date of the value cell, and a period wrapped over the cell’s lines whole', () => {
    const form = (cells: string) => extractDocument([['件名\t健診情報の配信に伴う結合について', '担当課\t子ども家庭部 子育て支援課', `結合の開始日\t${cells}`].join('\n')])[0];
    const remark = form('令和３年２月１日\t接続試験は令和３年１月１８日から同月２９日まで（架空データを使用）');
    expect([remark.period_start, remark.period_end]).toEqual(['2021-02-01', null]);
    const wrapped = form('令和3年2月1日から同年3月31日ま\u2028で。調査は令和3年度以降も毎年度行う予定です。');
    expect([wrapped.period_start, wrapped.period_end]).toEqual(['2021-02-01', '2021-03-31']);
  });
});

describe('a numbered form with its own label words', () => {
  const doc = [
    '諮問事項１',
    '\t項目\t内容',
    '１\t件名\t公民館の利用予約システムの更新について',
    '２\t根拠条文\t市個人情報保護条例第１１条第２項',
    '３\t担当部課室\t生涯学習部\u3000公民館課',
    '４\t更新の理由\t予約の受付を電子化する。',
    '５\t記録する項目\t利用者の氏名、住所、電話番号',
    '',
    '利用者の一覧',
    '１\t氏名\t必須',
    '２\t電話番号\t任意'
  ].join('\n');

  it('drops the column heads and reads a label it does not know when it carries the next number', () => {
    const [m] = extractDocument([doc]);
    expect(m.title).toBe('公民館の利用予約システムの更新について');
    expect(m.department).toBe('生涯学習部');
    expect(m.divisions).toEqual(['公民館課']);
    const labels = layout([doc]).map((r) => r.label);
    expect(labels).toContain('更新の理由');
    expect(labels).not.toContain('項目');
    // An item table's rows start their own count: `1 | 氏名` is no form row.
    expect(labels).not.toContain('氏名');
  });
});

describe('answer letters (答申書), one after another', () => {
  const letter = (no: number, subject: string, items: string[]) =>
    [
      '\u3000'.repeat(20) + `市個審答第${no}号`,
      '\u3000'.repeat(20) + '令和２年３月２３日',
      '',
      '\u3000市長\u3000様',
      '',
      '\u3000'.repeat(18) + '市個人情報保護審議会',
      '',
      '\u3000'.repeat(8) + `諮問第${no}号について（答申）`,
      '',
      `\u3000令和２年２月１日付けで諮問のあった「${subject}」について、次のとおり答申します。`,
      '',
      '１\u3000審議会の結論',
      '\u3000本件は、認められるものと判断する。',
      '２\u3000理由',
      '（１）本件の概要',
      '\u3000福祉部介護保険課（以下「実施機関」という。）は、次の事業を実施する。',
      '（２）利用する個人情報',
      `\u3000利用する個人情報の項目は、別紙${no}のとおりである。`,
      '（３）保護措置',
      '\u3000ア\u3000一覧は施錠できる書庫に保管する。',
      '',
      `別紙${no}\u3000利用する個人情報の項目`,
      ...items.map((x, i) => `\u3000${i + 1}\u3000${x}`)
    ].join('\n');
  const report = ['令和元年度第４回市個人情報保護審議会\u3000報告事項', '', '別紙５', '項目\t内容', '件名\t図書館システムへの記録項目の追加について', '根拠規定\t市個人情報保護条例第１３条第３項', '追加する項目\t利用者の氏名、電話番号', '保護措置\t端末はIDとパスワードで認証する。'].join('\n');
  const doc = [letter(3, '介護予防教室の案内に係る目的外利用について', ['氏名', '住所', '要介護度']), letter(4, '配食サービスの利用者情報の外部提供について', ['氏名', '電話番号']), report].join('\n\f');

  it('gives one matter per letter, titled by the subject its first sentence quotes, with the items of its attachment', () => {
    const matters = extractDocument(doc.split('\f'));
    expect(matters.map((m) => m.title)).toEqual(['介護予防教室の案内に係る目的外利用について', '配食サービスの利用者情報の外部提供について', '図書館システムへの記録項目の追加について']);
    expect(matters.map((m) => m.data_items.map((d) => d.item))).toEqual([
      ['氏名', '住所', '要介護度'],
      ['氏名', '電話番号'],
      ['氏名', '電話番号']
    ]);
    // A report sent with the answers, under its own 報告事項 heading, is still a report.
    expect(matters.map((m) => m.matter_kind)).toEqual(['consultation', 'consultation', 'report']);
  });
});

describe('a letter of consultation whose items are a table in 別表１, and an annex marked （参考）', () => {
  const doc = [
    '\u3000\u3000個人情報の目的外利用について（諮問）',
    '記',
    '１\u3000諮問事項',
    '\u3000\u3000健診結果の保健指導事業への利用について',
    '２\u3000担当課',
    '\u3000\u3000健康医療部\u3000健康増進課',
    '３\u3000目的外利用する個人情報の項目',
    '\u3000\u3000別表１のとおり',
    '４\u3000安全対策',
    '\u3000\u3000名簿は施錠できる書庫に保管する。',
    '５\u3000その他',
    '\u3000\u3000※\u3000保健指導は、主治医の指示の範囲で行う。',
    '\u3000'.repeat(20) + '（担当\u3000健康増進課\u3000内線２４１）',
    '\f別表１\u3000目的外利用する個人情報の項目',
    '\u3000区\u3000分\u3000\u3000\u3000項\u3000\u3000\u3000目',
    '\u3000' + '─'.repeat(30),
    '\u3000基本情報\u3000\u3000氏名、生年月日、住所',
    '\u3000健診情報\u3000\u3000ＨｂＡ１ｃの値、尿蛋白の判',
    '\u3000\u3000\u3000\u3000\u3000\u3000定、血圧の値（※１）',
    '\u3000' + '─'.repeat(30),
    '\u3000※１\u3000健診情報は、直近２年度分に限る。',
    '',
    '（参考）個人情報取扱特記事項',
    '第１\u3000秘密の保持',
    '\u3000\u3000受注者は、業務で知り得た個人情報を他に漏らしてはならない。',
    '第２\u3000再委託の禁止',
    '\u3000\u3000受注者は、業務を第三者に委託してはならない。'
  ].join('\n');

  it('reads the items from the table (group names and note marks left out, wrapped rows joined) and the annex as clauses', () => {
    // The attachments begin a page of their own, as in the letter they come from.
    const [m] = extractDocument(doc.split('\f'));
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '生年月日', '住所', 'HbA1cの値', '尿蛋白の判定', '血圧の値']);
    expect(m.data_items.filter((d) => d.sensitive).map((d) => d.item)).toEqual(['HbA1cの値', '尿蛋白の判定', '血圧の値']);
    expect(m.safeguards.filter((g) => g.scope === 'clause').length).toBeGreaterThanOrEqual(2);
    expect(m.safeguards.filter((g) => g.scope !== 'clause').map((g) => g.text)).toEqual(['名簿は施錠できる書庫に保管する。']);
  });
});

describe('a sentence introducing the form under a section heading', () => {
  const doc = [
    '１\u3000報告事項',
    '',
    '\u3000個人情報取扱事務の委託について、市個人情報保護条例第１３条第３項の規定により、次のとおり報告します。',
    '',
    '件名\t放課後児童クラブの入会受付業務の委託について',
    '担当課\t子ども部\u3000子ども育成課',
    '取り扱う個人情報\t児童の氏名、学年'
  ].join('\n');

  it('is no title: the 件名 is', () => {
    const [m] = extractDocument([doc]);
    expect(m.title).toBe('放課後児童クラブの入会受付業務の委託について');
  });
});

describe('a CMS page of report forms without a title row, and the annex of one of them', () => {
  const html = `<html><body>
<p>市個人情報保護条例第９条第２項の規定により、委託したときは審議会に報告します。</p>
<h2>報告案件１</h2>
<table>
<tr><th scope="row">事務の名称</th><td>児童館の利用者登録業務の委託</td></tr>
<tr><th scope="row">所管課</th><td>子ども部 子ども育成課</td></tr>
<tr><th scope="row">委託事業者</th><td>株式会社キッズベース</td></tr>
<tr><th scope="row">取り扱う個人情報</th><td>児童の氏名、保護者の氏名、電話番号</td></tr>
<tr><th scope="row">情報の記録方法</th><td><ul><li>紙（登録票）</li><li>受託者の管理サーバ（受託者のデータセンターに設置）</li><li>市の児童館システム</li></ul></td></tr>
<tr><th scope="row">安全管理措置（市）</th><td><ul><li>契約書に特記事項を添付します。</li></ul></td></tr>
<tr><th scope="row">安全管理措置（受託者）</th><td><ul><li>従事者の名簿を提出すること。</li></ul></td></tr>
</table>
<h3>報告案件１に係る個人情報取扱特記事項</h3>
<p>第１条（秘密の保持）</p>
<p>乙は、この契約による事務に関して知り得た個人情報を他人に知らせてはならない。</p>
<p>第２条（再委託の禁止）</p>
<p>乙は、甲の承諾なく第三者に委託してはならない。</p>
<h2>報告案件２</h2>
<table>
<tr><th scope="row">事務の名称</th><td>公民館の清掃業務の委託</td></tr>
<tr><th scope="row">所管課</th><td>生涯学習部 公民館課</td></tr>
<tr><th scope="row">取り扱う個人情報</th><td>利用者の氏名</td></tr>
<tr><th scope="row">安全管理措置（受託者）</th><td><ul><li>利用者名簿を持ち出さないこと。</li></ul></td></tr>
</table>
</body></html>`;

  it('keeps the last medium of a list in the list, reads each party’s measures, the annex’s clauses and the cover’s article', async () => {
    const { htmlToText } = await import('../../../../src/lib/domain/extract/markup');
    const matters = extractDocument([htmlToText(html)]);
    expect(matters).toHaveLength(2);
    const [a, b] = matters;
    expect(a.media.map((m) => m.category)).toEqual(['paper', 'contractor_server', 'ward_system']);
    expect(a.safeguards.filter((s) => s.scope !== 'clause').map((s) => s.actor)).toEqual(['ward', 'contractor']);
    expect(a.safeguards.filter((s) => s.scope === 'clause')).toHaveLength(2);
    expect([a.legal_basis, b.legal_basis]).toEqual(['第9条第2項', '第9条第2項']);
  });
});

describe('fields said in a sentence of their own', () => {
  const doc = [
    '報告第８号\u3000災害見舞金の支給に係る本人以外からの個人情報の収集について',
    '',
    '概要\t市では、災害により住家に被害を受けた世帯に見舞金を支給している。担当は、市民部防災課である。',
    '収集する情報等\t収集する情報は、世帯主の氏名、住所及び被害の程度である。収集は令和３年７月１日から行う。',
    '保護対策\t調書は施錠できるキャビネットで保管する。',
    '',
    '諮問第２号\u3000税務システムとの接続について',
    '',
    '担当課\t総務部情報政策課',
    '追加する項目\t既存の記録項目に加え、次の項目を記録する。減免の区分、生活保護の受給状況',
    '保護対策\t端末は職員ごとのIDで認証する。'
  ].join('\n');

  it('reads a start date said in the list of items, a link said as a connection, and a list after the sentence announcing it', () => {
    const [a, b] = extractDocument([doc]);
    expect(a.period_start).toBe('2021-07-01');
    expect(b.procedure).toBe('external_link');
    expect(b.data_items.map((d) => d.item)).toEqual(['減免の区分', '生活保護の受給状況']);
  });
});

describe('an answer (答申書) whose 別表 is set in columns padded with full-width spaces', () => {
  // 豊橋市's layout in eval/wild-19 k1 (a blind set, tuned on after its first sight).
  const pad = (label: string, value: string) => label + '\u3000'.repeat(9 - label.length) + value;
  const on = '\u3000'.repeat(9);
  const cover = [
    '令和３年度第２回豊橋市個人情報保護審議会\u3000答申第３号',
    '１\u3000諮問事項及び結論',
    '\u3000（１）諮問第５号\u3000産後ケア事業の業務の委託について',
    '\u3000\u3000\u3000\u3000\u3000結論\u3000諮問のとおり実施することを認める。',
    '\u3000（２）諮問第６号\u3000高齢者総合相談システムの利用に伴う回線結合について',
    '２\u3000理由',
    '\u3000各事務について、実施機関から提出された資料及び担当課の説明を基に審議した結果、',
    '判断した。',
    '３\u3000審議会の意見',
    '\u3000諮問第５号の事務では、出産直後の母親の心身の状態に関わる情報を扱うことから、',
    '\u3000別記\u3000\u3000個人情報取扱特記事項（諮問第５号関係）'
  ].join('\n');
  const sheet = (n: number, title: string, department: string) =>
    [
      `別表${n - 4}\u3000諮問第${n}号の概要`,
      pad('件名', title),
      pad('区分', '個人情報取扱事務の外部委託（諮問）'),
      pad('担当部課', department),
      pad('取り扱う個人情報', '氏名、住所、'),
      on + '電話番号',
      pad('市が講ずる保護対', '組織的\u3000\u3000委託契約書に特記事項を添付し、受託者にその遵守を'),
      '策' + '\u3000'.repeat(13) + '義務付ける。',
      on + '技術的\u3000\u3000ＵＳＢメモリに格納するファイルにはパスワードを設定す',
      on + '\u3000\u3000\u3000\u3000\u3000る。'
    ].join('\n');
  const annex = ['別記（諮問第５号関係）', '個人情報取扱特記事項', '（秘密の保持）', '第１\u3000乙は、業務に関して知り得た個人情報を他人に知らせてはならない。'].join('\n');
  const matters = extractDocument([cover, sheet(5, '産後ケア事業の業務の委託について', '健康部\u3000こども保健課') + '\n別表１（続き）', sheet(6, '高齢者総合相談システムの利用に伴う回線結合について', '福祉部\u3000長寿介護課'), annex]);

  it('gives one matter per 別表, in order, and not the answer’s list of them', () => {
    expect(matters.map((m) => [m.title, m.department])).toEqual([
      ['産後ケア事業の業務の委託について', '健康部'],
      ['高齢者総合相談システムの利用に伴う回線結合について', '福祉部']
    ]);
    expect(matters[0].council_session).toBe('令和3年度第2回');
  });

  it('reads a label wrapped in its column, and the scope column before each measure', () => {
    expect(matters[0].data_items.map((d) => d.item)).toEqual(['氏名', '住所', '電話番号']);
    expect(matters[0].safeguards.filter((s) => s.scope !== 'clause').map((s) => `${s.actor} ${s.scope} ${s.text}`)).toEqual([
      'ward operational 委託契約書に特記事項を添付し、受託者にその遵守を義務付ける。',
      'ward system USBメモリに格納するファイルにはパスワードを設定する。'
    ]);
  });

  it('gives the annex to the matter its mark names, by the number its 別表 carries', () => {
    expect(matters.map((m) => m.safeguards.filter((s) => s.scope === 'clause').length)).toEqual([1, 0]);
  });
});

describe('a list of matters with a column of ○ marks per measure', () => {
  // 川崎市's 報告一覧 in eval/wild-20 l1 (a blind set, tuned on after its first sight).
  const doc = [
    '番号\t件名\t所管\t区分\t委託先',
    '\t\t\t\t\t市が講じる措置\t市が講じる措置\t受託者に講じさせる措置\t受託者に講じさせる措置',
    '\t\t\t\t\t特記事項の添付\t暗号化・パスワード別送\t従事者への研修\t再委託の禁止',
    '1\tA業務の委託について\t福祉局高齢福祉課\t報告（委託）\t株式会社テスト\t○\t○\t－\t○',
    '2\tBシステムとの外部結合について\t市民局市民課\t報告（外部結合）\t株式会社サンプル\t－\t○\t－\t－',
    '凡例　○：当該措置を講じるもの　－：講じないもの'
  ].join('\n');

  it('gives each record its ticked columns as the measures of the group over them', () => {
    const matters = extractDocument([doc]);
    expect(matters.map((m) => [m.title, m.department, m.contractor])).toEqual([
      ['A業務の委託について', '福祉局', '株式会社テスト'],
      ['Bシステムとの外部結合について', '市民局', '株式会社サンプル']
    ]);
    expect(matters.map((m) => m.safeguards.map((s) => `${s.actor} ${s.text}`))).toEqual([
      ['ward 特記事項の添付', 'ward 暗号化・パスワード別送', 'contractor 再委託の禁止'],
      ['ward 暗号化・パスワード別送']
    ]);
  });
});

describe('cards of a report, each headed by its number and a title wrapped over two lines', () => {
  it('joins a numbered heading cut anywhere with the line that ends it', () => {
    const doc = ['個票２ 放課後児童クラブ利用申請の電子化に伴う電子申請プラットフォームとの回', '線結合について', '案件の種別：諮問', '担当課：教育委員会事務局 放課後児童支援課'].join('\n');
    const [m] = extractDocument([doc]);
    expect([m.title, m.matter_kind, m.department]).toEqual(['放課後児童クラブ利用申請の電子化に伴う電子申請プラットフォームとの回線結合について', 'consultation', '教育委員会事務局']);
  });
});

describe('documents of eval/wild-22 (a blind set, tuned on after its first sight)', () => {
  it('reads a newsletter: its contents list is no matter, a rule ends it, and 同年 is the start’s year', () => {
    const doc = [
      '【今号の内容】',
      '■１　子どもの学習支援事業の案内送付に係る個人情報の目的外利用について（諮問）',
      '■２　がん検診受診勧奨通知の作成及び発送業務の委託について（報告）',
      '――――――――――――――――',
      '■１　子どもの学習支援事業の案内送付に係る個人情報の目的外利用について',
      '所管は保健福祉部子育て支援課です。',
      '◆利用の期間',
      '平成３１年２月１日から同年３月３１日までです。',
      '――――――――――――――――',
      '■２　がん検診受診勧奨通知の作成及び発送業務の委託について',
      '所管は保健福祉部健康づくり推進課です。',
      '委託先は、株式会社テスト（松山市内）です。',
      '◆記録媒体',
      '紙（通知書）'
    ].join('\n');
    const matters = extractDocument([doc]);
    expect(matters.map((m) => [m.title, m.department])).toEqual([
      ['子どもの学習支援事業の案内送付に係る個人情報の目的外利用について', '保健福祉部'],
      ['がん検診受診勧奨通知の作成及び発送業務の委託について', '保健福祉部']
    ]);
    expect([matters[0].period_start, matters[0].period_end]).toEqual(['2019-02-01', '2019-03-31']);
  });

  it('reads an <article> page: a title tagged （諮問第9号）, scope headings opening the measures, areas sharing their unit', () => {
    const html = `<article><h3>（報告第14号）審査会資料のクラウドサービスによる共有に係る外部結合について</h3>
      <p><strong>担当</strong><br>健康福祉局福祉部介護保険課、緑・中央・南高齢者相談課</p>
      <p><strong>記録媒体</strong><br>市の介護認定支援システム</p>
      <h4>運用上の対策</h4><ol><li>委員に研修を行う。</li></ol>
      <h4>技術的対策</h4><ol><li>通信は暗号化する。</li></ol></article>`;
    const [m] = extractDocument([htmlToText(html)]);
    expect(m.title).toBe('審査会資料のクラウドサービスによる共有に係る外部結合について');
    expect(m.divisions).toEqual(['介護保険課', '緑高齢者相談課', '中央高齢者相談課', '南高齢者相談課']);
    expect(m.safeguards.map((s) => `${s.actor} ${s.scope} ${s.text}`)).toEqual(['ward operational 委員に研修を行う。', 'ward system 通信は暗号化する。']);
  });

  it('reads boxes side by side, each headed by its party (a slide), as two lists', () => {
    const [m] = extractDocument([['件名\tA業務の委託について', '市が行う対策\u2028契約書に特記事項を添付します。\t\t受託者に行わせる対策\u2028従事者に研修を受けさせます。'].join('\n')]);
    expect(m.safeguards.map((s) => `${s.actor} ${s.text}`)).toEqual(['ward 契約書に特記事項を添付します。', 'contractor 従事者に研修を受けさせます。']);
  });

});

describe('documents of eval/wild-15, wild-23 and wild-24 (blind sets, tuned on after their first sight)', () => {
  it('reads an ASCII-art table indented with full-width spaces: its group rows as the items, its 記録媒体 row as the media', () => {
    // 松本市's 議案書 in eval/wild-23 r2 (a blind set, tuned on after its first sight).
    const doc = [
      '議案第７号（報告）',
      '（１）件名　見守り登録データの管理業務の委託について',
      '（２）委託先　株式会社テスト',
      '（３）取り扱う個人情報の項目及び記録媒体',
      '　　+----------+------------------------------+',
      '　　| 区分     | 内容                         |',
      '　　+==========+==============================+',
      '　　| 登録者   | 氏名、生年月日、認知症の症状 |',
      '　　|          | 、要介護度                   |',
      '　　+----------+------------------------------+',
      '　　| 家族等   | 氏名、電話番号               |',
      '　　+----------+------------------------------+',
      '　　| 記録媒体 | 紙、受託者のサーバ           |',
      '　　+----------+------------------------------+',
      '　　※写真は同意を得た場合に限り登録する。'
    ].join('\n');
    const [m] = extractDocument([doc]);
    expect(m.data_items.map((d) => `${d.subject}:${d.item}`)).toEqual(['登録者:氏名', '登録者:生年月日', '登録者:認知症の症状', '登録者:要介護度', '家族等:氏名', '家族等:電話番号']);
    expect(m.media.map((x) => x.category)).toEqual(['paper', 'contractor_server']);
  });

  it('reads rows beside a group label set vertically in a cell of its own: fields, and under a party the scope of each measure', () => {
    // 八王子市's 諮問書 in eval/wild-24 t1 (a blind set, tuned on after its first sight): the PDF
    // reader gives the group label on its own line and each row beside it after an empty cell.
    const doc = [
      '八王子市個人情報保護審議会の意見を求めます。',
      '別紙２',
      '事務の概要',
      '\t件名\tデータ入力業務の委託について',
      '\t所管\t子ども家庭部 子育て支援課',
      '取り扱う個人情報',
      '\t記録項目\t氏名、住所',
      '\t記録媒体\t紙',
      '市が講ずる措置',
      '\t管理的対策\t委託契約書に特記事項を付す。',
      '受託者に講じさせる措置',
      '\t技術的対策\t作業日ごとの作業報告書を提出させ、端末の操作ログを保存させる。'
    ].join('\n');
    const [m] = extractDocument([doc]);
    expect([m.title, m.matter_kind, m.department, m.divisions]).toEqual(['データ入力業務の委託について', 'consultation', '子ども家庭部', ['子育て支援課']]);
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '住所']);
    expect(m.safeguards.map((s) => `${s.actor} ${s.scope} ${s.text}`)).toEqual([
      'ward operational 委託契約書に特記事項を付す。',
      'contractor system 作業日ごとの作業報告書を提出させ、端末の操作ログを保存させる。'
    ]);
  });

  it('joins a label wrapped inside a phrase in a form whose cells a TAB parts (an unruled PDF form)', () => {
    const doc = ['件名\tA業務の委託について', '市の保護措置\t契約書に特記事項を添付する。', '受託者に講じさせ\t従事者の名簿を提出すること。', 'る保護措置\t作業室の入退室を記録すること。', '\t操作ログを取得すること。'].join('\n');
    const [m] = extractDocument([doc]);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward', 'contractor', 'contractor', 'contractor']);
    // Cut with its value on the same line; and two labels of their own stay two.
    const cut = ['件名\tB業務の委託について', '受託者に講じさせる\t・従事者の名簿を市へ提出させ', '措置\tる。', '\t・作業室の入退室を記録させる。'].join('\n');
    expect(extractDocument([cut])[0].safeguards.map((s) => `${s.actor} ${s.text}`)).toEqual(['contractor 従事者の名簿を市へ提出させる。', 'contractor 作業室の入退室を記録させる。']);
    const two = ['件名\tC業務の委託について', '業務の流れ\t1 市がデータを抽出し、DVD-Rで渡す。', '個人情報保護対策\t1 DVD-Rは暗号化する。'].join('\n');
    expect(extractDocument([two])[0].safeguards.map((s) => s.text)).toEqual(['DVD-Rは暗号化する。']);
  });

  it('reads the start a sentence names (`利用の開始は…とし`) as the period’s start', () => {
    const doc = ['件名：名簿の更新に係る目的外利用について', '■概要', '　利用の開始は令和４年１２月１日とし、以後も毎年度同様に利用します。'].join('\n');
    const [m] = extractDocument([doc]);
    expect([m.period_start, m.period_end, m.recurring]).toEqual(['2022-12-01', null, true]);
  });

  it('reads a heading `諮問　…について` under a `諮問事項` heading as the title without the kind, and `以後、年1回…` as recurring', () => {
    // 山形市's page in eval/wild-15 r2.
    const html = '<h2>諮問事項</h2><h3>諮問　避難行動要支援者名簿情報の提供について</h3><dl><dt>担当課</dt><dd>総務部　防災対策課</dd><dt>提供の開始</dt><dd>平成２７年２月１日から<br>（以後、年１回名簿を更新して提供します。）</dd></dl>';
    const [m] = extractDocument([htmlToText(html)]);
    expect([m.title, m.matter_kind, m.period_start, m.recurring]).toEqual(['避難行動要支援者名簿情報の提供について', 'consultation', '2015-02-01', true]);
  });
});
