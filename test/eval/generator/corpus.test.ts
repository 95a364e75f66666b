// The synthetic corpus generator: deterministic bytes, well-formed gold in the fixtures' format,
// a mix of layouts and formats, and an end-to-end check that ingesting what it writes and
// comparing the store with its gold (by the scorer's rules) clears reasonable floors.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSentenceSet } from '../../../eval/classifier/metrics';
import { ITEM_CATEGORIES, MATTER_KINDS, MEDIA_CATEGORIES, PROCEDURES } from '../../../src/lib/domain/codes';
import { TAXONOMY } from '../../../src/lib/domain/taxonomy';
import { generateCorpus, printableHtml } from '../../../eval/generator/corpus';
import { goldJson } from '../../../eval/generator/gold';
import type { GeneratedDocument, GoldDoc } from '../../../eval/generator/types';
import { run } from '../../../src/lib/ingest/cli';
import { setting } from '../../../src/lib/server/env';
import { decodeText } from '../../../src/lib/readers';
import { compare, fscore, storeViews, type Counts, type GoldMatter } from '../../helpers/gold';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const sentences = parseSentenceSet(readFileSync(path.join(ROOT, 'eval', 'classifier', 'sentences.tsv'), 'utf8'));
const FIXTURE_GOLD = path.join(ROOT, 'test', 'fixtures', 'gold');
const CODES = new Set(TAXONOMY.map((c) => c.code));
const CLAUSE_ONLY = new Set(TAXONOMY.filter((c) => c.clauseOnly).map((c) => c.code));
/** `other` is the extractor's fallback for a procedure it cannot name; the generator always names one. */
const GENERATED_PROCEDURES = PROCEDURES.filter((p) => p !== 'other');

const gen = (matters: number, seed: number) => generateCorpus({ matters, seed, sentences });
const textOf = (d: GeneratedDocument) => new TextDecoder(d.encoding === 'Shift_JIS' ? 'shift_jis' : 'utf-8').decode(d.bytes);
const totalMatters = (docs: GeneratedDocument[]) => docs.reduce((t, d) => t + d.gold.matters.length, 0);

