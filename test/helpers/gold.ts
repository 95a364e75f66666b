// Compares extracted matters with gold annotations (test/fixtures/gold), by the same rules as the
// acceptance scorer: exact fields, item F1 with containment, sensitive recall, media and safeguard F1.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MatterFields } from '../../src/lib/domain/types';

export interface GoldMatter {
  title: string;
  municipality: string;
  matter_kind: string;
  procedure: string;
  legal_basis: string;
  department: string;
  divisions: string[];
  contractor_contains: string | null;
  period_start: string | null;
  period_end: string | null;
  recurring: boolean | null;
  fiscal_year: number;
  council_session: string | null;
  data_items: { item: string; subject?: string }[];
  sensitive_items: string[];
  media: string[];
  safeguards: { ward: string[]; contractor: string[] };
  clauses: string[];
}
export interface GoldDoc {
  source: string;
  matters: GoldMatter[];
}

export const GOLD_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'gold');

export function loadGold(): GoldDoc[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8')) as GoldDoc);
}

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
/** What a matter looks like to the comparison, wherever it came from (extraction or the store). */
export interface MatterView extends Omit<MatterFields, 'seq' | 'page_start' | 'council_date'> {
  items: { item: string; sensitive: boolean }[];
  media: string[];
  /** `actor:category` for non-clause safeguards. */
  safeguards: string[];
  clauses: string[];
}

/** The field checks the scorer makes; returns the names of fields that differ. */
export function fieldMisses(g: GoldMatter, m: MatterView): string[] {
  const checks: Record<string, boolean> = {
    title: norm(m.title) === norm(g.title),
    municipality: m.municipality === g.municipality,
    matter_kind: m.matter_kind === g.matter_kind,
    procedure: m.procedure === g.procedure,
    legal_basis: norm(m.legal_basis) === norm(g.legal_basis),
    department: m.department === g.department,
    fiscal_year: m.fiscal_year === g.fiscal_year
  };
  if (g.period_start) checks.period_start = m.period_start === g.period_start;
  if (g.period_end) checks.period_end = m.period_end === g.period_end;
  if (g.recurring !== null && g.recurring !== undefined) checks.recurring = m.recurring === g.recurring;
  if (g.council_session) checks.council_session = norm(m.council_session) === norm(g.council_session);
  if (g.contractor_contains) checks.contractor = norm(m.contractor).includes(norm(g.contractor_contains));
  const d = f1Counts(g.divisions.map(norm), m.divisions.map(norm));
  checks.divisions = d.fp === 0 && d.fn === 0;
  return Object.entries(checks)
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
