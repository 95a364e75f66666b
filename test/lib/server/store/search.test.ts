// Precedent search on a store of the sample texts and the search fixtures (eval/search/docs):
// matching (AND, OR, phrases, exclusion, the substring fallback, synonyms), ranking, filters and
// facets, pages, the derived statistics, old stores, the feed and the data-twin rows; and the
// relevance set's recall@5 and MRR.

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tokenizer } from '../../../../src/lib/domain/tokens';
import { snippetText } from '../../../../src/lib/domain/search/snippets';
import { buildSynonyms } from '../../../../src/lib/domain/search/synonyms';
import { buildSearchStore, evaluateSearch, formatSearchEvaluation, loadRelevanceSet, matterKeys, RELEVANCE_DOCS } from '../../../../eval/search/relevance';
import { ingestPaths } from '../../../../src/lib/ingest/pipeline';
import { loadTokenizer } from '../../../../src/lib/tokenizer/tokenizer';
import { atomXml } from '../../../../src/lib/server/atom';
import { searchFeedXml } from '../../../../src/lib/server/search-feed';
import { occurrences, RANKED_AHEAD, searchMatters, SearchQueryError, searchRows, SearchUnavailableError, type SearchOptions } from '../../../../src/lib/server/store/search';
import { createSnapshot, publishSnapshot, snapshotPath } from '../../../../src/lib/server/store/snapshot';
import { SCHEMA_VERSION } from '../../../../src/lib/server/store/schema';
import { Store } from '../../../../src/lib/server/store/store';
import type { MatterFilter } from '../../../../src/lib/server/store/dashboard';

const DOCS = path.join(import.meta.dirname, '..', '..', '..', '..', 'eval', 'search', 'docs');
const SAMPLES = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'samples-text');

