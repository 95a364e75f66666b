import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../src/lib/domain/analyze';
import { documentKind, extractDocument, inferMunicipality } from '../../../../src/lib/domain/extract/extract';
import { headingTitle, layout as layoutRows } from '../../../../src/lib/domain/extract/layout';
import { htmlToText } from '../../../../src/lib/domain/extract/markup';
import { loadTokenizer } from '../../../../src/lib/tokenizer/tokenizer';

// The real dictionary: classification works on kuromoji lemmas.
const tokenizer = await loadTokenizer();

describe('inferMunicipality', () => {
  it('votes for the body named before its ordinance, council or policy', () => {
    expect(inferMunicipality(['新宿区情報セキュリティポリシー及び新宿区個人情報保護条例', '新宿区内の診療所'])).toBe('新宿区');
    expect(inferMunicipality(['条例の根拠世田谷区個人情報保護条例', '世田谷区情報公開・個人情報保護審議会'])).toBe('世田谷区');
    expect(inferMunicipality(['特別区の区長会'])).toBeNull();
  });
  it('reads towns with kana in their names, prefectures, and names glued to a session number', () => {
    expect(inferMunicipality(['令和四年度第二回日の出町個人情報保護審議会', '日の出町個人情報保護条例'])).toBe('日の出町');
    expect(inferMunicipality(['令和7年度第2回川崎市個人情報保護審議会'])).toBe('川崎市');
    expect(inferMunicipality(['平成26年度第3回京都府個人情報保護審議会', '京都府個人情報保護条例'])).toBe('京都府');
    expect(inferMunicipality(['神奈川県個人情報保護条例', '神奈川県横浜市個人情報保護条例', '横浜市長'])).toBe('横浜市');
  });
});

describe('matter fields from a minimal form', () => {
  const doc = [
    '令和3年度第2回 練馬区個人情報保護審議会',
    '',
    '件名\t住民健診の受付業務の委託について',
    '担当部課\t健康部健康推進課、牛込・落合保健センター',
    '条例の根拠\t練馬区個人情報保護条例第十四条第一項(業務委託)',
    '委託先\t株式会社テスト ※入札により決定',
    '委託期間\t令和3年6月1日から令和4年3月31日まで(次年度以降も継続)',
    '委託に伴い処理させる情報項目\t氏名、生年月日、健診結果',
    '記録媒体\t紙',
    '区が行う情報保護対策\t【運用上の対策】 1 契約にあたり特記事項を付す。 2 随時調査を行う。',
    '受託事業者に行わせる情報保護対策\t【システム上の対策】 1 データを暗号化させる。'
  ].join('\n');
  const [m] = analyzeDocument([doc], tokenizer);
  it('reads every field', () => {
    expect(m).toMatchObject({
      municipality: '練馬区',
      title: '住民健診の受付業務の委託について',
      matter_kind: null,
      procedure: 'outsourcing',
      legal_basis: '第14条第1項',
      department: '健康部',
      divisions: ['健康推進課', '牛込保健センター', '落合保健センター'],
      contractor: '株式会社テスト',
      period_start: '2021-06-01',
      period_end: '2022-03-31',
      recurring: true,
      fiscal_year: 2021,
      council_session: '令和3年度第2回'
    });
  });
  it('gives each safeguard sentence its actor and scope', () => {
    expect(m.safeguards.map((s) => `${s.actor}/${s.scope}/${s.categories.map((c) => c.category).join('+')}`)).toEqual([
      'ward/operational/contract_terms',
      'ward/operational/audit',
      'contractor/system/encryption'
    ]);
  });
});

describe('sameTitle', async () => {
  const { sameTitle } = await import('../../../../src/lib/domain/extract/segment');
  it('joins a cover title with a detail title that extends it', () => {
    expect(sameTitle('新宿区産後ケア事業について', '新宿区産後ケア事業に係る業務の委託について')).toBe(true);
    expect(sameTitle('封入封緘業務等の委託について(委託内容の変更)', '封入封緘業務の委託について(委託内容の変更)')).toBe(true);
  });
  it('keeps different matters apart', () => {
    expect(sameTitle('住民税申告書のデータ入力業務の委託について', '介護保険認定調査票の外部提供について')).toBe(false);
    expect(sameTitle('児童手当システムの運用保守業務の委託について', '区民活動センター利用者アンケートの集計業務の委託について')).toBe(false);
  });
});

describe('generality fixes found on the generated corpus', async () => {
  const { titleOf } = await import('../../../../src/lib/domain/extract/segment');
  const { layout } = await import('../../../../src/lib/domain/extract/layout');
  const { mediumCategory } = await import('../../../../src/lib/domain/extract/media');
  const { parseItems } = await import('../../../../src/lib/domain/extract/items');
  it('keeps 府中市 and さいたま市, and prefers the name written most often', () => {
    expect(inferMunicipality(['府中市個人情報保護条例', '府中市情報公開'])).toBe('府中市');
    expect(inferMunicipality(['さいたま市個人情報保護条例'])).toBe('さいたま市');
    expect(inferMunicipality(['第4回世田谷区情報公開', '世田谷区個人情報保護条例', '世田谷区個人情報保護条例'])).toBe('世田谷区');
  });
  it('joins a title wrapped before its ending, and a qualifier on its own line', () => {
    const rows = layout(['件名：〇〇システムを利用することに伴う外部結\n合について']);
    expect(titleOf(rows[0])).toBe('〇〇システムを利用することに伴う外部結合について');
    const [r] = layout(['1 件名\n〇〇業務の委託について\n(委託先の追加)\n内容は別紙のとおり']);
    expect(titleOf(r)).toBe('〇〇業務の委託について(委託先の追加)');
  });
  it('takes a value with a label word for a value, not a label', () => {
    const rows = layout(['7 記録媒体\n紙及び電子媒体(USBメモリ)']);
    expect(rows.map((r) => `${r.kind}:${r.label}`)).toEqual(['row:記録媒体']);
  });
  it('reads a department from a 担当課 cell, and a 事務局 named alone', async () => {
    const [a] = analyzeDocument(['件名\t〇〇の委託について\n担当課\t財務部納税課\n区が行う対策\t1 暗号化する。'], tokenizer);
    expect([a.department, a.divisions]).toEqual(['財務部', ['納税課']]);
    const [b] = analyzeDocument(['件名\t〇〇の委託について\n担当課\t選挙管理委員会事務局\n区が行う対策\t1 暗号化する。'], tokenizer);
    expect([b.department, b.divisions]).toEqual(['選挙管理委員会事務局', []]);
  });
  it('reads 個人情報の種類 as items, one-kanji items, and a 台帳システム as a system', () => {
    const [m] = analyzeDocument(['件名\t〇〇の委託について\n個人情報の種類\t児童の氏名・学年・組\n区が行う対策\t1 暗号化する。'], tokenizer);
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '学年', '組']);
    expect(parseItems('基本チェックリストの回答内容')[0].sensitive).toBe(true);
    expect(mediumCategory('区の予防接種台帳システム', 'outsourcing')).toBe('ward_system');
  });
});

