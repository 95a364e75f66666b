// kuromoji behind the Tokenizer interface. The dictionary ships inside the kuromoji package;
// it takes about a second to load, so a process loads it once and shares it.

import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import type { Token, Tokenizer } from '../domain/postings';

let loading: Promise<Tokenizer> | null = null;

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((err, tk) => {
      if (err) {
        loading = null;
        reject(new Error(`kuromoji dictionary could not be loaded: ${err.message}`));
        return;
      }
      resolve({
        tokenize: (text: string): Token[] =>
          tk.tokenize(text).map((t) => ({
            surface: t.surface_form,
            lemma: t.basic_form && t.basic_form !== '*' ? t.basic_form : t.surface_form,
            pos: t.pos
          }))
      });
    });
  });
  return loading;
}
