import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../src/lib/domain/analyze';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { layout as layoutRows } from '../../../../src/lib/domain/extract/layout';
import { htmlToText } from '../../../../src/lib/domain/extract/markup';
import { markdownToText } from '../../../../src/lib/domain/extract/markdown-text';
import { titleOf } from '../../../../src/lib/domain/extract/segment';
import { loadTokenizer } from '../../../../src/lib/tokenizer/tokenizer';

// Segmentation and the layouts first met in eval/wild-11 (fixed-width exports, 案件番号 forms,
// annexes marked for their matters). The real dictionary: classification works on kuromoji lemmas.
const tokenizer = await loadTokenizer();

describe('an annex that names the matters it belongs to', () => {
  const clausesOf = (doc: string) => analyzeDocument([doc], tokenizer).map((m) => m.safeguards.filter((s) => s.scope === 'clause').length);
  const annex = ['個人情報取扱特記事項', '（秘密の保持）', '第１条　受託者は、業務上知り得た個人情報を他に漏らしてはならない。', '（損害賠償）', '第２条　受託者は、その損害を賠償しなければならない。'];
  const matter = (no: string, title: string, kind: string) => [`案件番号：${no}`, '', '■件名', `\u3000${title}`, '■区分', `\u3000${kind}`, '■担当', '　健康福祉部健康づくり推進課', '■取り扱う個人情報', '　氏名、住所', '■保護対策', '　・受託者に名簿を提出させる。', ''];

  it('goes to the matter its mark numbers, not to the last one', () => {
    const doc = [...matter('３－１', '〇〇事業の業務委託について', '報告'), ...matter('３－２', '△△業務の委託について', '報告'), '別記（案件番号３－１関係）', '', ...annex].join('\n');
    expect(clausesOf(doc)).toEqual([2, 0]);
  });

  it('goes to the matter whose title its heading names, printed after the last matter (平塚市, eval/wild-33 l1)', () => {
    const form = (no: string, title: string) => [`${no}\u3000件\u3000\u3000名\u3000${title}`, '\u3000\u3000担当課\u3000こども未来部母子保健課', '\u3000\u3000取り扱う個人情報\u3000氏名、住所', '\u3000\u3000受託者の措置\u3000名簿を提出させる。', ''];
    const doc = [
      ...form('１', '妊産婦訪問指導事業に係る業務の委託について'),
      ...form('２', '要介護認定審査会資料のオンライン結合について'),
      '別記（記の１\u3000妊産婦訪問指導事業に係る業務の委託契約書に添付するもの）',
      ...annex
    ].join('\n');
    expect(clausesOf(doc)).toEqual([2, 0]);
  });

  it('goes to the matter an outline heading numbers (`(1)　諮問事項` over its form; 長野県, eval/wild-32 j1)', () => {
    const form = (title: string) => [`件名\t${title}`, '担当所属\t健康福祉部　感染症対策課', '取り扱う個人情報の項目\t氏名、住所', '受託者に講じさせる保護措置\t名簿を提出させる。', ''];
    const doc = [
      '(1)　諮問事項',
      '',
      ...form('肝炎ウイルス検査陽性者の受診状況確認業務の委託について'),
      '(2)　報告事項',
      '',
      ...form('県営住宅家賃の減免審査における福祉関係情報の目的外利用について'),
      '（別添）',
      '個人情報取扱特記事項',
      '（諮問事項(1)の委託契約に添付するもの）',
      ...annex.slice(1)
    ].join('\n');
    expect(clausesOf(doc)).toEqual([2, 0]);
  });

  it('follows a matter’s number over its later pages, so a page header starts no matter and the annex under it goes back to it (大和市, eval/wild-34 o1)', () => {
    const pages = [
      ['議案第１０号', '件名\t高齢者見守り配食サービス事業の業務委託について', '所管\t健康福祉部高齢福祉課', '取り扱う個人情報\t氏名、住所'].join('\n'),
      ['議案第１０号', '受託者に講じさせる措置\t名簿を市に提出させる。'].join('\n'),
      ['議案第１１号', '件名\tひとり親世帯臨時特別給付金の支給に係る個人情報の目的外利用について', '所管\tこども部こども総務課', '利用する個人情報\t氏名、口座番号'].join('\n'),
      ['議案第１０号', '別記', ...annex].join('\n')
    ];
    const ms = analyzeDocument(pages, tokenizer);
    expect(ms.map((m) => [m.title, m.safeguards.filter((s) => s.scope === 'clause').length])).toEqual([
      ['高齢者見守り配食サービス事業の業務委託について', 2],
      ['ひとり親世帯臨時特別給付金の支給に係る個人情報の目的外利用について', 0]
    ]);
    expect(ms[0].safeguards.some((s) => s.actor === 'contractor' && s.text.includes('名簿'))).toBe(true);
  });

  it('goes to the matter whose case number stands over its number row (`別記（案件１ …関係）`, 刈谷市, eval/wild-44 ah1)', () => {
    const form = (no: string, number: string, title: string) => [`案件${no}`, `案件番号\t${number}`, `件名\t${title}`, '担当部課\t福祉部福祉課', '個人情報の項目\t氏名、住所', '受託者の措置\t名簿を提出させる。', ''];
    const doc = [
      ...form('１', '諮問第５号', '市立児童クラブ運営業務の民間事業者への委託について'),
      ...form('２', '報告第３号', '介護認定審査会資料のクラウドサービスとの回線結合について'),
      '別記　個人情報取扱特記事項（案件１　市立児童クラブ運営業務の委託関係）',
      ...annex.slice(1)
    ].join('\n');
    expect(clausesOf(doc)).toEqual([2, 0]);
  });

  it('goes on with a matter whose number comes again marked as continued (`諮問事項１（続き）`, 諫早市, eval/wild-44 ai2)', () => {
    const page = (mark: string, rows: string[]) => ['別紙１', '電子計算組織の外部結合について（概要）', mark, '番号\t項目\t内容', ...rows].join('\n');
    const pages = [
      page('諮問事項１', ['１\t件名\t電子母子健康手帳サービスの導入に伴う外部結合について', '２\t担当部課\tこども未来部 こども家庭課', '３\t結合する個人情報の項目\t氏名、住所', '（次頁に続く）']),
      page('諮問事項１（続き）', ['４\t結合先事業者に講じさせる保護措置\tサーバへの通信を暗号化させる。'])
    ];
    const ms = analyzeDocument(pages, tokenizer);
    expect(ms.map((m) => m.title)).toEqual(['電子母子健康手帳サービスの導入に伴う外部結合について']);
    expect(ms[0].safeguards.some((s) => s.actor === 'contractor' && s.text.includes('暗号化'))).toBe(true);
  });

  it('goes on with a matter whose number heads each of its slides with another subject (`報告第１号 記録媒体`, 掛川市, eval/wild-45 aj2)', () => {
    const pages = [
      ['報告第１号 見守りサービスの委託（概要）', '件名\t見守りサービス事業に係る業務の委託について', '担当\t健康福祉部 長寿推進課'].join('\n'),
      ['報告第１号 取り扱う個人情報', '区分\t項目', '登録者\t氏名、住所、要介護度'].join('\n'),
      ['報告第１号 個人情報の流れ', '探索の依頼は家族等が受託者へ電話で行う。', '掛川市個人情報保護審議会（令和５年度第１回）｜2023.7.20'].join('\n'),
      ['報告第１号 安全管理措置', '市が講じる措置', '1. 契約書に特記事項を付ける。', '受託者に講じさせる措置', '1. 通信を暗号化させる。'].join('\n'),
      ['諮問第１号 救急記録のデータ化（概要）', '件名\t救急活動記録票の電子化業務の委託について', '担当\t消防本部 警防課', '取り扱う個人情報\t氏名、傷病名'].join('\n')
    ];
    const ms = analyzeDocument(pages, tokenizer);
    expect(ms.map((m) => m.title)).toEqual(['見守りサービス事業に係る業務の委託について', '救急活動記録票の電子化業務の委託について']);
    expect(ms[0].safeguards.some((x) => x.actor === 'contractor' && x.text.includes('暗号化'))).toBe(true);
  });

  it('goes to every matter that shares it, telling 報告事項１ from 諮問事項１', () => {
    const form = (marker: string, title: string) => [marker, `件名\t${title}`, '担当課\t福祉部福祉課', '個人情報の項目\t氏名、住所', '受託者の措置\t名簿を提出させる。', ''];
    const doc = [
      ...form('報告事項１', '〇〇事業の委託について'),
      ...form('報告事項２', '△△業務の委託について'),
      ...form('諮問事項１', '□□に係る個人情報の収集について'),
      '別記　個人情報取扱特記事項（報告事項１及び報告事項２の契約に共通）',
      ...annex.slice(1)
    ].join('\n');
    expect(clausesOf(doc)).toEqual([2, 2, 0]);
  });

  it('goes to the matter its Markdown heading numbers, over a 件名 line, when it says it is attached to that contract', () => {
    const md = (heading: string, title: string) => [`### ${heading}\u3000${title}`, '', `- **件名**：${title}`, '- **担当課**：福祉部高齢福祉課', '- **取り扱う個人情報**：氏名、住所', '- **市が講じる措置**：', '    - 契約書に特記事項を付す。', ''];
    const doc = [
      ...md('報告事項1', '〇〇業務の委託について'),
      ...md('諮問事項1', '△△システムにおける電子計算機処理について'),
      '#### 別記\u3000個人情報取扱特記事項（報告事項1の委託契約に付すもの）',
      '',
      '> 第1条（秘密の保持）\u3000乙は、業務上知り得た個人情報を他に漏らしてはならない。',
      '>',
      '> 第2条（損害賠償）\u3000乙は、その損害を賠償しなければならない。'
    ].join('\n');
    expect(analyzeDocument([markdownToText(doc)], tokenizer).map((m) => m.safeguards.filter((s) => s.scope === 'clause').length)).toEqual([2, 0]);
  });

  it('stays where it is when its mark names no matter of the document', () => {
    const doc = [...matter('３－１', '〇〇事業の業務委託について', '報告'), ...matter('３－２', '△△業務の委託について', '報告'), '別記（案件番号４－１関係）', '', ...annex].join('\n');
    expect(clausesOf(doc)).toEqual([0, 2]);
  });
});

