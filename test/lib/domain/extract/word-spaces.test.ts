// Pages written with spaces between words (やさしい日本語): the spaces go, elsewhere they stay.

import { describe, expect, it } from 'vitest';
import { isWordSpaced, joinWordSpaces } from '../../../../src/lib/domain/extract/word-spaces';

const easy = [
  '市の 仕事を 会社に お願いする ときは、きまりで 審議会に 報告します。',
  'お願いする 会社\t株式会社テスト',
  'どんな 情報を あつかいますか\t氏名、病気や けがの 状況',
  '情報を あつかう 人を 決めて、その 人だけが あつかいます。',
  'メールを 送る ときは、あて先が 正しいか 2人で たしかめます。',
  'IDと パスワードを 入れないと 使えないように します。 CD-Rに 入れます。',
  'Copyright © Tottori City. All Rights Reserved.'
].join('\n');

describe('word spaces', () => {
  it('finds a page written in words and joins its Japanese words, keeping Latin words apart', () => {
    expect(isWordSpaced([easy])).toBe(true);
    const [joined] = joinWordSpaces([easy]);
    expect(joined.split('\n')).toEqual([
      '市の仕事を会社にお願いするときは、きまりで審議会に報告します。',
      'お願いする会社\t株式会社テスト',
      'どんな情報をあつかいますか\t氏名、病気やけがの状況',
      '情報をあつかう人を決めて、その人だけがあつかいます。',
      'メールを送るときは、あて先が正しいか2人でたしかめます。',
      'IDとパスワードを入れないと使えないようにします。CD-Rに入れます。',
      'Copyright © Tottori City. All Rights Reserved.'
    ]);
  });

  it('leaves a page of ordinary Japanese as it is, spaces between its fields included', () => {
    const plain = Array.from({ length: 30 }, (_, i) => `第${i}回 審議会において、委員から個人情報の取扱いについて 質問があり、担当部課 健康福祉部 健康課から説明があった。`).join('\n');
    expect(isWordSpaced([plain])).toBe(false);
    expect(joinWordSpaces([plain])).toEqual([plain]);
  });
});
