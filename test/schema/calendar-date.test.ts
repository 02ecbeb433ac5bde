// isCalendarDate: a YYYY-MM-DD string is a date exactly when Temporal's ISO calendar has that day.

import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/schema/common.js';

function temporalSays(value: string): boolean {
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

describe('isCalendarDate', () => {
  it('knows leap years, month lengths and the form YYYY-MM-DD', () => {
    expect(['2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '0001-01-01'].map(isCalendarDate)).toEqual([true, true, true, true, true]);
    expect(['1900-02-29', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '2026-01-01 ', '26-01-01'].map(isCalendarDate)).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it('agrees with Temporal for any four, two and two digits', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const value = fc.tuple(digits(4), fc.oneof(digits(2), fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'))), fc.oneof(digits(2), fc.integer({ min: 28, max: 31 }).map(String)));
    fc.assert(
      fc.property(value, ([year, month, day]) => {
        expect(isCalendarDate(`${year}-${month}-${day}`)).toBe(temporalSays(`${year}-${month}-${day}`));
      }),
      { numRuns: 5000 },
    );
  });
});