describe('a form exported at fixed width by an old system', () => {
  // Labels padded with full-width spaces to the value column (16), values wrapped back to it.
  const header = ['************************************************', '  〇〇県個人情報保護審議会　諮問・報告案件一覧          PAGE:   1', '  平成25年度第2回（平成25年 8月27日開催）', '************************************************', ''];
  const page1 = [
    ...header,
    '【案件  1】  報告第 4号',
    '------------------------------------------------',
    '件　　　　名　　自動車税納税通知書の作成業務の委託について',
    '区　　　　分　　報告（個人情報取扱業務の委託）',
    '担　当　部　課　総務部税務課',
    '委　託　内　容　課税データに基づく納税通知書の印字、圧',
    '                着及び封入封かん。',
    '個人情報項目　　・納税義務者の氏名（名称）及び住所（所在地）',
    '                ・障害者手帳の種類及び等級',
    '記　録　媒　体　紙（納税通知書）',
    '保　護　対　策　〔県が講じる措置〕',
    '                ・受渡しは、県職員が手渡しし、受渡簿に記録す',
    '                る。',
    '                〔受託者に講じさせる措置〕',
    '                ・作業責任者を選任し、県に届け出させる。',
    '',
    '【案件  2】  諮問第 7号',
    '------------------------------------------------',
    '件　　　　名　　特定不妊治療費助成事業における医療機関からの個人情報の収集について',
    '担　当　部　課　保健福祉部子ども家庭課',
    '個人情報項目　　・氏名、生年月日',
    '保　護　対　策　・回答書は、施錠できる書庫に保管する。',
    '                ・担当職員に対し、研修を行う。'
  ];
  const page2 = [header[0], header[1].replace('1', '2'), header[2], header[3], '', '                ・照会票は、保存期間の経過後に細断する。'];
  const matters = analyzeDocument([page1.join('\n'), page2.join('\n')], tokenizer);

  it('cuts each label line at the value column, a label it does not read included', () => {
    const rows = layoutRows([page1.join('\n')]);
    const row = (label: string) => rows.find((r) => r.label === label);
    expect(row('区分')?.parts.map((p) => p.text)).toEqual(['報告(個人情報取扱業務の委託)']);
    expect(row('委託内容')?.parts).toHaveLength(2);
    expect(row('記録媒体')?.parts.map((p) => p.text)).toEqual(['紙(納税通知書)']);
    expect(row('保護対策')?.parts[0].text).toBe('〔県が講じる措置〕');
  });

  it('starts a matter at a bracketed running number after the measures above', () => {
    expect(matters.map((m) => m.title)).toEqual(['自動車税納税通知書の作成業務の委託について', '特定不妊治療費助成事業における医療機関からの個人情報の収集について']);
    expect(matters[0].safeguards.map((s) => s.actor)).toEqual(['ward', 'contractor']);
  });

  it('drops the page header repeated on the next page from the value it interrupts', () => {
    expect(matters[1].safeguards.map((s) => s.text)).toEqual(['回答書は、施錠できる書庫に保管する。', '担当職員に対し、研修を行う。', '照会票は、保存期間の経過後に細断する。']);
  });

  it('splits a name and an address joined by 及び in a list, but not the two halves of one item', () => {
    expect(matters[0].data_items.map((i) => i.item)).toEqual(['氏名', '住所', '障害者手帳の種類及び等級']);
  });
});

