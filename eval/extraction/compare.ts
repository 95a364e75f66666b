// Compares extracted matters with gold annotations by the rules of the acceptance scorer: exact
// fields, item F1 with containment, sensitive recall, media, safeguard and clause F1. The tests
// (test/helpers/gold.ts) and the extraction evaluation (run.ts) share it.

import type { ExtractedMatter, MatterFields } from '../../src/lib/domain/types';
import type { GoldMatter } from '../generator/types';

export const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');
export const itemMatch = (g: string, x: string) => {
  const a = norm(g);
  const b = norm(x);
  return a === b || (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a)));
};

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export function f1Counts<T>(gold: T[], got: T[], match: (a: T, b: T) => boolean = (a, b) => a === b): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const j = got.findIndex((x, k) => !used.has(k) && match(g, x));
    if (j >= 0) {
      used.add(j);
      tp++;
    }
  }
  return { tp, fp: got.length - used.size, fn: gold.length - tp };
}
export const fscore = ({ tp, fp, fn }: Counts) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));

/** What a matter looks like to the comparison, wherever it came from (extraction or the store). */
export interface MatterView extends Omit<MatterFields, 'seq' | 'page_start' | 'council_date'> {
  items: { item: string; sensitive: boolean }[];
  media: string[];
  /** `actor:category` for non-clause safeguards. */
  safeguards: string[];
  clauses: string[];
}

/** The field checks the scorer makes for a gold matter: the optional ones only when gold states them. */
function fieldChecks(g: GoldMatter, m?: MatterView): Record<string, boolean> {
  const v = m ?? ({ divisions: [] } as unknown as MatterView);
  const checks: Record<string, boolean> = {
    title: norm(v.title) === norm(g.title),
    municipality: v.municipality === g.municipality,
    matter_kind: v.matter_kind === g.matter_kind,
    procedure: v.procedure === g.procedure,
    legal_basis: norm(v.legal_basis) === norm(g.legal_basis),
    department: v.department === g.department,
    fiscal_year: v.fiscal_year === g.fiscal_year
  };
  if (g.period_start) checks.period_start = v.period_start === g.period_start;
  if (g.period_end) checks.period_end = v.period_end === g.period_end;
  if (g.recurring !== null && g.recurring !== undefined) checks.recurring = v.recurring === g.recurring;
  if (g.council_session) checks.council_session = norm(v.council_session) === norm(g.council_session);
  if (g.contractor_contains) checks.contractor = norm(v.contractor).includes(norm(g.contractor_contains));
  const d = f1Counts(g.divisions.map(norm), v.divisions.map(norm));
  checks.divisions = d.fp === 0 && d.fn === 0;
  return checks;
}

/** The names of the fields that differ from gold. */
export function fieldMisses(g: GoldMatter, m: MatterView): string[] {
  return Object.entries(fieldChecks(g, m))
    .filter(([, ok]) => !ok)
    .map(([k]) => k);
}

export function compare(g: GoldMatter, m: MatterView) {
  const goldSg = [...g.safeguards.ward.map((c) => `ward:${c}`), ...g.safeguards.contractor.map((c) => `contractor:${c}`)];
  const sgSet = [...new Set(m.safeguards)];
  return {
    fieldMisses: fieldMisses(g, m),
    items: f1Counts(
      g.data_items.map((x) => x.item),
      m.items.map((x) => x.item),
      itemMatch
    ),
    sensitiveMissed: g.sensitive_items.filter((s) => !m.items.some((x) => x.sensitive && itemMatch(s, x.item))),
    media: f1Counts(g.media, [...new Set(m.media)]),
    safeguards: f1Counts(goldSg, sgSet),
    clauses: f1Counts(g.clauses, [...new Set(m.clauses)])
  };
}

/** An extracted matter as the comparison sees it. */
export function viewOf(m: ExtractedMatter): MatterView {
  return {
    ...m,
    items: m.data_items,
    media: m.media.map((x) => x.category),
    safeguards: m.safeguards.filter((s) => s.scope !== 'clause').flatMap((s) => s.categories.map((c) => `${s.actor}:${c.category}`)),
    clauses: m.safeguards.filter((s) => s.scope === 'clause').flatMap((s) => s.categories.map((c) => c.category))
  };
}

