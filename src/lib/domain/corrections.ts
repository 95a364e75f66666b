// Corrections people make to what extraction produced: a field of a matter, its data items
// (added, removed, whose, sensitive or not), its media, and a safeguard sentence's categories and
// actor. Each is keyed by the document's content hash, the matter's position in it and the thing
// corrected, so it applies again to the same document ingested again, and finds nothing to apply to
// (is kept, marked as no longer fitting) when the document changed. Pure: parsing, validation, keys
// and which correction is in force; the store applies them (server/store/corrections.ts).

import { ACTOR_LABELS, ACTORS, isCode, MATTER_KINDS, MEDIA_CATEGORIES, PROCEDURES, type Actor } from './codes';
import { CATEGORY_BY_CODE } from './taxonomy';

/** Matter fields a person may correct, with how their value is written. */
export const CORRECTABLE_FIELDS = {
  title: { label: '件名', kind: 'text', max: 300 },
  municipality: { label: '区市町村', kind: 'text', max: 40 },
  department: { label: '担当部局', kind: 'text', max: 80 },
  divisions: { label: '担当課', kind: 'list', max: 200 },
  contractor: { label: '委託先', kind: 'text', max: 200 },
  legal_basis: { label: '条例の根拠', kind: 'text', max: 200 },
  procedure: { label: '手続', kind: 'code', codes: PROCEDURES },
  matter_kind: { label: '諮問/報告', kind: 'code', codes: MATTER_KINDS },
  fiscal_year: { label: '年度', kind: 'year' },
  period_start: { label: '委託期間（開始）', kind: 'date' },
  period_end: { label: '委託期間（終了）', kind: 'date' }
} as const satisfies Record<string, FieldSpec>;

type FieldSpec =
  | { label: string; kind: 'text' | 'list'; max: number }
  | { label: string; kind: 'code'; codes: readonly string[] }
  | { label: string; kind: 'year' | 'date' };

export type CorrectableField = keyof typeof CORRECTABLE_FIELDS;
export const isCorrectableField = (v: string): v is CorrectableField => Object.hasOwn(CORRECTABLE_FIELDS, v);

/** A field's value: text, a list (divisions), a year, or null (cleared). Dates are YYYY-MM-DD. */
export type FieldValue = string | number | string[] | null;

/** What a correction changes. */
export type CorrectionTarget =
  | { kind: 'field'; field: CorrectableField; value: FieldValue }
  /** A data item added, or an extracted one changed (whose, sensitive): `item`/`subject` name it. */
  | { kind: 'item'; item: string; subject: string | null; set: { subject?: string | null; sensitive?: boolean } | 'add' | 'remove'; sensitive?: boolean }
  | { kind: 'medium'; medium: string; category?: string; set: 'add' | 'remove' }
  /** A safeguard sentence (its position in the matter): its categories, its actor. */
  | { kind: 'safeguard'; sentence: number; categories?: string[]; actor?: Actor };

export interface Correction {
  /** Unique, made when the correction is saved. */
  id: string;
  /** The document's content hash (documents.sha256) and the matter's position in it (matters.seq). */
  sha256: string;
  matter_seq: number;
  target: CorrectionTarget;
  /** What the view showed before, for the record (display only). */
  before: FieldValue | boolean;
  user: string | null;
  /** ISO time. */
  at: string;
  undone?: { user: string | null; at: string };
}

/** How a correction stands in a published snapshot. */
export type CorrectionStatus = 'applied' | 'superseded' | 'undone' | 'unmatched';

export const CORRECTION_STATUS_LABELS: Record<CorrectionStatus | 'pending', string> = {
  applied: '反映済み',
  superseded: '後の修正で置き換え',
  undone: '取り消し',
  unmatched: '対象が見つからない',
  pending: '反映待ち'
};

