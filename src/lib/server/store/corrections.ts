// People's corrections applied to a snapshot being published (snapshot.ts), after the store is
// copied and before the derived tables are built: each correction in force finds its matter by the
// document's content hash and the matter's position, changes the rows, and the matter's gaps, rule
// hits and missing-field review flags are computed again from the corrected rows. Every correction
// is recorded in the snapshot's `corrections` table with how it stands. Field names come from the
// CORRECTABLE_FIELDS whitelist; every value is bound.

import type { DuckDBConnection } from '@duckdb/node-api';
import { computeGaps, applicableRules } from '../../domain/classify/gaps';
import type { Actor, ItemCategory, MediaCategory, Procedure, Scope } from '../../domain/codes';
import { correctedField, inForce, isCorrectableField, targetKey, type Correction, type CorrectionStatus, type CorrectionTarget } from '../../domain/corrections';
import { categorizeItem } from '../../domain/extract/items';
import { mediumCategory } from '../../domain/extract/media';
import type { ReviewFlag } from '../../domain/types';
import { hasTables } from './catalog';
import { createTable } from './schema';
import type { SqlValue, Store } from './store';

type Params = Record<string, SqlValue>;

async function rows<R>(c: DuckDBConnection, sql: string, params: Params = {}): Promise<R[]> {
  return (await c.runAndReadAll(sql, params)).getRowObjectsJson() as R[];
}
async function one<R>(c: DuckDBConnection, sql: string, params: Params = {}): Promise<R | undefined> {
  return (await rows<R>(c, sql, params))[0];
}

/** Applies one correction to its matter; false when what it names is not there. */
async function applyOne(c: DuckDBConnection, id: string, t: CorrectionTarget): Promise<boolean> {
  switch (t.kind) {
    case 'field': {
      if (!isCorrectableField(t.field)) return false;
      const col = t.field;
      const value = t.value === null ? null : Array.isArray(t.value) ? JSON.stringify(t.value) : t.value;
      const expr = col === 'divisions' ? `from_json($v, '["VARCHAR"]')` : col === 'period_start' || col === 'period_end' ? 'CAST($v AS DATE)' : col === 'fiscal_year' ? 'CAST($v AS INTEGER)' : '$v';
      await c.run(`UPDATE matters SET ${col} = ${expr} WHERE matter_id = $id`, { id, v: value });
      return true;
    }
    case 'item': {
      const where = 'matter_id = $id AND item = $item AND subject IS NOT DISTINCT FROM $subject';
      const key = { id, item: t.item, subject: t.subject };
      const found = await one<{ n: number }>(c, `SELECT count(*)::INTEGER AS n FROM data_items WHERE ${where}`, key);
      if (t.set === 'add') {
        if (found!.n > 0) return false;
        const { category, sensitive } = categorizeItem(t.item);
        await c.run(
          `INSERT INTO data_items SELECT $id, coalesce((SELECT max(seq) FROM data_items WHERE matter_id = $id), 0) + 1, $subject, $item, $item, $category, $sensitive`,
          { ...key, category, sensitive: t.sensitive ?? sensitive }
        );
        return true;
      }
      if (found!.n === 0) return false;
      if (t.set === 'remove') await c.run(`DELETE FROM data_items WHERE ${where}`, key);
      else {
        if (t.set.subject !== undefined) await c.run(`UPDATE data_items SET subject = $to WHERE ${where}`, { ...key, to: t.set.subject });
        if (t.set.sensitive !== undefined) await c.run(`UPDATE data_items SET sensitive = $to WHERE ${t.set.subject !== undefined ? where.replace('$subject', '$to2') : where}`, { ...key, to: t.set.sensitive, ...(t.set.subject !== undefined ? { to2: t.set.subject } : {}) });
      }
      return true;
    }
    case 'medium': {
      const found = await one<{ n: number }>(c, 'SELECT count(*)::INTEGER AS n FROM media WHERE matter_id = $id AND medium = $medium', { id, medium: t.medium });
      if (t.set === 'remove') {
        if (found!.n === 0) return false;
        await c.run('DELETE FROM media WHERE matter_id = $id AND medium = $medium', { id, medium: t.medium });
        return true;
      }
      if (found!.n > 0) return false;
      const m = await one<{ procedure: Procedure }>(c, 'SELECT procedure FROM matters WHERE matter_id = $id', { id });
      const category: MediaCategory = (t.category as MediaCategory | undefined) ?? mediumCategory(t.medium, m!.procedure) ?? 'paper';
      await c.run(`INSERT INTO media SELECT $id, coalesce((SELECT max(seq) FROM media WHERE matter_id = $id), 0) + 1, $medium, $category`, { id, medium: t.medium, category });
      return true;
    }
    case 'safeguard': {
      const found = await one<{ n: number }>(c, 'SELECT count(*)::INTEGER AS n FROM safeguard_sentences WHERE matter_id = $id AND seq = $seq', { id, seq: t.sentence });
      if (found!.n === 0) return false;
      const key = { id, seq: t.sentence };
      if (t.actor) {
        await c.run('UPDATE safeguard_sentences SET actor = $actor WHERE matter_id = $id AND seq = $seq', { ...key, actor: t.actor });
        await c.run('UPDATE safeguards SET actor = $actor WHERE matter_id = $id AND seq = $seq', { ...key, actor: t.actor });
      }
      if (t.categories) {
        await c.run('DELETE FROM safeguards WHERE matter_id = $id AND seq = $seq', key);
        for (const category of t.categories) {
          await c.run(
            `INSERT INTO safeguards SELECT matter_id, actor, scope, $category, text, seq, page, NULL FROM safeguard_sentences WHERE matter_id = $id AND seq = $seq`,
            { ...key, category }
          );
        }
      }
      return true;
    }
  }
}

