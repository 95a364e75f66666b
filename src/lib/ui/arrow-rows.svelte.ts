// Reactive rows from an Arrow data twin: the charts fetch the same URL a user can download and
// decode it in the browser, so what is drawn is exactly what the twin serves.

import { tableFromIPC } from 'apache-arrow';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export class ArrowRows<T extends object> {
  rows = $state<T[]>([]);
  status = $state<LoadStatus>('idle');
  error = $state<string | null>(null);
  /** The URL whose rows are shown (null before the first load). */
  url = $state<string | null>(null);
  // Only the latest request may write: an older, slower response must not overwrite a newer one.
  #latest = 0;

  async load(url: string, fetcher: typeof fetch = fetch): Promise<void> {
    const ticket = ++this.#latest;
    this.status = 'loading';
    this.error = null;
    try {
      const res = await fetcher(url, { headers: { accept: 'application/vnd.apache.arrow.stream' } });
      if (!res.ok) throw new Error(`${res.status} ${(await res.text()).slice(0, 200)}`);
      const table = tableFromIPC(new Uint8Array(await res.arrayBuffer()));
      const rows = table.toArray().map((r) => r.toJSON() as T);
      if (ticket !== this.#latest) return;
      this.rows = rows;
      this.url = url;
      this.status = 'ready';
    } catch (e) {
      if (ticket !== this.#latest) return;
      this.error = (e as Error).message;
      this.status = 'error';
    }
  }
}
