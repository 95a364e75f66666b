// The server's tokenizer, loaded on first use: search queries and draft checks go through the same
// analyzer as ingestion. Loading the dictionary takes about a second and some 100 MB, so pages that
// never analyse text never pay for it.

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
