// The check-ins as CSV (RFC 4180: CRLF, quotes where needed), UTF-8 with a BOM so that spreadsheets read accents right.

import { stringify } from 'csv-stringify/sync';
import type { CheckinTable } from './checkin-table.js';
import { defuseCell } from './spreadsheet-cell.js';

export function checkinsCsv(table: CheckinTable): string {
  // csv-stringify quotes a cell holding the record delimiter (CRLF); a lone LF or CR in a journal must be quoted too.
  return stringify([table.columns, ...table.rows.map((row) => row.map(defuseCell))], { bom: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}
