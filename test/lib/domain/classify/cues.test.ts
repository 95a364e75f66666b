import { describe, expect, it } from 'vitest';
import { compileCue, matchAll } from '../../../../src/lib/domain/classify/cues';
import type { Token } from '../../../../src/lib/domain/tokens';

// Hand-made tokens keep these tests independent of the dictionary.
const toks = (spec: string): Token[] =>
  spec.split(' ').map((w) => {
    const [surface, lemma] = w.split('/');
    return { surface, lemma: lemma ?? surface, pos: '名詞' };
  });
const hits = (cue: string, spec: string) => matchAll(compileCue(cue), toks(spec)).map((m) => m.text);

describe('cue patterns', () => {
  it('matches a term spelled by several tokens', () => {
    expect(hits('消去証明', '個人 情報 消去 証明 書 を 提出')).toEqual(['消去証明']);
  });
  it('matches inflected verbs by their dictionary form', () => {
    expect(hits('消去 する', '消去 さ/する せる')).toEqual(['消去さ']);
  });
  it('lets a term end before okurigana', () => {
    expect(hits('持出', '持出し/持出す の 禁止')).toEqual(['持出し']);
  });
  it('allows a bounded gap with …', () => {
    expect(hits('消去 … 報告', '消去 し た こと を 区 に 報告')).toEqual(['消去したことを区に報告']);
    expect(hits('消去 … 報告', `消去 ${'あ '.repeat(12)}報告`)).toEqual([]);
  });
  it('allows a longer gap with ……', () => {
    expect(hits('契約書 …… 規定', `契約書 ${'あ '.repeat(20)}規定`)).toHaveLength(1);
    expect(hits('契約書 …… 規定', `契約書 ${'あ '.repeat(31)}規定`)).toEqual([]);
  });
  it('takes alternatives and optional terms', () => {
    expect(hits('第三者 に|へ 提供', '第三者 へ 提供')).toHaveLength(1);
    expect(hits('管理 の? 状況', '管理 状況')).toHaveLength(1);
    expect(hits('管理 の? 状況', '管理 の 状況')).toHaveLength(1);
  });
  it('finds every non-overlapping match', () => {
    expect(hits('ログ', 'ログ を 取得 し ログ を 確認')).toEqual(['ログ', 'ログ']);
  });
  it('rejects a pattern with no required term', () => {
    expect(() => compileCue('の?')).toThrow(/no required term/);
  });
});
