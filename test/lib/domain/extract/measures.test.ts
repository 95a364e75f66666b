import { describe, expect, it } from 'vitest';
import { actorOf, collectSentences, headingOf, measureSentences } from '../../../../src/lib/domain/extract/measures';
import { extractDocument } from '../../../../src/lib/domain/extract/extract';
import { layout } from '../../../../src/lib/domain/extract/layout';
import type { Part } from '../../../../src/lib/domain/types';

const parts = (...lines: string[]): Part[] => lines.map((text) => ({ text, page: 1 }));
const brief = (s: { actor: string; scope: string; text: string }) => `${s.actor} ${s.scope} ${s.text}`;

describe('actorOf: the side a heading names', () => {
  it.each([
    ['区が講じる措置', 'ward'],
    ['本市の措置', 'ward'],
    ['港区が講じる措置', 'ward'],
    ['個人情報を保護するための市の対策', 'ward'],
    ['保護対策(区)', 'ward'],
    ['安全管理措置(県が講じる措置)', 'ward'],
    ['実施機関のセキュリティ対策', 'ward'],
    ['受託者に講じさせる措置', 'contractor'],
    ['委託事業者の措置', 'contractor'],
    ['保護対策(受託者の対策)', 'contractor'],
    ['受託事業者(システム提供事業者)に講じさせる措置', 'contractor'],
    ['運用管理補助者に講じさせる対策', 'contractor'],
    // The connection is the topic, whatever the bracket names (eval/wild-34 o2).
    ['結合先(マイナポータル)との接続に関する対策', null],
    ['結合先(マイナポータル)が講じる対策', 'contractor']
  ])('%s → %s', (heading, actor) => expect(actorOf(heading)).toBe(actor));

  it('names no side when a party is only the topic', () => {
    expect(actorOf('外部結合先に係る対策')).toBeNull();
    expect(actorOf('外部委託に係る対策')).toBeNull();
    expect(actorOf('個人情報の保護対策')).toBeNull();
  });
});

describe('headingOf: a line that heads measures', () => {
  it('reads bracketed, parenthesised, numbered and bare headings', () => {
    expect(headingOf('〔区が講じる措置〕')).toEqual({ actor: 'ward', scope: null });
    expect(headingOf('(技術的措置)')).toEqual({ actor: null, scope: 'system' });
    expect(headingOf('(2) 受託事業者(システム提供事業者)に講じさせる措置')).toEqual({ actor: 'contractor', scope: null });
    expect(headingOf('委託先')).toEqual({ actor: 'contractor', scope: null });
    expect(headingOf('受託者に行わせる対策:')).toEqual({ actor: 'contractor', scope: null });
  });

  it('takes no measure for a heading', () => {
    expect(headingOf('ウイルス対策')).toBeNull();
    expect(headingOf('受託者は、作業責任者を定める。')).toBeNull();
    expect(headingOf('(TLS)')).toBeNull();
  });
});

