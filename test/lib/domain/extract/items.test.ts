import { describe, expect, it } from 'vitest';
import { categorizeItem, parseItems } from '../../../../src/lib/domain/extract/items';

const show = (v: string) => parseItems(v).map((d) => (d.subject ? `${d.subject}:${d.item}` : d.item));

describe('parseItems', () => {
  it('splits on 、 and keeps ・ inside an item', () => {
    expect(show('利用者番号、氏名、単胎・多胎、出産予定日')).toEqual(['利用者番号', '氏名', '単胎・多胎', '出産予定日']);
  });
  it('applies a subject to its ・ chain only', () => {
    expect(show('住所、夫(パートナー)の氏名・生年月日・職業、妊娠週数')).toEqual(['住所', '夫(パートナー):氏名', '夫(パートナー):生年月日', '夫(パートナー):職業', '妊娠週数']);
  });
  it('applies a subject that opens a group to the whole group', () => {
    expect(show('受給者の氏名、住所、口座番号\n児童の氏名、生年月日')).toEqual(['受給者:氏名', '受給者:住所', '受給者:口座番号', '児童:氏名', '児童:生年月日']);
  });
  it('reads ・-separated lists with subject groups separated by a space', () => {
    expect(show('《対象者に係る情報項目》 対象者の氏名・電話番号・要介護度 連絡者の氏名・対象者との続柄(関係性)')).toEqual([
      '対象者:氏名',
      '対象者:電話番号',
      '対象者:要介護度',
      '連絡者:氏名',
      '連絡者:対象者との続柄'
    ]);
  });
  it('drops qualifiers, footnote marks, footnotes and sub-headings', () => {
    expect(show('2 委託先に提供する項目\n氏名、参加区分(区内在住、在勤)、メールアドレス(※1)、FAX番号※2、ワクチン接種情報等 ※1…申込フォームによる申込者のみ')).toEqual([
      '氏名',
      '参加区分',
      'メールアドレス',
      'FAX番号',
      'ワクチン接種情報'
    ]);
  });
  it('treats one item per line as a list', () => {
    expect(show('氏名\n住所\n電話番号')).toEqual(['氏名', '住所', '電話番号']);
  });
  it('does not take a non-person prefix for a subject', () => {
    expect(show('託児の希望の有無、かかりつけ医の有無、妊娠中の状況')).toEqual(['託児の希望の有無', 'かかりつけ医の有無', '妊娠中の状況']);
  });
});

describe('categorizeItem', () => {
  it.each([
    ['電話番号', 'contact', false],
    ['FAX番号', 'contact', false],
    ['個人番号', 'identifier', false],
    ['保険証記号番号', 'identifier', false],
    ['口座番号', 'financial', false],
    ['健診結果', 'health', true],
    ['要介護度', 'health', true],
    ['分娩歴', 'health', true],
    ['続柄', 'family', false],
    ['在留資格', 'residency', false],
    ['転出先住所', 'residency', false],
    ['氏名', 'identity', false],
    ['アンケート回答内容', 'other', false]
  ])('%s → %s (sensitive %s)', (item, category, sensitive) => {
    expect(categorizeItem(item)).toEqual({ category, sensitive });
  });
});