describe('titles, labels and prose fields of other councils’ layouts', () => {
  it('takes a heading as the title without its number or （報告）, and refuses generic subjects', () => {
    expect(headingTitle('諮問第５号　母子健康手帳アプリの導入に伴う外部結合について'.normalize('NFKC'))).toEqual({ prefix: '諮問第5号', title: '母子健康手帳アプリの導入に伴う外部結合について' });
    expect(headingTitle('諮問第三号 住民税課税情報の目的外利用について')?.title).toBe('住民税課税情報の目的外利用について');
    expect(headingTitle('個人情報を取り扱う事務の委託について(報告)')).toBeNull();
    expect(headingTitle('江戸川区個人情報保護条例の規定による諮問について(諮問)')).toBeNull();
    expect(headingTitle('情報保護対策について')).toBeNull();
    expect(headingTitle('(1)諮問第21号について')).toBeNull();
    // An accordion's button over a 事業名 row (春日部市, eval/wild-25 w1).
    expect(headingTitle('報告事項1 業務の委託に伴う個人情報の取扱いについて')).toBeNull();
  });

  it('lets the 件名 row win over the heading above it, and 事業名 stand in when there is neither', () => {
    const [m] = extractDocument(['# 電算処理システムの導入に伴う業務の委託について\n件名\t〇〇システムの運用業務の委託について\n担当部課\t福祉部福祉課\n委託先\t株式会社テスト']);
    expect(m.title).toBe('〇〇システムの運用業務の委託について');
    const [b] = extractDocument(['個人情報を取り扱う事務の委託について(報告)\n\n事務の名称:高齢者教室の運営業務委託\n所管課:保健福祉支援部高齢者支援課\n委託事業者:株式会社テスト']);
    expect(b.title).toBe('高齢者教室の運営業務委託');
    expect(b.department).toBe('保健福祉支援部');
  });

  it('reads 【】 labels, with values on the same line or the next, and an unknown label as its own row', () => {
    const rows = layoutRows(['【件名】粗大ごみ受付センター運営業務の委託について\n【委託先】\n株式会社テスト\n【備考】入札により決定\n【記録媒体】紙']);
    expect(rows.map((r) => [r.key, r.label, r.parts.map((p) => p.text).join('/')])).toEqual([
      ['title', '件名', '粗大ごみ受付センター運営業務の委託について'],
      ['contractor', '委託先', '株式会社テスト'],
      [null, '備考', '入札により決定'],
      ['media', '記録媒体', '紙']
    ]);
  });

  it('finds the period and the contractor in prose when the matter has no form', () => {
    const [m] = extractDocument([
      '要介護認定調査票の入力業務の委託について\n\n委託先は、一般競争入札の結果、株式会社房総情報処理センター(千葉市中央区)に決定しています。\n委託の期間は平成29年10月1日から平成30年3月31日までとし、平成30年度以降も同様の方法で委託を続ける予定です。'
    ]);
    expect([m.contractor, m.period_start, m.period_end, m.recurring]).toEqual(['株式会社房総情報処理センター', '2017-10-01', '2018-03-31', true]);
  });
});

describe('consultation or report', () => {
  it('takes the matter’s own mark first, then what the cover says of all matters', () => {
    const ms = extractDocument(['報告1 個人情報を取り扱う業務の委託\n件名:〇〇業務の委託について\n委託先:株式会社テスト\n\n諮問1 保有個人情報の目的外利用\n件名:〇〇情報の目的外利用について\n担当部課:福祉部福祉課']);
    expect(ms.map((m) => m.matter_kind)).toEqual(['report', 'consultation']);
    expect(documentKind('次の2件について実施機関から諮問がありました。')).toBe('consultation');
    expect(documentKind('次のとおり報告します。')).toBe('report');
    expect(documentKind('個人情報を取り扱う業務の外部委託について（報告）')).toBe('report');
    expect(documentKind('諮問・報告事項')).toBeNull();
  });

  it('starts a row at a label it does not read, so the field above keeps its value', () => {
    const [m] = extractDocument(['件名:〇〇業務の委託について\n委託先:株式会社テスト\n選定方法:指名競争入札\n個人情報の項目:氏名、住所']);
    expect(m.contractor).toBe('株式会社テスト');
  });
});

describe('landscape forms and letter-spaced PDF text', () => {
  it('reads a header line of labels and the value line under it as label → value rows', () => {
    const rows = layoutRows(['件名\t所管\t記録媒体\t委託先\n〇〇業務の委託について\t福祉局国保年金医療課\t紙\t株式会社テスト\n※ 委託先は入札により選定した。']);
    expect(rows.filter((r) => r.kind === 'row').map((r) => [r.key, r.parts.map((p) => p.text).join('/')])).toEqual([
      ['title', '〇〇業務の委託について'],
      ['department', '福祉局国保年金医療課'],
      ['media', '紙'],
      // The note under the table continues the last cell, as a wrapped cell would.
      ['contractor', '株式会社テスト/※ 委託先は入札により選定した。']
    ]);
  });

  it('leaves a table whose header names no form labels alone', () => {
    const rows = layoutRows(['対象\t項目\t備考\n児童\t氏名、生年月日\tなし']);
    expect(rows.map((r) => r.label)).toEqual(['対象', '児童']);
  });

  it('reads a letter-spaced heading as the word it spells', () => {
    const rows = layoutRows(['個 人 情 報 取 扱 特 記 事 項']);
    expect(rows[0].parts[0].text).toBe('個人情報取扱特記事項');
  });
});

describe('evidence and review flags', () => {
  it('cite the row each field was read from, and flag the fields a matter lacks', () => {
    const [m] = extractDocument(['件名\t〇〇業務の委託について\n担当部課\t福祉部福祉課\n委託先\t株式会社テスト\n委託期間\t令和3年6月1日から令和4年3月31日まで']);
    expect(m.evidence.map((e) => [e.field, e.text])).toEqual([
      ['title', '件名：〇〇業務の委託について'],
      ['department', '担当部課：福祉部福祉課'],
      ['contractor', '委託先：株式会社テスト'],
      ['period_start', '委託期間：令和3年6月1日から令和4年3月31日まで']
    ]);
    expect(m.review).toEqual(['items_missing', 'safeguards_missing']);
  });
});

