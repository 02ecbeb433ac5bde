// Reads a Bearable CSV export (one row per logged item) into one record per day: mood, sleep, notes, and every other item.

import { isoDateOf, ordinalDate } from './app-dates.js';
import type { DayRecord, LoggedItem } from './day-record.js';
import { expectColumns } from './expect-columns.js';
import type { ImportProblem, Read } from './import-problem.js';
import { readCsv, type CsvRow } from './read-csv.js';

interface Row {
  date: string;
  order: number;
  mood: string | null;
  sleep: number | null;
  items: LoggedItem[];
  note: string;
}

/** Bearable logs by part of the day; a day's items and notes are put in this order. */
const TIME_OF_DAY: Record<string, number> = { 'all day': 0, am: 1, morning: 1, mid: 2, midday: 2, afternoon: 2, pm: 3, evening: 3, night: 4 };

export function readBearable(file: string, bytes: Uint8Array): Read<DayRecord[]> {
  const read = readCsv(file, bytes);
  if (!read.ok) return read;
  const table = read.value;
  const wrong = expectColumns(table, 'a Bearable export', [['date formatted', 'date'], 'category', 'rating/amount', 'detail']);
  if (wrong) return { ok: false, problems: [wrong] };

  const problems: ImportProblem[] = [];
  const rows: Row[] = [];
  for (const row of table.rows) {
    const date = dateOf(row);
    if (date === null) {
      problems.push({ file, line: row.line, message: `'${row.get('date formatted') || row.get('date')}' is not a date: expected 'date formatted' written YYYY-MM-DD, or 'date' such as '22nd Sep 2020'` });
      continue;
    }
    rows.push(readRow(row, date));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: days(rows) };
}

function dateOf(row: CsvRow): string | null {
  const formatted = row.get('date formatted');
  return formatted !== '' ? isoDateOf(formatted) : ordinalDate(row.get('date'));
}

function readRow(row: CsvRow, date: string): Row {
  const category = row.get('category');
  const rating = row.get('rating/amount');
  const detail = row.get('detail');
  const order = TIME_OF_DAY[row.get('time of day').toLowerCase()] ?? 5;
  const kind = category.toLowerCase();
  const sleep = kind === 'sleep' ? hours(rating) : null;
  // A mood's rating and a night's hours have fields of their own; the detail beside them is an item like any other.
  const items = kind === 'mood' || sleep !== null ? detailItems(detail, category, null, '') : detailItems(detail, category, numberOf(rating), rating);
  return { date, order, mood: kind === 'mood' && rating !== '' ? rating : null, sleep, items, note: row.get('notes').replace(/\r\n?/g, '\n') };
}

/** Each ` | `-separated part of `detail` (or the category itself when there is no detail) as an item of the category. */
function detailItems(detail: string, category: string, amount: number | null, rating: string): LoggedItem[] {
  const parts = detail.split('|').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === 0) return rating === '' ? [] : [{ keys: [category], group: category, text: rating, amount }];
  return parts.map((part) => ({ keys: keysOf(part, category), group: category, text: rating === '' ? part : `${part} (${rating})`, amount }));
}

/** "🚶 Walk - A lot" is found in the map as itself, as "Walk - A lot", as "Walk", or by its category. */
function keysOf(part: string, category: string): string[] {
  const plain = part.replace(/^[^\p{L}\p{N}]+/u, '').trim();
  const name = plain.replace(/\s+(?:-\s.*|\(.*\))$/, '').trim();
  return [...new Set([part, plain, name, category].filter((key) => key !== ''))];
}

function numberOf(text: string): number | null {
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** Bearable's sleep, "7:30" or "7.5" hours; null for anything else (it then goes to the journal as written). */
function hours(text: string): number | null {
  const clock = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
  return numberOf(text);
}

function days(rows: Row[]): DayRecord[] {
  const byDate = new Map<string, Row[]>();
  for (const row of rows) byDate.set(row.date, [...(byDate.get(row.date) ?? []), row]);
  return [...byDate.keys()].sort().map((date) => {
    const day = byDate.get(date)!.sort((a, b) => a.order - b.order);
    const sleeps = day.flatMap((row) => (row.sleep === null ? [] : [row.sleep]));
    const total = Math.round(sleeps.reduce((sum, value) => sum + value, 0) * 100) / 100;
    const record: DayRecord = {
      date,
      moods: day.flatMap((row) => (row.mood === null ? [] : [row.mood])),
      items: day.flatMap((row) => row.items),
      notes: day.flatMap((row) => (row.note.trim() === '' ? [] : [row.note.trim()])),
    };
    if (sleeps.length > 0) {
      // More than a day's hours is not a night's sleep: it is kept in the journal as Bearable wrote it.
      if (total <= 24) record.sleep = total;
      else record.items.push({ keys: ['Sleep'], group: 'Sleep', text: `${total} hours`, amount: null });
    }
    return record;
  });
}

/**
 * Bearable rates mood with numbers: 1 to 5 are taken as they are; a file whose ratings go above 5
 * uses a 1–10 scale, and each rating is halved and rounded up (7 → 4).
 */
export function bearableMoods(records: readonly DayRecord[]): Record<string, number> {
  const tenPoint = records.some((day) => day.moods.some((mood) => Number(mood) > 5));
  const moods: Record<string, number> = {};
  for (let rating = 1; rating <= (tenPoint ? 10 : 5); rating++) moods[String(rating)] = tenPoint ? Math.ceil(rating / 2) : rating;
  return moods;
}