let dir: string;
let tokenizer: Tokenizer;
let store: Store;
/** stem#seq → matter_id */
let id: (key: string) => string;
let keyOf: (matterId: string) => string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-search-'));
  tokenizer = await loadTokenizer();
  store = await buildSearchStore([SAMPLES, DOCS], tokenizer, path.join(dir, 's.duckdb'));
  const keys = await matterKeys(store);
  const byKey = new Map([...keys].map(([k, v]) => [v, k]));
  id = (key) => byKey.get(key) ?? `missing ${key}`;
  keyOf = (m) => keys.get(m) ?? m;
});
afterAll(() => {
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const search = (q: string, o: Omit<SearchOptions, 'q'> = {}) => searchMatters(store, tokenizer, { q, ...o });
const keys = async (q: string, o: Omit<SearchOptions, 'q'> = {}) => (await search(q, { limit: 100, ...o })).results.map((h) => keyOf(h.matter_id));

describe('matching', () => {
  it('ANDs the words: every result has all of them', async () => {
    const both = await keys('暗号化 パスワード');
    const one = await keys('暗号化');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThanOrEqual(one.length);
    expect(both.every((k) => one.includes(k))).toBe(true);
    expect(await keys('溶解処理 暗号化')).toEqual([]);
  });

  it('ORs alternatives', async () => {
    const a = await keys('溶解処理');
    const b = await keys('リモートワイプ');
    expect((await keys('溶解処理 OR リモートワイプ')).sort()).toEqual([...a, ...b].sort());
  });

  it('matches a phrase only where its words are adjacent, in one section', async () => {
    const phrase = await keys('"個人情報の漏洩"');
    const words = await keys('個人情報 漏洩');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThan(words.length);
    for (const h of (await search('"個人情報の漏洩"')).results) expect(h.snippets.map(snippetText).join('')).toMatch(/【個人情報の漏(洩|えい)】/);
    // Reversed order is another phrase.
    expect(await keys('"漏洩の個人情報"')).toEqual([]);
  });

  it('excludes matters with an excluded word', async () => {
    const all = await keys('コールセンター');
    expect(all).toContain('004_9d5b84f7b5669ee4#2');
    const without = await keys('コールセンター -ワクチン');
    expect(without).toEqual(['101_suginami-style#2']);
  });

  it('finds strings the dictionary splits differently, and one- and two-character queries, through the character index', async () => {
    // コンピューティング is one word in the query but not in 「クラウドコンピューティングシステム」.
    expect(await keys('コンピューティング')).toEqual(['004_9d5b84f7b5669ee4#1']);
    // A fragment of a word.
    expect(await keys('個人番')).toEqual(['001_c31c5ac134a4b77c#1']);
    const lemmaDf = await store.all<{ df: number }>(`SELECT df FROM search_df WHERE lemma = '紙'`);
    const paper = await keys('紙');
    expect(paper.length).toBeGreaterThanOrEqual(lemmaDf[0].df);
    expect(await keys('id')).toEqual(expect.arrayContaining(['102_shinagawa-style#1', '003_226f9b6f33957b40#1']));
  });

  it('checks a few candidate strings through the text index and many in one scan, with the same answers', async () => {
    // 0 forces the scan inside the query; 1 sends one candidate through the index and more to the scan.
    for (const q of ['クラウド', '暗号化', 'マイナポータル', '生年月日 -再委託', 'USBメモリ OR 光ディスク', '"個人情報の漏洩"']) {
      const indexed = await searchMatters(store, tokenizer, { q, limit: 100 });
      for (const verifyByIndex of [0, 1]) {
        const scanned = await searchMatters(store, tokenizer, { q, limit: 100, verifyByIndex });
        expect(scanned.total, q).toBe(indexed.total);
        expect(scanned.results.map((r) => [r.matter_id, r.score]), q).toEqual(indexed.results.map((r) => [r.matter_id, r.score]));
        expect(scanned.facets, q).toEqual(indexed.facets);
      }
    }
  });

  it('counts a string\'s occurrences without overlaps, left to right', () => {
    expect(occurrences('ああああ', 'ああ')).toBe(2);
    expect(occurrences('暗号化された暗号化', '暗号化')).toBe(2);
    expect(occurrences('暗号', '暗号化')).toBe(0);
  });

  it('finds a word inside one longer token of the text (a katakana compound)', async () => {
    // The dictionary keeps ファイルストアサービス as one token: no lemma is ストア.
    expect(await keys('ストア')).toEqual(['107_abbreviations-style#1']);
    const [h] = (await search('ストア')).results;
    expect(h.snippets.map(snippetText).join('')).toContain('ファイル【ストア】サービス');
  });

  it('finds administrative abbreviations and their full terms both ways (synonyms.json)', async () => {
    // 107 writes 国保, 特定健診, 生保, 後期高齢, 介護認定; 104 writes 生活保護 and 住基.
    expect((await keys('国民健康保険'))[0]).toBe('107_abbreviations-style#1');
    expect(await keys('特定健康診査')).toContain('107_abbreviations-style#1');
    expect((await keys('生活保護')).sort()).toEqual(['104_katsushika-style#1', '107_abbreviations-style#2']);
    expect((await keys('生保')).sort()).toEqual(['104_katsushika-style#1', '107_abbreviations-style#2']);
    expect(await keys('後期高齢者医療')).toEqual(['107_abbreviations-style#2']);
    expect(await keys('要介護認定')).toEqual(['107_abbreviations-style#2']);
    expect(await keys('住基')).toContain('104_katsushika-style#1');
  });

  it('searches a synonym of three or more characters as a string too, a shorter one by lemmas only', async () => {
    // マイナ (a synonym of 個人番号) is inside マイナ保険証 in 107#2.
    expect(await keys('個人番号 資格確認')).toEqual(['107_abbreviations-style#2']);
    expect(await keys('溶解処理', { synonyms: buildSynonyms([['溶解処理', 'ストア']]) })).toEqual(['103_kita-style#1', '107_abbreviations-style#1']);
    // Two characters occur inside unrelated words (スト in リスト, テスト): such a synonym is matched by lemmas only.
    expect(await keys('スト')).not.toEqual([]);
    expect(await keys('溶解処理', { synonyms: buildSynonyms([['溶解処理', 'スト']]) })).toEqual(['103_kita-style#1']);
  });

  it('checks a string only on matters none of its term\'s variants found by lemmas', async () => {
    // ファイルストア is inside one token of 107#1 (no lemma equals it), which 委託 finds by lemmas.
    const synonyms = buildSynonyms([['委託', 'ファイルストア']]);
    const textReads = async (q: string, o: Omit<SearchOptions, 'q'> = {}) => {
      const reads: string[] = [];
      const session = store.session.bind(store);
      const watching = Object.assign(Object.create(store) as Store, {
        all: store.all.bind(store),
        session: <T,>(fn: Parameters<Store['session']>[0]) =>
          session((all) => fn((sql, params) => (/FROM search_texts/.test(sql) && reads.push(sql), all(sql, params)))) as Promise<T>
      });
      const r = await searchMatters(watching, tokenizer, { q, limit: 100, ...o });
      return { keys: r.results.map((h) => keyOf(h.matter_id)), total: r.total, reads: reads.length };
    };
    const both = await textReads('委託', { synonyms });
    expect(both.keys).toContain('107_abbreviations-style#1');
    expect(both.total).toBe((await textReads('委託')).total);
    expect(both.reads).toBe(0);
    // The same string typed alone is read from the text: the probe sees reads when they happen.
    const alone = await textReads('ファイルストア');
    expect(alone.keys).toEqual(['107_abbreviations-style#1']);
    expect(alone.reads).toBe(1);
  });

  it('counts a synonym as no rarer than the word typed', async () => {
    // マイナ (a synonym of マイナンバー) is found as a string only in 107#2, where no lemma matched:
    // counted alone it would be rarer than the word and rank 107#2 above the matters that write it.
    const ranked = await keys('マイナンバー');
    expect(ranked.slice(0, 2).sort()).toEqual(['001_c31c5ac134a4b77c#1', '101_suginami-style#1']);
    expect(ranked[2]).toBe('107_abbreviations-style#2');
  });

  it('finds synonyms and variant spellings', async () => {
    // 個人番号 in 001, マイナンバー in 101, マイナ保険証 in 107#2.
    expect((await keys('マイナンバー')).sort()).toEqual(['001_c31c5ac134a4b77c#1', '101_suginami-style#1', '107_abbreviations-style#2']);
    expect((await keys('個人番号')).sort()).toEqual(['001_c31c5ac134a4b77c#1', '101_suginami-style#1', '107_abbreviations-style#2']);
    // ファクシミリ (101) and FAX番号 (003) for ファックス; ＵＳＢメモリー for USBメモリ.
    expect((await keys('ファックス')).sort()).toEqual(['003_226f9b6f33957b40#1', '101_suginami-style#2']);
    expect(await keys('USBメモリ')).toEqual(['101_suginami-style#1']);
    // ファイア・ウォール (003), ファイヤーウォール (101): one word to the analyzer.
    expect((await keys('ファイアウォール')).sort()).toEqual(['000_89a62690775440f9#1', '002_66e96f0d6d40dccb#1', '003_226f9b6f33957b40#1', '101_suginami-style#1']);
  });

  it('ranks a synonym below the word typed, and reads the synonyms it is given', async () => {
    const synonyms = buildSynonyms([['溶解処理', 'リモートワイプ']]);
    expect(await keys('溶解処理', { synonyms })).toEqual(['103_kita-style#1', '105_meguro-style#1']);
    expect(await keys('リモートワイプ', { synonyms })).toEqual(['105_meguro-style#1', '103_kita-style#1']);
    expect(await keys('溶解処理')).toEqual(['103_kita-style#1']);
  });

  it('ranks a title hit above a passing mention', async () => {
    const r = await keys('ワクチン');
    expect(r.slice(0, 3).sort()).toEqual(['000_89a62690775440f9#1', '004_9d5b84f7b5669ee4#1', '004_9d5b84f7b5669ee4#2']);
  });

  it('refuses a query of exclusions only, with a Japanese reason', async () => {
    await expect(search('-委託')).rejects.toThrow(SearchQueryError);
    await expect(search('-委託')).rejects.toThrow(/だけでは検索できません/);
    await expect(search('・')).rejects.toThrow(/記号だけの語/);
  });
});

describe('results', () => {
  it('gives each hit its fields, a highlighted title and snippets as plain segments', async () => {
    const r = await search('溶解処理');
    expect(r.total).toBe(1);
    const [h] = r.results;
    expect(h).toMatchObject({ matter_id: id('103_kita-style#1'), department: '総務部', municipality: '北区', procedure: 'outsourcing', fiscal_year: 2023 });
    expect(h.title_segments).toEqual([
      { text: '機密文書の', hit: false },
      { text: '溶解処理', hit: true },
      { text: '業務の委託について', hit: false }
    ]);
    expect(h.snippets.length).toBeGreaterThan(0);
    expect(h.ingested_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(h.score).toBeGreaterThan(0);
  });

  it('pages through the results, best first', async () => {
    const all = await search('委託', { limit: 100, facets: false });
    const p1 = await search('委託', { limit: 4, page: 1 });
    const p2 = await search('委託', { limit: 4, page: 2 });
    expect(p1.total).toBe(all.total);
    expect([...p1.results, ...p2.results].map((h) => h.matter_id)).toEqual(all.results.slice(0, 8).map((h) => h.matter_id));
    const scores = all.results.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect((await search('委託', { limit: 4, page: 99 })).results).toEqual([]);
  });

  it('sorts newest first for the feed', async () => {
    const r = await search('委託', { sort: 'newest', limit: 100 });
    const years = r.results.map((h) => h.fiscal_year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('applies the dashboard filters; facets count the other values of each filtered dimension', async () => {
    const all = await search('委託');
    const dept = all.facets.department.find((f) => f.value === '健康部');
    expect(dept?.count).toBeGreaterThan(0);
    const narrowed = await search('委託', { filter: { department: '健康部' } });
    expect(narrowed.total).toBe(dept?.count);
    expect(narrowed.results.every((h) => h.department === '健康部')).toBe(true);
    // The department facet still lists the other departments under the filter; the others count within it.
    expect(narrowed.facets.department).toEqual(all.facets.department);
    expect(narrowed.facets.procedure.reduce((n, f) => n + f.count, 0)).toBe(narrowed.total);
    const sensitive = narrowed.facets.sensitive.find((f) => f.value === 'true')?.count ?? 0;
    expect((await search('委託', { filter: { department: '健康部', sensitive: true } })).total).toBe(sensitive);
    const category = all.facets.category.find((f) => f.value === 'encryption');
    expect((await search('委託', { filter: { category: 'encryption' } })).total).toBe(category?.count);
    expect((await search('委託', { filter: { fiscal_year: 2021 } })).results.every((h) => h.fiscal_year === 2021)).toBe(true);
  });

  // Facets are counted in one grouped pass (categories by their bits); each count must be what
  // filtering on that value finds, with and without another dimension filtered.
  it('counts every facet value as its filter finds it', async () => {
    const asFilter = (k: string, v: string): MatterFilter =>
      k === 'fiscal_year' ? { fiscal_year: Number(v) } : k === 'sensitive' ? { sensitive: v === 'true' } : ({ [k]: v } as MatterFilter);
    for (const base of [{}, { procedure: 'outsourcing' }] as MatterFilter[]) {
      const r = await search('委託', { filter: base });
      expect(r.facets.category.length).toBeGreaterThan(1);
      expect(r.facets.procedure).toEqual((await search('委託')).facets.procedure);
      for (const [k, values] of Object.entries(r.facets)) {
        expect(values.length, k).toBeGreaterThan(0);
        for (const { value, count } of values) {
          // A facet ignores its own dimension's filter.
          const filter = { ...(k === 'procedure' ? {} : base), ...asFilter(k, value) };
          expect((await search('委託', { filter, facets: false })).total, `${k}=${value} under ${JSON.stringify(base)}`).toBe(count);
        }
      }
    }
  });

  it('gives the data twins one row per hit, snippets as text', async () => {
    const r = await search('暗号化', { limit: 3, page: 2 });
    const rows = searchRows(r);
    expect(rows.map((x) => x.rank)).toEqual(r.results.map((_, i) => 4 + i));
    expect(rows[0].snippets).toContain('【暗号化】');
  });
});

describe('remembered answers', () => {
  it('asks DuckDB once per distinct search on a snapshot, and every time on a writable store', async () => {
    const statements: string[] = [];
    const all = store.all.bind(store);
    const session = store.session.bind(store);
    const counting = Object.assign(Object.create(store) as Store, {
      all: (sql: string, params?: never) => (statements.push(sql), all(sql, params)),
      session: <T,>(fn: Parameters<Store['session']>[0]) => session((run) => fn((sql, params) => (statements.push(sql), run(sql, params)))) as Promise<T>
    });
    const once = async (o: Omit<SearchOptions, 'q'> = {}) => {
      statements.length = 0;
      const r = await searchMatters(counting, tokenizer, { q: '委託 個人情報', ...o });
      return { r, asked: statements.length };
    };
    const writable = await once();
    expect(writable.asked).toBeGreaterThan(0);
    expect((await once()).asked).toBeGreaterThan(0);
    counting.immutable = true;
    const first = await once();
    const again = await once();
    expect(again.asked).toBe(0);
    expect(again.r).toEqual(first.r);
    // Another page within the first RANKED_AHEAD matches reads only its own texts: the ranking is remembered.
    const other = await once({ page: 2, limit: 1 });
    expect(other.asked).toBe(1);
    expect(other.r.results[0].matter_id).toBe(first.r.results[1].matter_id);
    expect(other.r.total).toBe(first.r.total);
    expect(other.r.facets).toEqual(first.r.facets);
    const pages = await once({ page: 2, limit: 3 });
    expect(pages.asked).toBe(1);
    expect(pages.r.results.map((h) => [h.matter_id, h.score])).toEqual(first.r.results.slice(3, 6).map((h) => [h.matter_id, h.score]));
    // Past them, the page is a search of its own; another filter or order too.
    expect((await once({ page: RANKED_AHEAD / 50 + 1, limit: 50 })).asked).toBeGreaterThan(1);
    expect((await once({ sort: 'newest' })).asked).toBeGreaterThan(1);
    expect((await once({ filter: { procedure: 'outsourcing' } })).asked).toBeGreaterThan(1);
  });
});

describe('derived statistics', () => {
  it('are rebuilt in the snapshot: document frequencies, section lengths, averages', async () => {
    const [df] = await store.all<{ df: number; n: number }>(
      `SELECT (SELECT df FROM search_df WHERE lemma = '暗号') AS df, (SELECT count(DISTINCT matter_id)::INTEGER FROM postings WHERE lemma = '暗号') AS n`
    );
    expect(df.df).toBe(df.n);
    const [len] = await store.all<{ full: number; n: number }>(
      `SELECT L."full", (SELECT sum(tf)::INTEGER FROM postings p WHERE p.matter_id = L.matter_id AND p.section = 'full') AS n FROM search_lengths L LIMIT 1`
    );
    expect(len.full).toBe(len.n);
    const [stats] = await store.all<{ matters: number; avg_full: number }>(`SELECT matters, avg_full FROM search_stats`);
    expect(stats.matters).toBe(15);
    expect(stats.avg_full).toBeGreaterThan(100);
    const [grams] = await store.all<{ n: number; texts: number }>(`SELECT count(DISTINCT doc)::INTEGER AS n, (SELECT count(*)::INTEGER FROM search_texts) AS texts FROM search_grams`);
    expect(grams).toEqual({ n: 15, texts: 15 });
  });
});

  it('key every matter by doc in matter_id order, and every posting by its doc and section number', async () => {
    // Search breaks ties by doc as by the id, and joins on these keys only.
    const [keys] = await store.all<{ matters: number; ordered: boolean; docs: boolean; postings: number; keyed: number; norms: number }>(
      `SELECT (SELECT count(*)::INTEGER FROM matter_facts) AS matters,
              (SELECT bool_and(doc = n) FROM (SELECT doc, row_number() OVER (ORDER BY matter_id) AS n FROM matter_facts)) AS ordered,
              (SELECT bool_and(d.doc = f.doc) AND count(*) = (SELECT count(*) FROM matter_facts) FROM search_docs d JOIN matter_facts f USING (matter_id)) AS docs,
              (SELECT count(*)::INTEGER FROM postings) AS postings,
              (SELECT count(*)::INTEGER FROM postings p JOIN search_docs d ON d.doc = p.doc AND d.matter_id = p.matter_id
                WHERE p.sec = list_position(['title', 'purpose', 'items', 'safeguards', 'clauses', 'full'], p.section) - 1) AS keyed,
              (SELECT count(*)::INTEGER FROM search_norms n JOIN search_docs d USING (doc)) AS norms`
    );
    expect(keys).toEqual({ matters: 15, ordered: true, docs: true, postings: keys.postings, keyed: keys.postings, norms: 15 });
    expect(keys.postings).toBeGreaterThan(1000);
  });

describe('stores from before schema 2', () => {
  it('search by lemmas until a writer fills their search texts, then by substrings too', async () => {
    const db = path.join(dir, 'old.duckdb');
    const w = await Store.open(db);
    await ingestPaths([path.join(SAMPLES, '004_9d5b84f7b5669ee4.txt')], { store: w, tokenizer });
    // What version 1 wrote: no search texts.
    await w.all(`DROP TABLE search_texts`);
    await w.all(`UPDATE store_info SET value = '1' WHERE key = 'schema_version'`);
    w.close();

    // The app copies a store that never published a snapshot, without migrating it.
    await createSnapshot(db);
    let s = await Store.open(snapshotPath(db), { readOnly: true });
    expect((await searchMatters(s, tokenizer, { q: 'ワクチン' })).total).toBe(2);
    expect((await searchMatters(s, tokenizer, { q: 'コンピューティング' })).total).toBe(0);
    s.close();

    const again = await Store.open(db);
    expect(await again.all(`SELECT value FROM store_info WHERE key = 'schema_version'`)).toEqual([{ value: String(SCHEMA_VERSION) }]);
    expect(await again.all(`SELECT count(*)::INTEGER AS n FROM search_texts`)).toEqual([{ n: 2 }]);
    await publishSnapshot(again);
    again.close();
    s = await Store.open(snapshotPath(db), { readOnly: true });
    expect((await searchMatters(s, tokenizer, { q: 'コンピューティング' })).total).toBe(1);
    s.close();
  });

  it('says so when a snapshot has no search tables (published by an older version)', async () => {
    // The store itself, not its snapshot, has no derived tables.
    const raw = await Store.open(path.join(dir, 's.duckdb'), { readOnly: true });
    try {
      await expect(searchMatters(raw, tokenizer, { q: '委託' })).rejects.toThrow(SearchUnavailableError);
      await expect(searchMatters(raw, tokenizer, { q: '委託' })).rejects.toThrow(/検索用の索引がありません/);
    } finally {
      raw.close();
    }
  });
});

describe('phrases read as adjacent pairs', () => {
  /** The snapshot again, told it has no pairs: phrases are then found by joining their lemmas. */
  async function withoutPairs(): Promise<Store> {
    const copy = path.join(dir, 'no-pairs.duckdb');
    copyFileSync(snapshotPath(path.join(dir, 's.duckdb')), copy);
    const w = await Store.open(copy);
    await w.all('UPDATE search_stats SET pairs = false');
    w.close();
    return Store.open(copy, { readOnly: true });
  }

  it('answer as the lemmas joined do, for phrases of two to five lemmas and a phrase inside a word', async () => {
    const [{ pairs }] = await store.all<{ pairs: boolean }>('SELECT pairs FROM search_stats');
    expect(pairs).toBe(true);
    const joined = await withoutPairs();
    try {
      for (const q of ['個人情報', '"個人情報の漏洩"', '"個人情報の取扱い"', '"個人情報を暗号化"', '暗号化', '委託先', '"特記事項を遵守"', '"漏洩の個人情報"', 'クラウド']) {
        const a = await searchMatters(store, tokenizer, { q, limit: 100 });
        const b = await searchMatters(joined, tokenizer, { q, limit: 100 });
        expect({ q, total: a.total, hits: a.results.map((h) => [h.matter_id, h.score]) }).toEqual({ q, total: b.total, hits: b.results.map((h) => [h.matter_id, h.score]) });
        expect({ q, facets: a.facets }).toEqual({ q, facets: b.facets });
      }
      expect((await searchMatters(store, tokenizer, { q: '"個人情報の漏洩"' })).total).toBeGreaterThan(0);
    } finally {
      joined.close();
    }
  });

  it('are keyed by doc and section number, one row per pair and section of a matter, as the stored pairs are', async () => {
    const [k] = await store.all<{ rows: number; stored: number; same: number }>(
      `SELECT (SELECT count(*)::INTEGER FROM search_pairs) AS rows,
              (SELECT count(*)::INTEGER FROM pair_postings) AS stored,
              (SELECT count(*)::INTEGER FROM search_pairs s JOIN search_docs d USING (doc) JOIN pair_postings p
                 ON p.matter_id = d.matter_id AND p.lemma = s.lemma AND p.next = s.next AND p.tf = s.tf AND p.positions = s.positions
                AND s.sec = list_position(['title', 'purpose', 'items', 'safeguards', 'clauses', 'full'], p.section) - 1) AS same`
    );
    expect(k.rows).toBeGreaterThan(1000);
    expect(k).toEqual({ rows: k.rows, stored: k.rows, same: k.rows });
  });
});

describe('impacts', () => {
  /** A copy of the snapshot changed by `change` (a writer's statements), opened read-only. */
  async function copyOf(name: string, change: string[]): Promise<Store> {
    const copy = path.join(dir, name);
    copyFileSync(snapshotPath(path.join(dir, 's.duckdb')), copy);
    const w = await Store.open(copy);
    for (const sql of change) await w.all(sql);
    w.close();
    return Store.open(copy, { readOnly: true });
  }
  const QUERIES = ['個人情報', '暗号化', '"個人情報の漏洩"', '"個人情報を暗号化"', '委託先 パソコン', 'USBメモリ OR 光ディスク', '生年月日 -再委託', 'クラウド', '鍵', 'ID', 'マイナンバー'];

  it('hold one row per lemma and matter, and per pair and matter, with the sections’ weighted frequencies summed', async () => {
    const [k] = await store.all<{ lemmas: number; pairs: number; lemma_keys: number; pair_keys: number; off: number }>(
      `SELECT (SELECT count(*)::INTEGER FROM search_impacts) AS lemmas,
              (SELECT count(*)::INTEGER FROM search_pair_impacts) AS pairs,
              (SELECT count(*)::INTEGER FROM (SELECT DISTINCT lemma, doc FROM postings)) AS lemma_keys,
              (SELECT count(*)::INTEGER FROM (SELECT DISTINCT lemma, next, doc FROM search_pairs)) AS pair_keys,
              (SELECT count(*)::INTEGER FROM search_impacts i JOIN (
                 SELECT p.lemma, p.doc, sum(p.tf * CASE p.sec WHEN 0 THEN n.title WHEN 1 THEN n.purpose WHEN 2 THEN n.items
                        WHEN 3 THEN n.safeguards WHEN 4 THEN n.clauses WHEN 5 THEN n."full" END) AS w
                   FROM postings p JOIN search_norms n USING (doc) GROUP BY p.lemma, p.doc) x USING (lemma, doc)
                WHERE abs(i.w - x.w) > 1e-9) AS off`
    );
    expect(k.lemmas).toBeGreaterThan(1000);
    expect(k.pairs).toBeGreaterThan(1000);
    expect(k).toEqual({ lemmas: k.lemma_keys, pairs: k.pair_keys, lemma_keys: k.lemma_keys, pair_keys: k.pair_keys, off: 0 });
  });

  it('rank, count and facet as the postings joined to the norms do, and are what a search reads', async () => {
    const joined = await copyOf('no-impacts.duckdb', ['DROP TABLE search_impacts', 'DROP TABLE search_pair_impacts']);
    const doubled = await copyOf('doubled-impacts.duckdb', ['UPDATE search_impacts SET w = w * 2', 'UPDATE search_pair_impacts SET w = w * 2']);
    try {
      for (const q of QUERIES) {
        for (const opts of [{ q, limit: 100 }, { q, limit: 100, sort: 'newest' as const }, { q, limit: 100, filter: { procedure: 'outsourcing' } satisfies MatterFilter }]) {
          const a = await searchMatters(store, tokenizer, opts);
          const b = await searchMatters(joined, tokenizer, opts);
          expect({ opts, total: a.total, hits: a.results.map((h) => [h.matter_id, h.score]) }).toEqual({ opts, total: b.total, hits: b.results.map((h) => [h.matter_id, h.score]) });
          expect({ opts, facets: a.facets }).toEqual({ opts, facets: b.facets });
        }
      }
      const scores = async (s: Store) => (await searchMatters(s, tokenizer, { q: '個人情報 暗号化' })).results.map((h) => h.score);
      expect(await scores(doubled)).not.toEqual(await scores(store));
      expect((await searchMatters(store, tokenizer, { q: '個人情報', filter: { procedure: 'outsourcing' } })).total).toBeGreaterThan(0);
    } finally {
      joined.close();
      doubled.close();
    }
  });
});

describe('stores from before schema 6', () => {
  it('find phrases by joined lemmas until a writer fills the pairs from the postings, as ingestion writes them', async () => {
    const db = path.join(dir, 'old6.duckdb');
    const w = await Store.open(db);
    await ingestPaths([path.join(SAMPLES, '004_9d5b84f7b5669ee4.txt')], { store: w, tokenizer });
    const written = await w.all('SELECT * FROM pair_postings ORDER BY ALL');
    // What version 5 wrote: no pairs.
    await w.all('DROP TABLE pair_postings');
    await w.all(`UPDATE store_info SET value = '5' WHERE key = 'schema_version'`);
    w.close();

    await createSnapshot(db);
    let s = await Store.open(snapshotPath(db), { readOnly: true });
    expect(await s.all('SELECT pairs FROM search_stats')).toEqual([{ pairs: false }]);
    const before = await searchMatters(s, tokenizer, { q: '"個人情報の取扱い"' });
    expect(before.total).toBeGreaterThan(0);
    s.close();

    const again = await Store.open(db);
    expect(await again.all('SELECT * FROM pair_postings ORDER BY ALL')).toEqual(written);
    await publishSnapshot(again);
    again.close();
    s = await Store.open(snapshotPath(db), { readOnly: true });
    expect(await s.all('SELECT pairs FROM search_stats')).toEqual([{ pairs: true }]);
    const after = await searchMatters(s, tokenizer, { q: '"個人情報の取扱い"' });
    expect(after.results.map((h) => [h.matter_id, h.score])).toEqual(before.results.map((h) => [h.matter_id, h.score]));
    s.close();
  });
});

describe('Atom feed', () => {
  it('is Atom 1.0 with escaped text, newest matters first, linking to their pages', async () => {
    const r = await search('委託', { sort: 'newest', limit: 50, facets: false });
    const url = new URL('http://atlas.example/search.atom?q=%E5%A7%94%E8%A8%97&department=%E5%81%A5%E5%BA%B7%E9%83%A8');
    const xml = searchFeedXml(r, url);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const doc = parseDocument(xml, { xmlMode: true });
    const feed = DomUtils.getElementsByTagName('feed', doc)[0];
    const child = (el: typeof feed, name: string) => DomUtils.getChildren(el).find((c) => 'name' in c && c.name === name) as typeof feed | undefined;
    for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toBeDefined();
    expect(DomUtils.textContent(child(feed, 'title')!)).toBe('Shingikai Atlas 検索: 「委託」を含む、健康部の案件');
    const entries = DomUtils.getElementsByTagName('entry', feed);
    expect(entries).toHaveLength(r.results.length);
    entries.forEach((e, i) => {
      const h = r.results[i];
      expect(DomUtils.textContent(child(e, 'id')!)).toBe(`http://atlas.example/matters/${h.matter_id}`);
      expect(child(e, 'link')!.attribs.href).toBe(`http://atlas.example/matters/${h.matter_id}`);
      expect(DomUtils.textContent(child(e, 'updated')!)).toBe(h.ingested_at);
      expect(DomUtils.textContent(child(e, 'updated')!)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    });
    expect(DomUtils.textContent(child(feed, 'updated')!)).toBe(r.results.map((h) => h.ingested_at).sort().at(-1));
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const odd = `<a href="x">&'\u0001\u0008ok\uFFFE`;
    const escaped = '&lt;a href=&quot;x&quot;&gt;&amp;&apos;ok';
    const when = '2024-04-01T00:00:00Z';
    const xml = atomXml({
      id: 'urn:feed',
      title: odd,
      self: 'http://atlas.example/search.atom',
      alternate: 'http://atlas.example/search',
      updated: when,
      author: 'Shingikai Atlas',
      entries: [{ id: 'urn:entry', title: 'entry', href: odd, updated: when, summary: odd, categories: [odd] }]
    });
    expect(xml).toContain(`<title>${escaped}</title>`);
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${escaped}"/>`);
    expect(xml).toContain(`<category term="${escaped}"/>`);
    expect(xml).toContain(`<summary type="text">${escaped}</summary>`);
    expect(xml).not.toMatch(/[\u0001\u0008\uFFFE]/);
  });
});

describe('relevance set', () => {
  it('finds the expected matters: recall@5 ≥ 0.9 and MRR ≥ 0.8 over at least 25 queries', async () => {
    const set = loadRelevanceSet();
    expect(set.length).toBeGreaterThanOrEqual(25);
    // The set's store is the sample texts plus the search fixtures, as here.
    expect(RELEVANCE_DOCS).toEqual(['test/fixtures/samples-text', 'eval/search/docs']);
    const e = await evaluateSearch(store, tokenizer, set);
    const report = formatSearchEvaluation(e);
    expect(e.queries.filter((q) => q.error)).toEqual([]);
    expect(e.recallAt5, report).toBeGreaterThanOrEqual(0.9);
    expect(e.mrr, report).toBeGreaterThanOrEqual(0.8);
  });
});
