// npm run merge -- --out PATH [--force] EXPORT...
import { run } from '../src/lib/export/merge-cli';

process.exitCode = await run(process.argv.slice(2));
