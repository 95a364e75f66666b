// Extraction evaluation without a store: reads every document of a set, analyses it as ingestion
// does, and scores it against the set's gold by the acceptance scorer's rules (compare.ts). Text and
// PDF documents are also totalled apart, since the issue asks for PDFs within 0.05 of text.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../../src/lib/domain/analyze';
import type { Tokenizer } from '../../src/lib/domain/tokens';
import { readDocument } from '../../src/lib/readers';
import { unrecognisedMatter } from '../../src/lib/domain/unrecognised';
import type { GoldDoc } from '../generator/types';
import { addDocument, emptyTotals, scores, viewOf, type Scores, type Totals } from './compare';

export interface DocumentResult {
  source: string;
  pdf: boolean;
  /** The document's own figures, as if it were the whole set. */
  scores: Scores;
  misses: string[];
  /** Why the document gave no matters, when it gave none. */
  refused: string | null;
}

export interface SetResult {
  documents: DocumentResult[];
  all: Scores;
  text: Scores;
  pdf: Scores;
}

/** Scores `raw/` against `gold/` of one evaluation set; a gold file without its document fails. */
export async function evaluateSet(dir: string, tokenizer: Tokenizer): Promise<SetResult> {
  const rawDir = path.join(dir, 'raw');
  const goldDir = path.join(dir, 'gold');
  const files = readdirSync(rawDir);
  const totals = { all: emptyTotals(), text: emptyTotals(), pdf: emptyTotals() };
  const documents: DocumentResult[] = [];
  for (const goldFile of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, goldFile), 'utf8')) as GoldDoc;
    const file = files.find((f) => f.replace(/\.[^.]+$/, '') === gold.source);
    if (!file || !existsSync(path.join(rawDir, file))) throw new Error(`${goldFile}: no document ${gold.source}.* in ${rawDir}`);
    const pdf = file.toLowerCase().endsWith('.pdf');
    const read = await readDocument(readFileSync(path.join(rawDir, file)), file);
    // As ingestion does: a council document with no matter found is kept as one flagged matter.
    const analysed = analyzeDocument(read.pages, tokenizer);
    const kept = analysed.length === 0 ? unrecognisedMatter(read.pages) : null;
    const matters = (kept ? [kept] : analysed).map(viewOf);
    const own: Totals = emptyTotals();
    const misses = addDocument(own, gold.matters, matters);
    for (const t of [totals.all, pdf ? totals.pdf : totals.text]) addDocument(t, gold.matters, matters);
    documents.push({ source: gold.source, pdf, scores: scores(own), misses, refused: matters.length === 0 ? 'not a council document' : null });
  }
  return { documents, all: scores(totals.all), text: scores(totals.text), pdf: scores(totals.pdf) };
}

const fmt = (s: Scores) =>
  `fields=${s.fields.toFixed(3)} items=${s.items.toFixed(3)} sensitive=${s.sensitive.toFixed(3)} media=${s.media.toFixed(3)} safeguards=${s.safeguards.toFixed(3)} clauses=${s.clauses.toFixed(3)} overall=${s.overall.toFixed(3)}`;

export function formatSet(r: SetResult, verbose = false): string {
  const lines = r.documents.map((d) => `${d.source.padEnd(28)} ${d.scores.overall.toFixed(3)}${d.refused ? `  (${d.refused})` : ''}${verbose && d.misses.length ? `\n  - ${d.misses.join('\n  - ')}` : ''}`);
  const pdfs = r.documents.filter((d) => d.pdf).length;
  lines.push(`all (${r.documents.length}): ${fmt(r.all)}`);
  lines.push(`text (${r.documents.length - pdfs}): ${fmt(r.text)}`);
  if (pdfs > 0) lines.push(`pdf (${pdfs}): ${fmt(r.pdf)}`);
  return lines.join('\n');
}