/** The flags a person clears by filling the field in. */
const MISSING_FLAGS: ReviewFlag[] = ['title_missing', 'department_missing', 'items_missing', 'safeguards_missing'];

/** Gaps, rule hits and missing-field flags of a corrected matter, from its corrected rows. */
async function recompute(c: DuckDBConnection, id: string): Promise<void> {
  const m = await one<{ procedure: Procedure; title: string | null; department: string | null; text: string | null }>(
    c,
    'SELECT m.procedure, m.title, m.department, t.text FROM matters m LEFT JOIN matter_texts t USING (matter_id) WHERE m.matter_id = $id',
    { id }
  );
  if (!m) return;
  const items = await rows<{ category: ItemCategory; sensitive: boolean }>(c, 'SELECT category, sensitive FROM data_items WHERE matter_id = $id', { id });
  const media = await rows<{ category: MediaCategory }>(c, 'SELECT category FROM media WHERE matter_id = $id', { id });
  const sentences = await rows<{ seq: number; actor: Actor; scope: Scope; categories: string[] | null }>(
    c,
    `SELECT s.seq, s.actor, s.scope, list(g.category) FILTER (WHERE g.category IS NOT NULL) AS categories
       FROM safeguard_sentences s LEFT JOIN safeguards g ON g.matter_id = s.matter_id AND g.seq = s.seq
      WHERE s.matter_id = $id GROUP BY ALL`,
    { id }
  );
  const input = {
    procedure: m.procedure,
    text: m.text ?? '',
    media: media.map((x) => ({ category: x.category })),
    data_items: items.map((x) => ({ category: x.category, sensitive: x.sensitive })),
    safeguards: sentences.map((s) => ({ actor: s.actor, scope: s.scope, categories: (s.categories ?? []).map((category) => ({ category })) }))
  };
  await c.run('DELETE FROM gaps WHERE matter_id = $id', { id });
  for (const g of computeGaps(input)) await c.run('INSERT INTO gaps VALUES ($id, $category, $rule, $reason)', { id, category: g.category, rule: g.rule_id, reason: g.reason });
  await c.run('DELETE FROM rule_hits WHERE matter_id = $id', { id });
  for (const r of applicableRules(input)) await c.run('INSERT INTO rule_hits VALUES ($id, $rule)', { id, rule: r.id });
  const missing: ReviewFlag[] = [];
  if (!m.title) missing.push('title_missing');
  if (!m.department) missing.push('department_missing');
  if (items.length === 0) missing.push('items_missing');
  if (sentences.length === 0) missing.push('safeguards_missing');
  for (const flag of MISSING_FLAGS) {
    if (!missing.includes(flag)) await c.run('DELETE FROM matter_reviews WHERE matter_id = $id AND flag = $flag', { id, flag });
    else await c.run('INSERT INTO matter_reviews SELECT $id, $flag, NULL WHERE NOT EXISTS (SELECT 1 FROM matter_reviews WHERE matter_id = $id AND flag = $flag)', { id, flag });
  }
}


