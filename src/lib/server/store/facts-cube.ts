// The facts cube: matter_facts' filter columns held in typed arrays, for a store that never
// changes (a published snapshot, an export). The dashboard's counts (overview, facets, coverage,
// matters per year, the list's total) are then a pass over a few arrays in JS: a few milliseconds
// at 100,000 matters where DuckDB takes 25–45 ms. matter_facts and filterSql stay the
// definition: the cube gives the same answers (its test compares them filter by filter), and it
// declines a filter it cannot test (null), which SQL then answers.

import { compareCodePoints } from '../../domain/text';
import type { CoverageRow, FacetValue, Overview, YearProcedureRow } from '../../view-types';
import { MASKED_LISTS } from './derived';
import { categoryColumn, UNKNOWN_GROUP, type CoverageGroup, type MatterFilter } from './matter-filter';
import { REVIEW_ANY_SQL } from './review-conditions';
import type { Store } from './store';

/** The one-value text columns the filters test for equality and the facets count. */
export const CUBE_SCALARS = ['municipality', 'department', 'procedure', 'matter_kind'] as const;
export type CubeScalar = (typeof CUBE_SCALARS)[number];

/** A text column as codes into its distinct values (null among them). */
interface Coded {
  codes: Int32Array;
  values: (string | null)[];
  index: Map<string | null, number>;
}

/** A list's bit set (MASKED_LISTS) in 32-bit words: word w holds bits 32w … 32w + 31. */
type Mask = Uint32Array[];

/** Per-matter yes/no facts, one bit each, as the filters and the overview define them. */
const FLAGS = {
  sensitive: ['m.sensitive_items > 0', 1],
  gap: ['m.gaps > 0', 2],
  reviewed: ['len(m.review) > 0', 4],
  review_any: [REVIEW_ANY_SQL, 8],
  corrected: ['len(m.corrected) > 0', 16],
  unrecognised: ["list_contains(m.review, 'form_not_recognised')", 32]
} as const;
const FLAG = Object.fromEntries(Object.entries(FLAGS).map(([k, [, bit]]) => [k, bit])) as { [K in keyof typeof FLAGS]: (typeof FLAGS)[K][1] };

export interface FactsCube {
  n: number;
  document_no: Int32Array;
  /** The largest document_no. */
  maxDocument: number;
  /** NaN where the matter has no fiscal year. */
  fiscal_year: Float64Array;
  scalars: Record<CubeScalar, Coded>;
  masks: Record<string, Mask>;
  flags: Uint8Array;
  /** The fields of each matter's applied corrections, bit b for correctedFields[b]. */
  corrected: Uint32Array;
  correctedFields: string[];
  /** The matters each expected-safeguard rule fires on (1 = fires); null without rule_hits. */
  rules: Map<string, Uint8Array> | null;
}

const words = (col: string) => Math.max(1, Math.ceil(MASKED_LISTS[col].length / 32));

/**
 * Reads the cube from matter_facts, or null when the store has no matter_facts. Matter i is the
 * one whose `doc` is i + 1 (1…N in matter_id order, derived.ts). Text columns come as codes with
 * their values apart, and the rules as one list per rule: a string per matter would cost seconds
 * to bring into JS at 100,000 matters.
 */
