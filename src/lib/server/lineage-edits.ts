// The lineage links users removed: a small JSON file apart from the store (ATLAS_LINEAGE_EDITS), so
// publishing a snapshot or re-ingesting a document never loses them. Matter ids come from the
// document's content, so an edit keeps applying to the same matters. Written whole and renamed
// (json-file.ts), so a crash never leaves half a file.

import path from 'node:path';
import { linkKey } from '../domain/lineage';
import { setting } from './env';
import { readJsonFile, writeJsonFile } from './json-file';

export interface RemovedLink {
  earlier: string;
  later: string;
  /** ISO time of the removal. */
  at: string;
}

interface EditsFile {
  removed: RemovedLink[];
}

export const editsPath = () => path.resolve(setting('lineageEdits'));

function parse(file: string, doc: unknown): EditsFile {
  const removed = (doc as { removed?: unknown } | null)?.removed;
  if (!Array.isArray(removed)) throw new Error(`${file}: "removed" の配列がありません`);
  for (const r of removed) {
    if (typeof r?.earlier !== 'string' || typeof r?.later !== 'string') throw new Error(`${file}: 削除したつながりに earlier と later が必要です`);
  }
  return { removed: removed as RemovedLink[] };
}

export function readEdits(file = editsPath()): EditsFile {
  return readJsonFile(file, (doc) => parse(file, doc), { removed: [] }, (reason) => new Error(`${file}: ${reason}`));
}

/** Keys (`earlier>later`) of the removed links, for the store's queries. */
export const removedKeys = (file = editsPath()): string[] => readEdits(file).removed.map((r) => linkKey(r.earlier, r.later));

const write = (file: string, edits: EditsFile) => writeJsonFile(file, edits);

export function removeLink(earlier: string, later: string, file = editsPath()): void {
  const edits = readEdits(file);
  if (edits.removed.some((r) => r.earlier === earlier && r.later === later)) return;
  write(file, { removed: [...edits.removed, { earlier, later, at: new Date().toISOString() }] });
}

export function restoreLink(earlier: string, later: string, file = editsPath()): void {
  const edits = readEdits(file);
  write(file, { removed: edits.removed.filter((r) => !(r.earlier === earlier && r.later === later)) });
}