describe('session and legal basis in other councils’ wordings', () => {
  it('reads a session in kanji numerals or inside a breadcrumb, and an article wrapped or after a law’s number', () => {
    const [m] = extractDocument([
      'トップページ > 令和四年度第二回〇〇町個人情報保護審議会\n件名:〇〇給付金の支給事務における課税情報の目的外利用について\n担当:福祉課\n\n支給対象の世帯かどうかを確かめるため、〇〇町個人情報保護条例第八条第\n二項第五号の規定により、審議会の意見をお聴きするものです。'
    ]);
    expect([m.council_session, m.fiscal_year, m.legal_basis]).toEqual(['令和4年度第2回', 2022, '第8条第2項第5号']);
    const [p] = extractDocument(['件名:〇〇の目的外利用について\n担当部課:健康福祉部〇〇課\n個人情報の保護に関する法律施行条例(令和4年〇〇県条例第48号)第9条第1項の規定により報告する。']);
    expect(p.legal_basis).toBe('第9条第1項');
  });
});

describe('procedure from the title’s wording', () => {
  it('reads collection from another body, recording in a computer and a provision without について', () => {
    const proc = (title: string) => extractDocument([`件名:${title}\n担当部課:福祉部福祉課\n委託先:株式会社テスト`])[0].procedure;
    expect(proc('医療的ケアを必要とする児童生徒の通学支援に係る主治医からの個人情報の収集について')).toBe('indirect_collection');
    expect(proc('見守り登録情報の電子計算組織への記録について')).toBe('computer_processing');
    expect(proc('実態調査に伴う民生委員への調査対象者情報の提供')).toBe('external_provision');
    expect(proc('〇〇情報の利用目的以外の目的のための利用について')).toBe('purpose_change');
    expect(proc('新生児訪問指導事業における医療機関からの出生児情報の収集について')).toBe('indirect_collection');
    // No procedure word in the title, but a contractor (委託先) in the form: an outsourcing.
    expect(proc('国民健康保険特定健康診査受診勧奨業務')).toBe('outsourcing');
    expect(proc('学校保健クラウドサービスとの接続について')).toBe('external_link');
  });

  it('reads a kind row of its own (`種別：外部結合（オンライン結合）`)', () => {
    const [m] = extractDocument(['件名:児童生徒の健康診断結果の管理について\n種別:外部結合(オンライン結合)\n所管:教育委員会事務局 学務保健課']);
    expect(m.procedure).toBe('external_link');
  });

  it('joins a 件名 value wrapped onto a line that ends like a title', () => {
    const [m] = extractDocument(['件名:介護予防・日常生活支援総合事業の実施に伴う介護保険\nシステムの記録項目の追加について\n所管部課:福祉部 高齢者福祉課']);
    expect(m.title).toBe('介護予防・日常生活支援総合事業の実施に伴う介護保険システムの記録項目の追加について');
  });
});

describe('letter-spaced labels', () => {
  it('read `担 当 福祉部生活支援課` as the department row, not as more title', () => {
    const [m] = extractDocument(['件 名 〇〇事業の実施に伴う本人以外からの個人情報の収集について\n担 当 福祉部生活支援課、板橋・赤塚福祉事務所\n根 拠 〇〇区個人情報保護条例第11条']);
    expect([m.title, m.department, m.divisions]).toEqual(['〇〇事業の実施に伴う本人以外からの個人情報の収集について', '福祉部', ['生活支援課', '板橋福祉事務所', '赤塚福祉事務所']]);
  });
});

describe('numbered one-line rows', () => {
  it('read `N label value` as a row, start a matter at 報告事項N, and leave numbered measures alone', () => {
    const doc = [
      '報告事項1(業務の委託)',
      '1 事業名 〇〇センター事業の運営業務の委託について',
      '2 所管部課 子ども政策部子育て支援課',
      '3 委託期間 平成29年4月1日~平成30年3月31日',
      '4 委託の内容 会員の登録及び管理',
      '5 保護対策(市) 契約書に特記事項を付す。',
      '1 区から提供された電磁的媒体は施錠できる金庫に保管させる。',
      '報告事項2(電子計算組織への記録)',
      '1 事業名 予防接種事務における健康管理システムへの記録項目の追加について',
      '2 所管部課 健康福祉部健康推進課'
    ].join('\n');
    const ms = extractDocument([doc]);
    expect(ms.map((m) => [m.title, m.department, m.procedure])).toEqual([
      ['〇〇センター事業の運営業務の委託について', '子ども政策部', 'outsourcing'],
      ['予防接種事務における健康管理システムへの記録項目の追加について', '健康福祉部', 'computer_processing']
    ]);
    expect(ms[0].period_end).toBe('2018-03-31');
    // The numbered line under the measures stays a measure, not a media row.
    expect(ms[0].safeguards.some((x) => x.text.includes('金庫に保管させる'))).toBe(true);
  });
});

describe('period and contractor in their cells and in speech', () => {
  it('leaves a note in brackets out of the period, and reads 〜に委託いたします', () => {
    const [m] = extractDocument(['件名:〇〇の収集について\n担当部課:教育委員会事務局学務課\n収集の開始:令和3年8月1日(令和4年度以降も、同様に収集する。)\n\n今回、発送業務を株式会社メディカルリーチに委託いたします。']);
    expect([m.period_start, m.recurring, m.contractor]).toEqual(['2021-08-01', true, '株式会社メディカルリーチ']);
  });
});

describe('more label words and matter marks', () => {
  it('reads 業務名, 受注者, 記録の形態, 受注者の安全管理措置 and starts matters at 【報告案件N】 under a cover subject', () => {
    const doc = [
      '個人情報取扱事務に関する報告案件及び諮問案件について',
      '【報告案件1】',
      '業務名:〇〇受診勧奨業務',
      '所管所属:福祉保険部 国民健康保険課',
      '受注者:株式会社テスト',
      '記録の形態:紙、CD-R',
      '受注者の安全管理措置:',
      '・作業場所を限定させる。',
      '【諮問案件1】',
      '件名:〇〇システムのオンライン結合について',
      '所管所属:福祉保険部 国民健康保険課'
    ].join('\n');
    const ms = extractDocument([doc]);
    expect(ms.map((m) => [m.title, m.matter_kind])).toEqual([
      ['〇〇受診勧奨業務', 'report'],
      ['〇〇システムのオンライン結合について', 'consultation']
    ]);
    expect([ms[0].contractor, ms[0].media.map((x) => x.category), ms[0].safeguards.map((x) => x.actor)]).toEqual(['株式会社テスト', ['paper', 'removable'], ['contractor']]);
  });
});

