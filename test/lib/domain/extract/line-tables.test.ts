import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';

describe('a list of matters, a row each, over two pages', () => {
  it('reads the kind from 区分, the office under the executive body, the row cut by the page, and 委託先等', () => {
    const head = 'No.\t区分\t件名\t実施機関・担当課\t根拠条項\t委託先等\t記録媒体';
    const pages = [
      ['資料１', head, '１\t報告（業務委託）\t保健指導業務の委託について\t松山市長\u2028保健福祉部\u2028保険年金課健康づくり推進課\t条例第13条第1項\t株式会社いよヘルス\t紙', '２\t諮問（目的外利用）\t名簿の作成に係る個人情報の目的外利用について\t松山市長\u2028市民部\u2028防災推進課（保有課：保健福\t条例第9条第2項第4号\t該当なし\t紙'].join('\n'),
      ['資料１', head, '\t\t\t祉部介護保険課）\t\t\tシステム'].join('\n')
    ];
    const matters = extractDocument(pages);
    expect(matters.map((m) => [m.matter_kind, m.department, m.divisions, m.contractor])).toEqual([
      ['report', '保健福祉部', ['保険年金課', '健康づくり推進課'], '株式会社いよヘルス'],
      ['consultation', '市民部', ['防災推進課'], '該当なし']
    ]);
  });
});

describe('a report pasted into an e-mail', () => {
  it('is no matter titled by the e-mail’s subject, and a numbered heading wrapped over two lines is one title', () => {
    const doc = [
      '件名：【送付】令和４年度第３回個人情報保護審議会\u3000報告書',
      '委員各位',
      '■案件１\u3000妊婦・子育て家庭への伴走型相談支援に係るオンライン面談業務の',
      '委託について',
      '◇担当',
      '\u3000・こども未来局\u3000子育て推進部\u3000子育て支援課',
      '◇委託先',
      '\u3000・株式会社かわさきファミリーリンク',
      '◇取り扱う個人情報',
      '\u3000・氏名、生年月日、住所'
    ].join('\n');
    const [m, ...rest] = extractDocument([doc]);
    expect(rest).toEqual([]);
    expect([m.title, m.department, m.divisions, m.contractor]).toEqual(['妊婦・子育て家庭への伴走型相談支援に係るオンライン面談業務の委託について', 'こども未来局', ['子育て支援課'], '株式会社かわさきファミリーリンク']);
  });
});

describe('a measures table beside a scope column, each party column headed by the party alone', () => {
  // 徳島市's page in eval/wild-15 r4 (`| 区分 | 市 | 委託先 |`).
  it('reads each column as its party’s measures, scoped by the row', () => {
    const text = [
      '件名\t健診結果の集計業務の委託について',
      '担当課\t健康福祉部保健センター',
      '保護措置',
      '区分\t市\t委託先',
      '物理的\tCD-Rは職員が委託先の事業所へ持参して引き渡す。\t結果票の写しは鍵のかかる書庫に入れておく。',
      '技術的\tCD-Rに書き込むデータは暗号化する。\t集計用パソコンは外部のネットワークにつながない状態で使う。'
    ].join('\n');
    const [m] = extractDocument([text]);
    expect(m.safeguards.map((s) => `${s.actor}/${s.scope} ${s.text}`)).toEqual([
      'ward/physical CD-Rは職員が委託先の事業所へ持参して引き渡す。',
      'ward/system CD-Rに書き込むデータは暗号化する。',
      'contractor/physical 結果票の写しは鍵のかかる書庫に入れておく。',
      'contractor/system 集計用パソコンは外部のネットワークにつながない状態で使う。'
    ]);
  });

  it('reads the same table set inside a form’s value column, after empty cells (石川県, eval/wild-32 k1, tuned on after its first sight)', () => {
    const text = [
      '件名\t肝炎ウイルス検査陽性者の受診勧奨業務の委託について',
      '担当所属\t健康福祉部 健康推進課',
      '保護措置',
      '\t\t区分\t県が講じる措置\t受託者に講じさせる措置',
      '\t\t組織的\t契約書に個人情報取扱特記事項を添付する。\t作業従事者の名簿を県に提出させる。',
      '\t\t技術的\tDVD-Rに収めるデータは暗号化する。\tパソコンはインターネットに接続しない端末とさせる。'
    ].join('\n');
    const [m] = extractDocument([text]);
    expect(m.safeguards.map((s) => `${s.actor}/${s.scope} ${s.text}`)).toEqual([
      'ward/operational 契約書に個人情報取扱特記事項を添付する。',
      'ward/system DVD-Rに収めるデータは暗号化する。',
      'contractor/operational 作業従事者の名簿を県に提出させる。',
      'contractor/system パソコンはインターネットに接続しない端末とさせる。'
    ]);
  });
});

