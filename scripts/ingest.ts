// npm run ingest -- [--db PATH] [--meta FILE.csv] PATH...
import { run } from '../src/lib/ingest/cli';

process.exitCode = await run(process.argv.slice(2));
