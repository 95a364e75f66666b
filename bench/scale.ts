// Grows a store to a given number of matters by copying its rows with SQL, for the query benchmark.
// Copies get new ids, another municipality and another fiscal year (dates shifted alike), so
// filters and groupings spread as in a larger corpus; their texts repeat the originals. The
// benchmark says so: ingestion figures come from real documents, query figures from such stores.

import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { publishSnapshot } from '../src/lib/server/store/snapshot';
import { Store } from '../src/lib/server/store/store';
import { MATTER_TABLES } from '../src/lib/server/store/schema';

const FIRST_FY = 2005;
const YEARS = 21;

/**
 * Copies `source` to `target` and adds copies of its matters until it holds `matters` of them, then
 * publishes the snapshot (with its derived tables). Returns the matter count reached.
 */
export async function scaleStore(source: string, target: string, matters: number): Promise<number> {
  for (const f of [target, `${target}.wal`, `${target}.snapshot`]) rmSync(f, { force: true });
  if (!existsSync(source)) throw new Error(`no store at ${source}`);
  copyFileSync(source, target);
  const store = await Store.open(target);
  try {
    const [{ n }] = await store.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM matters');
    if (n === 0) throw new Error(`${source} holds no matters`);
    const copies = Math.ceil(matters / n) - 1;
    const c = store.connection;
    // Base matters numbered 0..n-1; copy k of matter r is kept while k·n + r < matters.
    await c.run(`CREATE TEMP TABLE base AS SELECT matter_id, document_id, (row_number() OVER (ORDER BY matter_id) - 1)::INTEGER AS rn FROM matters`);
    await c.run(`CREATE TEMP TABLE munis AS SELECT municipality, (row_number() OVER (ORDER BY municipality) - 1)::INTEGER AS i, count(*) OVER ()::INTEGER AS n FROM (SELECT DISTINCT municipality FROM matters WHERE municipality IS NOT NULL)`);
    await c.run(`CREATE TEMP TABLE copies AS SELECT b.matter_id, b.document_id, k::INTEGER AS k FROM base b, range(1, $copies + 1) r(k) WHERE k * $n + b.rn < $total`, {
      copies,
      n,
      total: matters
    });
    const id = (col: string) => `${col} || '~' || cp.k`;
    await c.run('BEGIN TRANSACTION');
    try {
      await c.run(
        `INSERT INTO documents SELECT d.* REPLACE (${id('d.document_id')} AS document_id, d.source_path || '#' || cp.k AS source_path)
         FROM documents d JOIN (SELECT DISTINCT document_id, k FROM copies) cp USING (document_id)`
      );
      const shift = `((m.fiscal_year - ${FIRST_FY} + cp.k) % ${YEARS} + ${FIRST_FY} - m.fiscal_year)`;
      await c.run(
        `INSERT INTO matters SELECT m.* REPLACE (
           ${id('m.matter_id')} AS matter_id, ${id('m.document_id')} AS document_id,
           coalesce((SELECT u2.municipality FROM munis u1 JOIN munis u2 ON u2.i = (u1.i + cp.k) % u1.n WHERE u1.municipality = m.municipality), m.municipality) AS municipality,
           CASE WHEN m.fiscal_year IS NULL THEN NULL ELSE m.fiscal_year + ${shift} END AS fiscal_year,
           CASE WHEN m.fiscal_year IS NULL THEN m.period_start ELSE (m.period_start + to_years(${shift}))::DATE END AS period_start,
           CASE WHEN m.fiscal_year IS NULL THEN m.period_end ELSE (m.period_end + to_years(${shift}))::DATE END AS period_end,
           CASE WHEN m.fiscal_year IS NULL THEN m.council_date ELSE (m.council_date + to_years(${shift}))::DATE END AS council_date)
         FROM matters m JOIN copies cp USING (matter_id)`
      );
      for (const t of MATTER_TABLES) await c.run(`INSERT INTO ${t} SELECT x.* REPLACE (${id('x.matter_id')} AS matter_id) FROM ${t} x JOIN copies cp USING (matter_id)`);
      await c.run('COMMIT');
    } catch (e) {
      await c.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
    await c.run('CHECKPOINT');
    await publishSnapshot(store);
    const [{ total }] = await store.all<{ total: number }>('SELECT count(*)::INTEGER AS total FROM matters');
    return total;
  } finally {
    store.close();
  }
}
