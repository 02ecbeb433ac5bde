// Value types shared by every plan file: ids, references, dates, durations.

import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DURATION_PATTERN = /^[1-9]\d*[dwm]$/;

/** True for a real calendar date written `YYYY-MM-DD` (the Gregorian calendar, years 0000 to 9999). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export const id = z
  .string()
  .regex(ID_PATTERN)
  .meta({ description: 'an id: lowercase letters, digits and hyphens, starting with a letter or digit' });

/** A reference to an id in another list; whether it exists is a cross-file rule (`unknown-ref`). */
export const ref = z.string().min(1).meta({ description: 'the id of an entry in another list of plan.md' });

export const refs = z.array(ref);

/** Items that match an id are references, anything else is free text. */
export const refsOrText = z.array(z.string().min(1));

/**
 * One of a few words, each with what it means: the JSON Schema carries them as `enum` with
 * `enumDescriptions` beside it, which yaml-language-server shows on hover and in completions.
 */
export function choice<const T extends string>(meanings: Record<T, string>): z.ZodEnum<{ [K in T]: K }> {
  const values = Object.keys(meanings) as [T, ...T[]];
  return z.enum(values).meta({ enumDescriptions: values.map((value) => meanings[value]) }) as unknown as z.ZodEnum<{ [K in T]: K }>;
}

export const text = z.string().min(1);
export const texts = z.array(text);

export const date = z
  .string()
  .refine(isCalendarDate, { message: 'not a real calendar date', params: { rule: 'invalid-date' } })
  .meta({ description: 'a calendar date written YYYY-MM-DD', pattern: DATE_PATTERN.source, format: 'date' });

/** The longest duration, in each unit: ten years, more than any cadence a plan needs. */
const DURATION_LIMIT = { d: 3660, w: 522, m: 120 } as const;

export const duration = z
  .string()
  .regex(DURATION_PATTERN)
  .refine((value) => Number(value.slice(0, -1)) <= DURATION_LIMIT[value.slice(-1) as keyof typeof DURATION_LIMIT], { message: 'is longer than ten years (3660d, 522w or 120m at most)' })
  .meta({ description: 'a duration: a number followed by d (days), w (weeks) or m (calendar months), such as 30d, 2w or 1m' });

/** Zones already asked about: building a formatter to find out is slow, and `history` asks once per version. */
const knownZones = new Map<string, boolean>();

export function isTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = value.length > 0;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(value, known);
  }
  return known;
}

export const timezone = z
  .string()
  .refine(isTimeZone, { message: 'is not a known IANA time zone (such as Europe/London or America/New_York)' })
  .meta({ description: 'an IANA time zone, such as Europe/London or America/New_York' });

export type Duration = { amount: number; unit: 'd' | 'w' | 'm' };

export function parseDuration(value: string): Duration {
  return { amount: Number(value.slice(0, -1)), unit: value.slice(-1) as Duration['unit'] };
}
