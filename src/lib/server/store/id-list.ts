// Bound parameters for a list of matter ids, written as a constant IN list: DuckDB then skips the
// row groups of tables sorted by id, or looks each id up in a table's index.

/** `$<prefix>0, $<prefix>1 …` and their values; `NULL` (matching nothing) for no ids. */
export function idList(prefix: string, ids: string[]): { sql: string; params: Record<string, string> } {
  const params = Object.fromEntries(ids.map((id, i) => [`${prefix}${i}`, id]));
  return { sql: ids.length ? ids.map((_, i) => `$${prefix}${i}`).join(', ') : 'NULL', params };
}
