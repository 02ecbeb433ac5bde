// The dashboard: the day counter in the plan's words and the next milestone, what still stands after a setback, early warnings, what is due, goals and trends.

import { EARLY_WARNING_CODES, type Alert } from '../analyze/alerts.js';
import { addDays } from '../analyze/dates.js';
import { recoveryWords } from '../analyze/recovery-words.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { trendChart } from './chart-trend.js';
import { dailySeries } from './daily-series.js';
import { dueItems, type DueItem } from './due-items.js';
import { formatCount, formatDate, formatFromToday, formatMean, formatMoney, formatPercent } from './format-figures.js';
import { goalCard, type GoalCard } from './goal-card.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { pagePaths, relativeHref } from './page-paths.js';
import { planNames } from './plan-names.js';
import { latestChange, type ChangeLink } from './plan-changes-links.js';
import type { Chart } from './svg-chart.js';

export interface Stat {
  label: string;
  value: string;
  note: string;
}

export interface DashboardView {
  frame: PageFrame;
  today: string;
  /** False for a plan with no behaviour to count days free of: no counter at all. */
  tracksUse: boolean;
  counter: { value: string; unit: string; since: string } | null;
  nextMilestone: string | null;
  /** Said after a day of use in the last 30 days, before what still stands. */
  setback: string | null;
  stats: Stat[];
  /** A recent PHQ-9 with thoughts of self-harm: the crisis plan comes first, before anything else on the page. */
  safety: { text: string; crisis: string } | null;
  warnings: { items: string[]; crisis: string } | null;
  due: DueItem[];
  goals: GoalCard[];
  /** Null when nothing was recorded in the last 28 days. */
  trends: { summary: string[]; charts: Chart[] } | null;
  checkinLink: string;
  /** The plan's latest change from git, linked to the history page. */
  latestChange: ChangeLink | null;
  problems: string | null;
}

export function dashboardView(input: AnalysedPlan): DashboardView {
  const { plan, report } = input;
  const path = pagePaths.dashboard(plan.slug);
  const { recovery } = report;
  const person = plan.fields.person;
  const frame = { ...pageFrame(input, path, 'Overview', 'dashboard'), heading: person ? `Hello, ${person}` : plan.fields.title };
  const goals = plan.fields.goals.flatMap((goal, i) => {
    const goalReport = report.goals[i];
    return goalReport && goal.status === 'active' ? [goalCard(input, goal, goalReport, path)] : [];
  });
  const warnings = earlyWarnings(input);
  const words = recoveryWords(plan.fields);
  return {
    frame,
    today: formatDate(report.today, 'long'),
    tracksUse: words.tracksUse,
    counter:
      recovery.days_sober === null || recovery.sober_since === null
        ? null
        : { value: String(recovery.days_sober), unit: words.counter(recovery.days_sober), since: recovery.days_sober === 0 ? 'Today is day one of a new stretch' : `since ${formatDate(recovery.sober_since)}` },
    nextMilestone: recovery.next_milestone ? `Next milestone: ${milestoneName(recovery.next_milestone.days)}, on ${formatDate(recovery.next_milestone.date)} (${formatFromToday(recovery.next_milestone.date, report.today)})` : null,
    setback: setbackWords(input),
    stats: stats(input),
    safety: safetyWords(input, frame.plan!.crisis),
    warnings: warnings.length === 0 ? null : { items: warnings, crisis: frame.plan!.crisis },
    due: dueItems(input, path),
    goals,
    trends: trends(input),
    checkinLink: relativeHref(path, pagePaths.checkins(plan.slug)),
    latestChange: latestChange(input, path),
    problems: problemsNote(input),
  };
}

/** "30 days", "1 year", "2 years". */
export function milestoneName(days: number): string {
  return days >= 365 && days % 365 === 0 ? formatCount(days / 365, 'year') : formatCount(days, 'day');
}

function trends(input: AnalysedPlan): DashboardView['trends'] {
  const { plan, report } = input;
  const { mood_7, mood_28, craving_7, craving_28 } = report.trends;
  if (mood_28 === null && craving_28 === null) return null;
  // A measure not recorded in four weeks (craving, in a plan for depression, say) is left out rather than shown empty.
  const shown = [
    mood_28 === null ? null : { summary: `Mood: ${formatMean(mood_7)} this week, ${formatMean(mood_28)} over four weeks (1 very low to 5 very good)`, chart: trendChart('mood', dailySeries(plan.checkins, 'mood', report.today)) },
    craving_28 === null ? null : { summary: `Craving: ${formatMean(craving_7)} this week, ${formatMean(craving_28)} over four weeks (0 none to 10 strongest)`, chart: trendChart('craving', dailySeries(plan.checkins, 'craving', report.today)) },
  ].flatMap((entry) => (entry ? [entry] : []));
  return { summary: shown.map((entry) => entry.summary), charts: shown.map((entry) => entry.chart) };
}

