// The measures section: each questionnaire's totals over time, with bands, and whether a recent PHQ-9 asks for a gentle safety check.

import { daysBetween } from './dates.js';
import { isAfterToday, type Timeline } from './timeline.js';

export type Band = 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';

export interface MeasurePoint {
  date: string;
  total: number;
  /** PHQ-9 and GAD-7 only. */
  band?: Band;
}

export interface MeasuresReport {
  phq9: MeasurePoint[] | null;
  gad7: MeasurePoint[] | null;
  barc10: MeasurePoint[] | null;
}

/** Each band's lowest total, highest band first (format.md's scoring table). */
const PHQ9_BANDS: readonly [number, Band][] = [[20, 'severe'], [15, 'moderately_severe'], [10, 'moderate'], [5, 'mild'], [0, 'minimal']];
const GAD7_BANDS: readonly [number, Band][] = [[15, 'severe'], [10, 'moderate'], [5, 'mild'], [0, 'minimal']];

/** The BARC-10 total associated with sustained remission in the published validation. */
export const BARC10_CUT_OFF = 47;

/** A review's PHQ-9 counts for the safety check for this many days, today included. */
export const SAFETY_CHECK_DAYS = 30;

export function bandOf(total: number, bands: readonly [number, Band][]): Band {
  return bands.find(([lowest]) => total >= lowest)![1];
}

export function phq9Band(total: number): Band {
  return bandOf(total, PHQ9_BANDS);
}

export function gad7Band(total: number): Band {
  return bandOf(total, GAD7_BANDS);
}

function sum(answers: readonly number[]): number {
  return answers.reduce((total, answer) => total + answer, 0);
}

export function analyzeMeasures(timeline: Timeline): MeasuresReport {
  const reviews = timeline.plan.reviews.filter((review) => !isAfterToday(review.date, timeline.today));
  const phq9: MeasurePoint[] = [];
  const gad7: MeasurePoint[] = [];
  const barc10: MeasurePoint[] = [];
  for (const review of reviews) {
    const { measures } = review;
    if (measures?.phq9) {
      const total = sum(measures.phq9);
      phq9.push({ date: review.date, total, band: phq9Band(total) });
    }
    if (measures?.gad7) {
      const total = sum(measures.gad7);
      gad7.push({ date: review.date, total, band: gad7Band(total) });
    }
    // recovery_capital alone counts as a BARC-10 total; with the answers, the two agree (a schema rule).
    const capital = measures?.barc10 ? sum(measures.barc10) : review.recovery_capital;
    if (capital !== undefined) barc10.push({ date: review.date, total: capital });
  }
  return { phq9: phq9.length > 0 ? phq9 : null, gad7: gad7.length > 0 ? gad7 : null, barc10: barc10.length > 0 ? barc10 : null };
}

/** The date of the latest review with a PHQ-9, when it is recent and its item 9 is above 0; else null. */
export function safetyCheckDate(timeline: Timeline): string | null {
  const latest = timeline.plan.reviews.findLast((review) => review.measures?.phq9 !== undefined && !isAfterToday(review.date, timeline.today));
  if (!latest) return null;
  const recent = daysBetween(latest.date, timeline.today) < SAFETY_CHECK_DAYS;
  return recent && (latest.measures!.phq9![8] ?? 0) > 0 ? latest.date : null;
}

/** The bands in words, as `report`, the site and `share` all say them. */
export const BAND_WORDS: Record<Band, string> = {
  minimal: 'minimal',
  mild: 'mild',
  moderate: 'moderate',
  moderately_severe: 'moderately severe',
  severe: 'severe',
};

/** "moderate" for a PHQ-9 or GAD-7 total; "47 or more" for a BARC-10 total at the cut-off, else "". */
export function bandWords(point: MeasurePoint): string {
  if (point.band !== undefined) return BAND_WORDS[point.band];
  return point.total >= BARC10_CUT_OFF ? `${BARC10_CUT_OFF} or more` : '';
}

/** "12 (moderate)", "48 (47 or more)", "30". */
export function measureWords(point: MeasurePoint): string {
  const band = bandWords(point);
  return band ? `${point.total} (${band})` : String(point.total);
}