describe('measureSentences', () => {
  it('switches the actor at headings inside the cell, on lines of their own or inline', () => {
    const out = measureSentences(
      parts('(市の対策)', '1 契約書に特記事項を添付する。', '(受託者の対策)', '1 作業責任者を指定し、名簿を市に届け出ること。', '2 作業室への入退室を記録すること。'),
      'ward',
      '情報保護対策'
    );
    expect(out.map(brief)).toEqual([
      'ward other 契約書に特記事項を添付する。',
      'contractor other 作業責任者を指定し、名簿を市に届け出ること。',
      'contractor other 作業室への入退室を記録すること。'
    ]);
    const inline = measureSentences(parts('・受託者から毎月報告を受ける。〔受託者に講じさせる措置〕', '・業務従事者から誓約書を提出させる。'), 'ward', '保護措置');
    expect(inline.map((s) => s.actor)).toEqual(['ward', 'contractor']);
  });

  it('reads headings in angle brackets, after a bullet, or before a colon with their text', () => {
    const out = measureSentences(parts('<区>', '・契約書に特記事項を付す。', '■受託者の対策', 'ア 名簿を提出させる。', '区の対策:受渡しは手渡しで行う。'), 'ward', '保護対策');
    expect(out.map((s) => `${s.actor} ${s.text}`)).toEqual(['ward 契約書に特記事項を付す。', 'contractor 名簿を提出させる。', 'ward 受渡しは手渡しで行う。']);
  });

  it('splits katakana and kanji-numeral lists, joins wrapped lines, and never splits inside a word', () => {
    const out = measureSentences(parts('ア 審査会資料は、氏名を削除した上でシ', 'ステムに登録する。', 'イ アクセスログを取得する。'), 'ward', '本市が講じる措置');
    expect(out.map((s) => s.text)).toEqual(['審査会資料は、氏名を削除した上でシステムに登録する。', 'アクセスログを取得する。']);
    const kanji = measureSentences(parts('一 システムを利用できる職員を限定する。', '二 操作記録を保存する。'), 'ward', '保護対策');
    expect(kanji.map((s) => s.text)).toEqual(['システムを利用できる職員を限定する。', '操作記録を保存する。']);
  });

  it('splits a katakana list whose marks are set against their text, in sequence only (eval/wild-33 m1)', () => {
    const out = measureSentences(parts('アサーバを設置する室は、入退室を管理する。', 'イ サーバへのアクセス記録を取得する。', 'ウファイアウォールにより不正な接続を遮断する。'), 'contractor', '結合先における対策');
    expect(out.map((s) => s.text)).toEqual(['サーバを設置する室は、入退室を管理する。', 'サーバへのアクセス記録を取得する。', 'ファイアウォールにより不正な接続を遮断する。']);
    // A word that starts with a katakana opens no item: no イ follows the ア of `アクセス`.
    const word = measureSentences(parts('アクセス記録を取得し、', 'ウイルス対策ソフトを導入する。'), 'ward', '保護対策');
    expect(word.map((s) => s.text)).toEqual(['アクセス記録を取得し、ウイルス対策ソフトを導入する。']);
  });

  it('keeps a sub-list with the sentence that announces it', () => {
    const out = measureSentences(parts('1 操作履歴について、次の情報を記録する。 ア 最終アクセス日時 イ 利用者ID', '2 データは暗号化する。'), 'ward', '');
    expect(out.map((s) => s.text)).toEqual(['操作履歴について、次の情報を記録する。ア最終アクセス日時イ利用者ID', 'データは暗号化する。']);
  });

  it('takes scope headings written as a line of their own or glued after a sentence', () => {
    const out = measureSentences(parts('(1)物理的対策', 'ア 端末を机に固定する。(2)人的対策', 'ア 取扱者に研修を行う。'), 'ward', '個人情報の保護対策');
    expect(out.map(brief)).toEqual(['ward physical 端末を机に固定する。', 'ward human 取扱者に研修を行う。']);
  });

  it('drops notes, page furniture, site chrome and the next matter heading', () => {
    const out = measureSentences(
      parts('1 事故が発生した場合は、直ちに報告させる。', '-1-', '令和2年度第3回八王子市個人情報保護審議会 令和2年11月17日', '※特記事項は区の標準様式による。', '注)添付は省略する。', '2 データを消去させる。', 'このページに関するお問い合わせ', '総務課 電話:03-0000-0000'),
      'contractor',
      ''
    );
    expect(out.map((s) => s.text)).toEqual(['事故が発生した場合は、直ちに報告させる。', 'データを消去させる。']);
  });

  it('reads the subject when the label names no side, and an announcing sentence as a heading', () => {
    const out = measureSentences(parts('区は、契約書に特記事項を付す。', '受託者は、名簿を区に提出する。', '従事者に研修を行う。'), 'ward', '情報保護対策');
    expect(out.map((s) => s.actor)).toEqual(['ward', 'contractor', 'contractor']);
    const firm = measureSentences(parts('受託者は、プライバシーマークの付与を受けている事業者とする。'), 'ward', '区が講じる措置');
    expect(firm[0].actor).toBe('ward');
    const intro = measureSentences(parts('市は、契約書に特記事項を添付します。', '受託者には、次のような対策をとらせます。', '名簿を市に提出させます。'), 'ward', '対策');
    expect(intro.map(brief)).toEqual(['ward other 市は、契約書に特記事項を添付します。', 'contractor other 名簿を市に提出させます。']);
  });

  it('stops at a section of an opinion that is no measure', () => {
    const out = measureSentences(parts('専用端末で行うとのことである。', '(5)審議会の判断', '本事業は公益上の必要性が認められる。'), 'ward', '実施機関が講じる保護措置');
    expect(out.map((s) => s.text)).toEqual(['専用端末で行うとのことである。']);
  });
});

