// How the plan speaks of its recovery, decided once from `recovery`: the day counter's name and what a day of use is called.

import type { PlanFields } from '../schema/plan.js';
import { isSingular } from '../words/count.js';

export interface RecoveryWords {
  /** False for a plan with no behaviour to count days free of: no counter, no money saved, no days of use. */
  tracksUse: boolean;
  /** The counter's name after the number, agreeing with it: "days free of gambling", "1 day sober". */
  counter: (days: number) => string;
  /** What the plan is recovery from, as the person wrote it; "use" without `from` (the check-in field is `used`). */
  what: string;
  /** A day of use, in the plan's words: "day of gambling", else "day of use". */
  useDay: string;
  /** The same, plural: "days of gambling", "days of use". */
  useDays: string;
}

export function recoveryWords(fields: Pick<PlanFields, 'recovery'>): RecoveryWords {
  const { from, counter, tracks_use: tracksUse } = fields.recovery;
  const plural = counter ?? (from ? `days free of ${from}` : 'days free');
  const what = from ?? 'use';
  return {
    tracksUse,
    counter: (days) => (isSingular(days) ? singularCounter(plural) : plural),
    what,
    useDay: `day of ${what}`,
    useDays: `days of ${what}`,
  };
}

/** "days sober" → "day sober", "days gamble-free" → "day gamble-free"; a name not starting with "days" stays as written. */
function singularCounter(plural: string): string {
  return plural.replace(/^days\b/i, (word) => (word[0] === 'D' ? 'Day' : 'day'));
}
