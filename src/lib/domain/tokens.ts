// Tokens as the pipeline sees them: the tokenizer's output and the helpers every stage that reads
// lemmas shares (classification, search analysis).

export interface Token {
  surface: string;
  /** Dictionary form, or the surface when the dictionary has none. */
  lemma: string;
  /** Part of speech (品詞), first level. */
  pos: string;
}

export interface Tokenizer {
  tokenize(text: string): Token[];
}

/**
 * Remembers the tokens of each chunk it has seen: the classifier and the postings tokenise the
 * same sentences, and a document repeats its annex clauses and measures.
 */
export function memoTokenizer(inner: Tokenizer): Tokenizer {
  const seen = new Map<string, Token[]>();
  return {
    tokenize(text: string): Token[] {
      let tokens = seen.get(text);
      if (!tokens) {
        tokens = inner.tokenize(text);
        seen.set(text, tokens);
      }
      return tokens;
    }
  };
}

/** Tokenises sentence by sentence: the stock tokenizer slows down sharply on long inputs. */
export function tokenizeText(tokenizer: Tokenizer, text: string): Token[] {
  const out: Token[] = [];
  for (const chunk of text.split(/(?<=[。\n])/)) {
    const t = chunk.trim();
    if (t) out.push(...tokenizer.tokenize(t));
  }
  return out;
}
