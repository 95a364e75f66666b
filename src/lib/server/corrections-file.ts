// The corrections people made (domain/corrections.ts), kept in a JSON file apart from the store
// (ATLAS_CORRECTIONS): what extraction produced stays as it was, every snapshot applies these on
// top, and ingesting a document again never loses them. Undoing marks a correction, so the record
// of who changed what, and when, stays whole. Written whole to a temporary file and renamed, so a
// crash or a full disk never leaves half a file.

import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCorrection, CorrectionError, type Correction } from '../domain/corrections';
import { setting } from './env';

interface CorrectionsFile {
  corrections: Correction[];
}

export const correctionsPath = () => path.resolve(setting('corrections'));

let cache: { file: string; key: string; list: Correction[] } | null = null;

function parse(file: string, text: string): Correction[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new CorrectionError(`${file}: JSON として読めません（${(e as Error).message}）`);
  }
  const list = (doc as Partial<CorrectionsFile>)?.corrections;
  if (!Array.isArray(list)) throw new CorrectionError(`${file}: "corrections" の配列がありません`);
  return list.map((c, i) => checkCorrection(c, `${file}: corrections[${i}]`));
}

/** Every correction, oldest first; none when the file does not exist. Throws CorrectionError on a broken file. */
export function readCorrections(file = correctionsPath()): Correction[] {
  if (!existsSync(file)) return [];
  const s = statSync(file);
  const key = `${s.ino}:${s.mtimeMs}:${s.size}`;
  if (cache && cache.file === file && cache.key === key) return cache.list;
  const list = parse(file, readFileSync(file, 'utf8'));
  cache = { file, key, list };
  return list;
}

function write(file: string, list: Correction[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify({ corrections: list } satisfies CorrectionsFile, null, 2) + '\n');
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  cache = null;
}

/** Saves a new correction and returns it with its id and time. */
export function addCorrection(c: Omit<Correction, 'id' | 'at' | 'undone'>, file = correctionsPath()): Correction {
  const saved: Correction = { id: randomUUID(), ...c, at: new Date().toISOString() };
  write(file, [...readCorrections(file), saved]);
  return saved;
}

/** Marks the correction undone; null when there is none with that id (or it was undone already). */
export function undoCorrection(id: string, user: string | null, file = correctionsPath()): Correction | null {
  const list = readCorrections(file);
  const found = list.find((c) => c.id === id && !c.undone);
  if (!found) return null;
  const undone: Correction = { ...found, undone: { user, at: new Date().toISOString() } };
  write(file, list.map((c) => (c.id === id ? undone : c)));
  return undone;
}