export async function loadFactsCube(store: Store): Promise<FactsCube | null> {
  const maskCols = Object.keys(MASKED_LISTS);
  const flagSql = Object.values(FLAGS).map(([cond, bit]) => `(CASE WHEN coalesce(${cond}, false) THEN ${bit} ELSE 0 END)`).join(' | ');
  // Bits 32w … 32w + 31 of each mask (a BIGINT where the list has more than 31 codes).
  const maskSql = maskCols.flatMap((col) =>
    Array.from({ length: words(col) }, (_, w) => `((m.${col}_mask::BIGINT >> ${32 * w}) & 4294967295)::UINTEGER AS ${col}_w${w}`)
  );
  // Codes 1…k in the order of the values (NULL last, as DuckDB orders them), 0-based below.
  const codeSql = CUBE_SCALARS.map((c) => `dense_rank() OVER (ORDER BY m.${c})::INTEGER AS ${c}`);
  let cols: Record<string, unknown[]>;
  let values: Record<string, unknown[]>[];
  try {
    cols = await store.columns(
      `SELECT m.doc, m.document_no, ${codeSql.join(', ')}, m.fiscal_year::DOUBLE AS fiscal_year, (${flagSql})::UTINYINT AS flags,
              CASE WHEN len(m.corrected) > 0 THEN m.corrected END AS corrected, ${maskSql.join(', ')}
         FROM matter_facts m ORDER BY m.doc`
    );
    values = await Promise.all(CUBE_SCALARS.map((c) => store.columns(`SELECT DISTINCT m.${c} AS v FROM matter_facts m ORDER BY 1 NULLS LAST`)));
  } catch {
    return null;
  }
  const n = cols.doc.length;
  // The row order is the key's order: a store whose keys are not 1…N is left to SQL.
  if (!(cols.doc as number[]).every((d, i) => d === i + 1)) return null;
  const correctedFields: string[] = [];
  const corrected = new Uint32Array(n);
  (cols.corrected as (string[] | null)[]).forEach((fields, i) => {
    for (const field of fields ?? []) {
      let b = correctedFields.indexOf(field);
      if (b < 0) b = correctedFields.push(field) - 1;
      if (b < 32) corrected[i] |= 1 << b;
    }
  });
  // More corrected fields than bits: the cube would miscount, so the store is left to SQL.
  if (correctedFields.length > 32) return null;
  const scalars = Object.fromEntries(
    CUBE_SCALARS.map((c, k) => {
      const vs = values[k].v as (string | null)[];
      return [c, { codes: Int32Array.from(cols[c] as number[], (r) => r - 1), values: vs, index: new Map(vs.map((v, code) => [v, code])) }];
    })
  ) as Record<CubeScalar, Coded>;
  const document_no = Int32Array.from(cols.document_no as number[]);
  return {
    n,
    document_no,
    maxDocument: document_no.reduce((a, b) => Math.max(a, b), 0),
    fiscal_year: Float64Array.from(cols.fiscal_year as (number | null)[], (v) => (v === null ? Number.NaN : v)),
    scalars,
    masks: Object.fromEntries(maskCols.map((col) => [col, Array.from({ length: words(col) }, (_, w) => Uint32Array.from(cols[`${col}_w${w}`] as number[]))])),
    flags: Uint8Array.from(cols.flags as number[]),
    corrected,
    correctedFields,
    rules: await loadRules(store, n)
  };
}

async function loadRules(store: Store, n: number): Promise<Map<string, Uint8Array> | null> {
  let cols: Record<string, unknown[]>;
  try {
    cols = await store.columns('SELECT h.rule_id, list(DISTINCT f.doc) AS docs FROM rule_hits h JOIN matter_facts f USING (matter_id) GROUP BY h.rule_id');
  } catch {
    return null;
  }
  const rules = new Map<string, Uint8Array>();
  (cols.rule_id as string[]).forEach((rule, r) => {
    const fires = new Uint8Array(n);
    for (const doc of cols.docs[r] as number[]) fires[doc - 1] = 1;
    rules.set(rule, fires);
  });
  return rules;
}

/** A test of one bit of a list's mask: the word it is in and the bit within it. */
interface BitTest {
  word: Uint32Array;
  bit: number;
}

function bitTest(cube: FactsCube, col: string, code: string): BitTest | null {
  const b = MASKED_LISTS[col]?.indexOf(code) ?? -1;
  if (b < 0) return null;
  return { word: cube.masks[col][b >> 5], bit: 1 << (b & 31) };
}

const NONE = new Int32Array(0);

/**
 * The matters (their places in the cube) that pass the filters, in matter_id order; null for a
 * filter the cube cannot test (a list code without a bit, no rule_hits): SQL answers that one.
 */
export function select(cube: FactsCube, f: MatterFilter): Int32Array | null {
  // Each scalar filter as the code it must equal: -1 when unset; none of the matters when no
  // matter has that value.
  const want = CUBE_SCALARS.map((c) => {
    const v = f[c];
    if (v === undefined || v === '') return -1;
    return cube.scalars[c].index.get(String(v)) ?? -2;
  });
  if (want.includes(-2)) return NONE;
  const [mu, de, pr, mk] = want;
  const [muC, deC, prC, mkC] = CUBE_SCALARS.map((c) => cube.scalars[c].codes);
  const lists: { test: BitTest; has: boolean }[] = [];
  const list = (col: string, code: string | undefined, has = true): boolean => {
    if (!code) return true;
    const test = bitTest(cube, col, code);
    if (test) lists.push({ test, has });
    return test !== null;
  };
  if (!list('item_categories', f.item_category) || !list('media', f.media_category)) return null;
  if (!list(categoryColumn(f.actor, f.clauses), f.category, f.has !== false)) return null;
  let fires: Uint8Array | null = null;
  if (f.rule) {
    if (!cube.rules) return null;
    fires = cube.rules.get(f.rule) ?? null;
    if (!fires) return NONE;
  }
  // Flags that must be set (on) and must be clear (off).
  let on = 0;
  let off = 0;
  const flag = (v: boolean | undefined, bit: number) => {
    if (v === true) on |= bit;
    else if (v === false) off |= bit;
  };
  flag(f.sensitive, FLAG.sensitive);
  flag(f.gap, FLAG.gap);
  flag(f.review, FLAG.reviewed);
  const fy = cube.fiscal_year;
  const fyEq = f.fiscal_year;
  const fyFrom = f.fy_from;
  const fyTo = f.fy_to;
  const flags = cube.flags;
  const out = new Int32Array(cube.n);
  let k = 0;
  next: for (let i = 0; i < cube.n; i++) {
    if ((mu >= 0 && muC[i] !== mu) || (de >= 0 && deC[i] !== de) || (pr >= 0 && prC[i] !== pr) || (mk >= 0 && mkC[i] !== mk)) continue;
    if ((fyEq !== undefined && !(fy[i] === fyEq)) || (fyFrom !== undefined && !(fy[i] >= fyFrom)) || (fyTo !== undefined && !(fy[i] <= fyTo))) continue;
    if ((flags[i] & on) !== on || (flags[i] & off) !== 0) continue;
    if (fires && fires[i] === 0) continue;
    for (const { test, has } of lists) if (((test.word[i] & test.bit) !== 0) !== has) continue next;
    out[k++] = i;
  }
  return out.subarray(0, k);
}

