// kuromoji's dictionary, loaded once per process through kuromoji's own loader. The dictionary ships
// inside the kuromoji package; loading it takes about a second.

import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer as KuromojiTokenizer } from 'kuromoji';

let building: Promise<KuromojiTokenizer<IpadicFeatures>> | null = null;

export function dictionaryPath(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
}

/** The stock kuromoji tokenizer; the fast tokenizer reads its loaded dictionary. */
export function buildKuromoji(): Promise<KuromojiTokenizer<IpadicFeatures>> {
  building ??= new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((err, tk) => {
      if (err) {
        building = null;
        reject(new Error(`kuromoji dictionary could not be loaded: ${err.message}`));
      } else resolve(tk);
    });
  });
  return building;
}
