// One measured ingest run in its own process (npm run bench starts it), so its peak memory is its
// own: `node --import tsx ingest-child.ts '<json options>'` prints one JSON line.

import { ingestPaths } from '../src/lib/ingest/pipeline';
import { loadTokenizer } from '../src/lib/tokenizer/tokenizer';
import { Store } from '../src/lib/server/store/store';

interface ChildOptions {
  dir: string;
  db: string;
  workers: number | 'auto';
  cache: boolean;
}

const opts = JSON.parse(process.argv[2] ?? '{}') as ChildOptions;
const store = await Store.open(opts.db);
try {
  const t0 = performance.now();
  const s = await ingestPaths([opts.dir], { store, tokenizer: loadTokenizer }, { workers: opts.workers, cache: opts.cache });
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(
    JSON.stringify({ docs: s.ok, failed: s.failed, matters: s.matters, chars: s.chars, seconds, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n'
  );
} finally {
  store.close();
}
