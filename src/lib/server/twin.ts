// Data twins: every view's data as JSON, CSV (UTF-8 with BOM) or Arrow IPC stream, from the same
// rows the page shows.

import { json } from '@sveltejs/kit';
import { Bool, Field, Float64, Int32, List, Table, tableToIPC, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import type { TwinFormat } from '../view-types';
import { csvResponse, toCsv } from './csv';

// The list of formats is shared with the route matcher (src/params/format.ts).
export type { TwinFormat };

/** A column's Arrow type from its values: whole numbers, numbers, booleans, string lists, or text. */
function arrowType(values: unknown[]): DataType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return present.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31) ? new Int32() : new Float64();
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return new Bool();
  if (present.length > 0 && present.every(Array.isArray)) return new List(new Field('item', new Utf8(), true));
  return new Utf8();
}

/** Rows as an Arrow IPC stream, one typed column per name. */
export function toArrow<T extends object>(columns: readonly (keyof T & string)[], rows: T[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const c of columns) {
    const values = rows.map((r) => r[c] ?? null);
    const type = arrowType(values);
    const cells = type instanceof Utf8 ? values.map((v) => (v === null ? null : String(v))) : type instanceof List ? values.map((v) => (v as unknown[] | null)?.map(String) ?? null) : values;
    vectors[c] = vectorFromArray(cells as never, type);
  }
  return tableToIPC(new Table(vectors), 'stream');
}

export interface TwinData<T extends object> {
  name: string;
  columns: readonly (keyof T & string)[];
  rows: T[];
  /** The JSON body when it is more than the rows (totals, facets). */
  json?: unknown;
}

export function twinResponse<T extends object>(format: TwinFormat, data: TwinData<T>): Response {
  if (format === 'csv') return csvResponse(toCsv(data.columns, data.rows), `${data.name}.csv`);
  if (format === 'arrow') {
    return new Response(new Uint8Array(toArrow(data.columns, data.rows)), {
      headers: { 'content-type': 'application/vnd.apache.arrow.stream', 'content-disposition': `attachment; filename="${data.name}.arrow"` }
    });
  }
  return json(data.json ?? data.rows);
}
