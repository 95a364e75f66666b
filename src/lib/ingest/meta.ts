// The --meta CSV: path,municipality,council_session,council_date,url. Its values win over
// what is inferred from the text.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { findDates, toIso } from '../domain/dates';
import type { DocumentMeta } from '../domain/types';

export const META_COLUMNS = ['path', 'municipality', 'council_session', 'council_date', 'url'] as const;

export class MetaTable {
  private readonly byPath = new Map<string, DocumentMeta>();
  private readonly byName = new Map<string, DocumentMeta>();

  constructor(
    rows: Record<string, string>[],
    private readonly baseDir: string
  ) {
    for (const r of rows) {
      const meta: DocumentMeta = {};
      if (r.municipality?.trim()) meta.municipality = r.municipality.trim();
      if (r.council_session?.trim()) meta.council_session = r.council_session.trim();
      if (r.council_date?.trim()) meta.council_date = parseDate(r.council_date.trim(), r.path);
      if (r.url?.trim()) meta.url = r.url.trim();
      this.byPath.set(path.resolve(baseDir, r.path.trim()), meta);
      this.byName.set(path.basename(r.path.trim()), meta);
    }
  }

  /** Meta for a file: by its resolved path, else by its file name. */
  get(file: string): DocumentMeta {
    return this.byPath.get(path.resolve(file)) ?? this.byName.get(path.basename(file)) ?? {};
  }
}

function parseDate(s: string, file: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const d = findDates(s)[0];
  if (!d || !d.date.day) throw new Error(`council_date "${s}" for ${file} is not a date`);
  return toIso(d.date);
}

/** Reads and checks the CSV; throws with the file name and the reason when it is unusable. */
export function loadMeta(file: string): MetaTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read meta CSV (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  } catch (e) {
    throw new Error(`${file}: not a valid CSV (${(e as Error).message})`);
  }
  const header = rows.length ? Object.keys(rows[0]) : [];
  if (rows.length && !header.includes('path')) throw new Error(`${file}: the meta CSV needs a "path" column (columns: ${META_COLUMNS.join(',')})`);
  const unknown = header.filter((h) => !(META_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) throw new Error(`${file}: unknown meta column(s) ${unknown.join(', ')} (expected ${META_COLUMNS.join(',')})`);
  try {
    return new MetaTable(rows, path.dirname(path.resolve(file)));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}