describe('matters numbered 案件番号：３－Ｎ between plain rules', () => {
  const matter = (no: string, title: string) => ['━━━━━━━━━━━━━━━━', `案件番号：${no}`, '', '■件名', title, '■担当', '財務部　市民税課', '■取り扱う個人情報', '氏名、住所', '■保護対策', '＜受託者に行わせる対策＞', '・作業責任者の名簿を提出させる。'];
  const doc = ['令和４年度第３回上越市個人情報保護審議会　資料３', ...matter('３－１', '〇〇事業の業務委託について'), ...matter('３－２', '△△通知書の作成業務の委託について')].join('\n');

  it('ends a measures list at the rule and starts the next matter at its number', () => {
    const matters = analyzeDocument([doc], tokenizer);
    expect(matters.map((m) => m.title)).toEqual(['〇〇事業の業務委託について', '△△通知書の作成業務の委託について']);
    expect(matters[0].safeguards.map((s) => s.text)).toEqual(['作業責任者の名簿を提出させる。']);
  });

  it('does not take a session an earlier meeting was told of for the matter’s own', () => {
    const at = doc.lastIndexOf('■取り扱う個人情報');
    const told = `${doc.slice(0, at)}■変更の内容\n令和元年度第２回本審議会において報告した委託について、次のとおり内容を変更する。\n${doc.slice(at)}`;
    expect(analyzeDocument([told], tokenizer).map((m) => m.council_session)).toEqual(['令和4年度第3回', '令和4年度第3回']);
  });
});

