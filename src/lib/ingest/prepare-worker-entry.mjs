// Entry of an ingest worker thread. Worker threads do not inherit the tsx loader of the main thread
// (nor take it through execArgv on Node 20), so this plain module registers tsx's hooks, then loads
// the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
