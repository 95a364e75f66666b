// npx tsx bench/run-search.ts --store PATH [--matters N] [--rounds R] [--threads T]
// Search latency (p50/p95 per kind of query) on a store's snapshot. With --matters, measures a
// copy of the store grown to N matters instead (scale.ts; the source is never modified).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchSearch } from './search';
import { loadTokenizer } from '../src/lib/tokenizer/tokenizer';
import { scaleStore } from './scale';
import { createSnapshot, snapshotPath } from '../src/lib/server/store/snapshot';
import { Store } from '../src/lib/server/store/store';
import { existsSync } from 'node:fs';

const { values } = parseArgs({ options: { store: { type: 'string' }, matters: { type: 'string' }, rounds: { type: 'string' }, threads: { type: 'string' } } });
if (!values.store) {
  console.error('usage: npx tsx bench/run-search.ts --store PATH [--matters N] [--rounds R] [--threads T]');
  process.exit(2);
}
const rounds = Number(values.rounds ?? 20);
let db = path.resolve(values.store);
let tmp: string | null = null;
try {
  if (values.matters) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-search-'));
    const t0 = performance.now();
    const target = path.join(tmp, 'grown.duckdb');
    const n = await scaleStore(db, target, Number(values.matters));
    console.log(`grew ${values.store} to ${n} matters, published in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    db = target;
  } else if (!existsSync(snapshotPath(db))) await createSnapshot(db);
  const store = await Store.open(snapshotPath(db), { readOnly: true });
  if (values.threads) await store.all(`SET threads = ${Number(values.threads)}`);
  const tokenizer = await loadTokenizer();
  const [{ n }] = await store.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM matters');
  console.log(`${n} matters, ${rounds} rounds per query, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log('| query | kind | hits | p50 ms | p95 ms |\n|---|---|---|---|---|');
  for (const r of await benchSearch(store, tokenizer, undefined, rounds)) console.log(`| \`${r.q}\` | ${r.name} | ${r.total} | ${r.p50_ms} | ${r.p95_ms} |`);
  store.close();
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
