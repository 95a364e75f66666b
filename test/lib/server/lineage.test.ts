// The matter page's lineage: remembered per snapshot, yet a removed link changes it at once.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterLineage } from '../../../src/lib/server/lineage';
import { removeLink, restoreLink } from '../../../src/lib/server/lineage-edits';
import { plantedStore, type Planted } from '../../helpers/planted';

let p: Planted;
let before: string | undefined;
beforeAll(async () => {
  p = await plantedStore();
  // A snapshot as the server opens it: its answers are remembered.
  p.snap.immutable = true;
  before = process.env.ATLAS_LINEAGE_EDITS;
  process.env.ATLAS_LINEAGE_EDITS = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-lineage-')), 'edits.json');
});
afterAll(() => {
  p?.close();
  if (before === undefined) delete process.env.ATLAS_LINEAGE_EDITS;
  else process.env.ATLAS_LINEAGE_EDITS = before;
});

describe('matterLineage', () => {
  it('follows removed and restored links on a remembering store, and gives each answer removed links of its own', async () => {
    const { base, renewal, change } = p.ids;
    const first = await matterLineage(p.snap, change);
    expect(first.earlier.map((s) => s.matter_id)).toEqual([renewal, base]);
    expect(first.removed).toEqual([]);
    // Each answer's removed links are its own (the chain is shared, read-only, as every remembered answer).
    first.removed.push({ earlier: 'x', later: 'y', at: '', title: null });
    const again = await matterLineage(p.snap, change);
    expect(again.earlier.map((s) => s.matter_id)).toEqual([renewal, base]);
    expect(again.removed).toEqual([]);

    removeLink(renewal, change);
    const without = await matterLineage(p.snap, change);
    expect(without.earlier.map((s) => s.matter_id)).toEqual([base]);
    expect(without.removed.map((r) => [r.earlier, r.later])).toEqual([[renewal, change]]);

    restoreLink(renewal, change);
    expect((await matterLineage(p.snap, change)).earlier.map((s) => s.matter_id)).toEqual([renewal, base]);
  });
});
