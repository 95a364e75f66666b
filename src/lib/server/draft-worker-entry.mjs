// Entry of the draft worker thread. A worker thread does not inherit a loader, and the built server
// bundles its own modules: this plain module registers tsx's hooks, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./draft-worker.ts');