describe('a council document in no known form', () => {
  it('is read as one matter with what the prose gives, flagged form_not_recognised', () => {
    const ms = extractDocument([
      '令和5年度第1回〇〇市個人情報保護審議会 資料\nこの業務は、福祉部福祉課が所管する。委託先は株式会社テストに決定した。\n受託者には作業従事者の名簿を提出させる。市は、データの受渡しを職員が直接行うこととする。'
    ]);
    expect(ms).toHaveLength(1);
    const [m] = ms;
    expect([m.department, m.contractor, m.council_session]).toEqual(['福祉部', '株式会社テスト', '令和5年度第1回']);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['contractor', 'ward']);
    expect(m.review).toEqual(['form_not_recognised', 'title_missing', 'items_missing']);
  });

  it('is still nothing at all when the text is not a council document', () => {
    expect(extractDocument(['今日は晴れです。明日は雨が降るでしょう。'])).toEqual([]);
  });
});

describe('a report written as paragraphs that open by naming their topic', () => {
  const doc = [
    '〇〇業務の委託について（報告）',
    '',
    '〇〇市健康福祉部健康推進課',
    '',
    '　本件は、〇〇業務を外部に委託するものであり、〇〇市個人情報保護条例第十一条第二項の規定に基づき報告するものである。',
    '　委託の内容について。委託先は株式会社テスト情報センターであり、契約期間は令和元年七月一日から令和二年三月三十一日までとする。',
    '　取り扱う個人情報について。対象となるのは受診した乳幼児の氏名、生年月日及び健診結果並びに保護者の氏名及び住所である。記録媒体は紙の問診票である。',
    '　保護のための措置について。市は、契約書に個人情報取扱特記事項を付す。受託者は、作業従事者の名簿を市に提出する。'
  ].join('\n');
  const [m] = analyzeDocument([doc], tokenizer);

  it('takes the office from the sender line under the title, without the municipality', () => {
    expect([m.department, m.divisions]).toEqual(['健康福祉部', ['健康推進課']]);
  });
  it('reads items after 対象となるのは, split at 並びに before the person who owns them', () => {
    expect(m.data_items.map((i) => `${i.subject}:${i.item}`)).toEqual(['乳幼児:氏名', '乳幼児:生年月日', '乳幼児:健診結果', '保護者:氏名', '保護者:住所']);
  });
  it('reads the contractor without the copula and the measures with their actors', () => {
    expect(m.contractor).toBe('株式会社テスト情報センター');
    expect(m.safeguards.map((s) => [s.actor, s.categories.map((c) => c.category)])).toEqual([
      ['ward', ['contract_terms']],
      ['contractor', ['responsible_staff']]
    ]);
  });
});

describe('page decoration between the pages of a PDF', () => {
  it('does not end a measures list that runs on to the next page', () => {
    const rows = layoutRows([
      '１ 件名 〇〇業務の委託について\n２ 受託者の措置\nア 作業従事者を指定する。\n--------------------\n－ １ －',
      'イ 問診票は施錠できる保管庫に保管する。\n--------------------\n－ ２ －'
    ]);
    const measures = rows.find((r) => r.key === 'contractor_measures');
    expect(measures?.parts.map((p) => p.text)).toEqual(['ア 作業従事者を指定する。', 'イ 問診票は施錠できる保管庫に保管する。']);
    expect(rows.some((r) => r.parts.some((p) => /^-?\s*\d\s*-$/.test(p.text)))).toBe(false);
  });
});

describe('review flags after classification', () => {
  it('flag a matter whose safeguard sentences name no measure the taxonomy knows', () => {
    const [m] = analyzeDocument(['件名\t〇〇業務の委託について\n担当部課\t福祉部福祉課\n個人情報の項目\t氏名、住所\n区が行う対策\t適切に対応する。'], tokenizer);
    expect(m.safeguards).toHaveLength(1);
    expect(m.review).toContain('safeguards_unclassified');
  });
});

describe('an annex headed with a mark', () => {
  it('is still the annex: its sentences are clauses', () => {
    const [m] = analyzeDocument(
      [
        [
          '件名\t〇〇業務の委託について',
          '担当部課\t福祉部福祉課',
          '受託者に講じさせる措置\t作業従事者の名簿を提出させる。',
          '',
          '■別記 個人情報の取扱いに関する特記事項（要旨）',
          '■秘密の保持 受託者は、業務上知り得た個人情報を他に漏らしてはならない。',
          '■損害賠償 受託者は、この特記事項に違反して町に損害を与えたときは、その損害を賠償しなければならない。'
        ].join('\n')
      ],
      tokenizer
    );
    const clauses = m.safeguards.filter((s) => s.scope === 'clause').flatMap((s) => s.categories.map((c) => c.category));
    expect(clauses.sort()).toEqual(['confidentiality', 'liability']);
  });
});

describe('a rowspan group header over sub-labels', () => {
  it('gives the sub-label the row, but not in an item table', () => {
    const rows = layoutRows(['委託の概要\t委託先\t株式会社テスト印刷\n\t委託期間\t令和3年4月1日から令和4年3月31日まで\n収集する個人情報\n児童生徒\t必要な医療的ケアの内容\t喀痰吸引等']);
    expect(rows.filter((r) => r.kind === 'row').map((r) => [r.label, r.key])).toContainEqual(['委託先', 'contractor']);
    expect(rows.some((r) => r.label === '必要な医療的ケアの内容')).toBe(false);
  });
});

