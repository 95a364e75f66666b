// kuromoji's dictionary, loaded once per process through kuromoji's own loader. The dictionary ships
// inside the kuromoji package; loading it takes about a second.

import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer as KuromojiTokenizer } from 'kuromoji';

let building: Promise<KuromojiTokenizer<IpadicFeatures>> | null = null;

export function dictionaryPath(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
}

/** The stock kuromoji tokenizer, one per process (the benchmark's ceiling and the tests' reference). */
export function buildKuromoji(): Promise<KuromojiTokenizer<IpadicFeatures>> {
  building ??= loadKuromoji();
  building.catch(() => (building = null));
  return building;
}

/** A kuromoji tokenizer of its own: the fast tokenizer takes its dictionary apart and keeps only what it reads. */
export function loadKuromoji(): Promise<KuromojiTokenizer<IpadicFeatures>> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((err, tk) => {
      if (err) reject(new Error(`kuromoji dictionary could not be loaded: ${err.message}`));
      else resolve(tk);
    });
  });
}