describe('a change report’s table of values before and after (柏市, eval/wild-27 m1, tuned on after its first sight)', () => {
  it('reads each field from its 変更後 cell, the 変更前 one where the after cell says it is unchanged, and keeps both columns of measures', () => {
    const text = [
      '件名：要介護認定に係る訪問調査業務の委託について',
      '担当課：保健福祉部 介護認定審査課',
      '項目\t変更前\t変更後',
      '委託先\t株式会社ケアフィールド東葛\t一般社団法人ちば介護調査支援機構',
      '委託期間\t平成30年4月1日から平成31年3月31日まで\t令和4年4月1日から令和5年3月31日まで',
      '記録媒体\t紙（認定調査票）\t同左',
      '保護対策\t1 契約書に特記事項を添付する。\t変更前の対策は引き続き講ずるほか、次の対策を加える。',
      '\t\t2 年に1回以上、職員が受託者の事務所で取扱いの状況を確認する。'
    ].join('\n');
    const [m] = extractDocument([text]);
    expect([m.contractor, m.period_start, m.period_end, m.media.map((x) => x.medium)]).toEqual(['一般社団法人ちば介護調査支援機構', '2022-04-01', '2023-03-31', ['紙']]);
    expect(m.safeguards.map((s) => s.text)).toEqual(expect.arrayContaining(['契約書に特記事項を添付する。', '年に1回以上、職員が受託者の事務所で取扱いの状況を確認する。']));
  });
});

describe('a list of matters whose 保護対策 column is split by party in a second header row (松戸市, eval/wild-30 f1, tuned on after its first sight)', () => {
  it('reads each party’s column as that party’s measures, each row a matter', () => {
    const text = [
      '番号\t区分\t件名\t担当部課\t委託先・結合先\t保護対策\t',
      '\t\t\t\t\t市\t委託先・結合先',
      '1\t報告\t受診勧奨通知の作成業務の委託について\t健康福祉部 国民健康保険課\t株式会社テスト\t契約書に特記事項を付す。\t作業従事者の名簿を提出させる。',
      '2\t諮問\t審査支払システムとの回線結合について\t福祉長寿部 障害福祉課\t国民健康保険団体連合会\t端末を課内に限る。\t通信を暗号化させる。'
    ].join('\n');
    const ms = extractDocument([text]);
    expect(ms.map((m) => [m.title, m.contractor, m.safeguards.map((s) => `${s.actor}:${s.text}`)])).toEqual([
      ['受診勧奨通知の作成業務の委託について', '株式会社テスト', ['ward:契約書に特記事項を付す。', 'contractor:作業従事者の名簿を提出させる。']],
      ['審査支払システムとの回線結合について', '国民健康保険団体連合会', ['ward:端末を課内に限る。', 'contractor:通信を暗号化させる。']]
    ]);
  });
});

describe('a two-party table over one record on a slide (草津市, eval/wild-37 u1, tuned on after its first sight)', () => {
  it('ends with its record: the page’s lines after it are no further records', () => {
    const pages = [
      '件名\t特定保健指導の業務の委託について\n担当\t健康福祉部 保険年金課\n市が講じる措置\t受託者に講じさせる措置\n①契約書に特記事項を添付する。\t①責任者を定めさせる。\n草津市 9',
      '【報告2】別記 個人情報取扱特記事項（1/2）\u2028第1条（秘密の保持）受託者は、知り得た個人情報を他に漏らしてはならない。\u2028第2条（再委託の禁止）受託者は、業務を第三者に委託してはならない。'
    ];
    const [m] = extractDocument(pages);
    // (The slide's footer `草津市 9` still runs on to the last measure: page furniture in mid-page.)
    expect(m.safeguards.filter((s) => s.scope !== 'clause').map((s) => `${s.actor}:${s.text.slice(0, 9)}`)).toEqual(['ward:契約書に特記事項を', 'contractor:責任者を定めさせる']);
    // The annex, headed by the matter's bracketed mark on the slide's first line, gives clauses.
    expect(m.safeguards.filter((s) => s.scope === 'clause')).toHaveLength(2);
  });
});