describe('a web page of paragraphs with bold labels and lists', () => {
  const html = `<p><strong>件名</strong><br>要介護認定情報等の地域包括支援センターへの外部提供について</p>
<p><strong>担当課</strong><br>福祉保健部 介護福祉課</p>
<p><strong>提供する個人情報</strong></p>
<ul><li>氏名、住所</li><li>要介護度</li><li>認定有効期間</li><li>介護サービスの利用の有無</li></ul>
<p><strong>提供の方法（記録媒体）</strong><br>紙（センター別の一覧表）により、職員が各センターに持参する。</p>
<p><strong>提供の時期</strong><br>平成２６年１２月１日から</p>`;
  const [m] = extractDocument([htmlToText(html)]);

  it('reads a period-like word inside the list as an item, not as a label', () => {
    expect(m.data_items.map((i) => i.item)).toEqual(['氏名', '住所', '要介護度', '認定有効期間', '介護サービスの利用の有無']);
  });

  it('reads a label whose bracket names the field (`提供の方法（記録媒体）`)', () => {
    expect(m.media.map((x) => x.category)).toEqual(['paper']);
    expect(m.period_start).toBe('2014-12-01');
  });
});

describe('a title with stacked numbers', () => {
  it('drops each of them (`(1)諮問第1号 …`)', () => {
    const row = { kind: 'row' as const, key: 'title' as const, label: '諮問事項', parts: [{ text: '(1)諮問第1号 高齢者運転免許証自主返納支援事業の実施に伴う住民基本台帳情報の目的外利用について', page: 1 }], page: 1, line: 1, level: 0, afterBlank: false };
    expect(titleOf(row)).toBe('高齢者運転免許証自主返納支援事業の実施に伴う住民基本台帳情報の目的外利用について');
  });
});

describe('a two-column form whose media cell runs over two lines', () => {
  it('keeps the second medium with the first, not with the period below', () => {
    const [m] = extractDocument(['件名\t〇〇給付金の支給事務について\n担当課\t健康福祉部福祉課\n記録媒体\t給付金支給システム（庁内の住民情報系ネットワークに構築）\n\t申請書（紙）\n処理期間\t令和２年５月１日から令和３年３月３１日まで']);
    expect(m.media.map((x) => x.category).sort()).toEqual(['paper', 'ward_system']);
    expect(m.period_start).toBe('2020-05-01');
  });
});

describe('a matter heading over its form table\'s column headings', () => {
  it('goes with the matter below, so the matter takes its kind from it', () => {
    const form = (title: string) => ['| 項目 | 内容 |', '|:--|:--|', `| 件名 | ${title} |`, '| 担当課 | 福祉保健部　高齢者支援課 |', '| 利用する個人情報 | 氏名、住所 |', '| 保護対策 | 職員に研修を行う。 |', ''];
    const md = ['# 令和４年度第２回府中市個人情報保護審議会 次第', '', '２　諮問事項', '', '３　報告事項', '', '---', '', '**諮問事項（１）**', '', ...form('健康診査結果等の目的外利用について'), '**報告事項（１）**', '', ...form('介護保険料納付案内業務の委託について')].join('\n');
    expect(extractDocument([markdownToText(md)]).map((m) => m.matter_kind)).toEqual(['consultation', 'report']);
  });
});

describe('a sheet per matter headed by its number and kind (`No.２ 【報告】`)', () => {
  const sheet = (mark: string, title: string, counterpart: string, measure: string) =>
    `資料１\n${mark}\n件名\t根拠規定\t担当部課\t${counterpart}\t記録媒体\t安全対策\n${title}\t条例第11条第3項\t保健医療部地域保健課\t県内の市町村\t紙\t${measure}`;
  const pages = [
    sheet('No.１ 【報告】', '感染者等情報共有システムとの回線結合について', '結合先', '・通信は暗号化する。'),
    sheet('No.２ 【諮問】', '奨学給付金の支給事務における市町村からの課税情報等の収集について', '収集先', '・回答書は施錠して保管する。')
  ];
  it('gives the matter below its kind, and ends the value running on from the page before', () => {
    const ms = extractDocument(pages);
    expect(ms.map((m) => [m.matter_kind, m.procedure])).toEqual([
      ['report', 'external_link'],
      ['consultation', 'indirect_collection']
    ]);
    expect(ms[0].safeguards.map((s) => s.text).join('')).not.toMatch(/資料|No\./);
  });
});