/** What a correction is about, as one string: corrections of the same key replace each other. */
export function targetKey(t: CorrectionTarget): string {
  switch (t.kind) {
    case 'field':
      return `field:${t.field}`;
    case 'item':
      return `item:${t.subject ?? ''}/${t.item}`;
    case 'medium':
      return `medium:${t.medium}`;
    case 'safeguard':
      return `safeguard:${t.sentence}:${t.categories ? 'categories' : 'actor'}`;
  }
}

/** What a correction marks as corrected (corrections.field, matter_facts.corrected): a matter field, data_items, media, safeguard_categories or safeguard_actor. */
export const correctedField = (t: CorrectionTarget): string =>
  t.kind === 'field' ? t.field : t.kind === 'safeguard' ? (t.categories ? 'safeguard_categories' : 'safeguard_actor') : t.kind === 'item' ? 'data_items' : 'media';

/** The corrections a safeguard coverage figure depends on, besides its grouping field's: which categories, and who acts. */
export const SAFEGUARD_CORRECTIONS = ['safeguard_categories', 'safeguard_actor'] as const;

export const correctionKey = (c: Pick<Correction, 'sha256' | 'matter_seq' | 'target'>) => `${c.sha256}/${c.matter_seq}/${targetKey(c.target)}`;

/**
 * Which corrections are in force: of those with the same key, the latest not undone. The others
 * are superseded or undone. (Whether one in force finds its matter is the store's to say.)
 */
export function inForce(list: readonly Correction[]): { force: Correction[]; status: Map<string, CorrectionStatus> } {
  const status = new Map<string, CorrectionStatus>();
  const latest = new Map<string, Correction>();
  for (const c of list) {
    if (c.undone) {
      status.set(c.id, 'undone');
      continue;
    }
    const key = correctionKey(c);
    const prior = latest.get(key);
    if (prior) status.set(prior.id, 'superseded');
    latest.set(key, c);
  }
  return { force: [...latest.values()], status };
}

export class CorrectionError extends Error {}

const fail = (message: string): never => {
  throw new CorrectionError(message);
};

function text(value: string, max: number, label: string): string {
  const v = value.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (v.length > max) fail(`${label}は${max}文字までです。`);
  return v;
}

/** A field's value as typed in the form, checked: empty clears it. */
export function parseFieldValue(field: CorrectableField, raw: string): FieldValue {
  const spec: FieldSpec = CORRECTABLE_FIELDS[field];
  const v = text(raw, 'max' in spec ? spec.max : 40, spec.label);
  if (v === '') {
    if (field === 'procedure') fail('手続は空にできません。');
    return null;
  }
  switch (spec.kind) {
    case 'text':
      return v;
    case 'list':
      return [...new Set(v.split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean))];
    case 'code':
      return isCode(spec.codes, v) ? v : fail(`${spec.label}の値が不正です: ${raw.trim().slice(0, 40)}`);
    case 'year': {
      const y = Number(v);
      return /^\d{4}$/.test(v) && y >= 1900 && y <= 2999 ? y : fail('年度は西暦4桁で入力してください（例: 2021）。');
    }
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
      return d && d.getUTCMonth() === +m![2] - 1 && +m![1] >= 1900 && +m![1] <= 2999 ? v : fail('日付は 2021-04-01 の形で入力してください。');
    }
  }
}

/** A safeguard category list as chosen in the form: known codes only, at least none. */
export function parseCategories(values: string[]): string[] {
  const unknown = values.filter((c) => !CATEGORY_BY_CODE.has(c));
  if (unknown.length) fail(`対策の分類が不正です: ${unknown.join(', ').slice(0, 60)}`);
  return [...new Set(values)].sort();
}

export function parseActor(value: string): Actor {
  return isCode(ACTORS, value) ? value : fail(`主体の値が不正です: ${value.slice(0, 40)}`);
}

export function parseMediumCategory(value: string): string {
  return isCode(MEDIA_CATEGORIES, value) ? value : fail(`記録媒体の分類が不正です: ${value.slice(0, 40)}`);
}

