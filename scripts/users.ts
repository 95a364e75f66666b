// npm run users -- add NAME --role reader|editor | remove NAME | list
import { run } from '../src/lib/server/auth/users-cli';

process.exitCode = await run(process.argv.slice(2));
