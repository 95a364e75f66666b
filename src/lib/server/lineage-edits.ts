// The lineage links users removed: a small JSON file apart from the store (ATLAS_LINEAGE_EDITS), so
// publishing a snapshot or re-ingesting a document never loses them. Matter ids come from the
// document's content, so an edit keeps applying to the same matters. Written whole to a temporary
// file and renamed, so a crash never leaves half a file.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkKey } from '../domain/lineage';
import { setting } from './env';

export interface RemovedLink {
  earlier: string;
  later: string;
  /** ISO time of the removal. */
  at: string;
}

interface EditsFile {
  removed: RemovedLink[];
}

let cache: { file: string; mtime: number; edits: EditsFile } | null = null;

export const editsPath = () => path.resolve(setting('lineageEdits'));

function parse(file: string, text: string): EditsFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: JSON として読めません（${(e as Error).message}）`);
  }
  const removed = (doc as { removed?: unknown }).removed;
  if (!Array.isArray(removed)) throw new Error(`${file}: "removed" の配列がありません`);
  for (const r of removed) {
    if (typeof r?.earlier !== 'string' || typeof r?.later !== 'string') throw new Error(`${file}: 削除したつながりに earlier と later が必要です`);
  }
  return { removed: removed as RemovedLink[] };
}

export function readEdits(file = editsPath()): EditsFile {
  if (!existsSync(file)) return { removed: [] };
  const mtime = statSync(file).mtimeMs;
  if (cache && cache.file === file && cache.mtime === mtime) return cache.edits;
  const edits = parse(file, readFileSync(file, 'utf8'));
  cache = { file, mtime, edits };
  return edits;
}

/** Keys (`earlier>later`) of the removed links, for the store's queries. */
export const removedKeys = (file = editsPath()): string[] => readEdits(file).removed.map((r) => linkKey(r.earlier, r.later));

function write(file: string, edits: EditsFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(edits, null, 2) + '\n');
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  cache = null;
}

export function removeLink(earlier: string, later: string, file = editsPath()): void {
  const edits = readEdits(file);
  if (edits.removed.some((r) => r.earlier === earlier && r.later === later)) return;
  write(file, { removed: [...edits.removed, { earlier, later, at: new Date().toISOString() }] });
}

export function restoreLink(earlier: string, later: string, file = editsPath()): void {
  const edits = readEdits(file);
  write(file, { removed: edits.removed.filter((r) => !(r.earlier === earlier && r.later === later)) });
}