/** Running totals of a set of documents, in the scorer's measures. */
export interface Totals {
  fields: { ok: number; n: number };
  items: Counts;
  sensitive: { ok: number; n: number };
  media: Counts;
  safeguards: Counts;
  clauses: Counts;
}

export const emptyTotals = (): Totals => ({
  fields: { ok: 0, n: 0 },
  items: { tp: 0, fp: 0, fn: 0 },
  sensitive: { ok: 0, n: 0 },
  media: { tp: 0, fp: 0, fn: 0 },
  safeguards: { tp: 0, fp: 0, fn: 0 },
  clauses: { tp: 0, fp: 0, fn: 0 }
});

const addCounts = (a: Counts, b: Counts) => {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
};

/** Adds one document: matters are paired by order, as the acceptance scorer pairs them. */
export function addDocument(t: Totals, gold: GoldMatter[], got: MatterView[]): string[] {
  const misses: string[] = [];
  gold.forEach((g, i) => {
    const m = got[i];
    if (!m) {
      // A missing matter costs what the scorer charges: eight fields and every gold element.
      t.fields.n += 8;
      t.items.fn += g.data_items.length;
      t.sensitive.n += g.sensitive_items.length;
      t.media.fn += g.media.length;
      t.safeguards.fn += g.safeguards.ward.length + g.safeguards.contractor.length;
      t.clauses.fn += g.clauses.length;
      misses.push(`#${i + 1} matter not found`);
      return;
    }
    const c = compare(g, m);
    const checked = Object.keys(fieldChecks(g)).length;
    t.fields.n += checked;
    t.fields.ok += checked - c.fieldMisses.length;
    addCounts(t.items, c.items);
    t.sensitive.n += g.sensitive_items.length;
    t.sensitive.ok += g.sensitive_items.length - c.sensitiveMissed.length;
    addCounts(t.media, c.media);
    addCounts(t.safeguards, c.safeguards);
    addCounts(t.clauses, c.clauses);
    for (const f of c.fieldMisses) {
      const key = (f === 'contractor' ? 'contractor_contains' : f) as keyof GoldMatter;
      misses.push(`#${i + 1} field ${f}: got ${JSON.stringify(m[f as keyof MatterView])}, gold ${JSON.stringify(g[key])}`);
    }
    if (c.sensitiveMissed.length) misses.push(`#${i + 1} sensitive not flagged: ${c.sensitiveMissed.join(', ')}`);
    if (c.items.fn || c.items.fp) misses.push(`#${i + 1} items: ${c.items.tp} right, ${c.items.fn} missed, ${c.items.fp} extra`);
    if (c.media.fn || c.media.fp) misses.push(`#${i + 1} media: got ${[...new Set(m.media)].join(',')}, gold ${g.media.join(',')}`);
    const goldSg = [...g.safeguards.ward.map((x) => `ward:${x}`), ...g.safeguards.contractor.map((x) => `contractor:${x}`)];
    const missing = goldSg.filter((x) => !m.safeguards.includes(x));
    const extra = [...new Set(m.safeguards)].filter((x) => !goldSg.includes(x));
    if (missing.length || extra.length) misses.push(`#${i + 1} safeguards missing [${missing.join(' ')}] extra [${extra.join(' ')}]`);
  });
  if (got.length > gold.length) misses.push(`${got.length - gold.length} extra matter(s)`);
  return misses;
}

export interface Scores {
  fields: number;
  items: number;
  sensitive: number;
  media: number;
  safeguards: number;
  clauses: number;
  overall: number;
}

/** The scorer's figures; safeguards count twice in the overall figure, as in the acceptance scorer. */
export function scores(t: Totals): Scores {
  const s = {
    fields: t.fields.n ? t.fields.ok / t.fields.n : 1,
    items: fscore(t.items),
    sensitive: t.sensitive.n ? t.sensitive.ok / t.sensitive.n : 1,
    media: fscore(t.media),
    safeguards: fscore(t.safeguards),
    clauses: fscore(t.clauses)
  };
  return { ...s, overall: (s.fields + s.items + s.sensitive + s.media + 2 * s.safeguards + s.clauses) / 7 };
}
