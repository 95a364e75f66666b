// The server's tokenizer, one per process: search queries and draft checks go through the same
// analyzer as ingestion. The dictionary loads in the background when the store opens (db.ts), so
// the first search does not wait for it.

import type { Tokenizer } from '../domain/tokens';
import { loadTokenizer } from '../tokenizer/tokenizer';

let loading: Promise<Tokenizer> | null = null;

export function getTokenizer(): Promise<Tokenizer> {
  loading ??= loadTokenizer().catch((e) => {
    loading = null;
    throw e;
  });
  return loading;
}
