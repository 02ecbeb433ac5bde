// Loop Habit Tracker's export, as a zip or a folder, with the newer words and the older integer codes; numeric habits store the amount times 1000.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLoop } from '../../src/import/loop.js';
import { FIXTURES } from '../plan-fixture.js';
import { zipFolder } from './loop-zip.js';

const WORDS = join(FIXTURES, 'imports/loop/words');
const INTEGERS = join(FIXTURES, 'imports/loop/integers');
const habit = (name: string, text: string, amount: number) => ({ keys: [name], group: name, text, amount });

/** What the words fixture holds: YES_AUTO, UNKNOWN and SKIP record nothing, and 2025-02-24 (nothing done) is no day. */
const WORDS_DAYS = [
  { date: '2025-02-25', moods: [], items: [habit('GA meeting', 'yes', 1), habit('Walk', '2.25 km', 2.25)], notes: [] },
  { date: '2025-02-26', moods: [], items: [habit('Walk', '0 km', 0), habit('Called Mei', 'no', 0), habit('Journal', 'yes', 1)], notes: [] },
  { date: '2025-02-27', moods: [], items: [habit('Walk', '4.5 km', 4.5), habit('Called Mei', 'yes', 1), habit('Journal', 'no', 0)], notes: [] },
];

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-loop-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('readLoop', () => {
  it('reads the unpacked folder: YES_MANUAL is 1, NO is 0, a numeric habit is its value ÷ 1000, oldest day first', () => {
    expect(readLoop(WORDS)).toEqual({ ok: true, value: WORDS_DAYS });
  });

  it('reads the zip Loop writes, and a zip made again from the unpacked folder, the same', async () => {
    const perHabit = { '001 GA meeting/Checkmarks.csv': 'Date,Value,Notes\n2025-02-25,YES_MANUAL,\n' };
    expect(readLoop(await zipFolder(WORDS, '', perHabit))).toEqual({ ok: true, value: WORDS_DAYS });
    expect(readLoop(await zipFolder(WORDS, 'Loop Habits CSV 2025-02-27/'))).toEqual({ ok: true, value: WORDS_DAYS });
  });

  it('reads the older integer codes (2 done, 1 done by frequency, 0 not done, 3 skipped, -1 unknown) and the older Habits.csv header', () => {
    expect(readLoop(INTEGERS)).toEqual({
      ok: true,
      value: [
        { date: '2019-06-10', moods: [], items: [habit('GA meeting', 'yes', 1)], notes: [] },
        { date: '2019-06-12', moods: [], items: [habit('Called Mei', 'yes', 1)], notes: [] },
      ],
    });
  });

  it('accepts one of the two CSV files, reading its folder', () => {
    expect(readLoop(join(WORDS, 'Checkmarks.csv'))).toEqual({ ok: true, value: WORDS_DAYS });
  });

  it('says what is missing or wrong, naming the file and the line', async () => {
    const expected = 'expected a Loop Habit Tracker export: the .zip file its "Export as CSV" writes, or the folder unpacked from it, holding Habits.csv and Checkmarks.csv';
    const onlyHabits = folder({ 'Habits.csv': 'Position,Name\n001,Walk\n' });
    expect(readLoop(onlyHabits)).toEqual({ ok: false, problems: [{ file: onlyHabits, line: null, message: `has no Checkmarks.csv; ${expected}` }] });
    const notZip = join(folder({ 'export.zip': 'just text' }), 'export.zip');
    expect(readLoop(notZip)).toEqual({ ok: false, problems: [{ file: notZip, line: null, message: `is not a zip file; ${expected}` }] });
    const zipWithout = await zipFolder(folder({ 'Scores.csv': 'Date,Walk\n' }));
    expect(readLoop(zipWithout)).toEqual({ ok: false, problems: [{ file: zipWithout, line: null, message: `holds no Habits.csv; ${expected}` }] });

    const daylio = folder({ 'Habits.csv': 'Position,Name,Type\n001,Walk,NUMERICAL\n002,Called Mei,YES_NO\n', 'Checkmarks.csv': 'full_date,mood\n2025-02-27,good\n' });
    expect(readLoop(daylio)).toEqual({ ok: false, problems: [{ file: join(daylio, 'Checkmarks.csv'), line: 1, message: 'this does not look like the Checkmarks.csv of a Loop Habit Tracker export: expected the columns Date; missing Date (found: full_date, mood)' }] });
    const bad = folder({ 'Habits.csv': 'Position,Name,Type\n001,Walk,NUMERICAL\n002,Called Mei,YES_NO\n', 'Checkmarks.csv': 'Date,Walk,Called Mei,\n2025-02-27,4500,YES_MANUAL,\n2025-02-26,lots,MAYBE,\n26/02/2025,0,NO,\n' });
    expect(readLoop(bad)).toEqual({
      ok: false,
      problems: [
        { file: join(bad, 'Checkmarks.csv'), line: 3, message: "'lots' is not a value of the numeric habit 'Walk': expected a whole number (the amount times 1000), UNKNOWN or SKIP" },
        { file: join(bad, 'Checkmarks.csv'), line: 3, message: "'MAYBE' is not a checkmark of the habit 'Called Mei': expected YES_MANUAL, YES_AUTO, NO, SKIP or UNKNOWN (or 2, 1, 0, 3, -1)" },
        { file: join(bad, 'Checkmarks.csv'), line: 4, message: "'26/02/2025' is not a date: expected Date written YYYY-MM-DD, such as 2024-03-14" },
      ],
    });
  });
});