describe('a web page’s list of matters, one table row each', () => {
  const html = `<table><thead><tr><th rowspan="2">番号</th><th rowspan="2">件名</th><th rowspan="2">区分</th><th rowspan="2">担当課</th><th rowspan="2">個人情報の項目</th><th rowspan="2">委託先</th><th colspan="2">保護対策</th></tr>
<tr><th>市が講じる対策</th><th>委託先が講じる対策</th></tr></thead><tbody>
<tr><td>1</td><td>健診票のデータ入力業務の委託について</td><td>諮問</td><td>健康福祉局 保健衛生部 健康づくり推進課</td><td><ul><li>氏名</li><li>生年月日</li><li>診察所見</li></ul></td><td>株式会社テスト</td><td>受託者の事務所を実地に検査する。</td><td>作業室への入室を制限する。</td></tr>
<tr><td>2</td><td>図書館システムの外部結合について</td><td>報告</td><td>教育委員会事務局 生涯学習部 中央図書館 城南・植木図書館</td><td><ul><li>利用者カード番号</li><li>貸出履歴</li></ul></td><td>株式会社ブックス</td><td>通信を暗号化する。</td><td>アクセスログを保存する。</td></tr>
</tbody></table>
<h3>案件1に係る契約の特記事項</h3><p>個人情報取扱特記事項</p><p>第1条(秘密の保持) 受託者は、知り得た個人情報を他人に知らせてはならない。</p>`;
  it('gives each row its matter, with its listed items, its kind, its offices and its annex', () => {
    const ms = extractDocument([htmlToText(html)]);
    expect(ms.map((m) => [m.title, m.matter_kind, m.divisions, m.data_items.map((i) => i.item)])).toEqual([
      ['健診票のデータ入力業務の委託について', 'consultation', ['健康づくり推進課'], ['氏名', '生年月日', '診察所見']],
      ['図書館システムの外部結合について', 'report', ['中央図書館', '城南図書館', '植木図書館'], ['利用者カード番号', '貸出履歴']]
    ]);
    expect(ms.map((m) => m.safeguards.some((s) => s.scope === 'clause'))).toEqual([true, false]);
  });
});

describe('a newsletter’s matter heading wrapped over two lines', () => {
  it('is one title, and the kind before it marks the matter', () => {
    const [m] = extractDocument(['諮問 特定健康診査の受診勧奨通知作成及び電話\n勧奨業務の委託について\n担当 健康福祉局 保険高齢部 国保年金課\n委託先 株式会社テスト\n市の対策 契約書に特記事項を付けます。']);
    expect([m.title, m.matter_kind, m.department, m.safeguards.map((s) => s.actor)]).toEqual(['特定健康診査の受診勧奨通知作成及び電話勧奨業務の委託について', 'consultation', '健康福祉局', ['ward']]);
  });
});

describe('an annex that says in a sentence which matter’s contract it is for', () => {
  it('goes to the matter its heading numbers (`### １　報告案件`)', () => {
    const md = [
      '### １　報告案件', '', '|  |  |', '|---|---|', '| 件名 | 〇〇のデータ入力業務の委託について |', '| 委託先 | 株式会社テスト |', '| 記録媒体 | 紙 |', '',
      '### ２　諮問案件', '', '|  |  |', '|---|---|', '| 件名 | △△の審査業務の委託について |', '| 委託先 | 株式会社サンプル |', '| 記録媒体 | 紙 |', '',
      '**別記　個人情報取扱特記事項**', '', '（この特記事項は、上記１の報告案件「〇〇のデータ入力業務の委託」の契約書に添付するものです。）', '', '第１条（秘密の保持）　受託者は、知り得た個人情報を他に漏らしてはならない。'
    ].join('\n');
    const ms = extractDocument([markdownToText(md)]);
    expect(ms.map((m) => m.safeguards.some((s) => s.scope === 'clause'))).toEqual([true, false]);
  });
});

describe('an annex marked for `諮問事項⑴`, printed after the second matter', () => {
  it('goes to the first matter, whose heading numbers it in brackets too', () => {
    const form = (n: string, title: string) => `諮問事項${n}\n件名\t${title}\n委託先\t株式会社テスト\n記録媒体\t紙\n市が講じる措置\t1. 施錠して保管する。`;
    const doc = [form('⑴', '〇〇の予約受付業務の委託について'), form('⑵', '△△名簿の作成に係る目的外利用について'), '別記', '個人情報取扱特記事項', '（諮問事項⑴ 〇〇の予約受付業務の委託契約書に添付するもの）', '第1条 乙は、個人情報を他に漏らしてはならない。'].join('\n');
    const ms = extractDocument([doc]);
    expect(ms.map((m) => m.safeguards.some((s) => s.scope === 'clause'))).toEqual([true, false]);
  });
});

