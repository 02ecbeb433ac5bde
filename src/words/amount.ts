// An amount of a goal's measure in words: money in the plan's currency ("£100"), or a number and its unit ("1 meeting", "3.5 km").

import { formatNumber, unitFor } from './count.js';
import { formatMoney, moneyUnit } from './money.js';

export interface MeasureUnit {
  metric: string;
  unit?: string | undefined;
}

/** The unit a measure is counted in: its `unit`, else its metric's name ("walk_km" → "walk km"). */
export function unitOf(measure: MeasureUnit): string {
  return measure.unit ?? measure.metric.replaceAll('_', ' ');
}

/** "£100", "1 meeting", "3.5 km". */
export function formatAmount(n: number, measure: MeasureUnit, currency: string): string {
  const money = moneyUnit(measure.unit, currency);
  return money ? formatMoney(n, money) : `${formatNumber(n, 2)} ${unitFor(n, unitOf(measure))}`;
}

/** "£100 of £1,500", "1 of 2 meetings", "0 of at most 1 drink": the unit agrees with the target it follows. */
export function formatAmountOf(n: number, target: number, measure: MeasureUnit, currency: string, atMost = false): string {
  const money = moneyUnit(measure.unit, currency);
  const first = money ? formatMoney(n, money) : formatNumber(n, 2);
  return `${first} of ${atMost ? 'at most ' : ''}${formatAmount(target, measure, currency)}`;
}