/** How many distinct values `codes` takes over the selection (`size` bounds the codes). */
function distinct(sel: Int32Array, codes: Int32Array, size: number, skip = -1, only?: (i: number) => boolean): number {
  const seen = new Uint8Array(size + 1);
  let count = 0;
  for (const i of sel) {
    const c = codes[i];
    if (c === skip || seen[c] || (only && !only(i))) continue;
    seen[c] = 1;
    count++;
  }
  return count;
}

/** The overview's figures over the selection (dashboard.ts's overviewOf defines them in SQL). */
export function cubeOverview(cube: FactsCube, sel: Int32Array): Overview {
  let sensitive = 0;
  let gap = 0;
  let review = 0;
  let corrected = 0;
  const years = new Set<number>();
  for (const i of sel) {
    const fl = cube.flags[i];
    if (fl & FLAG.sensitive) sensitive++;
    if (fl & FLAG.gap) gap++;
    if (fl & FLAG.review_any) review++;
    if (fl & FLAG.corrected) corrected++;
    if (!Number.isNaN(cube.fiscal_year[i])) years.add(cube.fiscal_year[i]);
  }
  const docs = cube.document_no;
  const maxDoc = cube.maxDocument;
  const nullCode = (c: CubeScalar) => cube.scalars[c].index.get(null) ?? -1;
  const scalarDistinct = (c: CubeScalar) => distinct(sel, cube.scalars[c].codes, cube.scalars[c].values.length, nullCode(c));
  const fiscal_years = [...years].sort((a, b) => a - b);
  const matters = sel.length;
  const share = (x: number) => (matters ? x / matters : 0);
  return {
    documents: distinct(sel, docs, maxDoc),
    matters,
    municipalities: scalarDistinct('municipality'),
    departments: scalarDistinct('department'),
    fiscal_years,
    fy_min: fiscal_years.length ? fiscal_years[0] : null,
    fy_max: fiscal_years.length ? fiscal_years[fiscal_years.length - 1] : null,
    sensitive_matters: sensitive,
    gap_matters: gap,
    review_matters: review,
    review_documents: distinct(sel, docs, maxDoc, -1, (i) => (cube.flags[i] & FLAG.review_any) !== 0),
    corrected_matters: corrected,
    unrecognised_documents: distinct(sel, docs, maxDoc, -1, (i) => (cube.flags[i] & FLAG.unrecognised) !== 0),
    sensitive_share: share(sensitive),
    gap_share: share(gap)
  };
}

/** Each selected matter's group label (coverage's groups: null as 不明, years as text). */
function groupLabels(cube: FactsCube, group: CoverageGroup): (i: number) => string {
  if (group === 'fiscal_year') return (i) => (Number.isNaN(cube.fiscal_year[i]) ? UNKNOWN_GROUP : String(cube.fiscal_year[i]));
  const { codes, values } = cube.scalars[group];
  return (i) => values[codes[i]] ?? UNKNOWN_GROUP;
}

/**
 * Coverage's rows over the selection: per group, its matters, how many have each code of the mask
 * column, and how many carry a correction to a field in `bearing` (dashboard.ts's coverageOf).
 */