describe('a sheet too wide for the paper, printed down then over (安城市, eval/wild-37 t1, tuned on after its first sight)', () => {
  const left = [
    '番号\t件名\t担当部・課\t区分\t取り扱う個人情報の項目',
    '1\t配食サービス事業の業務委託について\t福祉部 高齢福祉課\t報告（業務委託）\t氏名、住所',
    '2\t給付金の電子申請に伴うオンライン結合について\t子育て健康部 健康推進課\t報告（オンライン結合）\t氏名、生年月日'
  ].join('\n');
  const right = (rows: string[]) => ['記録媒体\t委託先・結合先\t期間\t市が講ずる保護措置\t受託者に講じさせる保護措置\t備考', ...rows].join('\n');
  const pages = [
    left,
    right(['紙（利用者名簿）\t株式会社テストミール\t令和4年10月1日から令和5年3月31日まで\t①特記事項を付す。\t①名簿を提出する。\t新規', 'マイナポータル\tマイナポータル（運営：デジタル庁）\t令和5年1月10日から\t①専用端末に限る。\t－\t新規']),
    // The second record cut by the page: it goes on under the header printed again.
    right(['※USBメモリは使用しない。\t\t\t②操作履歴を記録する。']),
    ['別添', '個人情報取扱特記事項', 'この特記事項は、報告一覧の番号１「配食サービス事業の業務委託について」に係る委託契約書に添付するものである。', '第１条（秘密の保持）\u3000受注者は、個人情報を他に漏らしてはならない。'].join('\n')
  ];
  const ms = extractDocument(pages);

  it('gives each record its right-hand columns, the record cut by the page joined', () => {
    expect(ms.map((m) => [m.title, m.contractor, m.procedure])).toEqual([
      ['配食サービス事業の業務委託について', '株式会社テストミール', 'outsourcing'],
      ['給付金の電子申請に伴うオンライン結合について', 'マイナポータル(運営:デジタル庁)', 'external_link']
    ]);
    expect(ms[1].safeguards.filter((s) => s.actor === 'ward').map((s) => s.text)).toEqual(['専用端末に限る。', '操作履歴を記録する。']);
  });

  it('gives the annex to the matter its opening sentence names by number', () => {
    expect(ms.map((m) => m.safeguards.filter((s) => s.scope === 'clause').length)).toEqual([1, 0]);
  });
});

describe('a 新旧対照表 with 変更後 on the left (土浦市, eval/wild-41 ac1, tuned on after its first sight)', () => {
  it('reads each field and the measures from the 変更後 column: what was dropped from it is gone', () => {
    const text = [
      '項目\t変更後\t変更前',
      '件名\t高齢者配食サービス事業に係る配達業務の委託について\t高齢者配食サービス事業に係る配達業務の委託について',
      '担当部課\t保健福祉部 高齢福祉課\t福祉部 高齢福祉課',
      '委託先\t株式会社ハーモニーデリカ\t社会福祉法人霞ヶ浦ふれあい会',
      '委託期間\t令和4年10月1日から令和7年3月31日まで\t令和2年10月1日から令和4年9月30日まで',
      '記録媒体\tクラウドサービス（配食管理サービス）\t紙（配達台帳）',
      '市が講ずる保護措置\t1 年1回以上、担当職員が受託者の事業所で管理の実態を確かめる。\t1 年1回以上、担当職員が受託者の事業所で管理の実態を確かめる。',
      '\t\t2 配達台帳は、担当職員が受託者の事務所から回収する。'
    ].join('\n');
    const [m, ...rest] = extractDocument([text]);
    expect(rest).toEqual([]);
    expect([m.department, m.contractor, m.period_start, m.media.map((x) => x.category)]).toEqual(['保健福祉部', '株式会社ハーモニーデリカ', '2022-10-01', ['external_system']]);
    expect(m.safeguards.map((s) => s.text)).toEqual(['年1回以上、担当職員が受託者の事業所で管理の実態を確かめる。']);
  });
});

