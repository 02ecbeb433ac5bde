// One page per month of check-ins: every day of the month in its own section (`#YYYY-MM-DD`), with its fields and its journal.

import type { Goal } from '../schema/goal.js';
import type { Checkin } from '../schema/model.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { DIFFICULTY_WORDS, formatCount, formatDate, formatNumber, moodWord } from './format-figures.js';
import { unitOf } from './goal-card.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { anchorId, monthOf, pagePaths, relativeHref } from './page-paths.js';
import { planNames, type ListName } from './plan-names.js';
import { renderMarkdown, type RenderBody } from './render-markdown.js';
import { recoveryWords } from '../analyze/recovery-words.js';
import { formatMoney, moneyUnit } from '../words/money.js';
import { capitalised } from '../words/capitalised.js';

export interface LinkedName {
  text: string;
  href: string | null;
}

export interface CheckinField {
  label: string;
  value: string;
  links: LinkedName[];
}

/** One day's check-in, a section of its month's page. */
export interface DayView {
  /** The section's id, `YYYY-MM-DD`: what every link to the day points at. */
  id: string;
  /** "Friday 20 November 2026" */
  heading: string;
  fields: CheckinField[];
  gratitude: string[];
  used: boolean;
  /** "day of use", "day of gambling": the plan's words for it. */
  useDay: string;
  journal: string;
}

export interface MonthView {
  frame: PageFrame;
  /** "12 check-ins" */
  summary: string;
  days: DayView[];
  previous: { href: string; label: string } | null;
  next: { href: string; label: string } | null;
  back: string;
}

/** Check-ins on or before today: later ones are left out until their day comes. */
export function pastCheckins(input: AnalysedPlan): Checkin[] {
  return input.plan.checkins.filter((checkin) => checkin.date <= input.report.today);
}

/** The past check-ins by month (`YYYY-MM`), oldest first, each month's days in order. */
export function checkinsByMonth(checkins: readonly Checkin[]): Map<string, Checkin[]> {
  const months = new Map<string, Checkin[]>();
  for (const checkin of checkins) {
    const month = monthOf(checkin.date);
    const days = months.get(month);
    if (days) days.push(checkin);
    else months.set(month, [checkin]);
  }
  return months;
}

/** `wanted` picks which months' pages to make (serve remakes only the months of the saved check-ins); default all. */
export function monthViews(input: AnalysedPlan, wanted: (month: string) => boolean = () => true, render: RenderBody = renderMarkdown): MonthView[] {
  const { plan } = input;
  const months = [...checkinsByMonth(pastCheckins(input))];
  const day = dayMaker(input, render);
  return months.flatMap(([month, checkins], i) => {
    if (!wanted(month)) return [];
    const path = pagePaths.month(plan.slug, month);
    const link = (other: string | undefined) => (other ? { href: relativeHref(path, pagePaths.month(plan.slug, other)), label: formatDate(`${other}-01`, 'month') } : null);
    const heading = formatDate(`${month}-01`, 'month');
    return [{
      frame: { ...pageFrame(input, path, heading, 'checkins'), title: `${heading} · Check-ins · ${plan.fields.title}` },
      summary: `${formatCount(checkins.length, 'check-in')} this month.`,
      days: checkins.map((checkin) => day(path, checkin)),
      previous: link(months[i - 1]?.[0]),
      next: link(months[i + 1]?.[0]),
      back: relativeHref(path, pagePaths.checkins(plan.slug)),
    }];
  });
}

/** Makes a day's section: its fields (linked to the plan's triggers, people and goals), its gratitude and its journal. */
function dayMaker(input: AnalysedPlan, render: RenderBody): (path: string, checkin: Checkin) => DayView {
  const { plan } = input;
  const names = planNames(plan.fields);
  // Two goals may count the same metric: the check-in shows it once, for both.
  const goalsByMetric = new Map<string, Goal[]>();
  for (const goal of plan.fields.goals) {
    if (goal.measure) goalsByMetric.set(goal.measure.metric, [...(goalsByMetric.get(goal.measure.metric) ?? []), goal]);
  }
  // Each metric's label and whether it is money, worked out once, not once per check-in.
  const metrics = [...goalsByMetric].map(([metric, goals]) => {
    const money = moneyUnit(goals[0]!.measure!.unit, plan.fields.currency);
    // Money is named by its metric ("saved: £20"), not by its symbol.
    return { metric, goals, money, label: capitalised(money ? metric.replaceAll('_', ' ') : unitOf(goals[0]!.measure!)) };
  });
  const triggersPage = pagePaths.triggers(plan.slug);
  const words = recoveryWords(plan.fields);
  return (path, checkin) => {
    const refs = (list: ListName, ids: readonly string[], page: string, kind: Parameters<typeof anchorId>[0]) =>
      ids.map((id) => ({ text: names.of(list, id), href: names.has(list, id) ? relativeHref(path, page, anchorId(kind, id)) : null }));
    const fields: CheckinField[] = [];
    const add = (label: string, value: string, links: LinkedName[] = []) => fields.push({ label, value, links });
    if (checkin.mood !== undefined) add('Mood', `${checkin.mood} of 5, ${moodWord(checkin.mood)}`);
    if (checkin.craving !== undefined) add('Craving', `${checkin.craving} of 10`);
    if (checkin.used !== undefined && words.tracksUse) add(capitalised(words.what), checkin.used ? `A ${words.useDay}: a setback to learn from` : `No ${words.what} today`);
    if (checkin.difficulty !== undefined) add('How the day was', DIFFICULTY_WORDS[checkin.difficulty] ?? checkin.difficulty);
    if (checkin.sleep !== undefined) add('Sleep', `${formatNumber(checkin.sleep)} hours`);
    if (checkin.triggers.length > 0) add('Triggers', '', refs('triggers', checkin.triggers, triggersPage, 'trigger'));
    if (checkin.warning_signs.length > 0) add('Warning signs', '', refs('warning_signs', checkin.warning_signs, triggersPage, 'warning'));
    if (checkin.coping.length > 0) add('Coping', '', refs('coping', checkin.coping, triggersPage, 'coping'));
    if (checkin.contacted.length > 0) add('Contacted', '', refs('supports', checkin.contacted, pagePaths.people(plan.slug), 'support'));
    for (const { metric, goals, money, label } of metrics) {
      const amount = checkin.metrics[metric];
      if (!Object.hasOwn(checkin.metrics, metric) || amount === undefined) continue;
      add(label, money ? formatMoney(amount, money) : formatNumber(amount, 2), goals.map((goal) => ({ text: goal.title, href: relativeHref(path, pagePaths.goal(plan.slug, goal.id)) })));
    }
    return {
      id: checkin.date,
      heading: formatDate(checkin.date, 'long'),
      fields,
      gratitude: checkin.gratitude,
      used: checkin.used === true && words.tracksUse,
      useDay: words.useDay,
      journal: render(checkin.body),
    };
  };
}
