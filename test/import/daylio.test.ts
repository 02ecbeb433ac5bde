// Daylio's CSV export, in its header versions: entries of a day merged in time order, `<br>` as a line break, problems with their line.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDaylio } from '../../src/import/daylio.js';
import { FIXTURES } from '../plan-fixture.js';

const fixture = (name: string) => join(FIXTURES, 'imports/daylio', name);
const read = (name: string) => readDaylio(fixture(name), readFileSync(fixture(name)));
const csv = (text: string) => readDaylio('daylio.csv', Buffer.from(text));
const activity = (name: string) => ({ keys: [name], group: 'activities', text: name, amount: null });

describe('readDaylio', () => {
  it('reads the full_date header (with a BOM and CRLF), oldest day first, each day\'s entries in time order', () => {
    expect(read('full-date.csv')).toEqual({
      ok: true,
      value: [
        { date: '2025-02-24', moods: ['numb'], items: [activity('cinema')], notes: ['A slow day'] },
        { date: '2025-02-25', moods: ['rad'], items: [activity('meeting'), activity('walk')], notes: [] },
        {
          date: '2025-02-26',
          moods: ['meh', 'good'],
          items: [activity('news'), activity('reading'), activity('walk'), activity('friends')],
          notes: ['**Morning**\n\nSaw the betting ads again', 'Walked along the Yarra.  \nFelt lighter.\n\nMei texted, "proud of you".'],
        },
        { date: '2025-03-03', moods: ['bad'], items: [], notes: ['This day already has a check-in in the plan'] },
      ],
    });
  });

  it('reads the older year + date header with 12-hour times', () => {
    expect(read('year-date.csv')).toEqual({
      ok: true,
      value: [
        { date: '2024-05-17', moods: ['awful'], items: [], notes: ['Hard day'] },
        { date: '2024-05-18', moods: ['bad', 'good'], items: [activity('news'), activity('walk'), activity('reading')], notes: ["Payday ads everywhere  \nDidn't bet.", 'Quiet night in'] },
      ],
    });
  });

  it('finds columns by name in any order, with note_title and scales', () => {
    expect(read('with-scales.csv')).toEqual({
      ok: true,
      value: [
        {
          date: '2024-11-02',
          moods: ['meh'],
          items: [activity('walk'), { keys: ['Energy 2'], group: 'scales', text: 'Energy 2', amount: null }, { keys: ['Anxiety 4'], group: 'scales', text: 'Anxiety 4', amount: null }],
          notes: ['**Work**\n\nLong shift'],
        },
      ],
    });
  });

  it('says which columns a file that is not a Daylio export lacks, on line 1', () => {
    expect(csv('Date,GA meeting,Walk,\n2025-02-27,YES_MANUAL,4500,\n')).toEqual({
      ok: false,
      problems: [{ file: 'daylio.csv', line: 1, message: 'this does not look like a Daylio export: expected the columns full_date or year, date, time, mood, activities, note; missing full_date or year, time, mood, activities, note (found: Date, GA meeting, Walk)' }],
    });
    expect(csv('year,time,mood,activities,note\n')).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringContaining('; missing date (found: year, time, mood, activities, note)') }] });
  });

  it('names the line of each date and time it cannot read, counting the lines inside quoted notes', () => {
    const text = ['full_date,date,weekday,time,mood,activities,note', '2025-02-26,Feb 26,Wed,21:40,good,,"two', 'lines"', '2025-02-30,Feb 30,Sun,21:40,good,,', '', '2025-02-25,Feb 25,Tue,25:61,good,,', ''].join('\n');
    expect(csv(text)).toEqual({
      ok: false,
      problems: [
        { file: 'daylio.csv', line: 4, message: "'2025-02-30' is not a date: expected full_date written YYYY-MM-DD, such as 2024-03-14" },
        { file: 'daylio.csv', line: 6, message: "'25:61' is not a time: expected one such as 21:30 or 9:30 pm" },
      ],
    });
    expect(csv('year,date,weekday,time,mood,activities,note\n2024,Smarch 3,Fri,9:00 am,good,,\n')).toEqual({
      ok: false,
      problems: [{ file: 'daylio.csv', line: 2, message: "'Smarch 3 2024' is not a date: expected a day and a month, such as '14 March', and the year, such as 2024" }],
    });
  });

  it('says where CSV itself breaks, and refuses text that is not UTF-8', () => {
    expect(csv('full_date,date,weekday,time,mood,activities,note\n2025-02-26,Feb 26,Wed,21:40,good,,"never closed\n')).toEqual({ ok: false, problems: [{ file: 'daylio.csv', line: 2, message: 'cannot be read as CSV: a quoted value is never closed' }] });
    expect(readDaylio('daylio.csv', Buffer.from([0x66, 0x75, 0xff, 0x0a]))).toEqual({ ok: false, problems: [{ file: 'daylio.csv', line: null, message: 'is not UTF-8 text: export it again from the app, or save it as UTF-8 CSV' }] });
    expect(csv('')).toEqual({ ok: false, problems: [{ file: 'daylio.csv', line: 1, message: 'is empty: expected a header line, then one line per entry' }] });
  });
});
