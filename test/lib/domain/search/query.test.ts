// The query language (AND, OR, phrases, exclusion, limits) and the plan each term becomes:
// lemmas, the substring fallback, synonyms and highlight needles.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Tokenizer } from '../../../../src/lib/domain/tokens';
import { MAX_QUERY_CHARS, MAX_TERMS, parseSearchQuery, planQuery, queryPhrase, SYNONYM_WEIGHT, type ParsedQuery } from '../../../../src/lib/domain/search/query';
import { buildSynonyms, SYNONYMS } from '../../../../src/lib/domain/search/synonyms';
import { loadTokenizer } from '../../../../src/lib/tokenizer/tokenizer';

const parse = (q: string): ParsedQuery => {
  const r = parseSearchQuery(q);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const texts = (p: ParsedQuery) => ({ clauses: p.clauses.map((c) => c.map((t) => (t.phrase ? `"${t.text}"` : t.text))), exclude: p.exclude.map((t) => t.text) });
const fail = (q: string) => {
  const r = parseSearchQuery(q);
  return r.ok ? null : r.message;
};

describe('parseSearchQuery', () => {
  it('ANDs words separated by ASCII or ideographic spaces', () => {
    expect(texts(parse('暗号化  USBメモリ\u3000委託'))).toEqual({ clauses: [['暗号化'], ['USBメモリ'], ['委託']], exclude: [] });
  });
  it('joins OR alternatives into one clause, ORs in a row included', () => {
    expect(texts(parse('USB OR 光ディスク OR CD-R 暗号化'))).toEqual({ clauses: [['USB', '光ディスク', 'CD-R'], ['暗号化']], exclude: [] });
    expect(texts(parse('USB | 光ディスク'))).toEqual({ clauses: [['USB', '光ディスク']], exclude: [] });
    // Lower-case or is a word, as in most search engines; full-width ＯＲ is OR after NFKC.
    expect(texts(parse('USB or 光ディスク')).clauses).toEqual([['USB'], ['or'], ['光ディスク']]);
    expect(texts(parse('USB ＯＲ 光ディスク')).clauses).toEqual([['USB', '光ディスク']]);
  });
  it('ignores a dangling OR', () => {
    expect(texts(parse('OR 暗号化 OR')).clauses).toEqual([['暗号化']]);
  });
  it('reads phrases in ASCII, curly and Japanese quotes, and an unclosed quote to the end', () => {
    expect(texts(parse('"個人情報の 漏洩" “再委託の禁止” 「施錠 保管」 『返還』')).clauses).toEqual([['"個人情報の 漏洩"'], ['"再委託の禁止"'], ['"施錠 保管"'], ['"返還"']]);
    expect(texts(parse('暗号化 "USBメモリの')).clauses).toEqual([['暗号化'], ['"USBメモリの"']]);
    expect(parse('""  暗号化').clauses).toHaveLength(1);
  });
  it('excludes words and phrases with a leading minus; a minus inside a word is the word', () => {
    expect(texts(parse('再委託 -特記事項 -"個人情報の漏洩" −紙'))).toEqual({ clauses: [['再委託']], exclude: ['特記事項', '個人情報の漏洩', '紙'] });
    expect(texts(parse('e-mail CD-R'))).toEqual({ clauses: [['e-mail'], ['CD-R']], exclude: [] });
  });
  it('explains queries it cannot run, in Japanese', () => {
    expect(fail('-委託 -再委託')).toMatch(/除外する語（-委託 -再委託）だけでは検索できません/);
    expect(fail('暗号化 OR -再委託')).toMatch(/OR でつなげません/);
    expect(fail('   ')).toMatch(/検索語を入力してください/);
    expect(fail('あ'.repeat(MAX_QUERY_CHARS + 1))).toMatch(/長すぎます/);
    expect(fail(Array.from({ length: MAX_TERMS + 1 }, (_, i) => `語${i}`).join(' '))).toMatch(/多すぎます/);
  });
  it('says the query in words for captions', () => {
    expect(queryPhrase(parse('暗号化 USB OR 光ディスク -再委託'))).toBe('「暗号化」と「USB」または「光ディスク」を含み、「再委託」を含まない');
    expect(queryPhrase(parse('"個人情報の漏洩"'))).toBe('「個人情報の漏洩」を含む');
  });
});

describe('planQuery', () => {
  let tokenizer: Tokenizer;
  beforeAll(async () => {
    tokenizer = await loadTokenizer();
  });
  const plan = (q: string, synonyms = SYNONYMS) => {
    const r = planQuery(parse(q), tokenizer, synonyms);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };

  it('analyses each word as the index does: a compound is a phrase of lemmas, a spelling variant its canonical form', () => {
    const [[t]] = plan('暗号化', buildSynonyms([])).clauses;
    expect(t.variants).toEqual([{ word: '暗号化', lemmas: ['暗号', '化'], string: '暗号化', weight: 1, typed: true }]);
    const [[v]] = plan('ウィルス', buildSynonyms([])).clauses;
    expect(v.variants[0].lemmas).toEqual(['ウイルス']);
    // The substring search compares the text as written (lower-case, no spaces), not canonicalised.
    expect(v.variants[0].string).toBe('ウィルス');
    expect(plan('"ＵＳＢ メモリ"', buildSynonyms([])).clauses[0][0].variants[0].string).toBe('usbメモリ');
  });

  it('adds the synonyms of a word, weighted below it, once per distinct lemma sequence', () => {
    const [[t]] = plan('USBメモリ').clauses;
    expect(t.variants.map((v) => [v.word, v.weight, v.typed])).toEqual([
      ['USBメモリ', 1, true],
      ['USBメモリー', SYNONYM_WEIGHT, false],
      ['USB', SYNONYM_WEIGHT, false],
      ['フラッシュメモリ', SYNONYM_WEIGHT, false]
    ]);
    // パソコン and パーソナルコンピュータ are PC to the analyzer: one lemma search for the three.
    const [[pc]] = plan('パソコン').clauses;
    expect(pc.variants.map((v) => v.word)).toEqual(['パソコン']);
    expect(pc.needles.strings).toEqual(['pc']);
    // マイナンバー reads 個人番号 to the analyzer, but the substring search needs both spellings.
    const [[mn]] = plan('マイナンバー').clauses;
    // マイナ (an abbreviation) is another lemma: a variant of its own.
    expect(mn.variants.map((v) => v.word)).toEqual(['マイナンバー', 'マイナ']);
    expect(mn.variants[0].lemmas).toEqual(['個人', '番号']);
  });

  it('drops a synonym that holds the typed word whole: it finds nothing more and never ranks higher, but still lights up', () => {
    const [[id]] = plan('ID', buildSynonyms([['ID', 'ユーザID', '利用者ID', 'ログインID', 'アカウント']])).clauses;
    expect(id.variants.map((v) => v.word)).toEqual(['ID', 'アカウント']);
    expect(id.needles.strings).toEqual(['id', 'ユーザid', '利用者id', 'ログインid', 'アカウント']);
    // The other way round, a shorter synonym (暗号 for 暗号化) finds more, and stays.
    const [[t]] = plan('暗号化', buildSynonyms([['暗号化', '暗号処理', '暗号']])).clauses;
    expect(t.variants.map((v) => v.word)).toEqual(['暗号化', '暗号処理', '暗号']);
  });

  it('highlights the typed word, its synonyms and, as a fallback, its own content lemmas only', () => {
    const [[t]] = plan('暗号化').clauses;
    expect(t.needles.strings).toEqual(['暗号化', '暗号処理', '暗号']);
    expect(t.needles.lemmas).toEqual([]);
    const [[v]] = plan('消去させる', buildSynonyms([])).clauses;
    expect(v.needles).toEqual({ strings: ['消去させる'], lemmas: ['消去'] });
  });

  it('drops words of symbols only, and fails when nothing searchable is left', () => {
    expect(plan('暗号化 ・').clauses).toHaveLength(1);
    const r = planQuery(parse('・ - ( ※'), tokenizer, SYNONYMS);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/記号だけの語は検索できません/);
  });
});
