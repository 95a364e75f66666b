// The export command's argument handling and summary; scripts/export.ts calls run().

import { parseArgs } from 'node:util';
import { SETTINGS } from '../config';
import { exportParquet, type ExportResult } from '../server/store/parquet';

export const USAGE = `usage: npm run export -- --parquet DIR [--db PATH] [--force]
  --parquet DIR   folder to write: DIR/<table>/municipality=…/fiscal_year=…/*.parquet and DIR/atlas-export.json
  --db PATH       the store to read (default ${SETTINGS.db.default}); its published snapshot when there is one
  --force         replace DIR when it already holds an export
  -h, --help      show this help`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const nodeIo: Io = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

export function formatExport(r: ExportResult): string {
  const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
  return `${Object.keys(r.tables).length} table(s), ${rows} row(s), ${r.files} file(s), ${(r.bytes / 1024 / 1024).toFixed(2)} MiB in ${(r.ms / 1000).toFixed(2)} s: ${r.source} → ${r.dir}`;
}

/** Returns the exit code: 0 exported, 1 the export failed, 2 usage error. */
export async function run(argv: string[], io: Io = nodeIo): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: { parquet: { type: 'string' }, db: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.err(`export: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  const dir = args.values.parquet;
  if (!dir) {
    io.err(`export: --parquet DIR is required\n${USAGE}`);
    return 2;
  }
  try {
    const result = await exportParquet(args.values.db ?? SETTINGS.db.default, dir, { force: Boolean(args.values.force) });
    for (const [t, n] of Object.entries(result.tables)) io.out(`${t.padEnd(20)} ${n}`);
    io.out(formatExport(result));
    return 0;
  } catch (e) {
    io.err(`export: ${(e as Error).message}`);
    return 1;
  }
}
