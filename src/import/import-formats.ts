// The apps Waymark imports from: how to read each one's export, and the moods it names by default.

import { readFileSync, statSync } from 'node:fs';
import { bearableMoods, readBearable } from './bearable.js';
import { DAYLIO_MOODS, readDaylio } from './daylio.js';
import type { DayRecord } from './day-record.js';
import type { Read } from './import-problem.js';
import { readLoop } from './loop.js';

export interface ImportFormat {
  app: string;
  read(path: string): Read<DayRecord[]>;
  /** The mood map before the --map file's own entries. */
  moods(days: readonly DayRecord[]): Record<string, number>;
}

export const IMPORT_FORMATS = {
  daylio: { app: 'Daylio', read: (path) => fromCsvFile(path, 'the CSV file Daylio exports', readDaylio), moods: () => ({ ...DAYLIO_MOODS }) },
  loop: { app: 'Loop Habit Tracker', read: readLoop, moods: () => ({}) },
  bearable: { app: 'Bearable', read: (path) => fromCsvFile(path, 'the CSV file Bearable exports', readBearable), moods: bearableMoods },
} satisfies Record<string, ImportFormat>;

export type FormatName = keyof typeof IMPORT_FORMATS;

function fromCsvFile(path: string, expected: string, read: (file: string, bytes: Uint8Array) => Read<DayRecord[]>): Read<DayRecord[]> {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return { ok: false, problems: [{ file: path, line: null, message: `does not exist; expected ${expected}` }] };
  if (!stat.isFile()) return { ok: false, problems: [{ file: path, line: null, message: `is a folder; expected ${expected}` }] };
  return read(path, readFileSync(path));
}
