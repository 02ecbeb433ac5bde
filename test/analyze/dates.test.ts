// Calendar-date helpers: day numbers agree with Temporal everywhere, durations add calendar months, weeks start on Monday.

import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addDays, addDuration, dateOf, dayNumber, dayOfWeek, daysBetween, isoWeekStart, monthBounds } from '../../src/analyze/dates.js';

const EPOCH = Temporal.PlainDate.from('1970-01-01');
const anyDate = fc.integer({ min: -400_000, max: 2_900_000 }).map((n) => EPOCH.add({ days: n }));

describe('day numbers', () => {
  it('count calendar days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-03-01')).toBe(20513);
    expect(dateOf(20513)).toBe('2026-03-01');
  });

  it('agree with Temporal for any date, both ways', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const n = date.since(EPOCH, { largestUnit: 'days' }).days;
        expect(dayNumber(date.toString())).toBe(n);
        expect(dateOf(n)).toBe(date.toString());
      }),
    );
  });

  it('know the day of the week, as Temporal does, for any date', () => {
    expect(dayOfWeek(dayNumber('1970-01-01'))).toBe(4);
    expect(dayOfWeek(dayNumber('2026-11-30'))).toBe(1);
    expect(dayOfWeek(dayNumber('1969-12-28'))).toBe(7);
    fc.assert(fc.property(anyDate, (date) => {
      expect(dayOfWeek(dayNumber(date.toString()))).toBe(date.dayOfWeek);
    }));
  });

  it('know 29 February', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(dateOf(dayNumber('2028-02-28') + 1)).toBe('2028-02-29');
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
  });
});

describe('daysBetween', () => {
  it('counts calendar days, whatever the clocks do', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
  });
});

describe('addDays and addDuration', () => {
  it('adds days and weeks', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDuration('2026-03-01', '30d')).toBe('2026-03-31');
    expect(addDuration('2026-12-28', '2w')).toBe('2027-01-11');
  });

  it('adds any number of days as Temporal does', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -1000, max: 1000 }), (date, days) => {
        expect(addDays(date.toString(), days)).toBe(date.add({ days }).toString());
      }),
    );
  });

  it('adds calendar months, keeping to the end of a shorter month', () => {
    expect(addDuration('2026-01-15', '1m')).toBe('2026-02-15');
    expect(addDuration('2026-01-31', '1m')).toBe('2026-02-28');
    expect(addDuration('2028-01-31', '1m')).toBe('2028-02-29');
    expect(addDuration('2026-11-30', '3m')).toBe('2027-02-28');
  });
});

describe('isoWeekStart and monthBounds', () => {
  it('starts ISO weeks on Monday, across a year end (2026-W53 is 2026-12-28 … 2027-01-03)', () => {
    expect(dateOf(isoWeekStart(dayNumber('2027-01-03')))).toBe('2026-12-28');
    expect(dateOf(isoWeekStart(dayNumber('2026-12-28')))).toBe('2026-12-28');
    expect(dateOf(isoWeekStart(dayNumber('2026-03-08')))).toBe('2026-03-02');
  });

  it('gives any date its Monday', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const monday = date.subtract({ days: date.dayOfWeek - 1 });
        expect(dateOf(isoWeekStart(dayNumber(date.toString())))).toBe(monday.toString());
      }),
    );
  });

  it('bounds calendar months, February included', () => {
    const bounds = (date: string) => {
      const { start, end } = monthBounds(dayNumber(date));
      return [dateOf(start), dateOf(end)];
    };
    expect(bounds('2028-02-29')).toEqual(['2028-02-01', '2028-02-29']);
    expect(bounds('2026-02-10')).toEqual(['2026-02-01', '2026-02-28']);
    expect(bounds('2026-12-31')).toEqual(['2026-12-01', '2026-12-31']);
    expect(bounds('2027-01-01')).toEqual(['2027-01-01', '2027-01-31']);
  });
});
