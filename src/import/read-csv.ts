// Reads another app's CSV export with csv-parse: UTF-8 (a BOM is allowed), columns found by header name, each row with its line.

import { parse, type Info } from 'csv-parse/sync';
import type { ImportProblem, Read } from './import-problem.js';

export interface CsvRow {
  /** The line the row starts on, 1-based. */
  line: number;
  /** The cell under `column` (matched without regard to case or surrounding spaces), trimmed; '' when absent. */
  get(column: string): string;
  /** The cells as written, by position. */
  cells: string[];
}

export interface CsvTable {
  file: string;
  /** The header's names as written. */
  header: string[];
  has(column: string): boolean;
  rows: CsvRow[];
}

const normal = (name: string) => name.trim().toLowerCase();

export function readCsv(file: string, bytes: Uint8Array): Read<CsvTable> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(file, null, 'is not UTF-8 text: export it again from the app, or save it as UTF-8 CSV');
  }
  let records: { record: string[]; info: Info }[];
  try {
    // With `info`, each record comes with where it ends; csv-parse's types do not say so.
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const { code, lines, message } = error as { code?: string; lines?: number; message?: string };
    const reason = code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted value is never closed' : code === 'INVALID_OPENING_QUOTE' ? 'a quote stands in the middle of a value' : String(message);
    return fail(file, typeof lines === 'number' ? lines : null, `cannot be read as CSV: ${reason}`);
  }
  const [first, ...rest] = records;
  if (!first) return fail(file, 1, 'is empty: expected a header line, then one line per entry');

  const buffer = Buffer.from(text, 'utf8');
  const lineAt = lineCounter(buffer);
  const header = first.record;
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(normal(name))) index.set(normal(name), i);
  });
  let start = first.info.bytes;
  const rows = rest.map(({ record, info }): CsvRow => {
    const line = lineAt(start);
    start = info.bytes;
    return { line, cells: record, get: (column) => record[index.get(normal(column)) ?? -1]?.trim() ?? '' };
  });
  return { ok: true, value: { file, header, has: (column) => index.has(normal(column)), rows } };
}

/**
 * The line of the first non-blank line at or after each byte offset, for offsets that only grow.
 * csv-parse reports where a record ends in bytes; blank lines it skipped lie between records.
 */
function lineCounter(buffer: Buffer): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) if (buffer[at] === 0x0a) line++;
    while (at < buffer.length && (buffer[at] === 0x0a || buffer[at] === 0x0d)) {
      if (buffer[at] === 0x0a) line++;
      at++;
    }
    return line;
  };
}

function fail(file: string, line: number | null, message: string): { ok: false; problems: ImportProblem[] } {
  return { ok: false, problems: [{ file, line, message }] };
}