export function cubeCoverage(
  cube: FactsCube,
  sel: Int32Array,
  group: CoverageGroup,
  column: string,
  codes: string[],
  bearing: readonly string[]
): CoverageRow[] {
  const label = groupLabels(cube, group);
  const bits = MASKED_LISTS[column];
  const maskWords = cube.masks[column];
  let bearingBits = 0;
  cube.correctedFields.forEach((field, b) => {
    if (bearing.includes(field)) bearingBits |= 1 << b;
  });
  // Matters per group and per bit of the mask (only the bits a matter has set are visited).
  const groups = new Map<string, { matters: number; corrected: number; bits: Int32Array }>();
  for (const i of sel) {
    const key = label(i);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { matters: 0, corrected: 0, bits: new Int32Array(32 * maskWords.length) }));
    g.matters++;
    if ((cube.corrected[i] & bearingBits) !== 0) g.corrected++;
    for (let w = 0; w < maskWords.length; w++) for (let m = maskWords[w][i]; m !== 0; m &= m - 1) g.bits[32 * w + 31 - Math.clz32(m & -m)]++;
  }
  const at = codes.map((code) => bits.indexOf(code));
  return [...groups]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .flatMap(([key, g]) =>
      codes.map((category, j) => {
        const covered = at[j] < 0 ? 0 : g.bits[at[j]];
        return { group: key, category, matters: g.matters, covered, share: g.matters ? covered / g.matters : 0, corrected: g.corrected };
      })
    );
}

/** Matters per value of a one-value dimension over the selection, values without a matter left out. */
export function cubeCounts(cube: FactsCube, sel: Int32Array, dimension: CubeScalar | 'fiscal_year' | 'sensitive'): FacetValue[] {
  if (dimension === 'fiscal_year') {
    const years = new Map<number, number>();
    for (const i of sel) {
      const fy = cube.fiscal_year[i];
      if (!Number.isNaN(fy)) years.set(fy, (years.get(fy) ?? 0) + 1);
    }
    return [...years].map(([fy, count]) => ({ value: String(fy), count }));
  }
  if (dimension === 'sensitive') {
    let yes = 0;
    for (const i of sel) if ((cube.flags[i] & FLAG.sensitive) !== 0) yes++;
    return [
      { value: 'true', count: yes },
      { value: 'false', count: sel.length - yes }
    ].filter((v) => v.count > 0);
  }
  const { codes, values } = cube.scalars[dimension];
  const byCode = new Int32Array(values.length);
  for (const i of sel) byCode[codes[i]]++;
  return values.flatMap((value, c) => (value !== null && byCode[c] > 0 ? [{ value, count: byCode[c] }] : []));
}

/** Matters per code of a masked list over the selection, codes without a matter left out. */
export function cubeBitCounts(cube: FactsCube, sel: Int32Array, column: string): FacetValue[] {
  const codes = MASKED_LISTS[column];
  const counts = new Int32Array(codes.length);
  cube.masks[column].forEach((word, w) => {
    // Only the bits a matter has set are visited (a matter has a few of its list's codes).
    for (const i of sel) {
      for (let m = word[i]; m !== 0; m &= m - 1) counts[32 * w + 31 - Math.clz32(m & -m)]++;
    }
  });
  return codes.flatMap((value, b) => (counts[b] > 0 ? [{ value, count: counts[b] }] : []));
}

/** Matters per fiscal year and procedure, years in order (none last), then procedures. */
export function cubeByYear(cube: FactsCube, sel: Int32Array): YearProcedureRow[] {
  const { codes, values } = cube.scalars.procedure;
  const counts = new Map<string, YearProcedureRow>();
  for (const i of sel) {
    const fy = cube.fiscal_year[i];
    const key = `${fy}/${codes[i]}`;
    const row = counts.get(key);
    if (row) row.matters++;
    else counts.set(key, { fiscal_year: Number.isNaN(fy) ? null : fy, procedure: values[codes[i]] as YearProcedureRow['procedure'], matters: 1 });
  }
  const nullsLast = <T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : cmp(a, b));
  return [...counts.values()].sort(
    (a, b) => nullsLast(a.fiscal_year, b.fiscal_year, (x, y) => x - y) || nullsLast(a.procedure, b.procedure, compareCodePoints)
  );
}

const cubes = new WeakMap<Store, Promise<FactsCube | null>>();

/**
 * The store's cube, read once; null for a store that may change (its answers would go stale) or
 * has no matter_facts. Concurrent first callers share the one read.
 */
export function factsCube(store: Store): Promise<FactsCube | null> {
  if (!store.immutable) return Promise.resolve(null);
  let cube = cubes.get(store);
  if (!cube) {
    cube = loadFactsCube(store).catch(() => null);
    cubes.set(store, cube);
  }
  return cube;
}

/** The store's cube and the matters that pass `f`; null where SQL answers (a store that may change, a filter the cube cannot test). */
export async function cubeSelection(store: Store, f: MatterFilter): Promise<{ cube: FactsCube; sel: Int32Array } | null> {
  const cube = await factsCube(store);
  const sel = cube && select(cube, f);
  return cube && sel ? { cube, sel } : null;
}
