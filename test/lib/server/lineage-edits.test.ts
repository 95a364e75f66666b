import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEdits, removedKeys, removeLink, restoreLink } from '../../../src/lib/server/lineage-edits';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-edits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lineage edits', () => {
  it('reads a missing file as no edits, removes a link once, and restores it', () => {
    const file = path.join(dir, 'sub', 'edits.json');
    expect(readEdits(file)).toEqual({ removed: [] });
    removeLink('a-1', 'b-1', file);
    removeLink('a-1', 'b-1', file);
    expect(removedKeys(file)).toEqual(['a-1>b-1']);
    expect(JSON.parse(readFileSync(file, 'utf8')).removed[0]).toMatchObject({ earlier: 'a-1', later: 'b-1' });
    restoreLink('a-1', 'b-1', file);
    expect(removedKeys(file)).toEqual([]);
  });
  it('names the file and the reason when it cannot be read', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{"removed": [{"earlier": 1}]}');
    expect(() => readEdits(file)).toThrow(/broken\.json: 削除したつながりに earlier と later が必要です/);
    writeFileSync(file, 'not json');
    expect(() => readEdits(file)).toThrow(/broken\.json: JSON として読めません/);
  });
});