describe('a report letter whose matters are paragraphs under kanji-numbered headings', () => {
  const text = [
    '令和3年度第3回北杜県個人情報保護審議会 資料1',
    '個人情報を取り扱う事務の委託等について（報告）',
    '一　学童健診結果の入力業務の委託について',
    '　この業務は、保健福祉部健康増進課が所管する健診の事務のうち、結果の入力を外部に委託するものです。受託者は、株式会社北杜データに決定しており、委託の期間は令和三年十一月一日から令和四年三月三十一日までです。',
    '　受託者が取り扱う個人情報は、児童の氏名、生年月日、身長及び体重であり、受託者の事業所に設置する入力専用のパソコンで入力されます。',
    '　県としては、契約書に個人情報取扱特記事項を付します。さらに、委託の期間中に一回、県の職員が受託者の作業場所に立ち入り、調査を行います。',
    '　一方、受託者には次のことを義務付けます。受託者は、作業に従事する者を指定し、その名簿を県に提出しなければなりません。作業に従事する者に対しては、作業を始める前に研修を行わなければなりません。',
    '二　県営住宅入居者情報の災害時安否確認への利用について',
    '　この事務は、都市建築部住宅課が所管する県営住宅の管理の事務において保有している入居者の情報を、安否確認の名簿の作成に利用するものです。これは目的外の利用に当たるため、御報告するものです。',
    '　名簿に記載する個人情報は、入居者の氏名及び緊急連絡先と、世帯員の氏名及び続柄、並びに入居の申込みの際に申告された障害者手帳の等級です。',
    '　県は、この名簿を利用することができる者を、住宅課の担当職員に限定します。名簿は施錠できる書庫に保管します。'
  ].join('\n');
  const [first, second] = analyzeDocument([text], tokenizer);
  it('takes the title without its kanji numeral, and the office from a long paragraph', () => {
    expect(first.title).toBe('学童健診結果の入力業務の委託について');
    expect([first.department, first.divisions]).toEqual(['保健福祉部', ['健康増進課']]);
    expect(second.title).toBe('県営住宅入居者情報の災害時安否確認への利用について');
    expect([second.department, second.divisions]).toEqual(['都市建築部', ['住宅課']]);
  });
  it('reads the procedure a sentence names in law, and the media the prose mentions', () => {
    expect(second.procedure).toBe('purpose_change');
    expect(first.media.map((m) => m.category)).toContain('contractor_pc');
  });
  it('reads the obligations of the paragraphs, each with the actor its paragraph opened with', () => {
    const byActor = (m: typeof first, actor: string) => m.safeguards.filter((s) => s.actor === actor).flatMap((s) => s.categories.map((c) => c.category));
    expect(byActor(first, 'ward')).toEqual(expect.arrayContaining(['contract_terms', 'audit']));
    expect(byActor(first, 'contractor')).toEqual(expect.arrayContaining(['responsible_staff', 'training']));
    expect(byActor(first, 'ward')).not.toContain('training');
    expect(byActor(second, 'ward')).toEqual(expect.arrayContaining(['access_control', 'locked_storage']));
  });
  it('ends a person’s run at 並びに, and drops a trailing と and a passive clause of origin', () => {
    expect(second.data_items.map((d) => [d.subject, d.item])).toEqual([
      ['入居者', '氏名'],
      ['入居者', '緊急連絡先'],
      ['世帯員', '氏名'],
      ['世帯員', '続柄'],
      [null, '障害者手帳の等級']
    ]);
  });
});

describe('numbered labels in kanji numerals or letter-spaced, and matters marked 案件N（諮問）', () => {
  it('reads `二 所管` with its value on the next line, and `1 件 名 …` with a row number', () => {
    const [m] = extractDocument([
      ['令和4年度第3回北杜県個人情報保護審議会', '一　件名', '　求職者登録サイトの運営業務の委託について', '二　所管', '　商工労働部　労働政策課', '三　区分', '　報告（個人情報取扱事務の外部委託）', '四　委託先', '　株式会社北杜キャリア', '五　取り扱う個人情報', '　氏名、住所'].join('\n')
    ]);
    expect([m.title, m.department, m.divisions, m.contractor]).toEqual(['求職者登録サイトの運営業務の委託について', '商工労働部', ['労働政策課'], '株式会社北杜キャリア']);
    const [p] = extractDocument([['北杜町個人情報保護審議会', '1 件 名 健診結果データ作成業務の委託について', '2 担 当 課 保健福祉部健康推進課', '4 委 託 先 株式会社北杜データ', '5 委託期間 令和6年6月3日から令和7年3月31日まで'].join('\n')]);
    expect([p.title, p.department, p.contractor]).toEqual(['健診結果データ作成業務の委託について', '保健福祉部', '株式会社北杜データ']);
  });
  it('keeps a numbered measure wrapped at the line end inside its list', () => {
    const [m] = extractDocument([
      ['件名 〇〇業務の委託について', '担当課 福祉部福祉課', '受託者の対策', '1 作業責任者を定め、その名簿を町に提出する。', '2 作業用パソコンはインターネットに接続しない端末とす', 'る。', '3 業務終了後は、データを消去する。'].join('\n')
    ]);
    expect(m.safeguards.map((s) => [s.actor, s.text])).toEqual([
      ['contractor', '作業責任者を定め、その名簿を町に提出する。'],
      ['contractor', '作業用パソコンはインターネットに接続しない端末とする。'],
      ['contractor', '業務終了後は、データを消去する。']
    ]);
  });
  it('starts a matter at `案件2（諮問）`, reads `◇受託者（結合先）に講じさせる措置`, and the procedure a 区分 line names', () => {
    const ms = extractDocument([
      [
        '案件1（報告）',
        '【件名】', '配食サービス事業の業務委託について', '【担当課】', '長寿福祉部長寿福祉課', '【受託者】', '株式会社配食',
        '【保護対策】', '◇市が講じる措置', '(1) 契約書に特記事項を付す。', '◇受託者に講じさせる措置', '(1) 名簿を提出させる。',
        '案件2（諮問）',
        '【件名】', '住民情報のごみ出し支援事業への利用について', '【区分】', '諮問（目的外利用）', '【担当課】', '環境部清掃課',
        '【保護対策】', '◇市が講じる措置', '(1) 閲覧できる職員を限定する。', '◇受託者（結合先）に講じさせる措置', '(1) 通信を暗号化させる。'
      ].join('\n')
    ]);
    expect(ms.map((m) => [m.matter_kind, m.procedure])).toEqual([['report', 'outsourcing'], ['consultation', 'purpose_change']]);
    expect(ms[1].safeguards.map((s) => s.actor)).toEqual(['ward', 'contractor']);
  });
});

describe('prose that names its matters, and a landscape record that runs on to the next page', () => {
  it('starts a matter at `諮問の案件は、「…」である`, with the office from `所管は…`, and reads its paragraphs’ obligations', () => {
    const ms = analyzeDocument([
      [
        '平成26年度第2回北杜区個人情報保護審議会 説明資料',
        '諮問の案件は、「妊婦健康診査の結果に係る医療機関からの個人情報の収集について」である。所管は健康部健康推進課であり、医療機関から結果の写しを収集する。収集する情報は、妊婦の氏名、妊娠週数及び健診の結果である。',
        '報告の案件は、「粗大ごみ受付センター運営業務の委託について」であり、所管は環境清掃部清掃事務所である。受託者は株式会社北杜コールに決定した。',
        '区が講じる措置としては、契約書に特記事項を添付して、受託者にその遵守を義務付ける。',
        '受託者に対しては、次の措置を講じさせる。オペレーターには業務に就く前に研修を受けさせる。'
      ].join('\n')
    ], tokenizer);
    expect(ms[1].safeguards.map((s) => [s.actor, s.categories.map((c) => c.category)])).toEqual([
      ['ward', ['contract_terms']],
      ['contractor', ['training']]
    ]);
    expect(ms.map((m) => [m.title, m.matter_kind, m.department, m.divisions])).toEqual([
      ['妊婦健康診査の結果に係る医療機関からの個人情報の収集について', 'consultation', '健康部', ['健康推進課']],
      ['粗大ごみ受付センター運営業務の委託について', 'report', '環境清掃部', ['清掃事務所']]
    ]);
  });
  it('joins a record continued under the header repeated on the next page', () => {
    const head = 'No.\t件名\t所管\t委託先\t安全管理措置';
    const [m] = extractDocument([
      [head, '1\t水道メーター検針業務の委託\t水道局お客さまサービス課\t株式会社北杜アクア\t【市】・契約書に特記事項を添付する。'].join('\n'),
      [head, '\t\t\t\t【委託先】・従事者名簿を提出する。'].join('\n')
    ]);
    expect(m.contractor).toBe('株式会社北杜アクア');
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward', 'contractor']);
  });
});

