// Counts per value of several dimensions over the same rows: the dashboard's facets, search's
// facets and the gap rates all need them. One GROUP BY per dimension joined by UNION ALL, not
// GROUPING SETS: DuckDB answers the separate groupings two to three times faster over the same
// rows, one thread or two (100,000 matters, six dimensions: 11–30 ms against 32–87 ms).

/** A dimension's name (from code, never input) and its SQL expression over the rows. */
export type Dimensions = Record<string, string>;

const NAME = /^[a-z_]+$/;

/**
 * One statement with rows (dimension, value, …measures): `value` is the dimension's expression as
 * text, NULL where it has none. `from` is a FROM clause body (a table or CTE with its alias and any
 * WHERE); `measures` are aggregate expressions with their aliases.
 */
export function countsBy(dimensions: Dimensions, from: string, measures = 'count(*)::INTEGER AS n'): string {
  const names = Object.keys(dimensions);
  if (names.length === 0) throw new Error('countsBy: no dimension');
  for (const name of names) if (!NAME.test(name)) throw new Error(`countsBy: bad dimension name ${name}`);
  return names.map((name) => `SELECT '${name}' AS dimension, CAST(${dimensions[name]} AS VARCHAR) AS value, ${measures} FROM ${from} GROUP BY 2`).join('\nUNION ALL ');
}
