// The project's tokenizer: kuromoji's analysis through the fast re-implementation (identical tokens,
// several times faster; see fast-tokenizer.ts), behind the Tokenizer interface.

import type { IpadicFeatures } from 'kuromoji';
import type { Token, Tokenizer } from '../domain/tokens';
import { loadFastTokenizer, type FastTokenizer } from './fast-tokenizer';
import { buildKuromoji } from './kuromoji-dict';

/** kuromoji's token in the project's shape: the dictionary form when there is one. */
export const toToken = (t: IpadicFeatures): Token => ({
  surface: t.surface_form,
  lemma: t.basic_form && t.basic_form !== '*' ? t.basic_form : t.surface_form,
  pos: t.pos
});

/** kuromoji throws on an unpaired surrogate or a NUL; text from a damaged file can hold either. */
const UNSAFE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

export async function loadTokenizer(): Promise<Tokenizer> {
  return tokenizerOf(await loadFastTokenizer());
}

/** A fast tokenizer behind the Tokenizer interface, safe on any text. */
export function tokenizerOf(fast: FastTokenizer): Tokenizer {
  return { tokenize: (text: string) => fast.tokenize(text.replace(UNSAFE, '\uFFFD')) };
}

/** Stock kuromoji in the project's shape: the reference the fast tokenizer is compared with. */
export async function loadStockTokenizer(): Promise<Tokenizer> {
  const tk = await buildKuromoji();
  return { tokenize: (text: string) => tk.tokenize(text).map(toToken) };
}