/** A data item's name or subject as typed (NFKC, no control characters), required for the item. */
export function parseItemText(value: string, label: string, required: boolean): string | null {
  const v = text(value, 100, label);
  if (v === '' && required) fail(`${label}を入力してください。`);
  return v === '' ? null : v;
}

/** Reads a corrections file's entry, or throws with the reason. */
export function checkCorrection(raw: unknown, where: string): Correction {
  const c = raw as Correction;
  const bad = (why: string) => fail(`${where}: ${why}`);
  if (typeof c?.id !== 'string' || !c.id) bad('id がありません');
  if (typeof c.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(c.sha256)) bad('sha256 が不正です');
  if (!Number.isInteger(c.matter_seq) || c.matter_seq < 1) bad('matter_seq が不正です');
  if (typeof c.at !== 'string') bad('at がありません');
  const t = c.target as CorrectionTarget | undefined;
  switch (t?.kind) {
    case 'field':
      if (!isCorrectableField(t.field)) bad(`修正できない欄です: ${String(t.field)}`);
      break;
    case 'item':
      if (typeof t.item !== 'string' || !t.item) bad('item がありません');
      break;
    case 'medium':
      if (typeof t.medium !== 'string' || !t.medium || (t.set !== 'add' && t.set !== 'remove')) bad('medium が不正です');
      break;
    case 'safeguard':
      if (!Number.isInteger(t.sentence) || (t.categories === undefined && t.actor === undefined)) bad('safeguard が不正です');
      break;
    default:
      bad('target が不正です');
  }
  return c;
}

/** A value as people read it in the list of corrections. */
export function shownValue(v: FieldValue | boolean | undefined): string {
  if (v === null || v === undefined || v === '') return '（なし）';
  if (Array.isArray(v)) return v.length ? v.join('、') : '（なし）';
  if (typeof v === 'boolean') return v ? 'はい' : 'いいえ';
  return String(v);
}

/** A correction's target and new value in words, for lists. */
export function describeTarget(t: CorrectionTarget): { what: string; after: string } {
  switch (t.kind) {
    case 'field':
      return { what: CORRECTABLE_FIELDS[t.field].label, after: shownValue(t.value) };
    case 'item': {
      const name = `個人情報の項目「${t.subject ? `${t.subject}の` : ''}${t.item}」`;
      if (t.set === 'add') return { what: name, after: `追加${t.sensitive ? '（要配慮）' : ''}` };
      if (t.set === 'remove') return { what: name, after: '削除' };
      const parts = [];
      if (t.set.subject !== undefined) parts.push(`対象者: ${shownValue(t.set.subject)}`);
      if (t.set.sensitive !== undefined) parts.push(t.set.sensitive ? '要配慮' : '要配慮でない');
      return { what: name, after: parts.join('・') };
    }
    case 'medium':
      return { what: `記録媒体「${t.medium}」`, after: t.set === 'add' ? '追加' : '削除' };
    case 'safeguard':
      return t.categories
        ? { what: `対策文 ${t.sentence} の分類`, after: t.categories.map((c) => CATEGORY_BY_CODE.get(c)?.label ?? c).join('、') || '（分類なし）' }
        : { what: `対策文 ${t.sentence} の主体`, after: t.actor ? ACTOR_LABELS[t.actor] : '' };
  }
}

/** What the matter shows now, for a correction's "before" and to check what a form names. */
export interface CurrentMatter {
  fields: Record<CorrectableField, FieldValue>;
  items: { item: string; subject: string | null; sensitive: boolean }[];
  media: { medium: string }[];
  sentences: { seq: number; categories: string[]; actor: string }[];
}

export type FormValues = { get(name: string): string | undefined; all(name: string): string[] };

