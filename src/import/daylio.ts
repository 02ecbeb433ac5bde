// Reads a Daylio CSV export (any of its header versions) into one record per day: several entries a day are merged.

import { dayMonthDate, isoDateOf, minutesOf } from './app-dates.js';
import type { DayRecord } from './day-record.js';
import { expectColumns } from './expect-columns.js';
import type { ImportProblem, Read } from './import-problem.js';
import { readCsv, type CsvRow } from './read-csv.js';

/** Daylio's five default moods, best last; a map file may add the person's own. */
export const DAYLIO_MOODS: Readonly<Record<string, number>> = { awful: 1, bad: 2, meh: 3, good: 4, rad: 5 };

interface Entry {
  date: string;
  minutes: number | null;
  mood: string;
  activities: string[];
  note: string;
  scales: string[];
}

export function readDaylio(file: string, bytes: Uint8Array): Read<DayRecord[]> {
  const read = readCsv(file, bytes);
  if (!read.ok) return read;
  const table = read.value;
  // Newer exports date each entry in full_date; older ones in year and date ("14 March").
  const fullDate = table.has('full_date');
  const wrong = expectColumns(table, 'a Daylio export', [...(fullDate ? ['full_date'] : [['full_date', 'year'], 'date']), 'time', 'mood', 'activities', 'note']);
  if (wrong) return { ok: false, problems: [wrong] };

  const problems: ImportProblem[] = [];
  const entries: Entry[] = [];
  for (const row of table.rows) {
    const entry = readEntry(row, fullDate, (message) => problems.push({ file, line: row.line, message }));
    if (entry) entries.push(entry);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: days(entries.reverse()) };
}

function readEntry(row: CsvRow, fullDate: boolean, problem: (message: string) => void): Entry | null {
  const date = fullDate ? isoDateOf(row.get('full_date')) : dayMonthDate(row.get('date'), row.get('year'));
  if (date === null) {
    problem(fullDate ? `'${row.get('full_date')}' is not a date: expected full_date written YYYY-MM-DD, such as 2024-03-14` : `'${row.get('date')} ${row.get('year')}' is not a date: expected a day and a month, such as '14 March', and the year, such as 2024`);
    return null;
  }
  const time = row.get('time');
  const minutes = time === '' ? null : minutesOf(time);
  if (time !== '' && minutes === null) {
    problem(`'${time}' is not a time: expected one such as 21:30 or 9:30 pm`);
    return null;
  }
  const title = noteText(row.get('note_title'));
  const note = noteText(row.get('note'));
  return {
    date,
    minutes,
    mood: row.get('mood'),
    activities: splitList(row.get('activities')),
    note: [title && `**${title}**`, note].filter((part) => part !== '').join('\n\n'),
    scales: splitList(row.get('scales')),
  };
}

/** The entries of each day merged in time order (the export lists them newest first; `entries` come oldest first). */
function days(entries: Entry[]): DayRecord[] {
  const byDate = new Map<string, Entry[]>();
  for (const entry of entries) byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);
  return [...byDate.keys()].sort().map((date) => {
    const day = byDate.get(date)!;
    if (day.every((entry) => entry.minutes !== null)) day.sort((a, b) => a.minutes! - b.minutes!);
    return {
      date,
      moods: day.flatMap((entry) => (entry.mood === '' ? [] : [entry.mood])),
      items: day.flatMap((entry) => [
        ...entry.activities.map((name) => ({ keys: [name], group: 'activities', text: name, amount: null })),
        ...entry.scales.map((scale) => ({ keys: [scale], group: 'scales', text: scale, amount: null })),
      ]),
      notes: day.flatMap((entry) => (entry.note === '' ? [] : [entry.note])),
    };
  });
}

/** Daylio's ` | `-separated lists. */
function splitList(text: string): string[] {
  return text.split('|').map((part) => part.trim()).filter((part) => part !== '');
}

/** A note's text as Markdown: Daylio's `<br>` becomes a line break, two in a row a new paragraph. */
function noteText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(?:\s*<br\s*\/?>\s*){2,}/gi, '\n\n')
    .replace(/[ \t]*<br\s*\/?>[ \t]*/gi, '  \n')
    .trim();
}
