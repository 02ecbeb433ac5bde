// The check-ins page (calendars coloured by mood, half a year each, and the list by month) and one page per check-in with its fields and journal.

import type { Goal } from '../schema/goal.js';
import type { Checkin } from '../schema/model.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { calendarChart, calendarHalves, halfOf, type UseWords } from './chart-calendar.js';
import { DIFFICULTY_WORDS, formatCount, formatDate, formatNumber, moodWord } from './format-figures.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { anchorId, pagePaths, relativeHref } from './page-paths.js';
import { planNames, type ListName } from './plan-names.js';
import { renderMarkdown, type RenderBody } from './render-markdown.js';
import type { Chart } from './svg-chart.js';
import { unitOf } from './goal-card.js';
import { recoveryWords } from '../analyze/recovery-words.js';
import { daysBetween } from '../analyze/dates.js';
import { formatMoney, moneyUnit } from '../words/money.js';

export interface CheckinsView {
  frame: PageFrame;
  summary: string[];
  calendars: Chart[];
  legend: { className: string; label: string }[];
  months: { heading: string; items: CheckinSummary[] }[];
}

export interface CheckinSummary {
  /** "Tue 24" */
  day: string;
  /** " November 2026": read out after `day`, not shown (the month is the table's heading). */
  rest: string;
  href: string;
  mood: string;
  craving: string;
  note: string;
  used: boolean;
}

export interface LinkedName {
  text: string;
  href: string | null;
}

export interface CheckinField {
  label: string;
  value: string;
  links: LinkedName[];
}

export interface CheckinView {
  frame: PageFrame;
  fields: CheckinField[];
  gratitude: string[];
  used: boolean;
  /** "day of use", "day of gambling": the plan's words for it. */
  useDay: string;
  journal: string;
  previous: { href: string; label: string } | null;
  next: { href: string; label: string } | null;
  back: string;
}

export const CALENDAR_LEGEND = [
  { className: 'cal-mood-1', label: 'Mood 1, very low' },
  { className: 'cal-mood-2', label: 'Mood 2, low' },
  { className: 'cal-mood-3', label: 'Mood 3, okay' },
  { className: 'cal-mood-4', label: 'Mood 4, good' },
  { className: 'cal-mood-5', label: 'Mood 5, very good' },
  { className: 'cal-no-mood', label: 'Check-in without a mood' },
  { className: 'cal-none', label: 'No check-in' },
];

/** The calendar's key: the mood shades, and a dot for a day of use in the plan's words where the plan counts them. */
export function calendarLegend(useDay: string | null): { className: string; label: string }[] {
  return useDay === null ? CALENDAR_LEGEND : [...CALENDAR_LEGEND, { className: 'cal-use', label: `A ${useDay}` }];
}

/** Calendars by everything they show, kept while `waymark serve` runs: a saved check-in changes one half-year's calendar, not the others. */
const calendars = new Map<string, Chart>();
const MAX_CALENDARS = 500;

function calendarOf(year: number, half: 1 | 2, days: readonly Checkin[], today: string, use: UseWords | null): Chart {
  const key = `${year}-${half} ${today} ${use?.useDay} ${days.map((day) => `${day.date}${day.mood ?? ''}${day.used === true ? 'u' : ''}`).join(' ')}`;
  let chart = calendars.get(key);
  if (!chart) {
    if (calendars.size >= MAX_CALENDARS) calendars.clear();
    calendars.set(key, (chart = calendarChart(year, half, days, today, use)));
  }
  return chart;
}

/** A check-in's line in the list, kept with the check-in while `waymark serve` runs: a save re-validates one check-in, and the others keep their objects. */
const summaries = new WeakMap<Checkin, CheckinSummary>();

function summaryOf(checkin: Checkin, listPath: string, slug: string, useDay: string): CheckinSummary {
  let summary = summaries.get(checkin);
  if (!summary) {
    summary = {
      day: formatDate(checkin.date, 'day'),
      rest: ` ${formatDate(checkin.date, 'month')}`,
      href: relativeHref(listPath, pagePaths.checkin(slug, checkin.date)),
      mood: checkin.mood === undefined ? '–' : `${checkin.mood}, ${moodWord(checkin.mood)}`,
      craving: checkin.craving === undefined ? '–' : String(checkin.craving),
      note: checkin.used === true ? `A ${useDay}` : '',
      used: checkin.used === true,
    };
    summaries.set(checkin, summary);
  }
  return summary;
}

