// Planted versions over a generated corpus, measured through the real pipeline: ingest the corpus,
// plant later versions of some documents (one item fewer, and the only sentence of an expected
// safeguard removed where there is one), ingest again, publish, and count what lineage, the diff and
// the gap list find. Precision counts, for each planted copy, the links and new gaps it got.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/lib/ingest/cli';
import { diffVersions } from '../../src/lib/domain/lineage';
import { DEFAULT_RULES } from '../../src/lib/domain/classify/gaps';
import { changes, versionFacts } from '../../src/lib/server/store/lineage';
import { snapshotPath } from '../../src/lib/server/store/snapshot';
import { Store } from '../../src/lib/server/store/store';
import type { LabelledSentence } from '../classifier/metrics';
import { generateCorpus } from '../generator/corpus';
import { shiftable, shiftYears, withoutItem, type PlantedVersion } from './plant';

export interface PlantedScores {
  documents: number;
  planted: number;
  links: { found: number; wrong: number; recall: number; precision: number };
  diffs: { found: number; recall: number };
  gaps: { planted: number; found: number; extra: number; recall: number; precision: number };
  /** Links between generated documents the corpus did not plant (the generator repeats businesses). */
  unplanted_links: number;
}

const quiet = { out: () => undefined, err: () => undefined, tty: false };

export async function evaluatePlanted(opts: { matters: number; seed: number; plant: number; sentences: LabelledSentence[] }): Promise<PlantedScores> {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-planted-'));
  try {
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    const docs = generateCorpus({ matters: opts.matters, seed: opts.seed, sentences: opts.sentences }).filter((d) => d.format !== 'pdf');
    for (const d of docs) writeFileSync(path.join(corpus, `${d.stem}.${d.ext}`), d.bytes);
    const db = path.join(dir, 'atlas.duckdb');
    if ((await run(['--db', db, '--quiet', corpus], quiet)) === 2) throw new Error('ingesting the generated corpus failed');

    // Candidates: one-matter UTF-8 text documents whose years can move, with an item written in a list.
    const base = await Store.open(snapshotPath(db), { readOnly: true });
    const planted: PlantedVersion[] = [];
    const plantDir = path.join(dir, 'planted');
    mkdirSync(plantDir);
    for (const d of docs) {
      if (planted.length >= opts.plant) break;
      if (d.encoding !== 'UTF-8' || d.gold.matters.length !== 1 || d.format === 'pdf') continue;
      const text = new TextDecoder().decode(d.bytes);
      if (!shiftable(text)) continue;
      const g = d.gold.matters[0];
      let copy: string | null = null;
      let removedItem = '';
      // An item named once: one also held by another subject (乳児の氏名) stays in the matter's list.
      const names = g.data_items.map((x) => x.item);
      for (const it of g.data_items) {
        if (names.filter((n) => n.includes(it.item)).length > 1) continue;
        copy = withoutItem(text, it.item);
        if (copy) {
          removedItem = it.item;
          break;
        }
      }
      if (!copy) continue;
      // The only sentence of a category a rule expects of this matter, when one is written once.
      const [m] = await base.all<{ matter_id: string }>(`SELECT m.matter_id FROM matters m JOIN documents x USING (document_id) WHERE x.source_path LIKE $p`, { p: `%${d.stem}.${d.ext}` });
      let removedCategory: string | null = null;
      if (m) {
        const single = await base.all<{ category: string; text: string }>(
          `SELECT s.category, any_value(s.text) AS text FROM safeguards s
            WHERE s.matter_id = $id AND s.scope <> 'clause'
              AND list_contains($expects::VARCHAR[], s.category)
            GROUP BY s.category HAVING count(*) = 1 AND count(DISTINCT s.seq) = 1 ORDER BY s.category`,
          { id: m.matter_id, expects: JSON.stringify(await expectedOf(base, m.matter_id)) }
        );
        for (const s of single) {
          // Only when the sentence states no other category, so removing it removes exactly one.
          const others = await base.all(`SELECT 1 FROM safeguards WHERE matter_id = $id AND text = $t AND category <> $c`, { id: m.matter_id, t: s.text, c: s.category });
          if (others.length === 0 && copy.includes(s.text) && copy.split(s.text).length === 2) {
            copy = copy.replace(s.text, '');
            removedCategory = s.category;
            break;
          }
        }
      }
      const stem = `planted-${d.stem}`;
      writeFileSync(path.join(plantDir, `${stem}.${d.ext}`), shiftYears(copy));
      planted.push({ original: `${d.stem}.${d.ext}`, copy: `${stem}.${d.ext}`, removedItem, removedCategory });
    }
    base.close();
    if ((await run(['--db', db, '--quiet', plantDir], quiet)) === 2) throw new Error('ingesting the planted documents failed');

    const store = await Store.open(snapshotPath(db), { readOnly: true });
    try {
      const idOf = async (file: string) => (await store.all<{ matter_id: string }>(`SELECT m.matter_id FROM matters m JOIN documents d USING (document_id) WHERE d.source_path LIKE $p`, { p: `%/${file}` }))[0]?.matter_id;
      const links = (await changes(store, {}, [], { limit: 100_000, offset: 0 })).rows;
      const laterOf = new Map(links.map((l) => [l.later_id, l.earlier_id]));
      let found = 0;
      let wrong = 0;
      let diffs = 0;
      let gapsPlanted = 0;
      let gapsFound = 0;
      let gapsExtra = 0;
      const copies = new Set<string>();
      for (const p of planted) {
        const [o, c] = [await idOf(p.original), await idOf(p.copy)];
        if (!o || !c) continue;
        copies.add(c);
        const earlier = laterOf.get(c);
        if (earlier === o) found++;
        else if (earlier) wrong++;
        const facts = await versionFacts(store, [o, c]);
        const d = diffVersions(facts.get(o)!, facts.get(c)!);
        const itemOk = d.items.removed.length === 1;
        const catOk = p.removedCategory === null ? d.categories.removed.length === 0 : d.categories.removed.includes(p.removedCategory);
        if (itemOk && catOk) diffs++;
        const ruleGaps = async (id: string) => new Set((await store.all<{ category: string }>(`SELECT DISTINCT category FROM gaps WHERE matter_id = $id`, { id })).map((r) => r.category));
        const before = await ruleGaps(o);
        const after = await ruleGaps(c);
        const fresh = [...after].filter((x) => !before.has(x));
        if (p.removedCategory) {
          gapsPlanted++;
          if (fresh.includes(p.removedCategory)) gapsFound++;
        }
        gapsExtra += fresh.filter((x) => x !== p.removedCategory).length;
      }
      const n = copies.size;
      const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
      return {
        documents: docs.length,
        planted: n,
        links: { found, wrong, recall: ratio(found, n), precision: ratio(found, found + wrong) },
        diffs: { found: diffs, recall: ratio(diffs, n) },
        gaps: { planted: gapsPlanted, found: gapsFound, extra: gapsExtra, recall: ratio(gapsFound, gapsPlanted), precision: ratio(gapsFound, gapsFound + gapsExtra) },
        unplanted_links: links.filter((l) => !copies.has(l.later_id)).length
      };
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The categories the rules a matter meets call for. */
async function expectedOf(store: Store, id: string): Promise<string[]> {
  const hits = new Set((await store.all<{ rule_id: string }>(`SELECT rule_id FROM rule_hits WHERE matter_id = $id`, { id })).map((r) => r.rule_id));
  return [...new Set(DEFAULT_RULES.filter((r) => hits.has(r.id)).flatMap((r) => r.expects))];
}
