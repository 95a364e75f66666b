// The corrections people made (domain/corrections.ts), kept in a JSON file apart from the store
// (ATLAS_CORRECTIONS): what extraction produced stays as it was, every snapshot applies these on
// top, and ingesting a document again never loses them. Undoing marks a correction, so the record
// of who changed what, and when, stays whole. Written whole to a temporary file and renamed, so a
// crash or a full disk never leaves half a file.

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { checkCorrection, CorrectionError, type Correction } from '../domain/corrections';
import { setting } from './env';
import { readJsonFile, writeJsonFile } from './json-file';

interface CorrectionsFile {
  corrections: Correction[];
}

export const correctionsPath = () => path.resolve(setting('corrections'));

function parse(file: string, doc: unknown): Correction[] {
  const list = (doc as Partial<CorrectionsFile>)?.corrections;
  if (!Array.isArray(list)) throw new CorrectionError(`${file}: "corrections" の配列がありません`);
  return list.map((c, i) => checkCorrection(c, `${file}: corrections[${i}]`));
}

/** Every correction, oldest first; none when the file does not exist. Throws CorrectionError on a broken file. */
export function readCorrections(file = correctionsPath()): Correction[] {
  return readJsonFile(file, (doc) => parse(file, doc), [], (reason) => new CorrectionError(`${file}: ${reason}`));
}

const write = (file: string, list: Correction[]) => writeJsonFile(file, { corrections: list } satisfies CorrectionsFile);

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