describe('an annex printed after the last matter, marked for the first by the number of its letter', () => {
  // 北九州市's papers in eval/wild-27 n2 (a blind set, tuned on after its first sight).
  it('goes to the matter whose letter carries that number, however far above its 件名', () => {
    const letter = (no: string, title: string, extra: string[]) => [
      no,
      `${title}（諮問）`,
      '北九州市個人情報保護条例の規定に基づき、下記について審議会の意見を求めます。',
      '（審議会事務局　総務局総務部総務課）',
      `件名\t${title}`,
      '担当局・課\t保健福祉局 健康医療部 健康推進課',
      ...extra
    ];
    const doc = [
      ...letter('諮問第52号', '受診勧奨業務の委託について', ['委託先\t株式会社テストヘルス', '取り扱う個人情報\t氏名、住所']),
      ...letter('報告第18号', '電子申請システムとの回線結合について', ['結合先\t電子申請共同システム', '取り扱う個人情報\t氏名、電話番号']),
      '別記（諮問第52号関係）',
      '個人情報取扱特記事項',
      '第1 秘密の保持　受託者は、業務上知り得た個人情報を他に漏らしてはならない。'
    ].join('\n');
    const matters = extractDocument([doc]);
    expect(matters.map((m) => [m.department, m.divisions, m.safeguards.filter((s) => s.scope === 'clause').length])).toEqual([
      ['保健福祉局', ['健康推進課'], 1],
      ['保健福祉局', ['健康推進課'], 0]
    ]);
  });
});

describe('a form whose kind row stands over its 件名 row', () => {
  it('gives each matter the kind its own form says (eval/wild-34 o2)', () => {
    const md = [
      '| 項目 | 内容 |',
      '|---|---|',
      '| 区分 | 報告（業務の委託） |',
      '| 件名 | 特定健康診査の予約受付業務の委託について |',
      '| 担当 | 健康部 健康推進課 |',
      '',
      '| 項目 | 内容 |',
      '|---|---|',
      '| 区分 | 諮問（電子計算組織の結合） |',
      '| 件名 | 要介護認定申請等のオンライン化に伴うマイナポータルとの回線結合について |',
      '| 担当 | 福祉部 介護保険課 |'
    ].join('\n');
    const matters = extractDocument([md.replace(/^\| (.+?) \| (.+?) \|$/gm, '$1\t$2').replace(/^\|---\|---\|$/gm, '')]);
    expect(matters.map((m) => [m.matter_kind, m.department])).toEqual([
      ['report', '健康部'],
      ['consultation', '福祉部']
    ]);
  });
});

describe('a short running header on every page (厚木市, eval/wild-36 r1)', () => {
  // A PDF form's rows; the contractor's measures run on from page 1 to page 2 under `資料２`.
  const page1 = ['資料２', '件名\t〇〇業務の委託について', '所管課\t健康長寿部 介護保険課', '受託者に講じさせる措置\t(1) 従事者の名簿を市へ提出すること。\u2028(2) 保管庫は施錠すること。'];
  const page2 = ['資料２', '\t(3) ウイルス対策ソフトウェアを導入すること。\u2028(4) 事故が発生したときは、直ちに市に報告すること。', '備考\t別記のとおり。'];
  const page3 = ['資料２', '別記', '個人情報取扱特記事項', '（秘密の保持）', '第１条　乙は、個人情報を他に漏らしてはならない。'];

  it('is dropped, so the measures run on across the page', () => {
    const [m] = analyzeDocument([page1, page2, page3].map((p) => p.join('\n')), tokenizer);
    expect(m.safeguards.filter((s) => s.scope !== 'clause').map((s) => s.text)).toEqual([
      '従事者の名簿を市へ提出すること。',
      '保管庫は施錠すること。',
      'ウイルス対策ソフトウェアを導入すること。',
      '事故が発生したときは、直ちに市に報告すること。'
    ]);
  });

  it('is kept when a page lacks it: a short line is more often content', () => {
    const [m] = analyzeDocument([page1, page2.slice(1), page3].map((p) => p.join('\n')), tokenizer);
    expect(m.safeguards.filter((s) => s.scope !== 'clause')).toHaveLength(4);
    const rows = layoutRows([page1, ['資料２', '別記'], ['資料２', '以上']].map((p) => p.join('\n')));
    expect(rows.filter((r) => r.parts.some((p) => p.text === '資料2'))).toHaveLength(1);
  });
});