describe('a form whose row numbers stand in cells of their own', () => {
  it('reads `6 | 取り扱う個人情報 | …` as the labelled row', () => {
    const [m] = extractDocument([
      ['1 件名\t健診受診勧奨通知の発送業務の委託について', '2 担当課\t保健福祉局健康づくり課', '6\t取り扱う個人情報\t対象者の氏名、住所、生年月日', '7\t記録媒体\t紙(通知書)', '9\t個人情報の保護措置\t(1)市が講じる措置\tア 契約書に特記事項を付す。'].join('\n')
    ]);
    expect(m.data_items.map((d) => d.item)).toEqual(['氏名', '住所', '生年月日']);
    expect(m.media.map((x) => x.category)).toEqual(['paper']);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward']);
  });
});

describe('measures split by party in a rowspan', () => {
  it('read a 受託者 row under the measures as the contractor’s measures, not the contractor', () => {
    const [m] = extractDocument([['件名\t受給者証の発送業務の委託について', '委託先\t株式会社北杜プリント', '保護措置\t道\t1 契約書に特記事項を添付する。', '受託者\t1 作業責任者を定め、道に報告させる。'].join('\n')]);
    expect(m.contractor).toBe('株式会社北杜プリント');
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward', 'contractor']);
  });
});

describe('a numbered list in a cell, continued on lines of its own', () => {
  it('keeps its next item with it, not with the row below', () => {
    const [m] = extractDocument([['件名\t助成事務の委託について', '記録媒体\t1 紙(申請書)', '\t2 市の助成管理システム(課内の端末から操作)', '個人情報の保護対策\t市\t1 契約書に特記事項を付す。'].join('\n')]);
    expect(m.media.map((x) => x.category)).toEqual(['paper', 'ward_system']);
  });
});

describe('layouts first met in eval/wild-7', () => {
  it('starts a matter at a numbering row (`整理番号：報告１`), whose mark gives its kind', () => {
    const doc = [
      '資料２',
      '整理番号：報告１',
      '業務の名称：ひとり親家庭等就業支援業務の委託',
      '実施課：健康福祉部こども家庭課',
      '取扱個人情報：氏名、生年月日、住所',
      '委託の相手方：一般社団法人Ａ協会',
      '整理番号：諮問２',
      '業務の名称：介護支援専門員の登録情報の外部提供',
      '実施課：健康福祉部長寿社会課',
      '取扱個人情報：氏名、登録番号',
      '提供の相手方：一般社団法人Ｂセンター'
    ].join('\n');
    const matters = extractDocument([doc]);
    expect(matters.map((m) => [m.title, m.matter_kind, m.divisions[0]])).toEqual([
      ['ひとり親家庭等就業支援業務の委託', 'report', 'こども家庭課'],
      ['介護支援専門員の登録情報の外部提供', 'consultation', '長寿社会課']
    ]);
    expect(matters.map((m) => m.data_items.map((d) => d.item))).toEqual([['氏名', '生年月日', '住所'], ['氏名', '登録番号']]);
  });

  it('takes a heading tagged `（諮問第4号）` as a title, without the tag', () => {
    expect(headingTitle('1 子育て関係手続のオンライン申請に伴う外部結合について（諮問第4号）')?.title).toBe('子育て関係手続のオンライン申請に伴う外部結合について（諮問第4号）');
    const [m] = extractDocument(['## 1　子育て関係手続のオンライン申請に伴う外部結合について（諮問第4号）\n\n所管：子ども家庭部 子育て支援課']);
    expect([m.title, m.matter_kind, m.department]).toEqual(['子育て関係手続のオンライン申請に伴う外部結合について', 'consultation', '子ども家庭部']);
  });

  it('reads the council’s answer letter: its matters were consultations, its session is named in a sentence', () => {
    const doc = [
      '〇〇市個人情報保護審議会',
      '里親支援業務の委託に伴う個人情報の取扱いについて（答申）',
      '令和4年11月10日付けで諮問のあった標記の件について、令和4年度第5回〇〇市個人情報保護審議会（令和4年12月15日開催）において審議した結果、次のとおり答申します。',
      '（１）件名',
      '　　里親支援業務の委託について',
      '（２）実施機関及び担当課',
      '　　〇〇市長（こども局〇〇こどもセンターさとおや課）',
      '（３）委託期間',
      '　　令和5年4月1日から令和6年3月31日まで'
    ].join('\n');
    const [m] = extractDocument([doc]);
    expect([m.matter_kind, m.council_session, m.fiscal_year, m.department, m.divisions]).toEqual(['consultation', '令和4年度第5回', 2022, 'こども局', ['さとおや課']]);
  });

  it('reads the legal basis from a value whose label cleaning would glue to it, and the contractor from a `相手方・期間` cell', () => {
    const doc = [
      '件名\t根拠条項\t相手方・期間\t担当課',
      '特定保健指導業務の委託について\t第10条第1項\t委託先：株式会社ヘルスリンク 期間：令和3年6月1日～令和4年3月31日\t国民健康保険課'
    ].join('\n');
    const [m] = extractDocument([doc]);
    expect([m.legal_basis, m.contractor, m.period_start]).toEqual(['第10条第1項', '株式会社ヘルスリンク', '2021-06-01']);
  });

  it('takes a matter’s session from its head, not from links to other sessions after it', () => {
    const doc = ['ホーム > 審議会 > 令和3年度第2回 審議案件一覧', '令和3年度第2回 〇〇市個人情報保護審議会 審議案件一覧', '件名：がん検診精密検査結果の医療機関からの収集について', '担当課：健康づくり課', '関連情報', '令和3年度第1回 〇〇市個人情報保護審議会 審議案件一覧', '令和2年度第4回 〇〇市個人情報保護審議会 審議案件一覧'].join('\n');
    const [m] = extractDocument([doc]);
    expect([m.council_session, m.procedure]).toEqual(['令和3年度第2回', 'indirect_collection']);
  });
});

