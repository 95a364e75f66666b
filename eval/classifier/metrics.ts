// Precision and recall of the classifier on a labelled sentence set.

export interface LabelledSentence {
  line: number;
  expected: string[];
  text: string;
}

export interface CategoryScore {
  category: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  categories: CategoryScore[];
  micro: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  errors: { line: number; text: string; missing: string[]; extra: string[] }[];
}

/** `categories<TAB>sentence` lines, `-` for none, `#` comments. */
export function parseSentenceSet(tsv: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  tsv.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new Error(`sentence set line ${i + 1}: no TAB between categories and sentence`);
    const labels = raw.slice(0, tab).trim();
    out.push({ line: i + 1, expected: labels === '-' ? [] : labels.split(',').map((s) => s.trim()), text: raw.slice(tab + 1).trim() });
  });
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(set: LabelledSentence[], predict: (s: LabelledSentence) => string[]): Evaluation {
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (c: string, k: 'tp' | 'fp' | 'fn') => {
    const e = per.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    e[k]++;
    per.set(c, e);
  };
  const errors: Evaluation['errors'] = [];
  for (const s of set) {
    const got = new Set(predict(s));
    const want = new Set(s.expected);
    for (const c of want) bump(c, got.has(c) ? 'tp' : 'fn');
    for (const c of got) if (!want.has(c)) bump(c, 'fp');
    const missing = [...want].filter((c) => !got.has(c));
    const extra = [...got].filter((c) => !want.has(c));
    if (missing.length || extra.length) errors.push({ line: s.line, text: s.text, missing, extra });
  }
  const categories = [...per.entries()]
    .map(([category, e]) => ({ category, ...e, precision: ratio(e.tp, e.tp + e.fp), recall: ratio(e.tp, e.tp + e.fn) }))
    .sort((a, b) => a.category.localeCompare(b.category));
  const tp = categories.reduce((n, c) => n + c.tp, 0);
  const fp = categories.reduce((n, c) => n + c.fp, 0);
  const fn = categories.reduce((n, c) => n + c.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { categories, micro: { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) }, errors };
}
