// The goals page (every goal as a card) and one page per goal: its SMART card, steps, progress per period and who helps.

import type { GoalReport } from '../analyze/goals.js';
import type { Goal } from '../schema/goal.js';
import type { Checkin } from '../schema/model.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { periodsChart, type ChartPeriod } from './chart-periods.js';
import { contactLink, type ContactLink } from './contact-link.js';
import { formatCount, formatDate, formatPercent } from './format-figures.js';
import { goalCard, measureWords, unitOf, type GoalCard } from './goal-card.js';
import { goalVerdict } from '../analyze/goal-verdict.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { goalChanges, type ChangeLink } from './plan-changes-links.js';
import { anchorId, pagePaths, relativeHref } from './page-paths.js';
import type { Chart } from './svg-chart.js';

export interface GoalsView {
  frame: PageFrame;
  groups: { heading: string; goals: GoalCard[] }[];
}

export interface SmartLetter {
  letter: string;
  name: string;
  text: string;
  /** True when nothing fills it yet: the card says what would. */
  missing: boolean;
}

export interface GoalView {
  frame: PageFrame;
  card: GoalCard;
  smart: SmartLetter[];
  steps: { do: string; due: string; done: string; state: 'done' | 'late' | 'open' }[];
  chart: Chart | null;
  helpers: { name: string; href: string; kind: string; contact: ContactLink | null }[];
  /** The versions of plan.md that changed this goal, newest first. */
  changes: ChangeLink[];
  back: string;
}

export function goalsView(input: AnalysedPlan): GoalsView {
  const path = pagePaths.goals(input.plan.slug);
  const cards = pairs(input).map(([goal, report]) => ({ goal, card: goalCard(input, goal, report, path) }));
  const groups = [
    { heading: 'Active goals', goals: cards.filter(({ goal }) => goal.status === 'active').map(({ card }) => card) },
    { heading: 'Paused or set aside', goals: cards.filter(({ goal }) => goal.status !== 'active').map(({ card }) => card) },
  ];
  return { frame: pageFrame(input, path, 'Goals', 'goals'), groups: groups.filter((group) => group.goals.length > 0) };
}

export function goalViews(input: AnalysedPlan): GoalView[] {
  return pairs(input).map(([goal, report]) => goalView(input, goal, report));
}

function pairs(input: AnalysedPlan): [Goal, GoalReport][] {
  return input.plan.fields.goals.flatMap((goal, i) => {
    const report = input.report.goals[i];
    return report ? [[goal, report] as [Goal, GoalReport]] : [];
  });
}

function goalView(input: AnalysedPlan, goal: Goal, report: GoalReport): GoalView {
  const { plan } = input;
  const path = pagePaths.goal(plan.slug, goal.id);
  const today = input.report.today;
  const peoplePage = pagePaths.people(plan.slug);
  const helpers = [
    ...goal.supports.map((id) => {
      const support = plan.fields.supports.find((entry) => entry.id === id);
      return { name: support?.name ?? id, href: relativeHref(path, peoplePage, anchorId('support', id)), kind: 'Person', contact: support?.contact ? contactLink(support.contact) : null };
    }),
    ...goal.resources.map((id) => {
      const resource = plan.fields.resources.find((entry) => entry.id === id);
      return { name: resource?.name ?? id, href: relativeHref(path, peoplePage, anchorId('resource', id)), kind: 'Resource', contact: resource?.contact ? contactLink(resource.contact) : null };
    }),
  ];
  return {
    frame: pageFrame(input, path, goal.title, 'goals'),
    card: goalCard(input, goal, report, path),
    smart: smartLetters(goal, report, plan.fields.currency),
    steps: goal.steps.map((step) => ({
      do: step.do,
      due: step.due ? formatDate(step.due) : '–',
      done: step.done ? formatDate(step.done) : step.due && step.due < today ? 'Not yet, past its date' : 'Not yet',
      state: step.done ? 'done' : step.due && step.due < today ? 'late' : 'open',
    })),
    chart: goalChart(goal, report, plan.checkins, today),
    helpers,
    changes: goalChanges(input, goal.id, path),
    back: relativeHref(path, pagePaths.goals(plan.slug)),
  };
}

function smartLetters(goal: Goal, report: GoalReport, currency: string): SmartLetter[] {
  const achievable = [goalVerdict(report)];
  if (report.progress !== null) achievable.push(`${formatPercent(report.progress)} of the way there`);
  if (report.expected !== null) achievable.push(`${formatPercent(report.expected)} of the time gone`);
  if (report.adherence !== null && report.periods) achievable.push(`on target in ${report.periods.filter((p) => p.met).length} of ${report.periods.length} periods`);
  if (report.steps_total > 0) achievable.push(`${report.steps_done} of ${formatCount(report.steps_total, 'step')} done`);
  const time = report.due ? `${report.start ? `From ${formatDate(report.start)} to` : 'By'} ${formatDate(report.due)}` : null;
  return [
    { letter: 'S', name: 'Specific', text: goal.steps.length > 0 ? `${goal.title}, in ${formatCount(goal.steps.length, 'step')}` : goal.title, missing: false },
    { letter: 'M', name: 'Measurable', text: goal.measure ? measureWords(goal.measure, currency) : goal.steps.length > 0 ? 'Measured by its steps' : 'Not yet: add a measure or a few steps', missing: !goal.measure && goal.steps.length === 0 },
    { letter: 'A', name: 'Achievable', text: achievable.join('; '), missing: false },
    { letter: 'R', name: 'Relevant', text: goal.why ?? 'Not written yet: why does this goal matter to you?', missing: goal.why === undefined },
    { letter: 'T', name: 'Time-bound', text: time ?? 'No due date yet', missing: time === null },
  ];
}

/** Periodic goals: their complete periods against the target; total goals: what each month added, from the start through today. */
function goalChart(goal: Goal, report: GoalReport, checkins: readonly Checkin[], today: string): Chart | null {
  const measure = goal.measure;
  if (!measure) return null;
  const id = `goal-${goal.id}-periods`;
  const unit = unitOf(measure);
  if (measure.per !== 'total') {
    if (!report.periods || report.periods.length === 0) return null;
    return periodsChart(id, goal.title, { per: measure.per, unit, target: measure.target, direction: measure.direction }, report.periods);
  }
  if (report.start === null || report.start > today) return null;
  const months = new Map<string, number>();
  for (let month = report.start.slice(0, 7); month <= today.slice(0, 7); month = nextMonth(month)) months.set(month, 0);
  for (const checkin of checkins) {
    const value = Object.hasOwn(checkin.metrics, measure.metric) ? checkin.metrics[measure.metric] : undefined;
    if (value !== undefined && checkin.date >= report.start && checkin.date <= today) months.set(checkin.date.slice(0, 7), (months.get(checkin.date.slice(0, 7)) ?? 0) + value);
  }
  const periods: ChartPeriod[] = [...months].map(([month, sum]) => ({ start: `${month}-01`, sum, met: null }));
  return periodsChart(id, goal.title, { per: 'month', unit, target: null, direction: measure.direction }, periods);
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}
