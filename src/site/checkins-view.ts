// The check-ins page: calendars coloured by mood, half a year each, and the months, newest first, each leading to its own page (month-view.ts).

import type { Checkin } from '../schema/model.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { calendarChart, calendarHalves, halfOf } from './chart-calendar.js';
import { formatCount, formatDate, formatMean } from './format-figures.js';
import { checkinsByMonth, pastCheckins } from './month-view.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { pagePaths, relativeHref } from './page-paths.js';
import type { Chart } from './svg-chart.js';

export interface CheckinsView {
  frame: PageFrame;
  summary: string[];
  calendars: Chart[];
  legend: { className: string; label: string }[];
  /** The months with check-ins, newest first, each leading to its page. */
  months: MonthSummary[];
}

export interface MonthSummary {
  /** "November 2026" */
  heading: string;
  href: string;
  checkins: string;
  mood: string;
  /** "1 day of use", or '' */
  used: string;
}

export const CALENDAR_LEGEND = [
  { className: 'cal-mood-1', label: 'Mood 1, very low' },
  { className: 'cal-mood-2', label: 'Mood 2, low' },
  { className: 'cal-mood-3', label: 'Mood 3, okay' },
  { className: 'cal-mood-4', label: 'Mood 4, good' },
  { className: 'cal-mood-5', label: 'Mood 5, very good' },
  { className: 'cal-no-mood', label: 'Check-in without a mood' },
  { className: 'cal-none', label: 'No check-in' },
  { className: 'cal-use', label: 'A day of use' },
];

/** Calendars by everything they show, kept while `waymark serve` runs: a saved check-in changes one half-year's calendar, not the others. */
const calendars = new Map<string, Chart>();
const MAX_CALENDARS = 500;

function calendarOf(year: number, half: 1 | 2, days: readonly Checkin[], today: string): Chart {
  const key = `${year}-${half} ${today} ${days.map((day) => `${day.date}${day.mood ?? ''}${day.used === true ? 'u' : ''}`).join(' ')}`;
  let chart = calendars.get(key);
  if (!chart) {
    if (calendars.size >= MAX_CALENDARS) calendars.clear();
    calendars.set(key, (chart = calendarChart(year, half, days, today)));
  }
  return chart;
}

export function checkinsView(input: AnalysedPlan): CheckinsView {
  const { plan, report } = input;
  const path = pagePaths.checkins(plan.slug);
  const checkins = pastCheckins(input);
  const first = checkins[0]?.date;
  const summary = first
    ? [
        `${formatCount(report.checkins.count, 'check-in')} since ${formatDate(first)}.`,
        `${formatCount(report.checkins.streak, 'day')} in a row right now.`,
        report.checkins.gaps_30 ? `${formatCount(report.checkins.gaps_30, 'day')} without a check-in in the last 30; that's fine, just pick it up again.` : 'A check-in on every one of the last 30 days.',
      ]
    : ['No check-ins yet. Start with today’s: “waymark new checkin”.'];
  // Each calendar gets only its own half-year's check-ins: one pass, not one per half-year.
  const byHalf = new Map<string, Checkin[]>();
  for (const checkin of checkins) {
    const key = `${Number(checkin.date.slice(0, 4))}-${halfOf(checkin.date)}`;
    const half = byHalf.get(key);
    if (half) half.push(checkin);
    else byHalf.set(key, [checkin]);
  }
  return {
    frame: pageFrame(input, path, 'Check-ins', 'checkins'),
    summary,
    calendars: first ? calendarHalves(first, report.today).map(({ year, half }) => calendarOf(year, half, byHalf.get(`${year}-${half}`) ?? [], report.today)) : [],
    legend: CALENDAR_LEGEND,
    months: [...checkinsByMonth(checkins)].reverse().map(([month, days]) => monthSummary(path, plan.slug, month, days)),
  };
}

function monthSummary(listPath: string, slug: string, month: string, days: readonly Checkin[]): MonthSummary {
  const moods = days.flatMap((day) => (day.mood === undefined ? [] : [day.mood]));
  const used = days.filter((day) => day.used === true).length;
  return {
    heading: formatDate(`${month}-01`, 'month'),
    href: relativeHref(listPath, pagePaths.month(slug, month)),
    checkins: String(days.length),
    mood: formatMean(moods.length === 0 ? null : moods.reduce((a, b) => a + b, 0) / moods.length),
    used: used === 0 ? '' : `${formatCount(used, 'day')} of use`,
  };
}