describe('a comparison sheet saved as Unicode text, a matter per column (唐津市, eval/wild-46 am1, tuned on after its first sight)', () => {
  const B = '\u2028';
  const sheet = [
    '審議案件一覧（比較表）\t\t\t\t',
    '項目\t\t案件１\t案件２\t事務局確認',
    '\t諮問・報告の別\t諮問（諮問第4号）\t報告（報告第7号）\t',
    '\t件名\t健診結果分析業務の委託について\t子育て支援アプリと健康管理システムとの回線結合について\t済',
    '\t担当部署\t市民部\u3000国保年金課\t保健福祉部\u3000健康づくり課\t',
    '委託先／結合先\t名称\t株式会社ひぜんアナリティクス\t子育て支援アプリ「すくすくナビ」\t',
    '\t所在地\t佐賀市\t国内\t',
    '期間\t開始\t令和2年10月1日\t令和3年1月12日\t',
    '\t終了\t令和3年3月31日\t定めなし\t',
    `\t取り扱う個人情報\t氏名、生年月日、既往歴\t氏名、メールアドレス、接種日\t済`,
    `\t記録媒体（○使用\u3000×不使用）\t○ 紙${B}○ 電子媒体（USBメモリ、市が貸与）${B}× 電子メール\t× 紙${B}○ 市の健康管理システム\t`,
    '保護対策\t市\t職員が受託者の事業所を訪れ、保管状況を実地に確かめる。\t通信はTLS1.2以上により暗号化する。\t',
    '\t受託者\t作業従事者全員に講習を受けさせる。\tデータは日次でバックアップを取得させる。\t',
    '\t備考\t契約の締結は令和2年9月25日を予定している。\t公開は令和3年2月1日を予定している。\t',
    '\t\t\t\t',
    `別記\t特記事項（案件１）\t個人情報取扱特記事項${B}第1条（秘密の保持）\u3000受託者は、知り得た個人情報を他人に知らせてはならない。${B}第2条（再委託の禁止）\u3000受託者は、業務を他の事業者に請け負わせてはならない。\t\t`
  ].join('\n');

  it('reads each column as a matter: labels under their group, the check column left out, the annex after the table for its matter', () => {
    const [a, b, ...rest] = extractDocument([sheet]);
    expect(rest).toEqual([]);
    expect([a.title, a.department, a.contractor, a.period_start, a.period_end]).toEqual(['健診結果分析業務の委託について', '市民部', '株式会社ひぜんアナリティクス', '2020-10-01', '2021-03-31']);
    expect([b.title, b.department, b.contractor, b.period_start, b.period_end]).toEqual(['子育て支援アプリと健康管理システムとの回線結合について', '保健福祉部', '子育て支援アプリ「すくすくナビ」', '2021-01-12', null]);
    const measures = (m: typeof a) => m.safeguards.filter((s) => s.scope !== 'clause').map((s) => [s.actor, s.text.slice(0, 8)]);
    expect(measures(a)).toEqual([['ward', '職員が受託者の事'], ['contractor', '作業従事者全員に']]);
    expect(measures(b)).toEqual([['ward', '通信はTLS1.'], ['contractor', 'データは日次でバ']]);
    expect(a.safeguards.filter((s) => s.scope === 'clause').map((s) => s.heading)).toEqual(['秘密の保持', '再委託の禁止']);
    expect(b.safeguards.filter((s) => s.scope === 'clause')).toEqual([]);
  });

  it('keeps the media marked ○ and drops those marked ×, and who lends a medium is no medium', () => {
    const [a, b] = extractDocument([sheet]);
    expect(a.media).toEqual([{ medium: '紙', category: 'paper' }, { medium: 'USBメモリ', category: 'removable' }]);
    expect(b.media).toEqual([{ medium: '市の健康管理システム', category: 'ward_system' }]);
  });
});
