// Says whether a CSV export has the columns an app writes, and if not, which were expected and which were found.

import type { ImportProblem } from './import-problem.js';
import type { CsvTable } from './read-csv.js';

/** Each entry is a column, or several of which any one will do (`['full_date', 'year']`). */
export type Columns = (string | readonly string[])[];

export function expectColumns(table: CsvTable, what: string, columns: Columns): ImportProblem | null {
  const missing = columns.filter((column) => ![column].flat().some((name) => table.has(name)));
  if (missing.length === 0) return null;
  const names = (list: Columns) => list.map((column) => [column].flat().join(' or ')).join(', ');
  const found = table.header.filter((name) => name.trim() !== '').join(', ') || 'nothing';
  return { file: table.file, line: 1, message: `this does not look like ${what}: expected the columns ${names(columns)}; missing ${names(missing)} (found: ${found})` };
}
