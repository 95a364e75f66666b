// The merge command's argument handling and summary; scripts/merge.ts calls run().

import { parseArgs } from 'node:util';
import { mergeExports, type MergeResult } from '../server/store/merge';
import type { Io } from './cli';

export const USAGE = `usage: npm run merge -- --out PATH [--force] EXPORT...
  --out PATH   the store file to write (with PATH.snapshot); serve it with ATLAS_DB=PATH npm start
  --force      replace PATH when an earlier merge wrote it
  EXPORT       folders written by npm run export (a glob matches many); each document in one only
  -h, --help   show this help`;

const nodeIo: Io = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

export function formatMerge(r: MergeResult): string {
  const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
  return `${r.exports.length} export(s), ${Object.keys(r.tables).length} table(s), ${rows} row(s) in ${(r.ms / 1000).toFixed(1)} s → ${r.out}`;
}

/** Returns the exit code: 0 merged, 1 the merge failed (nothing was replaced), 2 usage error. */
export async function run(argv: string[], io: Io = nodeIo): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.err(`merge: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (!args.values.out || args.positionals.length === 0) {
    io.err(`merge: ${!args.values.out ? '--out PATH' : 'at least one EXPORT'} is required\n${USAGE}`);
    return 2;
  }
  try {
    const result = await mergeExports(args.positionals, args.values.out, { force: Boolean(args.values.force), progress: io.out });
    io.out(formatMerge(result));
    return 0;
  } catch (e) {
    io.err(`merge: ${(e as Error).message}`);
    return 1;
  }
}
