// Compares extracted matters with gold annotations (test/fixtures/gold), by the same rules as the
// acceptance scorer: exact fields, item F1 with containment, sensitive recall, media and safeguard F1.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Store } from '../../src/lib/server/store/store';
import { compare, f1Counts, fieldMisses, fscore, itemMatch, norm, type Counts, type MatterView } from '../../eval/extraction/compare';

// The gold-file format is the generator's contract too (it writes gold in the same shape).
import type { GoldDoc, GoldMatter } from '../../eval/generator/types';
export type { GoldDoc, GoldMatter };
export { compare, f1Counts, fieldMisses, fscore, itemMatch, norm, type Counts, type MatterView };

export const GOLD_DIR = path.join(import.meta.dirname, '..', 'fixtures', 'gold');

export function loadGold(): GoldDoc[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8')) as GoldDoc);
}

/** The store's matters, as the comparison sees them. */
export async function storeViews(db: string): Promise<Map<string, MatterView[]>> {
  const s = await Store.open(db, { readOnly: true });
  try {
    const docs = await s.all<{ document_id: string; source_path: string }>(`SELECT document_id, source_path FROM documents`);
    const out = new Map<string, MatterView[]>();
    for (const d of docs) {
      const matters = await s.all<MatterView & { matter_id: string }>(
        `SELECT *, strftime(period_start, '%Y-%m-%d') AS period_start, strftime(period_end, '%Y-%m-%d') AS period_end FROM matters WHERE document_id = ? ORDER BY seq`,
        [d.document_id]
      );
      const list: MatterView[] = [];
      for (const m of matters) {
        const q = async (sql: string) => s.all<Record<string, string | boolean>>(sql, [m.matter_id]);
        list.push({
          ...m,
          divisions: m.divisions ?? [],
          items: (await q(`SELECT item, sensitive FROM data_items WHERE matter_id = ?`)) as { item: string; sensitive: boolean }[],
          media: (await q(`SELECT DISTINCT category FROM media WHERE matter_id = ? ORDER BY 1`)).map((r) => r.category as string),
          safeguards: (await q(`SELECT DISTINCT actor || ':' || category AS k FROM safeguards WHERE matter_id = ? AND scope <> 'clause' ORDER BY 1`)).map((r) => r.k as string),
          clauses: (await q(`SELECT DISTINCT category FROM safeguards WHERE matter_id = ? AND scope = 'clause' ORDER BY 1`)).map((r) => r.category as string)
        });
      }
      out.set(path.basename(d.source_path).replace(/\.[^.]+$/, ''), list);
    }
    return out;
  } finally {
    s.close();
  }
}