describe('a table of the matters over their own sections (a Notion page, つくば市, eval/wild-43 ag1)', () => {
  // The table sums each matter up; each section tells it again, and wins where they differ.
  const md = [
    '# 第3回 審議会 資料準備', '', '## 案件一覧', '',
    '| 件名 | 区分 | 所管課 | 相手方 | 期間 | 根拠 |', '| --- | --- | --- | --- | --- | --- |',
    '| 給付券発送の委託 | 報告 | 障害福祉課 | 選定中 | 2024年12月2日 → 2025年3月31日 | 施行条例第9条第1項 |',
    '| 学校保健クラウドとの外部結合 | 諮問 | 学校保健課 | ホシノ | 2025年4月1日 → 2028年3月31日 | 施行条例第10条第1項 |',
    '| 前回答申の反映状況 | 口頭報告 | 総務課 |  |  |  |', '',
    '## 資料1 給付券発送の委託（報告）', '', '**件名**　日常生活用具の給付券発送業務の委託について', '', '- 所管：福祉部 障害福祉課', '- 委託先：株式会社ミナセ', '- 委託期間は一覧の期間欄のとおり。', '',
    '### 取り扱う個人情報', '', '- 氏名、住所', '',
    '## 資料2 学校保健クラウドとの外部結合（諮問）', '', '**件名**　学校保健クラウドサービスとの外部結合について', '', '諮問の根拠：施行条例第10条第1項', '所管：教育委員会事務局 学校保健課', '結合先：すくすくカルテ', '利用期間：令和7年4月1日から令和12年3月31日まで', '',
    '### 結合する個人情報', '', '- 氏名、健康診断の結果'
  ].join('\n');

  it('gives no matter of its own, and fills what a section leaves out while the section’s own facts win', () => {
    const ms = extractDocument([markdownToText(md)]);
    expect(ms.map((m) => m.title)).toEqual(['日常生活用具の給付券発送業務の委託について', '学校保健クラウドサービスとの外部結合について']);
    expect(ms.map((m) => [m.contractor, m.period_start, m.period_end, m.legal_basis])).toEqual([
      ['株式会社ミナセ', '2024-12-02', '2025-03-31', '第9条第1項'],
      ['すくすくカルテ', '2025-04-01', '2030-03-31', '第10条第1項']
    ]);
  });

  it('is still the matters themselves when its titles are told nowhere else', () => {
    const alone = md.slice(0, md.indexOf('## 資料1'));
    expect(extractDocument([markdownToText(alone)]).map((m) => [m.title, m.period_start])).toEqual([
      ['給付券発送の委託', '2024-12-02'],
      ['学校保健クラウドとの外部結合', '2025-04-01']
    ]);
  });
});

describe('a form going on at the top of the next page under the same sheet mark (鳴門市, eval/wild-43 af2)', () => {
  const page1 = ['資料１', '件名\t受診票の審査支払事務の委託について', '担当課\t健康福祉部 健康増進課', '個人情報の保護対策', '\t市が講じる対策\t① 契約書に特記事項を添付する。', '\t受託者に講じさせる対策\t① 取扱責任者を置くこと。'].join('\n');

  it('goes on with the party’s measures open above, its empty label cells no group label', () => {
    const [m] = extractDocument([page1, ['資料１', '\t\t② 保管室は入退室の記録を残すこと。'].join('\n')]);
    expect(m.safeguards.filter((s) => /入退室/.test(s.text)).map((s) => s.actor)).toEqual(['contractor']);
  });

  it('still ends the value above under another sheet’s mark', () => {
    const ms = extractDocument([page1, ['資料２', '件名\t外部結合について', '担当課\t障がい福祉課'].join('\n')]);
    expect(ms.map((m) => m.title)).toEqual(['受診票の審査支払事務の委託について', '外部結合について']);
  });
});

describe('two letters, each over its form (飯田市, eval/wild-43 ag2)', () => {
  const letter = (article: string) => ['飯田市個人情報保護審査会', '会長 宮坂 澄江 様', '飯田市長 (公印省略)', '個人情報の取扱いについて(諮問)', `飯田市個人情報保護条例第${article}の規定により、下記の事項について、審査`, '会の意見を求めます。', '記'];
  const form = (title: string, content: string) => [`件名\t${title}`, '担当部課\t健康福祉部 健康づくり課', `委託の内容\t${content}`, '記録媒体\t紙', '受託者に講じさせる措置\t・施錠できる書庫に保管させる。'];

  it('gives each matter the article its own letter cites, not the next letter’s or another law’s', () => {
    const doc = [...letter('13条第2項'), ...form('受診票のデータ入力業務の委託について', '母子保健法第13条に基づく健康診査の受診票を入力する。'), ...letter('15条第2項'), ...form('介護連携システムとの外部結合について', '在宅療養者の情報を共有する。')].join('\n');
    expect(extractDocument([doc]).map((m) => m.legal_basis)).toEqual(['第13条第2項', '第15条第2項']);
  });

  it('reads no legal basis from another law’s article alone', () => {
    const [m] = extractDocument([form('受診票のデータ入力業務の委託について', '母子保健法第13条に基づく健康診査の受診票を入力する。').join('\n')]);
    expect(m.legal_basis).toBeNull();
  });
});

describe('a start date with a note on later years after ※ (千歳市, eval/wild-43 af1)', () => {
  it('starts on the date the cell gives, not on the later years the note names', () => {
    const [m] = extractDocument([['件名\t避難行動要支援者名簿の作成に係る目的外利用について', '担当課\t市民生活部 防災危機管理課', '記録媒体\t紙', '利用開始日\t令和3年10月1日※令和4年度以降も、毎年4月1日現在で名簿を更新し、継続して利用する。'].join('\n')]);
    expect([m.period_start, m.period_end, m.recurring]).toEqual(['2021-10-01', null, true]);
  });
});