describe('collectSentences: where measures are in a matter', () => {
  const sentences = (text: string) => collectSentences(layout([text])).map((s) => `${s.actor} ${s.text}`);

  it('reads a table whose rows name who takes each measure', () => {
    const doc = ['件名\t健診の委託について', '実施者\t措置の内容', '市\t契約書に特記事項を添付する。', '受託者\t検診票は施錠できる保管庫に保管させる。', '備考\t検診の実施は別の機関が行う。'].join('\n');
    expect(sentences(doc)).toEqual(['ward 契約書に特記事項を添付する。', 'contractor 検診票は施錠できる保管庫に保管させる。']);
  });

  it('reads the party from its column when the label holds the scope', () => {
    const doc = ['件名\t入力業務の委託について', '区分\t実施者\t措置の内容', '組織的\t市\t契約書に特記事項を添付する。', '技術的\t受託者\t端末はインターネットに接続させない。'].join('\n');
    expect(collectSentences(layout([doc])).map((s) => `${s.actor} ${s.scope} ${s.text}`)).toEqual(['ward operational 契約書に特記事項を添付する。', 'contractor system 端末はインターネットに接続させない。']);
  });

  it('reads measures rows whose label names the side in parentheses', () => {
    const doc = ['件名\t入力業務の委託について', '保護対策(区)\t契約書に特記事項を明記する。', '保護対策(受託者)\t作業責任者を定める。', '\t作業終了後、データを消去する。'].join('\n');
    expect(sentences(doc)).toEqual(['ward 契約書に特記事項を明記する。', 'contractor 作業責任者を定める。', 'contractor 作業終了後、データを消去する。']);
  });

  it('reads a measures label glued before its text inside another cell', () => {
    const doc = ['件名:支援事業の委託について', '委託先:一般社団法人テスト', '情報保護対策 区は、契約書に特記事項を添付する。受託者は、書類を施錠できる書庫に保管する。'].join('\n');
    expect(sentences(doc)).toEqual(['ward 区は、契約書に特記事項を添付する。', 'contractor 受託者は、書類を施錠できる書庫に保管する。']);
  });

  it('takes the conditions of an opinion as the municipality’s measures', () => {
    const doc = ['4 遵守事項', '(1)対象者名簿は施錠できる保管庫で保管すること。', '(2)従事する職員に研修を実施すること。', '5 付言', '当審議会は報告を受けることとしたい。'].join('\n');
    expect(sentences(doc)).toEqual(['ward 対象者名簿は施錠できる保管庫で保管すること。', 'ward 従事する職員に研修を実施すること。']);
  });
});

describe('side headings glued to the text around them', () => {
  it('reads `…を行う。受託者に講じさせる措置` and `委託先の措置 …` as headings of their own', async () => {
    const { extractDocument } = await import('../../../../src/lib/domain/extract/extract');
    const [m, n] = extractDocument([
      '件名:〇〇業務の委託について\n担当部課:福祉部福祉課\n保護措置:市が講ずる措置\n1 契約書に特記事項を添付する。受託者に講じさせる措置\n1 作業従事者を書面で届け出させる。\n\n件名:〇〇の委託について\n担当部課:福祉部介護課\n保護措置:市の措置 契約書に特記事項を付す。\n委託先の措置 アクセスログを取得し、定期的に確認する。'
    ]);
    expect(m.safeguards.map((s) => [s.actor, s.text])).toEqual([
      ['ward', '契約書に特記事項を添付する。'],
      ['contractor', '作業従事者を書面で届け出させる。']
    ]);
    expect(n.safeguards.map((s) => [s.actor, s.text])).toEqual([
      ['ward', '契約書に特記事項を付す。'],
      ['contractor', 'アクセスログを取得し、定期的に確認する。']
    ]);
  });
});

describe('a list announced in prose', () => {
  it('takes the actor from `受託者に対しては、次の措置を講じさせる。` for the sentences after it', async () => {
    const { extractDocument } = await import('../../../../src/lib/domain/extract/extract');
    const [m] = extractDocument([
      '件名:〇〇調査業務の外部委託について\n担当部課:保健福祉部高齢福祉課\n四 個人情報保護のための措置\n市においては、委託契約書に特記事項を付すこととしている。受託者に対しては、次の措置を講じさせる。まず、作業従事者を指定させ、その名簿を市に提出させる。'
    ]);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward', 'contractor']);
  });
});

describe('a measures heading qualified by its matter', () => {
  it('reads `個人情報保護のための措置(諮問第23号)` as the measures heading', async () => {
    const { extractDocument } = await import('../../../../src/lib/domain/extract/extract');
    const [m] = extractDocument(['件名:〇〇システムの記録項目の追加について\n所管課:〇〇局 就園管理課\n\n個人情報保護のための措置(諮問第23号)\n\n- 本システムは庁内ネットワーク内で運用し、インターネットには接続しない。\n- 操作履歴はシステムに保存し、所属長が毎月点検する。']);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward', 'ward']);
  });
});

describe('a measures label naming the counterpart as the form calls it', () => {
  it('is the contractor’s side (結合の相手方 | 指定代理納付者(…) → 指定代理納付者の措置)', () => {
    const [m] = extractDocument([['件名\t県税のカード納付に伴うオンライン結合について', '結合の相手方\t指定代理納付者(株式会社北杜ペイ)', '県の措置\tア 送受信するデータは暗号化する。', '指定代理納付者の措置\tア プライバシーマークの付与を受けていること。'].join('\n')]);
    expect(m.safeguards.map((s) => s.actor)).toEqual(['ward', 'contractor']);
  });
});

