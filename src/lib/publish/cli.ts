// The report command's argument handling; scripts/report.ts calls run() once the app is built.

import { parseArgs } from 'node:util';
import { SETTINGS } from '../config';
import { setting } from '../server/env';
import { reportYear } from '../server/report';
import { writePack } from './pack';

export const USAGE = `usage: npm run report -- --fy YEAR --out DIR [--db PATH] [--municipality NAME] [--force]
  --fy YEAR            the fiscal year, four digits (2021 = 令和3年度)
  --out DIR            the folder to write: index.html, charts/, report.pdf, data/
  --db PATH            the store to read (default ${SETTINGS.db.default})
  --municipality NAME  only this municipality's matters (as stored, e.g. 新宿区)
  --force              replace DIR when it holds an earlier pack
  -h, --help           show this help`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const nodeIo: Io = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

/** Returns the exit code: 0 written, 1 the pack failed, 2 usage error. */
export async function run(argv: string[], serverEntry: string, io: Io = nodeIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { fy: { type: 'string' }, out: { type: 'string' }, db: { type: 'string' }, municipality: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }
    });
  } catch (e) {
    io.err(`report: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    io.out(USAGE);
    return 0;
  }
  if (!v.fy || !v.out) {
    io.err(`report: --fy and --out are required\n${USAGE}`);
    return 2;
  }
  const fy = reportYear(v.fy.trim());
  if (!fy.ok) {
    io.err(`report: --fy ${v.fy}: a fiscal year is four digits, e.g. 2021`);
    return 2;
  }
  try {
    const started = performance.now();
    const result = await writePack({
      fy: fy.value,
      db: v.db ?? setting('db'),
      municipality: v.municipality?.trim() || undefined,
      out: v.out,
      force: Boolean(v.force),
      serverEntry,
      chromium: setting('chromium'),
      progress: (line) => io.out(`report: ${line}`)
    });
    io.out(`report: ${result.files.length} files (${result.figures.length} charts) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${result.dir}`);
    return 0;
  } catch (e) {
    io.err(`report: ${(e as Error).message}`);
    return 1;
  }
}
