import type { Token, Tokenizer } from '../../src/lib/domain/tokens';
import type { StoredDocument, StoreWriter } from '../../src/lib/server/store/document';

/** One token per character: enough for the pipeline, without loading the dictionary. */
export const charTokenizer: Tokenizer = {
  tokenize: (text: string): Token[] => [...text].map((c) => ({ surface: c, lemma: c, pos: /\s|[、。]/.test(c) ? '記号' : '名詞' }))
};

export class MemoryStore implements StoreWriter {
  docs = new Map<string, StoredDocument>();
  failOn: string | null = null;
  /** Counts write calls, so tests can see batching. */
  writes = 0;
  async replaceDocuments(docs: StoredDocument[]): Promise<void> {
    this.writes++;
    // All or nothing, like the real store.
    if (docs.some((doc) => this.failOn && doc.source_path.includes(this.failOn))) throw new Error('disk full');
    for (const doc of docs) {
      for (const [id, d] of this.docs) if (id === doc.document_id || d.source_path === doc.source_path) this.docs.delete(id);
      this.docs.set(doc.document_id, doc);
    }
  }
}