describe('an annex line a page wraps after について (霧島市, eval/wild-46 am2, tuned on after its first sight)', () => {
  it('is no matter’s title', () => {
    const pages = [
      ['諮問第４号', '件名\t個別避難計画作成支援業務の委託について', '担当課\t福祉部障害福祉課', '委託先\t社会福祉法人きりみね福祉会'].join('\n'),
      ['別記（諮問第４号関係）', '個人情報取扱特記事項', '（調査）', '第１２条 甲は、必要があると認めるときは、乙の事務所等に立ち入り、個人情報の取扱いについて', '調査することができる。'].join('\n'),
      ['（損害賠償）', '第１３条 乙は、この特記事項に違反して甲に損害を与えたときは、その損害を賠償しなければならない。'].join('\n')
    ];
    const matters = extractDocument(pages);
    expect(matters.map((m) => m.title)).toEqual(['個別避難計画作成支援業務の委託について']);
    expect(matters[0].safeguards.filter((s) => s.scope === 'clause')).toHaveLength(2);
  });
});

describe('an annex that says whose it is on a line under its tag (a vertical 答申書, eval/wild-47 an2)', () => {
  it('goes to the matter it names, not the one it follows', () => {
    const text = [
      '別紙一',
      '（諮問第三号関係）',
      '一 件名',
      '高齢者の訪問支援業務の委託について',
      '二 担当部課',
      '市民部保険年金課',
      '別紙二',
      '（諮問第四号関係）',
      '一 件名',
      '見守り情報共有システムとの回線結合について',
      '二 担当部課',
      '保健福祉部長寿社会推進課',
      '別記',
      '（諮問第三号関係）',
      '個人情報取扱特記事項',
      '（秘密の保持）',
      '第一条 乙は、業務上知り得た個人情報を他に漏らしてはならない。',
      '（再委託の禁止）',
      '第二条 乙は、業務を第三者に委託してはならない。'
    ].join('\n');
    const [first, second] = extractDocument([text]);
    const clauses = (m: typeof first) => m.safeguards.filter((s) => s.scope === 'clause').map((s) => s.text);
    expect(clauses(first)).toEqual(['第一条乙は、業務上知り得た個人情報を他に漏らしてはならない。', '第二条乙は、業務を第三者に委託してはならない。']);
    expect(clauses(second)).toEqual([]);
  });
});

describe('a bulletin-board post that carries the council’s papers (宇和島市, eval/wild-49 ar1)', () => {
  it('takes the post’s subject for no matter: its header (a posting period) goes with no form', () => {
    const post = [
      '件名\t掲示板 > 全体 > 総務部 > 【審議会資料】令和3年度第3回個人情報保護審議会案件資料の掲載について',
      '差出人\t総務部総務課',
      '掲載期間\t2021年11月26日 ~ 2021年12月24日',
      '',
      '報告第5号',
      '件名\t高齢者配食サービス事業の業務委託について',
      '担当部課\t保健福祉部 長寿介護課',
      '委託先\t株式会社テスト配食',
      '委託期間\t令和3年10月1日から令和4年3月31日まで',
      '取り扱う個人情報の項目\t氏名、住所、要介護度'
    ].join('\n');
    const ms = extractDocument([post]);
    expect(ms.map((m) => m.title)).toEqual(['高齢者配食サービス事業の業務委託について']);
    expect([ms[0].period_start, ms[0].period_end]).toEqual(['2021-10-01', '2022-03-31']);
  });
});

describe('a notebook page whose containers stand out of order (小松島市, eval/wild-49 as2)', () => {
  it('gives a section labelled with a case’s number to that case’s matter, and reads bulleted `• label:value` lines as fields', () => {
    const page = [
      '★ 重要 案件1 諮問第4号',
      '件名\t受給者証の作成及び発送業務の委託について',
      '• 担当:保健福祉部 障がい福祉課',
      '• 委託先:株式会社テスト印刷',
      '★ 重要 案件2 報告第6号',
      '件名\t母子健康手帳アプリとの外部結合について',
      '• 担当:子育て健康部 母子保健課',
      '案件1\t記録媒体',
      '記録媒体\t紙、DVD-R',
      '案件2\t記録媒体',
      '記録媒体\t母子保健システム'
    ].join('\n');
    const ms = extractDocument([page]);
    expect(ms.map((m) => [m.department, m.contractor, m.media.map((x) => x.category)])).toEqual([
      ['保健福祉部', '株式会社テスト印刷', ['paper', 'removable']],
      ['子育て健康部', null, ['ward_system']]
    ]);
  });
});

describe('a secretariat’s note over its matters (an Evernote note, eval/wild-50 at1)', () => {
  it('reads a to-do about a matter (`諮問第6号の…資料を委員へ送付`) as no matter’s start', () => {
    const page = [
      '会議\t令和4年度第2回四万十市個人情報保護審議会',
      '諮問第6号の根拠条文の差替え資料を委員へ送付（8/10 了）',
      '関連ノート\t令和3年度 第2回 介護認定調査票の点検業務の委託について（報告）',
      '■ 諮問第5号',
      '件名\t特定健康診査の受診勧奨業務の委託について',
      '所管部\t健康福祉部'
    ].join('\n');
    const ms = extractDocument([page]);
    expect(ms.map((m) => [m.title, m.council_session, m.fiscal_year])).toEqual([['特定健康診査の受診勧奨業務の委託について', '令和4年度第2回', 2022]]);
  });
});