describe('a measures label alone over a table of scope and measure', () => {
  it('reads the rows below as its measures, scoped by their first cell, without the header row', () => {
    const rows = layout(['件名\t〇〇の目的外利用について\n\n個人情報の保護対策\n\n区分\t対策の内容\n人的\t利用する職員に対し、研修を実施する。\n技術的\t業務端末の利用には、ID及びパスワードによる認証を要する。']);
    expect(collectSentences(rows).map(brief)).toEqual(['ward human 利用する職員に対し、研修を実施する。', 'ward system 業務端末の利用には、ID及びパスワードによる認証を要する。']);
  });
});

describe('whose measures a heading names', () => {
  it('is not changed by what the heading takes in', () => {
    expect(actorOf('市が講ずる措置（提供先に求めるものを含む）')).toBe('ward');
    expect(actorOf('保護対策（受託者）')).toBe('contractor');
  });

  it('keeps a measure labelled with its kind under the contractor’s heading', () => {
    const [m] = extractDocument([
      '件名：〇〇業務の委託について\n委託先：株式会社テスト\n委託先に講じさせる措置：管理責任者を定めさせる。\nウイルス対策：パソコンにウイルス対策ソフトを入れさせる。\n市が講ずる措置：実地に検査する。'
    ]);
    expect(m.safeguards.map((s) => `${s.actor}:${s.text.slice(0, 6)}`)).toEqual(['contractor:管理責任者を', 'contractor:パソコンにウ', 'ward:実地に検査す']);
  });
});

describe('measures numbered with circled numbers', () => {
  it('keep ① ② as list marks, not as digits glued to the sentence (NFKC makes ① a 1)', () => {
    const [m] = extractDocument(['件名\tA業務の委託について\n市が講じる措置\t（ア）書類の管理\u2028①回答票は施錠できるキャビネットで保管する。\u2028②照会の記録を残す。']);
    expect(m.safeguards.map((s) => s.text)).toEqual(['回答票は施錠できるキャビネットで保管する。', '照会の記録を残す。']);
  });
});

describe('a newsletter’s article whose measures are told in the paragraph under its box of facts (川越市, eval/wild-26 x1)', () => {
  const page = [
    '報告第１７号 高齢者配食サービスの利用申請における電子申請サービスとの回線結合について',
    'ご家族が遠方に住んでいて代わりに手続きをしたい場合に不便だったことから、インターネットの申請サービスからも申し込めるようにします。',
    '所管',
    '福祉部 高齢者いきがい課',
    '根拠',
    '同条例第１４条第１項',
    '担当課の説明によれば、安全のための手立ては次のと',
    'おりです。共同サービスと市の間のやりとりは、TLSによ',
    'って通信が暗号化されます。取り込みや閲覧の操作',
    '履歴はシステムに残り、課長が毎月その内容を点検しま',
    'す。端末にはウイルス対策ソフトを入れ、定義ファイル',
    'を常に新しい状態に保ちます。'
  ].join('\n');

  it('reads the sentences run on under the last short value as the measures, not the article’s opening', () => {
    const [m] = extractDocument([page]);
    expect(m.legal_basis).toBe('第14条第1項');
    expect(m.safeguards.map((s) => `${s.actor}:${s.text.slice(0, 8)}`)).toEqual(['ward:共同サービスと市', 'ward:取り込みや閲覧の', 'ward:端末にはウイルス']);
  });
});

describe('an annex under a heading that opens with a pictograph (a Dropbox Paper export, eval/wild-50 au1)', () => {
  it('starts the annex at `📎 別記　個人情報取扱特記事項（…）` and reads its numbered list as clauses', () => {
    const text = [
      '件名\t特定健康診査の結果分析業務の委託について',
      '担当部課\t市民生活部 保険年金課',
      '受託者に講じさせる措置',
      '- 作業責任者を指名させる。',
      '📎 別記　個人情報取扱特記事項（諮問第3号の委託契約書に添付）',
      '1. （秘密の保持）受託者は、業務上知り得た個人情報を他人に知らせてはならない。',
      '2. （再委託の禁止）受託者は、市の承諾なしに業務を第三者に委託してはならない。'
    ].join('\n');
    const [m] = extractDocument([text]);
    expect(m.safeguards.filter((s) => s.scope === 'clause').map((s) => s.text)).toEqual([
      '受託者は、業務上知り得た個人情報を他人に知らせてはならない。',
      '受託者は、市の承諾なしに業務を第三者に委託してはならない。'
    ]);
  });
});
