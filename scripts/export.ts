// npm run export -- --parquet DIR [--db PATH] [--force]
import { run } from '../src/lib/export/cli';

process.exitCode = await run(process.argv.slice(2));