describe('generateCorpus', () => {
  it('draws on a labelled sentence set whose labels are taxonomy codes', () => {
    expect(sentences.filter((s) => s.expected.length > 0).length).toBeGreaterThan(150);
    expect(sentences.every((s) => s.expected.every((c) => CODES.has(c)))).toBe(true);
  });

  it('refuses a sentence set with no safeguard wording (negatives only)', () => {
    expect(() => generateCorpus({ matters: 1, sentences: parseSentenceSet('-\t本件は報告事項である。\n') })).toThrow(/no usable safeguard sentences/);
  });

  it('is deterministic: the same seed gives the same bytes and gold, another seed differs', () => {
    const a = gen(60, 42);
    const b = gen(60, 42);
    expect(a.map((d) => d.stem)).toEqual(b.map((d) => d.stem));
    a.forEach((d, i) => {
      expect(Buffer.compare(Buffer.from(d.bytes), Buffer.from(b[i].bytes))).toBe(0);
      expect(goldJson(d.gold)).toBe(goldJson(b[i].gold));
    });
    const c = gen(60, 43);
    expect(c.map((d) => d.stem)).not.toEqual(a.map((d) => d.stem));
    expect(c.map(textOf).join('')).not.toBe(a.map(textOf).join(''));
  });

  it('writes exactly the requested number of matters', () => {
    for (const n of [1, 2, 7, 60, 123]) expect(totalMatters(gen(n, n))).toBe(n);
    expect(gen(0, 1)).toEqual([]);
  });

  it('writes gold in the format of the fixtures, with valid codes', () => {
    const fixture = JSON.parse(readFileSync(path.join(FIXTURE_GOLD, readdirSync(FIXTURE_GOLD).sort()[0]), 'utf8')) as GoldDoc;
    const matterKeys = Object.keys(fixture.matters[0]);
    const docs = gen(200, 3);
    const stems = new Set<string>();
    for (const d of docs) {
      expect(stems.has(d.stem)).toBe(false);
      stems.add(d.stem);
      expect(Object.keys(d.gold)).toEqual(['source', 'matters']);
      expect(d.gold.source).toBe(d.stem);
      expect(goldJson(d.gold)).toBe(JSON.stringify(JSON.parse(goldJson(d.gold)), null, 1));
      expect(d.truth).toHaveLength(d.gold.matters.length);
      d.gold.matters.forEach((m, i) => {
        expect(Object.keys(m)).toEqual(matterKeys);
        expect(m.title.length).toBeGreaterThan(4);
        expect(m.municipality).toMatch(/[区市]$/);
        expect(MATTER_KINDS).toContain(m.matter_kind);
        expect(GENERATED_PROCEDURES).toContain(m.procedure);
        expect(m.legal_basis).toMatch(/^第\d+条(?:第\d+項)?(?:第\d+号)?$/);
        expect(m.department).toMatch(/(?:部|局|室|保健所|事務局)$/);
        for (const x of [m.period_start, m.period_end]) if (x !== null) expect(x).toMatch(/^20\d\d-\d\d-\d\d$/);
        if (m.period_start && m.period_end) expect(m.period_start <= m.period_end).toBe(true);
        expect(m.recurring === null).toBe(m.period_start === null && m.period_end === null);
        expect(m.fiscal_year).toBeGreaterThanOrEqual(2005);
        expect(m.fiscal_year).toBeLessThanOrEqual(2026);
        if (m.council_session) expect(m.council_session).toMatch(/^(?:平成|令和)(?:\d+|元)年度第\d+回$/);
        expect(m.data_items.length).toBeGreaterThan(0);
        for (const it of m.data_items) expect(Object.keys(it).every((k) => k === 'item' || k === 'subject')).toBe(true);
        for (const s of m.sensitive_items) expect(m.data_items.some((x) => x.item === s)).toBe(true);
        expect(m.media.length).toBeGreaterThan(0);
        for (const c of m.media) expect(MEDIA_CATEGORIES).toContain(c);
        expect(new Set(m.media).size).toBe(m.media.length);
        for (const c of [...m.safeguards.ward, ...m.safeguards.contractor]) {
          expect(CODES.has(c)).toBe(true);
          expect(CLAUSE_ONLY.has(c)).toBe(false);
        }
        for (const c of m.clauses) expect(CODES.has(c)).toBe(true);
        if (m.procedure !== 'outsourcing') {
          expect(m.safeguards.contractor).toEqual([]);
          expect(m.clauses).toEqual([]);
        }
        const truth = d.truth[i];
        expect(truth.items.map((x) => x.item)).toEqual(m.data_items.map((x) => x.item));
        for (const x of truth.items) expect(ITEM_CATEGORIES).toContain(x.category);
        for (const x of truth.media) expect(MEDIA_CATEGORIES).toContain(x.category);
      });
    }
  });

  it('varies as real documents do: layouts, formats, encodings, procedures, eras and noise', () => {
    const docs = gen(300, 9);
    const formats = new Set(docs.map((d) => d.format));
    expect([...formats].sort()).toEqual(['html', 'markdown', 'text']);
    expect(new Set(docs.map((d) => d.layout)).size).toBe(5);
    expect(docs.some((d) => d.encoding === 'Shift_JIS')).toBe(true);
    expect(docs.some((d) => d.gold.matters.length >= 3)).toBe(true);
    const matters = docs.flatMap((d) => d.gold.matters);
    expect(new Set(matters.map((m) => m.procedure))).toEqual(new Set(GENERATED_PROCEDURES));
    expect(new Set(matters.map((m) => m.municipality)).size).toBeGreaterThan(15);
    expect(matters.some((m) => m.municipality.endsWith('市'))).toBe(true);
    expect(new Set(matters.map((m) => m.department)).size).toBeGreaterThan(10);
    expect(matters.some((m) => m.divisions.some((x) => /センター|事務所/.test(x)))).toBe(true);
    expect(matters.some((m) => m.recurring === true)).toBe(true);
    expect(matters.some((m) => m.council_session !== null) && matters.some((m) => m.council_session === null)).toBe(true);
    expect(matters.some((m) => m.matter_kind === 'report') && matters.some((m) => m.matter_kind === 'consultation')).toBe(true);
    expect(matters.some((m) => m.contractor_contains === '未定') && matters.some((m) => m.contractor_contains === '入札')).toBe(true);
    expect(matters.some((m) => m.clauses.length > 0)).toBe(true);
    const all = docs.map(textOf).join('\n');
    expect(all).toMatch(/平成\d+年/);
    expect(all).toMatch(/令和\d+年/);
    expect(all).toMatch(/令和元年/);
    expect(all).toMatch(/[０-９]/);
    expect(all).toMatch(/件\n\n名\n/);
    expect(all).toMatch(/<p>/);
    expect(all).toMatch(/※1/);
    expect(all).toMatch(/第\d+条（/);
    expect(all).toMatch(/\n第\d+ \S+\n/);
    expect(all).toMatch(/\n\(\S+\)\n/);
    // The reader detects the encoding each document was written in.
    for (const d of docs.filter((x) => x.format === 'text')) expect(decodeText(d.bytes).encoding).toBe(d.encoding);
  });
});

