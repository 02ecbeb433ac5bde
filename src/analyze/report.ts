// The whole analysis of one plan on one day, in the shape `waymark report --json` prints.

import type { Plan } from '../schema/model.js';
import { analyzeAlerts, type Alert } from './alerts.js';
import { analyzeCheckins, type CheckinsReport } from './checkins.js';
import { analyzeGoals, type GoalReport } from './goals.js';
import { analyzeMeasures, type MeasuresReport } from './measures.js';
import { analyzeRecovery, type RecoveryReport } from './recovery.js';
import { analyzeReviews, type ReviewsReport } from './reviews.js';
import { analyzeSupports, type SupportReport } from './supports.js';
import { buildTimeline } from './timeline.js';
import { analyzeTrends, type TrendsReport } from './trends.js';
import { analyzeTriggersAndCoping, type CopingReport, type TriggerReport } from './triggers.js';

export interface PlanReport {
  slug: string;
  today: string;
  recovery: RecoveryReport;
  checkins: CheckinsReport;
  goals: GoalReport[];
  supports: SupportReport[];
  reviews: ReviewsReport;
  measures: MeasuresReport;
  triggers: TriggerReport[];
  coping: CopingReport[];
  trends: TrendsReport;
  alerts: Alert[];
}

/** Every figure of analysis.md for `plan` as of `today` (YYYY-MM-DD); check-ins after today are ignored. */
export function analyzePlan(plan: Plan, today: string): PlanReport {
  const timeline = buildTimeline(plan, today);
  const goals = analyzeGoals(timeline);
  const supports = analyzeSupports(timeline);
  const reviews = analyzeReviews(timeline);
  const { triggers, coping } = analyzeTriggersAndCoping(timeline);
  return {
    slug: plan.slug,
    today,
    recovery: analyzeRecovery(timeline),
    checkins: analyzeCheckins(timeline),
    goals,
    supports,
    reviews,
    measures: analyzeMeasures(timeline),
    triggers,
    coping,
    trends: analyzeTrends(timeline),
    alerts: analyzeAlerts(timeline, { reviews, supports, goals }),
  };
}
