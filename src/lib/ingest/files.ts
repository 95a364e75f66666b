// Expands the ingest command's PATH arguments into files, recursing into folders.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS, extensionOf } from '../readers';

export interface FileProblem {
  path: string;
  reason: string;
}

/**
 * Files given by name are always returned (an unsupported one fails later with its own reason);
 * inside folders only supported extensions are taken, and a folder's own README is skipped:
 * it describes the documents, it is not one. Symbolic links are followed once:
 * a link back into a folder already visited is skipped, so link loops end.
 */
export async function collectFiles(inputs: string[]): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const addFile = async (p: string) => {
    const real = await fs.realpath(p).catch(() => p);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(p);
  };
  const walk = async (dir: string) => {
    const real = await fs.realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || /^readme(?:\.|$)/i.test(e.name)) continue;
      const p = path.join(dir, e.name);
      const stat = await fs.stat(p).catch(() => null);
      if (!stat) continue; // dangling link or a file removed meanwhile
      if (stat.isDirectory()) await walk(p);
      else if (stat.isFile() && SUPPORTED_EXTENSIONS.includes(extensionOf(p))) await addFile(p);
    }
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch((e: NodeJS.ErrnoException) => e);
    if (stat instanceof Error) {
      problems.push({ path: input, reason: stat.code === 'ENOENT' ? 'no such file or folder' : stat.message });
    } else if (stat.isDirectory()) {
      try {
        await walk(input);
      } catch (e) {
        problems.push({ path: input, reason: `cannot read folder: ${(e as Error).message}` });
      }
    } else await addFile(input);
  }
  return { files, problems };
}
