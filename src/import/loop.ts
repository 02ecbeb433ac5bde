// Reads a Loop Habit Tracker export (Habits.csv and Checkmarks.csv, with the older integer codes or the newer words) into one record per day.

import { isoDateOf } from './app-dates.js';
import type { DayRecord, LoggedItem } from './day-record.js';
import { expectColumns } from './expect-columns.js';
import type { ImportProblem, Read } from './import-problem.js';
import { readLoopFiles } from './loop-files.js';
import { readCsv } from './read-csv.js';

interface Habit {
  name: string;
  numeric: boolean;
  unit: string;
}

/**
 * A yes/no habit's checkmark: done (1), not done (0), or nothing to record. YES_AUTO is a day
 * Loop fills in itself because the habit's frequency did not ask for it: it is not a day the
 * habit was done, so it records nothing, like UNKNOWN and SKIP. SKIP was 3 and is now -3.
 */
const YES_NO: Record<string, 1 | 0 | null> = { YES_MANUAL: 1, '2': 1, NO: 0, '0': 0, YES_AUTO: null, '1': null, SKIP: null, '3': null, '-3': null, UNKNOWN: null, '-1': null };

export function readLoop(path: string): Read<DayRecord[]> {
  const files = readLoopFiles(path);
  if (!files.ok) return files;
  const habitsTable = readCsv(files.value.habits.file, files.value.habits.bytes);
  if (!habitsTable.ok) return habitsTable;
  const checkmarks = readCsv(files.value.checkmarks.file, files.value.checkmarks.bytes);
  if (!checkmarks.ok) return checkmarks;
  const wrong = expectColumns(habitsTable.value, "the Habits.csv of a Loop Habit Tracker export", ['Position', 'Name']) ?? expectColumns(checkmarks.value, "the Checkmarks.csv of a Loop Habit Tracker export", ['Date']);
  if (wrong) return { ok: false, problems: [wrong] };

  const habits = new Map<string, Habit>();
  for (const row of habitsTable.value.rows) {
    const name = row.get('Name');
    // Type is YES_NO or NUMERICAL in newer exports, 0 or 1 in older ones, and absent in the oldest (yes/no habits only).
    if (name !== '') habits.set(name, { name, numeric: ['NUMERICAL', '1'].includes(row.get('Type').toUpperCase()), unit: row.get('Unit') });
  }

  const header = checkmarks.value.header.map((name) => name.trim());
  const dateColumn = header.findIndex((name) => name.toLowerCase() === 'date');
  // Loop ends every line with a comma, so the last column has no name: it is no habit.
  const columns = header.flatMap((name, index) => (index === dateColumn || name === '' ? [] : [{ index, habit: habits.get(name) ?? { name, numeric: false, unit: '' } }]));
  const problems: ImportProblem[] = [];
  const days: DayRecord[] = [];
  for (const row of checkmarks.value.rows) {
    const problem = (message: string) => problems.push({ file: checkmarks.value.file, line: row.line, message });
    const date = isoDateOf(row.cells[dateColumn]?.trim() ?? '');
    if (date === null) {
      problem(`'${row.cells[dateColumn] ?? ''}' is not a date: expected Date written YYYY-MM-DD, such as 2024-03-14`);
      continue;
    }
    const items: LoggedItem[] = [];
    for (const { index, habit } of columns) {
      const value = row.cells[index]?.trim() ?? '';
      if (value === '') continue;
      const amount = habit.numeric ? numericAmount(value) : YES_NO[value.toUpperCase()];
      if (amount === undefined) {
        problem(habit.numeric ? `'${value}' is not a value of the numeric habit '${habit.name}': expected a whole number (the amount times 1000), UNKNOWN or SKIP` : `'${value}' is not a checkmark of the habit '${habit.name}': expected YES_MANUAL, YES_AUTO, NO, SKIP or UNKNOWN (or 2, 1, 0, 3, -1)`);
        continue;
      }
      if (amount === null) continue;
      const text = habit.numeric ? `${amount}${habit.unit ? ` ${habit.unit}` : ''}` : amount === 1 ? 'yes' : 'no';
      items.push({ keys: [habit.name], group: habit.name, text, amount });
    }
    // A day is brought over when a habit was done on it: older exports write NO (0) for every day nothing was ticked.
    if (items.some((item) => item.amount !== null && item.amount > 0)) days.push({ date, moods: [], items, notes: [] });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
}

/** A numeric habit stores the amount times 1000; UNKNOWN, SKIP and negative codes record nothing. */
function numericAmount(value: string): number | null | undefined {
  const word = value.toUpperCase();
  if (word === 'UNKNOWN' || word === 'SKIP') return null;
  if (!/^-?\d+(\.\d+)?$/.test(value)) return undefined;
  const number = Number(value);
  return number < 0 ? null : Math.round(number) / 1000;
}