/**
 * Applies the corrections to the database the connection is using (a snapshot being built) and
 * records them all. Returns how many were applied and how many found nothing to apply to.
 */
export async function applyCorrections(c: DuckDBConnection, list: readonly Correction[]): Promise<{ applied: number; unmatched: number }> {
  await c.run(createTable('corrections'));
  if (list.length === 0) return { applied: 0, unmatched: 0 };
  const { force, status } = inForce(list);
  const matterOf = async (x: Correction) =>
    (await one<{ matter_id: string }>(c, 'SELECT m.matter_id FROM matters m JOIN documents d USING (document_id) WHERE d.sha256 = $sha AND m.seq = $seq', { sha: x.sha256, seq: x.matter_seq }))?.matter_id ?? null;
  const refs = new Map<string, string | null>();
  const touched = new Set<string>();
  await c.run('BEGIN TRANSACTION');
  try {
    for (const x of force) {
      const id = await matterOf(x);
      refs.set(x.id, id);
      const ok = id !== null && (await applyOne(c, id, x.target));
      status.set(x.id, ok ? 'applied' : 'unmatched');
      if (ok) touched.add(id);
    }
    for (const id of touched) await recompute(c, id);
    // A merged store brings the corrections its exports applied: the file's own replace them.
    await c.run(`DELETE FROM corrections WHERE list_contains(from_json($ids, '["VARCHAR"]'), correction_id)`, { ids: JSON.stringify(list.map((x) => x.id)) });
    for (const x of list) {
      const ref = refs.has(x.id) ? refs.get(x.id)! : await matterOf(x);
      const st: CorrectionStatus = status.get(x.id) ?? 'unmatched';
      await c.run('INSERT INTO corrections VALUES ($id, $sha, $seq, $ref, $key, $field, $target, $before, $user, CAST($at AS TIMESTAMP), $undoneBy, CAST($undoneAt AS TIMESTAMP), $status)', {
        id: x.id,
        sha: x.sha256,
        seq: x.matter_seq,
        ref,
        key: targetKey(x.target),
        field: correctedField(x.target),
        target: JSON.stringify(x.target),
        before: JSON.stringify(x.before ?? null),
        user: x.user,
        at: x.at,
        undoneBy: x.undone?.user ?? null,
        undoneAt: x.undone?.at ?? null,
        status: st
      });
    }
    await c.run('COMMIT');
  } catch (e) {
    await c.run('ROLLBACK').catch(() => undefined);
    throw e;
  }
  const values = [...status.values()];
  return { applied: values.filter((s) => s === 'applied').length, unmatched: values.filter((s) => s === 'unmatched').length };
}

/** A row of a snapshot's corrections table, with the title of the matter it applies to. */
export interface StoredCorrection {
  correction_id: string;
  sha256: string;
  matter_seq: number;
  matter_ref: string | null;
  field: string;
  target: string;
  before: string | null;
  user_name: string | null;
  corrected_at: string;
  undone_by: string | null;
  undone_at: string | null;
  status: CorrectionStatus;
  title: string | null;
}

/** The corrections the served snapshot recorded: one matter's, or all. */
export async function storedCorrections(store: Store, matterId?: string): Promise<StoredCorrection[]> {
  if (!(await hasTables(store, ['corrections']))) return [];
  const where = matterId ? 'WHERE c.matter_ref = $id' : '';
  return store.all<StoredCorrection>(
    `SELECT c.correction_id, c.sha256, c.matter_seq, c.matter_ref, c.field, c.target, c.before, c.user_name,
            strftime(c.corrected_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS corrected_at, c.undone_by,
            strftime(c.undone_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS undone_at, c.status, m.title
       FROM corrections c LEFT JOIN matters m ON m.matter_id = c.matter_ref
       ${where}
      ORDER BY c.corrected_at, c.correction_id`,
    matterId ? { id: matterId } : {}
  );
}