describe('layouts first met in eval/wild-8', () => {
  it('reads a table drawn with box characters: wrapped labels and values joined, numbered lines kept apart', () => {
    const doc = [
      '報告事項１　福祉タクシー利用券の発送業務の委託について（報告）',
      '┌────────┬──────────────┐',
      '│件　　名　　　　│福祉タクシー利用券の発送業務│',
      '│　　　　　　　　│の委託について　　　　　　　│',
      '├────────┼──────────────┤',
      '│担当課　　　　　│福祉保健部障がい福祉課　　　│',
      '├────────┼──────────────┤',
      '│委託期間　　　　│令和４年７月１日から令和５年│',
      '│　　　　　　　　│３月３１日まで（令和５年度以│',
      '│　　　　　　　　│降も同様に委託する予定）　　│',
      '├────────┼──────────────┤',
      '│委託先に行わせる│１　責任者を選任させる。　　│',
      '│対策　　　　　　│２　作業場所への入退室を記録│',
      '│　　　　　　　　│させる。　　　　　　　　　　│',
      '└────────┴──────────────┘'
    ].join('\n');
    const [m] = extractDocument([doc]);
    expect([m.title, m.department, m.divisions, m.period_start, m.period_end, m.recurring]).toEqual([
      '福祉タクシー利用券の発送業務の委託について',
      '福祉保健部',
      ['障がい福祉課'],
      '2022-07-01',
      '2023-03-31',
      true
    ]);
    expect(m.safeguards.map((s) => [s.actor, s.text])).toEqual([
      ['contractor', '責任者を選任させる。'],
      ['contractor', '作業場所への入退室を記録させる。']
    ]);
  });

  it('puts a matter’s section under the index table row that named it first, and a numbered heading under an empty section label', () => {
    const doc = [
      '報告事項一覧',
      '番号\t件名\t担当課\t根拠条文',
      '報告第7号\t健康診査データ分析業務の委託について\t国民健康保険課\t条例第12条第3項',
      '報告第8号\tスマートフォン講座運営業務の委託について\t高齢者いきいき課\t条例第12条第3項',
      '報告の内容',
      '報告第7号　健康診査データ分析業務の委託について',
      '担当部課：健康推進部国民健康保険課',
      '委託先：株式会社ヘルスデータ・ラボ',
      '報告第8号　スマートフォン講座運営業務の委託について',
      '担当部課：福祉部高齢者いきいき課',
      '委託先：特定非営利活動法人ところざわサポート'
    ].join('\n');
    const matters = extractDocument([doc]);
    expect(matters.map((m) => [m.title, m.department, m.contractor])).toEqual([
      ['健康診査データ分析業務の委託について', '健康推進部', '株式会社ヘルスデータ・ラボ'],
      ['スマートフォン講座運営業務の委託について', '福祉部', '特定非営利活動法人ところざわサポート']
    ]);
  });
});

describe('layouts first met in eval/wild-9', () => {
  it('reads a spreadsheet export: a wide header with bookkeeping columns, `委託先・結合先`, each record from its number', () => {
    const doc = [
      '番号\t審議会\t区分\t件名\t根拠条項\t担当\t委託先・結合先\t期間\t個人情報の項目\t記録媒体\t保護措置\t備考',
      '1\t平成27年度第1回\t報告（委託）\t被保険者証の作成業務の委託について\t条例第11条第2項\t市民文化部／国保年金課\t株式会社筑後フォーム\t平成27年8月3日〜平成27年10月30日\t氏名、住所\t紙\t【市】特記事項を付す。\t',
      '2\t平成27年度第1回\t諮問（目的外利用）\t給付金の支給に伴う課税情報の目的外利用について\t条例第10条第1項第6号\t健康福祉部／給付金室\t―\t平成27年9月1日〜\t氏名、課税の別\t市のシステム\t【市】利用者を限定する。\t'
    ].join('\n');
    const matters = extractDocument([doc]);
    expect(matters.map((m) => [m.title, m.matter_kind, m.department, m.contractor])).toEqual([
      ['被保険者証の作成業務の委託について', 'report', '市民文化部', '株式会社筑後フォーム'],
      ['給付金の支給に伴う課税情報の目的外利用について', 'consultation', '健康福祉部', '―']
    ]);
  });

  it('reads a table with one column per matter, a cell’s further lines kept under its own matter', () => {
    const html = `<table>
      <tr><th>項目</th><th>報告事項１</th><th>諮問事項１</th></tr>
      <tr><th>件名</th><td>受診勧奨通知の発送業務の委託について</td><td>要介護認定情報の目的外利用について</td></tr>
      <tr><th>担当課</th><td>保健福祉局 保健部 健康づくり課</td><td>総務局 防災危機管理室</td></tr>
      <tr><th>委託先</th><td>株式会社ヘルスナッジ</td><td>―</td></tr>
      <tr><th>保護措置（市）</th><td><ol><li>特記事項を付す。</li><li>データを暗号化する。</li></ol></td><td><ol><li>職員を限定する。</li></ol></td></tr>
    </table>`;
    const matters = extractDocument([htmlToText(html)]);
    expect(matters.map((m) => [m.title, m.matter_kind, m.department, m.safeguards.map((s) => s.text)])).toEqual([
      ['受診勧奨通知の発送業務の委託について', 'report', '保健福祉局', ['特記事項を付す。', 'データを暗号化する。']],
      ['要介護認定情報の目的外利用について', 'consultation', '総務局', ['職員を限定する。']]
    ]);
  });

  it('reads a form headed `項目 | 内容 | 備考` as one matter with remarks, the heading row again over its next page (焼津市, eval/wild-36 s1)', () => {
    const head = '項目\t内容\t備考';
    const pages = [
      ['別表２', head, '件名\tマイナポータルを利用した電子申請の受付に伴う電子計算機の結合について', '担当課\tこども未来部 子育て支援課\t端末の管理は情報政策課が行う。', '記録媒体\t子育て支援システム\tUSBメモリは使用しない。', '個人情報保護のための措置\t〔物理的対策〕 端末をセキュリティワイヤーで固定する。'].join('\n'),
      ['別表２（続き）', head, '\t〔技術的対策〕 通信経路は、TLSにより暗号化される。\t結合先との連絡窓口は情報政策課とする。'].join('\n')
    ];
    const [m, ...rest] = extractDocument(pages);
    expect(rest).toEqual([]);
    expect([m.title, m.department, m.divisions]).toEqual(['マイナポータルを利用した電子申請の受付に伴う電子計算機の結合について', 'こども未来部', ['子育て支援課']]);
    // One row a label, its remark with its value (not a second matter, `備考`, read column by column).
    const rows = layoutRows(pages).filter((r) => r.kind === 'row');
    expect(rows.map((r) => r.label)).toEqual(['件名', '担当課', '記録媒体', '個人情報保護のための措置']);
    expect(rows[1].parts.map((p) => p.text)).toEqual(['こども未来部 子育て支援課', '端末の管理は情報政策課が行う。']);
    expect(m.safeguards.map((s) => s.text).slice(0, 2)).toEqual(['端末をセキュリティワイヤーで固定する。', '通信経路は、TLSにより暗号化される。']);
  });

  it('reads such a table across pages: its heading row again, a label cut by the break, the annex in a row', () => {
    const head = '項 目\t案件１（諮問第45号）\t案件２（諮問第46号）';
    const pages = [
      [head, '件名\t受診勧奨通知の作成業務の委託について\tシステムとの外部結合について', '事務の概要\t通知を作成する。\t資料を閲覧する。', '諮問・報告の別\t諮問\t諮問', '担当部課\t健康医療部 健康増進課\t福祉部 介護保険課', '記録媒体\t紙\t市の端末', '受託者・結合先に講じさせ\t・責任者を定めさせる。\t・通信を暗号化させる。'].join('\n'),
      [head, 'る保護措置\t・研修を受けさせる。\t・ログを保存させる。', '個人情報取扱特記事項\t第１（秘密の保持）受託者は、個人情報を他に漏らしてはならない。\t該当なし'].join('\n')
    ];
    const matters = extractDocument(pages);
    expect(matters.map((m) => [m.title, m.department, m.safeguards.filter((s) => s.scope !== 'clause').map((s) => `${s.actor}:${s.text}`), m.safeguards.some((s) => s.scope === 'clause')])).toEqual([
      ['受診勧奨通知の作成業務の委託について', '健康医療部', ['contractor:責任者を定めさせる。', 'contractor:研修を受けさせる。'], true],
      ['システムとの外部結合について', '福祉部', ['contractor:通信を暗号化させる。', 'contractor:ログを保存させる。'], false]
    ]);
  });

  it('reads `委託先：…` lines under a label cell merged over them, and a contractor named by its trade as a party heading', () => {
    const doc = [
      '諮問事項',
      '件 名\t校務支援システムのクラウド移行に伴う外部結合について',
      '担当部課\t教育委員会事務局 学校教育部 学務保健課',
      '結 合',
      '\t結合先：株式会社みらいエデュケーション',
      '\t結合の開始：令和8年4月1日（予定）',
      '保護措置',
      '\t〔実施機関〕 1. 閉域網を経由させ、インターネットから分離する。',
      '\t〔クラウド事業者〕 1. 保存データ及び通信を暗号化させる。'
    ].join('\n');
    const [m] = extractDocument([doc]);
    expect([m.matter_kind, m.department, m.contractor, m.period_start]).toEqual(['consultation', '教育委員会事務局', '株式会社みらいエデュケーション', '2026-04-01']);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward', 'contractor']);
  });

  it('takes the office from a paragraph that opens with it as the subject', () => {
    const doc = ['１　乳幼児健康診査問診票のデータ入力業務の委託について', '　健康福祉部健康増進課では、乳幼児健康診査を実施しており、問診票の入力を委託する。'].join('\n');
    const [m] = extractDocument([doc]);
    expect([m.department, m.divisions]).toEqual(['健康福祉部', ['健康増進課']]);
  });
});