describe('printableHtml (the page a PDF is printed from)', () => {
  it('turns label<TAB>value lines into bordered tables and form feeds into page breaks', () => {
    const html = printableHtml('件名\t住民税申告書の委託について\n----\t----\n\n**【報告】**\n\n保有課(担当課)\t課税課\n委託先\t株式会社テスト\n\t（続き）<p>x</p>\n- 2 業務フローに基づき行わせる。\f\n特記事項', '新宿区');
    expect(html).toContain('<tr><th>件名</th><td>住民税申告書の委託について</td></tr></table>');
    expect(html).toContain('<tr><th>委託先</th><td>株式会社テスト<br>（続き）<p>x</p></td></tr>');
    expect(html).toContain('<p>【報告】</p>');
    expect(html).toContain('<p>2 業務フローに基づき行わせる。</p>');
    expect(html).toContain('<div class="page"></div>');
    expect(html).not.toContain('----');
  });

  it('is part of the corpus only when asked for, for text layouts, with the same gold', () => {
    const plain = gen(60, 5);
    const withPdf = generateCorpus({ matters: 60, seed: 5, sentences, pdf: true });
    expect(plain.some((d) => d.format === 'pdf' || d.printHtml)).toBe(false);
    const pdfs = withPdf.filter((d) => d.format === 'pdf');
    expect(pdfs.length).toBeGreaterThan(0);
    for (const d of pdfs) {
      expect(d.ext).toBe('pdf');
      expect(d.bytes.length).toBe(0);
      expect(['shinjuku', 'edogawa', 'setagaya']).toContain(d.layout);
      expect(d.printHtml).toMatch(/^<!doctype html>/);
      for (const m of d.gold.matters) expect(d.printHtml).toContain(m.title.slice(0, 8));
    }
  });
});


/** How many field checks the scorer makes for a gold matter. */
function fieldChecks(g: GoldMatter): number {
  return 8 + [g.period_start, g.period_end, g.recurring, g.council_session, g.contractor_contains].filter((x) => x !== null && x !== undefined).length;
}

/** Sums the comparison over a generated corpus's gold, by the scorer's rules. */
async function score(db: string, goldDir: string) {
  const stored = await storeViews(db);
  const golds = readdirSync(goldDir)
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldDoc);
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const t = { checks: 0, fieldMisses: 0, items: zero(), media: zero(), safeguards: zero(), clauses: zero(), matters: 0, found: 0, sensitive: 0, sensitiveMissed: 0 };
  for (const gold of golds) {
    const ms = stored.get(gold.source) ?? [];
    gold.matters.forEach((g, i) => {
      t.matters++;
      t.checks += fieldChecks(g);
      t.sensitive += g.sensitive_items.length;
      const m = ms[i];
      if (!m) {
        t.sensitiveMissed += g.sensitive_items.length;
        t.fieldMisses += fieldChecks(g);
        t.items.fn += g.data_items.length;
        t.media.fn += g.media.length;
        t.safeguards.fn += g.safeguards.ward.length + g.safeguards.contractor.length;
        t.clauses.fn += g.clauses.length;
        return;
      }
      t.found++;
      const r = compare(g, m);
      t.fieldMisses += r.fieldMisses.length;
      t.sensitiveMissed += r.sensitiveMissed.length;
      for (const k of ['tp', 'fp', 'fn'] as const) {
        t.items[k] += r.items[k];
        t.media[k] += r.media[k];
        t.safeguards[k] += r.safeguards[k];
        t.clauses[k] += r.clauses[k];
      }
    });
  }
  return {
    found: t.found / t.matters,
    fields: 1 - t.fieldMisses / t.checks,
    items: fscore(t.items),
    sensitive: t.sensitive ? 1 - t.sensitiveMissed / t.sensitive : 1,
    media: fscore(t.media),
    safeguards: fscore(t.safeguards),
    clauses: fscore(t.clauses)
  };
}

