// Bearable's export, one row per logged item: moods by part of the day, sleep in hours, every other item under its category.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bearableMoods, readBearable } from '../../src/import/bearable.js';
import { FIXTURES } from '../plan-fixture.js';

const fixture = (name: string) => join(FIXTURES, 'imports/bearable', name);
const read = (name: string) => readBearable(fixture(name), readFileSync(fixture(name)));
const csv = (text: string) => readBearable('bearable.csv', Buffer.from(text));

describe('readBearable', () => {
  it("reads 'date formatted': the day's rows by part of the day (all day, am, pm), sleep as hours, each part of a detail as an item", () => {
    expect(read('date-formatted.csv')).toEqual({
      ok: true,
      value: [
        { date: '2025-02-25', moods: [], items: [{ keys: ['GA meeting', 'Meetings'], group: 'Meetings', text: 'GA meeting (1)', amount: 1 }], notes: [] },
        {
          date: '2025-02-26',
          moods: ['4', '2'],
          items: [
            { keys: ['🚶 Walk', 'Walk', 'Factors'], group: 'Factors', text: '🚶 Walk', amount: null },
            { keys: ['📺 Sport on TV', 'Sport on TV', 'Factors'], group: 'Factors', text: '📺 Sport on TV', amount: null },
            { keys: ['😟 Anxious', 'Anxious', 'Mood'], group: 'Mood', text: '😟 Anxious', amount: null },
            { keys: ['Urge to gamble (Moderate)', 'Urge to gamble', 'Symptoms'], group: 'Symptoms', text: 'Urge to gamble (Moderate) (3)', amount: 3 },
          ],
          notes: ['Woke up calm', 'Rang Mei instead'],
          sleep: 7.5,
        },
      ],
    });
  });

  it("reads the older 'date' such as '22nd Sep 2024' when there is no 'date formatted'", () => {
    expect(read('ordinal-date.csv')).toEqual({
      ok: true,
      value: [
        { date: '2024-09-01', moods: ['3'], items: [], notes: [] },
        { date: '2024-09-21', moods: [], items: [], notes: [], sleep: 6.5 },
        { date: '2024-09-22', moods: ['7', '9'], items: [], notes: ['Good day at the footy without a bet'] },
      ],
    });
  });

  it('takes mood ratings 1 to 5 as they are, and halves a 1–10 scale (rounding up) in a file whose ratings go above 5', () => {
    const five = read('date-formatted.csv');
    const ten = read('ordinal-date.csv');
    if (!five.ok || !ten.ok) throw new Error('the fixtures did not read');
    expect(bearableMoods(five.value)).toEqual({ 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 });
    expect(bearableMoods(ten.value)).toEqual({ 1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 6: 3, 7: 4, 8: 4, 9: 5, 10: 5 });
  });

  it("keeps more than a day's hours of sleep as text rather than in the sleep field", () => {
    expect(csv('date formatted,category,rating/amount,detail\n2025-02-26,Sleep,20:00,\n2025-02-26,Sleep,6:00,\n')).toEqual({
      ok: true,
      value: [{ date: '2025-02-26', moods: [], items: [{ keys: ['Sleep'], group: 'Sleep', text: '26 hours', amount: null }], notes: [] }],
    });
  });

  it('says which columns are missing, and which line has a date it cannot read', () => {
    expect(csv('full_date,date,weekday,time,mood,activities,note\n')).toEqual({
      ok: false,
      problems: [{ file: 'bearable.csv', line: 1, message: 'this does not look like a Bearable export: expected the columns date formatted or date, category, rating/amount, detail; missing category, rating/amount, detail (found: full_date, date, weekday, time, mood, activities, note)' }],
    });
    expect(csv('date,category,rating/amount,detail\n22nd Sep 2024,Mood,4,\n31st Sep 2024,Mood,4,\n')).toEqual({
      ok: false,
      problems: [{ file: 'bearable.csv', line: 3, message: "'31st Sep 2024' is not a date: expected 'date formatted' written YYYY-MM-DD, or 'date' such as '22nd Sep 2020'" }],
    });
  });
});