/** Check-ins on or before today: later ones are left out until their day comes. */
function pastCheckins(input: AnalysedPlan): Checkin[] {
  return input.plan.checkins.filter((checkin) => checkin.date <= input.report.today);
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
        report.checkins.gaps_30 ? `${formatCount(report.checkins.gaps_30, 'day')} without a check-in in the last 30; that's fine, just pick it up again.` : everyDay(first, report.today),
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
  const words = recoveryWords(plan.fields);
  const use = words.tracksUse ? words : null;
  const byMonth = new Map<string, CheckinSummary[]>();
  for (const checkin of [...checkins].reverse()) {
    const month = formatDate(checkin.date, 'month');
    const items = byMonth.get(month) ?? [];
    items.push(summaryOf(checkin, path, plan.slug, words.useDay));
    byMonth.set(month, items);
  }
  return {
    frame: pageFrame(input, path, 'Check-ins', 'checkins'),
    summary,
    calendars: first ? calendarHalves(first, report.today).map(({ year, half }) => calendarOf(year, half, byHalf.get(`${year}-${half}`) ?? [], report.today, use)) : [],
    legend: calendarLegend(use?.useDay ?? null),
    months: [...byMonth].map(([heading, items]) => ({ heading, items })),
  };
}

/** No day missed: over the last 30 days only when check-ins began that long ago, else since the first. */
function everyDay(first: string, today: string): string {
  const since = daysBetween(first, today);
  if (since >= 30) return 'A check-in on every one of the last 30 days.';
  return since === 0 ? 'Your first check-in is today.' : `A check-in on every day since your first, ${formatCount(since, 'day')} ago.`;
}

/** `wanted` picks which check-ins' pages to make (serve remakes only the saved ones); default all. */
export function checkinViews(input: AnalysedPlan, wanted: (date: string) => boolean = () => true, render: RenderBody = renderMarkdown): CheckinView[] {
  const { plan } = input;
  const checkins = pastCheckins(input);
  const names = planNames(plan.fields);
  // Two goals may count the same metric: the check-in shows it once, for both.
  const goalsByMetric = new Map<string, Goal[]>();
  for (const goal of plan.fields.goals) {
    if (goal.measure) goalsByMetric.set(goal.measure.metric, [...(goalsByMetric.get(goal.measure.metric) ?? []), goal]);
  }
  return checkins.flatMap((checkin, i) => {
    if (!wanted(checkin.date)) return [];
    const path = pagePaths.checkin(plan.slug, checkin.date);
    const link = (other: Checkin | undefined) => (other ? { href: relativeHref(path, pagePaths.checkin(plan.slug, other.date)), label: formatDate(other.date, 'short') } : null);
    const refs = (list: ListName, ids: readonly string[], page: string, kind: Parameters<typeof anchorId>[0]) =>
      ids.map((id) => ({ text: names.of(list, id), href: names.has(list, id) ? relativeHref(path, page, anchorId(kind, id)) : null }));
    const fields: CheckinField[] = [];
    const add = (label: string, value: string, links: LinkedName[] = []) => fields.push({ label, value, links });
    if (checkin.mood !== undefined) add('Mood', `${checkin.mood} of 5, ${moodWord(checkin.mood)}`);
    if (checkin.craving !== undefined) add('Craving', `${checkin.craving} of 10`);
    const words = recoveryWords(plan.fields);
    if (checkin.used !== undefined && words.tracksUse) add(words.what.charAt(0).toUpperCase() + words.what.slice(1), checkin.used ? `A ${words.useDay}: a setback to learn from` : `No ${words.what} today`);
    if (checkin.difficulty !== undefined) add('How the day was', DIFFICULTY_WORDS[checkin.difficulty] ?? checkin.difficulty);
    if (checkin.sleep !== undefined) add('Sleep', `${formatNumber(checkin.sleep)} hours`);
    const triggersPage = pagePaths.triggers(plan.slug);
    if (checkin.triggers.length > 0) add('Triggers', '', refs('triggers', checkin.triggers, triggersPage, 'trigger'));
    if (checkin.warning_signs.length > 0) add('Warning signs', '', refs('warning_signs', checkin.warning_signs, triggersPage, 'warning'));
    if (checkin.coping.length > 0) add('Coping', '', refs('coping', checkin.coping, triggersPage, 'coping'));
    if (checkin.contacted.length > 0) add('Contacted', '', refs('supports', checkin.contacted, pagePaths.people(plan.slug), 'support'));
    for (const [metric, goals] of goalsByMetric) {
      const amount = checkin.metrics[metric];
      if (!Object.hasOwn(checkin.metrics, metric) || amount === undefined) continue;
      const money = moneyUnit(goals[0]!.measure!.unit, plan.fields.currency);
      // Money is named by its metric ("saved: £20"), not by its symbol.
      const unit = money ? metric.replaceAll('_', ' ') : unitOf(goals[0]!.measure!);
      add(unit[0]!.toUpperCase() + unit.slice(1), money ? formatMoney(amount, money) : formatNumber(amount, 2), goals.map((goal) => ({ text: goal.title, href: relativeHref(path, pagePaths.goal(plan.slug, goal.id)) })));
    }
    return [{
      frame: pageFrame(input, path, formatDate(checkin.date, 'long'), 'checkins'),
      fields,
      gratitude: checkin.gratitude,
      used: checkin.used === true && words.tracksUse,
      useDay: words.useDay,
      journal: render(checkin.body),
      previous: link(checkins[i - 1]),
      next: link(checkins[i + 1]),
      back: relativeHref(path, pagePaths.checkins(plan.slug)),
    }];
  });
}
