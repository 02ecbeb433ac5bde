// Today's date in a plan's time zone: the one place that reads the clock.

import { Temporal } from 'temporal-polyfill';

export function todayIn(timeZone: string | undefined): string {
  return (timeZone ? Temporal.Now.plainDateISO(timeZone) : Temporal.Now.plainDateISO()).toString();
}