/**
 * A matter page's correction form as corrections (a safeguard form may correct categories and actor
 * at once), each with the value it replaces. Throws CorrectionError with a Japanese reason.
 */
export function correctionsFromForm(form: FormValues, current: CurrentMatter): { target: CorrectionTarget; before: FieldValue | boolean }[] {
  const kind = form.get('kind');
  const op = form.get('op');
  switch (kind) {
    case 'field': {
      const field = form.get('field') ?? '';
      if (!isCorrectableField(field)) fail('修正する欄を選んでください。');
      const f = field as CorrectableField;
      const value = parseFieldValue(f, form.get('value') ?? '');
      const before = current.fields[f] ?? null;
      if (JSON.stringify(value) === JSON.stringify(before)) fail('今の値と同じです。');
      return [{ target: { kind: 'field', field: f, value }, before }];
    }
    case 'item': {
      if (op === 'add') {
        const item = parseItemText(form.get('item') ?? '', '項目名', true)!;
        const subject = parseItemText(form.get('subject') ?? '', '対象者', false);
        if (current.items.some((i) => i.item === item && i.subject === subject)) fail('その項目はすでにあります。');
        return [{ target: { kind: 'item', item, subject, set: 'add', sensitive: form.get('sensitive') === 'on' || form.get('sensitive') === 'true' }, before: null }];
      }
      const index = Number(form.get('index'));
      const found = Number.isInteger(index) ? current.items[index] : undefined;
      if (!found) fail('修正する項目を選んでください。');
      const { item, subject, sensitive } = found!;
      if (op === 'remove') return [{ target: { kind: 'item', item, subject, set: 'remove' }, before: `${subject ? `${subject}の` : ''}${item}` }];
      if (op === 'sensitive') return [{ target: { kind: 'item', item, subject, set: { sensitive: !sensitive } }, before: sensitive }];
      if (op === 'subject') {
        const to = parseItemText(form.get('new_subject') ?? '', '対象者', false);
        if (to === subject) fail('今の対象者と同じです。');
        return [{ target: { kind: 'item', item, subject, set: { subject: to } }, before: subject }];
      }
      return fail('項目の修正の種類が不正です。');
    }
    case 'medium': {
      if (op === 'add') {
        const medium = parseItemText(form.get('medium') ?? '', '記録媒体', true)!;
        if (current.media.some((m) => m.medium === medium)) fail('その記録媒体はすでにあります。');
        const category = form.get('category') ? parseMediumCategory(form.get('category')!) : undefined;
        return [{ target: { kind: 'medium', medium, set: 'add', ...(category ? { category } : {}) }, before: null }];
      }
      if (op === 'remove') {
        const found = current.media[Number(form.get('index'))];
        if (!found) fail('削除する記録媒体を選んでください。');
        return [{ target: { kind: 'medium', medium: found!.medium, set: 'remove' }, before: found!.medium }];
      }
      return fail('記録媒体の修正の種類が不正です。');
    }
    case 'safeguard': {
      const seq = Number(form.get('sentence'));
      const found = current.sentences.find((s) => s.seq === seq);
      if (!found) fail('修正する対策文を選んでください。');
      const out: { target: CorrectionTarget; before: FieldValue | boolean }[] = [];
      const categories = parseCategories(form.all('category'));
      const was = [...found!.categories].sort();
      if (JSON.stringify(categories) !== JSON.stringify(was)) out.push({ target: { kind: 'safeguard', sentence: seq, categories }, before: was.map((c) => CATEGORY_BY_CODE.get(c)?.label ?? c) });
      const actor = form.get('actor');
      if (actor && actor !== found!.actor) out.push({ target: { kind: 'safeguard', sentence: seq, actor: parseActor(actor) }, before: ACTOR_LABELS[found!.actor as Actor] ?? found!.actor });
      if (out.length === 0) fail('分類も主体も今のままです。');
      return out;
    }
    default:
      return fail('修正の種類が不正です。');
  }
}
