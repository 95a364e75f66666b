// The synonyms file: valid as shipped, and bad files are refused with the file and group named.

import { describe, expect, it } from 'vitest';
import file from '../../../../src/lib/domain/search/synonyms.json';
import { buildSynonyms, SYNONYMS, synonymKey } from '../../../../src/lib/domain/search/synonyms';

describe('synonyms.json', () => {
  it('has 20 to 60 groups, none sharing a word', () => {
    expect(file.groups.length).toBeGreaterThanOrEqual(20);
    expect(file.groups.length).toBeLessThanOrEqual(60);
    expect(() => buildSynonyms(file.groups)).not.toThrow();
  });
  it('finds a group whatever the spelling of the word', () => {
    expect(SYNONYMS.groupOf('漏えい')).toContain('流出');
    expect(SYNONYMS.groupOf('漏洩')).toContain('情報漏れ');
    expect(SYNONYMS.groupOf('ＵＳＢメモリー')).toContain('USBメモリ');
    expect(SYNONYMS.groupOf('pc')).toContain('パソコン');
    expect(SYNONYMS.groupOf('個人番号')).toContain('マイナンバー');
    expect(SYNONYMS.groupOf('暗号化する')).toBeUndefined();
    expect(synonymKey('Ｅメール アドレス')).toBe('メールアドレス');
  });
  it('pairs administrative abbreviations with their full terms', () => {
    const pairs = [['住基', '住民基本台帳'], ['特定健診', '特定健康診査'], ['マイナ', '個人番号'], ['マイナ', 'マイナンバー'], ['国保', '国民健康保険'], ['後期高齢', '後期高齢者医療'], ['介護認定', '要介護認定'], ['生保', '生活保護'], ['市県民税', '住民税'], ['乳幼児健診', '乳幼児健康診査']];
    for (const [short, full] of pairs) {
      expect(SYNONYMS.groupOf(short), short).toContain(full);
      expect(SYNONYMS.groupOf(full), full).toContain(short);
    }
  });
  it('refuses malformed groups, naming the source and the group', () => {
    expect(() => buildSynonyms({} as unknown, 'x.json')).toThrow(/x\.json: "groups" must be a list/);
    expect(() => buildSynonyms([['漏洩']], 'x.json')).toThrow(/x\.json: group 1 must list at least two words/);
    expect(() => buildSynonyms([['漏洩', '']], 'x.json')).toThrow(/group 1 has a word that is empty/);
    expect(() => buildSynonyms([['漏洩', '流出'], ['漏えい', '情報漏れ']], 'x.json')).toThrow(/group 2: "漏洩" is already in the group 漏洩／流出/);
  });
});
