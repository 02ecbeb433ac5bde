// formatDate: every style of a date as the pages write it.

import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/site/format-figures.js';

describe('formatDate', () => {
  it('writes each style', () => {
    expect(['long', 'medium', 'short', 'month', 'day'].map((style) => formatDate('2026-11-24', style as Parameters<typeof formatDate>[1]))).toEqual([
      'Tuesday 24 November 2026',
      '24 November 2026',
      '24 Nov',
      'November 2026',
      'Tue 24',
    ]);
  });

  it('writes days of the month without a leading zero, and knows the weekday across years', () => {
    expect(formatDate('2028-02-29', 'long')).toBe('Tuesday 29 February 2028');
    expect(formatDate('2017-01-01', 'day')).toBe('Sun 1');
  });
});
