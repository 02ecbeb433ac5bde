// Counts in words that agree with their number, by the language's plural rules: "1 meeting", "3 meetings", "0 days".

import pluralize from 'pluralize';

const rules = new Intl.PluralRules('en-GB');
const numbers = new Map<number, Intl.NumberFormat>();

/** Up to `decimals` decimals, without trailing zeros: 3, 3.5, 1,250. */
export function formatNumber(n: number, decimals = 1): string {
  let format = numbers.get(decimals);
  if (!format) numbers.set(decimals, (format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals })));
  return format.format(n);
}

/** True where `n` takes the singular: 1, but not 0, 1.5 or 21. */
export function isSingular(n: number): boolean {
  return rules.select(n) === 'one';
}

/** "1 day", "12 days"; `plural` defaults to the singular with an s. */
export function formatCount(n: number, singular: string, plural = `${singular}s`, decimals = 1): string {
  return `${formatNumber(n, decimals)} ${isSingular(n) ? singular : plural}`;
}

/**
 * A unit written in the plural, as a person names a metric ("meetings", "cups of coffee", "km"),
 * in the form that agrees with `n`: "1 meeting", "1 cup of coffee", "1 km".
 */
export function unitFor(n: number, unit: string): string {
  if (!isSingular(n)) return unit;
  const of = unit.indexOf(' of ');
  if (of > 0) return `${singularWord(unit.slice(0, of))}${unit.slice(of)}`;
  const words = unit.split(' ');
  words[words.length - 1] = singularWord(words.at(-1)!);
  return words.join(' ');
}

function singularWord(word: string): string {
  // Abbreviations and symbols (km, kg, £) stay as they are.
  if (!/^[a-z]{3,}$/i.test(word)) return word;
  return pluralize.singular(word);
}
