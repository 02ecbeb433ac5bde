// Money as money: amounts in the plan's currency, "£1,500", "£12.50", whether a figure is money or a count.

import { formatNumber } from './count.js';

/** Symbols a person may write as a goal's unit, and the currency each usually means. */
const SYMBOLS: Record<string, string> = { '£': 'GBP', '€': 'EUR', '$': 'USD', '¥': 'JPY', '₹': 'INR' };

const formats = new Map<string, Intl.NumberFormat>();

/** "£1,500", "£12.50", "€3": whole amounts without pence, others with two decimals. */
export function formatMoney(amount: number, currency: string): string {
  const whole = Number.isInteger(amount) || Math.abs(amount) >= 100;
  const key = `${currency} ${whole}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
    } catch {
      return `${formatNumber(amount, 2)} ${currency}`;
    }
    formats.set(key, format);
  }
  return format.format(amount);
}

/**
 * The currency a goal's unit stands for, or null when the unit is not money: the plan's own
 * currency code or its symbol ("GBP", "£" in a GBP plan), another symbol, or the word "money".
 */
export function moneyUnit(unit: string | undefined, planCurrency: string): string | null {
  if (unit === undefined) return null;
  const written = unit.trim();
  if (written.toUpperCase() === planCurrency || written.toLowerCase() === 'money') return planCurrency;
  if (symbolOf(planCurrency) === written) return planCurrency;
  return SYMBOLS[written] ?? null;
}

const symbols = new Map<string, string | null>();

function symbolOf(currency: string): string | null {
  let symbol = symbols.get(currency);
  if (symbol === undefined) {
    try {
      symbol = new Intl.NumberFormat('en-GB', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? null;
    } catch {
      symbol = null;
    }
    symbols.set(currency, symbol);
  }
  return symbol;
}