describe('layouts first met in eval/wild-10', () => {
  const doc = [
    '平成26年度第2回高崎市個人情報保護審議会',
    '　高崎市個人情報保護条例第１２条第２項の規定に基づき、次のとおり報告します。',
    '【報告案件】',
    '　　第１　受診勧奨通知の作成及び発送業務の委託について',
    '　　第２　申告書のデータ入力業務の委託について',
    '第１　受診勧奨通知の作成及び発送業務の委託について',
    '２　所管',
    '　健康部保険年金課',
    '第２　申告書のデータ入力業務の委託について',
    '２　所管',
    '　財務部市民税課',
    '７　特記事項',
    '　別紙のとおり',
    '別紙（第２関係）',
    '　　　高崎市個人情報取扱特記事項',
    '第１条　受託者は、個人情報を適正に取り扱わなければならない。',
    '第２条　受託者は、業務に関して知り得た個人情報を他に漏らしてはならない。'
  ].join('\n');
  const matters = extractDocument([doc]);

  it('takes a section numbered `第１` as a title, without its number', () => {
    expect(matters.map((m) => m.title)).toEqual(['受診勧奨通知の作成及び発送業務の委託について', '申告書のデータ入力業務の委託について']);
  });

  it('reads an annex titled with the municipality’s name as the annex, whose articles are no legal basis', () => {
    expect(matters[1].safeguards.filter((s) => s.scope === 'clause')).toHaveLength(2);
    expect(matters[0].safeguards.filter((s) => s.scope === 'clause')).toHaveLength(0);
  });

  it('gives every matter the article the cover cites for all of them, when it cites none of its own', () => {
    expect(matters.map((m) => m.legal_basis)).toEqual(['第12条第2項', '第12条第2項']);
  });
});

describe('a summary of the meeting (議事要旨)', () => {
  it('reads the matters in agenda order, the office that explained each, and a contractor named in prose', () => {
    const doc = [
      '会議の概要（議事要旨）',
      '議事内容',
      '\u3000（１）訪問支援業務の委託について（諮問）',
      '\u3000（２）給付金の個別案内に係る個人情報の目的外利用について（報告）',
      '\u3000（３）その他',
      '────────────────',
      '審議経過',
      '\u3000開会に当たり、事務局から、委員７人のうち６人が出席しており、定足数を満たしていることを報告した。',
      '（１）訪問支援業務の委託について（諮問）',
      '\u3000健康福祉局地域包括ケア推進部高齢者相談課から、資料１に基づき、おおむね次のとおり説明があった。',
      '\u3000訪問支援の実施部分を、社会医療法人相模緑愛会に委託したいと考えている。',
      '\u3000受託者が取り扱う個人情報は、支援対象者の氏名、住所及び要介護度である。',
      '\u3000市が講じる措置としては、契約書に個人情報取扱特記事項を付ける。',
      '委員：記録票をなくした場合は、どう対応するのか。',
      '高齢者相談課長：直ちに市へ報告させる。',
      '（２）給付金の個別案内に係る個人情報の目的外利用について（報告）',
      '\u3000こども・若者未来局こども家庭課から、資料２に基づき、おおむね次のとおり報告があった。',
      '\u3000利用する個人情報は、受給者の氏名、住所及び児童扶養手当証書番号である。'
    ].join('\n');
    const matters = extractDocument([doc]);
    expect(matters.map((m) => [m.title, m.department, m.divisions, m.contractor])).toEqual([
      ['訪問支援業務の委託について', '健康福祉局', ['高齢者相談課'], '社会医療法人相模緑愛会'],
      ['給付金の個別案内に係る個人情報の目的外利用について', 'こども・若者未来局', ['こども家庭課'], null]
    ]);
  });
});