describe('a generated corpus, ingested and scored against its own gold', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-gen-'));
  const db = path.join(dir, 'gen.duckdb');
  const docsDir = path.join(dir, 'docs');
  let docs: GeneratedDocument[] = [];
  let code = -1;
  beforeAll(async () => {
    docs = gen(40, 2024);
    mkdirSync(path.join(docsDir, 'gold'), { recursive: true });
    for (const d of docs) {
      writeFileSync(path.join(docsDir, `${d.stem}.${d.ext}`), d.bytes);
      writeFileSync(path.join(docsDir, 'gold', `${d.stem}.json`), goldJson(d.gold));
    }
    code = await run(['--db', db, '--quiet', docsDir], { out() {}, err() {}, tty: false });
  });

  it('ingests every document and finds every matter', async () => {
    expect(code).toBe(0);
    const stored = await storeViews(db);
    expect(stored.size).toBe(docs.length);
    const found = docs.reduce((t, d) => t + Math.min(d.gold.matters.length, stored.get(d.stem)?.length ?? 0), 0);
    expect(found / 40).toBeGreaterThanOrEqual(0.95);
  });

  it('stores what the gold says, above the floors, by the scorer’s rules', async () => {
    const s = await score(db, path.join(docsDir, 'gold'));
    expect(s.fields).toBeGreaterThanOrEqual(0.93);
    expect(s.items).toBeGreaterThanOrEqual(0.9);
    expect(s.media).toBeGreaterThanOrEqual(0.9);
    expect(s.safeguards).toBeGreaterThanOrEqual(0.9);
    expect(s.clauses).toBeGreaterThanOrEqual(0.95);
    expect(s.sensitive).toBeGreaterThanOrEqual(0.75);
  });
});

const CHROMIUM = setting('chromium');

describe.skipIf(!existsSync(CHROMIUM))('npm run generate -- --pdf, ingested (needs Chromium)', () => {
  it('prints PDFs the same way every time, and the PDF reader gets their matters back', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'atlas-gen-pdf-'));
    const [a, b] = [path.join(base, 'a'), path.join(base, 'b')];
    for (const out of [a, b]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'generate.ts'), '--matters', '16', '--out', out, '--seed', '5', '--pdf'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
    const pdfs = readdirSync(a).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const f of pdfs) {
      const bytes = readFileSync(path.join(a, f));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(Buffer.compare(bytes, readFileSync(path.join(b, f)))).toBe(0);
    }
    // Only the PDFs are scored here: the other formats are covered above.
    const pdfOnly = path.join(base, 'pdf');
    mkdirSync(path.join(pdfOnly, 'gold'), { recursive: true });
    for (const f of pdfs) {
      writeFileSync(path.join(pdfOnly, f), readFileSync(path.join(a, f)));
      const stem = f.replace(/\.pdf$/, '');
      writeFileSync(path.join(pdfOnly, 'gold', `${stem}.json`), readFileSync(path.join(a, 'gold', `${stem}.json`)));
    }
    const db = path.join(base, 'pdf.duckdb');
    expect(await run(['--db', db, '--quiet', pdfOnly], { out() {}, err() {}, tty: false })).toBe(0);
    const s = await score(db, path.join(pdfOnly, 'gold'));
    expect(s.found).toBe(1);
    expect(s.fields).toBeGreaterThanOrEqual(0.9);
    expect(s.items).toBeGreaterThanOrEqual(0.9);
    expect(s.media).toBeGreaterThanOrEqual(0.85);
    expect(s.safeguards).toBeGreaterThanOrEqual(0.9);
  });
});

describe('npm run generate (scripts/generate.ts)', () => {
  const script = path.join(ROOT, 'scripts', 'generate.ts');
  const node = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 2 with the usage on bad arguments', () => {
    for (const args of [[], ['--matters', '3'], ['--matters', 'x', '--out', '/tmp/x'], ['--matters', '0', '--out', '/tmp/x'], ['--bogus']]) {
      const r = node(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/usage: npm run generate/);
    }
  });

  it('writes the documents and their gold, and says what it wrote', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-gen-cli-')), 'corpus');
    const r = node(['--matters', '5', '--out', out, '--seed', '7']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^generated \d+ document\(s\), 5 matter\(s\), \d+ bytes in [\d.]+ s/);
    const files = readdirSync(out).filter((f) => f !== 'gold');
    const golds = readdirSync(path.join(out, 'gold'));
    expect(golds.sort()).toEqual(files.map((f) => f.replace(/\.[^.]+$/, '.json')).sort());
    const expected = gen(5, 7);
    for (const d of expected) {
      expect(existsSync(path.join(out, `${d.stem}.${d.ext}`))).toBe(true);
      expect(readFileSync(path.join(out, 'gold', `${d.stem}.json`), 'utf8')).toBe(goldJson(d.gold));
    }
  });
});
