// Counts that agree with their number, by Intl.PluralRules, and money in the plan's currency.

import { describe, expect, it } from 'vitest';
import { formatAmount, formatAmountOf } from '../../src/words/amount.js';
import { formatCount, unitFor } from '../../src/words/count.js';
import { formatMoney, moneyUnit } from '../../src/words/money.js';

describe('counts', () => {
  it('take the singular for 1 only', () => {
    expect([0, 1, 1.5, 2, 21].map((n) => formatCount(n, 'day'))).toEqual(['0 days', '1 day', '1.5 days', '2 days', '21 days']);
  });

  it("put a goal's unit in the form that agrees with the number", () => {
    expect([unitFor(1, 'meetings'), unitFor(2, 'meetings'), unitFor(1, 'cups of coffee'), unitFor(1, 'km'), unitFor(1, 'glasses')]).toEqual(['meeting', 'meetings', 'cup of coffee', 'km', 'glass']);
  });
});

describe('money', () => {
  it("is shown in the plan's currency, without pence for whole amounts", () => {
    expect([formatMoney(1500, 'GBP'), formatMoney(12.5, 'GBP'), formatMoney(60, 'EUR'), formatMoney(300, 'JPY')]).toEqual(['£1,500', '£12.50', '€60', 'JP¥300']);
  });

  it("counts a goal as money when its unit is the plan's currency or a currency symbol", () => {
    expect([moneyUnit('£', 'GBP'), moneyUnit('GBP', 'GBP'), moneyUnit('€', 'GBP'), moneyUnit('money', 'EUR'), moneyUnit('km', 'GBP'), moneyUnit(undefined, 'GBP')]).toEqual(['GBP', 'GBP', 'EUR', 'EUR', null, null]);
  });

  it('reads "£100 of £1,500", and "1 of 2 meetings" for a count', () => {
    expect(formatAmountOf(100, 1500, { metric: 'saved', unit: '£' }, 'GBP')).toBe('£100 of £1,500');
    expect(formatAmountOf(1, 2, { metric: 'meetings' }, 'GBP')).toBe('1 of 2 meetings');
    expect(formatAmountOf(0, 1, { metric: 'drinks' }, 'GBP', true)).toBe('0 of at most 1 drink');
    expect(formatAmount(3.5, { metric: 'walk_km', unit: 'km' }, 'GBP')).toBe('3.5 km');
  });
});