function stats(input: AnalysedPlan): Stat[] {
  const { recovery } = input.report;
  const words = recoveryWords(input.plan.fields);
  const found: Stat[] = [];
  if (recovery.longest_streak !== null) found.push({ label: 'Longest stretch', value: formatCount(recovery.longest_streak, 'day'), note: 'your best run so far' });
  if (recovery.free_days_30 !== null && recovery.checkin_days_30 !== null) {
    const checkedIn = recovery.checkin_days_30 === 0 ? 'no check-ins in these 30 days' : `of ${formatCount(recovery.checkin_days_30, 'day')} checked in`;
    found.push({ label: 'Free days, last 30', value: String(recovery.free_days_30), note: checkedIn });
  }
  if (recovery.strength !== null) found.push({ label: 'Habit strength', value: formatPercent(recovery.strength), note: 'a setback dents it, never wipes it out' });
  if (recovery.money_saved !== null) found.push({ label: 'Money saved', value: formatMoney(recovery.money_saved, input.plan.fields.currency), note: `since your last ${words.useDay}` });
  return found;
}

function setbackWords(input: AnalysedPlan): string | null {
  const { recovery, alerts } = input.report;
  if (!recovery.use_days_30 || recovery.sober_since === null) return null;
  // The early warnings above already name a use in the last 7 days; here, only what still stands.
  if (alerts.some((alert) => alert.code === 'recent_use')) return 'A setback is something to learn from, not a return to zero: everything below still stands.';
  const lastUse = addDays(recovery.sober_since, -1);
  return `Your last ${recoveryWords(input.plan.fields).useDay} was on ${formatDate(lastUse, 'long')}. It is a setback to learn from, not a return to zero: everything below still stands.`;
}

function earlyWarnings(input: AnalysedPlan): string[] {
  const { plan, report } = input;
  const names = planNames(plan.fields);
  // safety_check has a place of its own, first on the page.
  const early = report.alerts.filter((alert) => EARLY_WARNING_CODES.includes(alert.code) && alert.code !== 'safety_check');
  return early.map((alert: Alert) => {
    switch (alert.code) {
      case 'recent_use':
        return `You noted a ${recoveryWords(plan.fields).useDay} on ${formatDate(alert.date, 'long')}. Be kind to yourself, and think about who you could tell.`;
      case 'warning_sign': {
        const signs = alert.ids.map((id) => names.of('warning_signs', id));
        const actions = [...new Set(alert.ids.flatMap((id) => plan.fields.warning_signs.find((sign) => sign.id === id)?.action ?? []))];
        const helps = actions.map((id) => (names.has('coping', id) ? names.of('coping', id) : names.of('supports', id)));
        const what = `Warning signs came up this week: ${signs.join('; ')} (last on ${formatDate(alert.date, 'short')}).`;
        return helps.length === 0 ? what : `${what} Your plan says what helps: ${helps.join('; ')}.`;
      }
      case 'craving_rising':
        return `Cravings have been stronger this week: ${formatMean(report.trends.craving_7)} on average, against ${formatMean(report.trends.craving_28)} over four weeks.`;
      case 'mood_falling':
        return `Your mood has been lower this week: ${formatMean(report.trends.mood_7)} on average, against ${formatMean(report.trends.mood_28)} over four weeks.`;
      default:
        return '';
    }
  });
}

function safetyWords(input: AnalysedPlan, crisis: string): DashboardView['safety'] {
  const alert = input.report.alerts.find((found) => found.code === 'safety_check');
  if (!alert || alert.code !== 'safety_check') return null;
  return {
    text: `In your review on ${formatDate(alert.date, 'long')} you noted thoughts of being better off dead or of hurting yourself. Thank you for being honest about it. You do not have to carry this alone: your crisis plan is here, with the people and lines who want to hear from you.`,
    crisis,
  };
}

function problemsNote(input: AnalysedPlan): string | null {
  const warnings = input.diagnostics.filter((d) => d.severity === 'warning').length;
  if (warnings === 0) return null;
  return `Waymark noticed ${formatCount(warnings, 'thing')} in your plan files that could be tidied up. Run “waymark check” to see ${warnings === 1 ? 'it' : 'them'}.`;
}
