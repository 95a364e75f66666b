// A page of questions and answers read as a form: each question the label of what it asks for.

import { describe, expect, it } from 'vitest';
import { isQaPage, qaLines, questionLabel } from '../../../../src/lib/domain/extract/qa-pages';

describe('questions and answers', () => {
  it('reads each question as the field it asks for', () => {
    expect(
      [
        '委託先はどこですか。いつからいつまでですか。',
        '委託先に渡るのはどのような情報ですか。',
        '情報はどのような形でやり取りするのですか。',
        '市はどのような対策をとっていますか。',
        '委託先では情報をどのように管理するのですか。',
        '契約書にはどのような約束が書かれているのですか。',
        'いつから使うのですか。',
        'この業務はどこの課が担当していますか。',
        '何のために情報を使うのですか。'
      ].map(questionLabel)
    ).toEqual(['委託先', '個人情報の項目', '記録媒体', '保護対策', '受託者に講じさせる措置', '個人情報取扱特記事項', '委託期間', '担当課', '概要']);
  });

  it('tells a page of questions from one that asks a question or two, and keeps an answer’s number that is no mark', () => {
    const page = ['Q1　何のために使うのですか。', 'A　見守りのためです。', 'Q2　どの情報を使うのですか。', 'A　65歳以上の方の氏名と住所です。', 'Q3　いつから使うのですか。', 'A　令和4年10月1日からです。'];
    expect(isQaPage(page)).toBe(true);
    expect(isQaPage(['Q1　これは何ですか。', 'A　審議会の資料です。'])).toBe(false);
    expect(qaLines(page)).toEqual(['概要：', '見守りのためです。', '個人情報の項目：', '65歳以上の方の氏名と住所です。', '委託期間：', '令和4年10月1日からです。']);
  });

  it('reads the answer about the contract as the municipality’s measure, and the articles it lists as the annex', () => {
    const page = ['Q7　契約書にはどのような約束が書かれているのですか。', 'A　契約書には特記事項を添付しています。主な条項は次のとおりです。', '1 （秘密の保持）受託者は、個人情報を他人に漏らしてはならない。', '2 （再委託の禁止）受託者は、業務を第三者に請け負わせてはならない。'];
    expect(qaLines(page)).toEqual(['保護対策：', '契約書には特記事項を添付しています。主な条項は次のとおりです。', '個人情報取扱特記事項', ...page.slice(2)]);
  });
});
