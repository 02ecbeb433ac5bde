// What one supporter may see, as data: only the sections their `shares` names, figures for the range, nothing else of the plan.

import { addDays } from '../analyze/dates.js';
import { recoveryWords, type RecoveryWords } from '../analyze/recovery-words.js';
import { analyzePlan, type PlanReport } from '../analyze/report.js';
import type { MeasurePoint } from '../analyze/measures.js';
import { buildTimeline } from '../analyze/timeline.js';
import { analyzeTriggersAndCoping } from '../analyze/triggers.js';
import { QUESTIONNAIRES, type Questionnaire } from '../schema/measures.js';
import type { Checkin, Plan } from '../schema/model.js';
import type { Support } from '../schema/plan.js';
import { SHARE_SECTIONS, type ShareSection } from '../schema/share-sections.js';
import { crisisView, type CrisisView } from '../site/crisis-view.js';
import { goalCard, type GoalCard } from '../site/goal-card.js';
import type { ShareRange } from './share-range.js';
import { weeklyMeans, type WeekMeans } from './weekly-means.js';

/** The least number of days behind a coping figure before it is shown: fewer say nothing reliable. */
export const MIN_COPING_DAYS = 5;
export const TOP_TRIGGERS = 5;

export interface RecoverySection {
  /** Null before any start date or check-in. */
  daysFree: number | null;
  since: string | null;
  longest: number | null;
  freeDays: number;
  useDays: number;
  missingDays: number;
  /** Each day of the range: what its check-in said about use. */
  days: { date: string; state: 'free' | 'use' | 'unrecorded' | 'none' }[];
  /** How the plan speaks of its recovery (recovery.from, counter, tracks_use). */
  words: RecoveryWords;
}

export interface CheckinsSection {
  count: number;
  weeks: WeekMeans[];
}

export interface TriggerFigure {
  name: string;
  count: number;
}

export interface CopingFigure {
  name: string;
  days: number;
  withDays: number;
  useRateWith: number | null;
  withoutDays: number;
  useRateWithout: number | null;
}

export interface MeasureSeries {
  questionnaire: Questionnaire;
  points: MeasurePoint[];
}

export interface ShareSummary {
  /** Who it is for: their name and role, nothing else of them. */
  forName: string;
  person: string | null;
  range: ShareRange;
  made: string;
  sections: ShareSection[];
  recovery: RecoverySection | null;
  checkins: CheckinsSection | null;
  goals: GoalCard[] | null;
  triggers: { triggers: TriggerFigure[]; coping: CopingFigure[] } | null;
  measures: MeasureSeries[] | null;
  crisis: Pick<CrisisView, 'urgent' | 'steps' | 'reasons'> | null;
}

/** `made` is today; the summary's figures are as of the range's last day. */
export function shareSummary(plan: Plan, support: Support, range: ShareRange, made: string): ShareSummary {
  const shown = new Set(support.shares);
  const sections = SHARE_SECTIONS.filter((section) => shown.has(section));
  const report = analyzePlan(plan, range.to);
  const inRange = plan.checkins.filter((checkin) => checkin.date >= range.from && checkin.date <= range.to);
  const has = (section: ShareSection) => shown.has(section);
  return {
    forName: support.name,
    person: plan.fields.person ?? null,
    range,
    made,
    sections,
    recovery: has('recovery') ? recoverySection(report, inRange, range, recoveryWords(plan.fields)) : null,
    checkins: has('checkins') ? { count: inRange.length, weeks: weeklyMeans(inRange, range) } : null,
    goals: has('goals') ? goalCards(plan, report) : null,
    triggers: has('triggers') ? triggerFigures(plan, inRange, range) : null,
    measures: has('measures') ? measureSeries(report, range) : null,
    crisis: has('crisis') ? crisisSection(plan, report) : null,
  };
}

function recoverySection(report: PlanReport, inRange: readonly Checkin[], range: ShareRange, words: RecoveryWords): RecoverySection {
  const byDate = new Map(inRange.map((checkin) => [checkin.date, checkin]));
  const days: RecoverySection['days'] = [];
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    const checkin = byDate.get(date);
    days.push({ date, state: checkin === undefined ? 'none' : checkin.used === true ? 'use' : checkin.used === false ? 'free' : 'unrecorded' });
  }
  const { recovery } = report;
  return {
    daysFree: recovery.days_sober,
    since: recovery.sober_since,
    longest: recovery.longest_streak,
    freeDays: days.filter((day) => day.state === 'free').length,
    useDays: days.filter((day) => day.state === 'use').length,
    missingDays: days.filter((day) => day.state === 'none').length,
    days,
    words,
  };
}

function goalCards(plan: Plan, report: PlanReport): GoalCard[] {
  const input = { plan, report, diagnostics: [] };
  return plan.fields.goals.flatMap((goal, i) => {
    const goalReport = report.goals[i];
    return goalReport && goal.status === 'active' ? [goalCard(input, goal, goalReport, 'share.html')] : [];
  });
}

function triggerFigures(plan: Plan, inRange: Checkin[], range: ShareRange): ShareSummary['triggers'] {
  // The analysis of the range alone: a plan holding only the range's check-ins, as of its last day.
  const { triggers, coping } = analyzeTriggersAndCoping(buildTimeline({ ...plan, checkins: inRange }, range.to));
  const name = (list: { id: string; name: string }[], id: string) => list.find((item) => item.id === id)?.name ?? id;
  return {
    triggers: triggers
      .filter((trigger) => trigger.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, TOP_TRIGGERS)
      .map((trigger) => ({ name: name(plan.fields.triggers, trigger.id), count: trigger.count })),
    coping: coping
      .filter((strategy) => strategy.n_with >= MIN_COPING_DAYS)
      .map((strategy) => ({
        name: name(plan.fields.coping, strategy.id),
        days: strategy.count,
        withDays: strategy.n_with,
        useRateWith: strategy.use_rate_with,
        withoutDays: strategy.n_without,
        useRateWithout: strategy.n_without >= MIN_COPING_DAYS ? strategy.use_rate_without : null,
      })),
  };
}

function measureSeries(report: PlanReport, range: ShareRange): MeasureSeries[] {
  return QUESTIONNAIRES.flatMap((questionnaire) => {
    const points = (report.measures[questionnaire.key] ?? []).filter((point) => point.date >= range.from);
    return points.length > 0 ? [{ questionnaire, points }] : [];
  });
}

function crisisSection(plan: Plan, report: PlanReport): ShareSummary['crisis'] {
  const { urgent, steps, reasons } = crisisView({ plan, report, diagnostics: [] });
  return { urgent, steps, reasons };
}
