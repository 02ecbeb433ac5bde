// The reviews page: when the next review is due, and the timeline of reviews with what went well, what was hard and what changed.

import { measureWords } from '../analyze/measures.js';
import { QUESTIONNAIRES } from '../schema/measures.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { measureChart } from './chart-measures.js';
import type { Chart } from './svg-chart.js';
import { formatCadence, formatDate, formatFromToday } from './format-figures.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { anchorId, pagePaths } from './page-paths.js';
import { planNames } from './plan-names.js';
import { renderMarkdown, type RenderBody } from './render-markdown.js';

export interface ReviewEntry {
  anchor: string;
  date: string;
  with: string;
  wentWell: string[];
  hard: string[];
  changes: string[];
  /** "PHQ-9: 6 (mild)", one per questionnaire answered in this review. */
  scores: string[];
  next: string | null;
  reflection: string;
}

export interface ReviewsView {
  frame: PageFrame;
  nextDue: string;
  late: boolean;
  /** One small chart per questionnaire answered in any review so far. */
  measures: Chart[];
  reviews: ReviewEntry[];
}

export function reviewsView(input: AnalysedPlan, render: RenderBody = renderMarkdown): ReviewsView {
  const { plan, report } = input;
  const names = planNames(plan.fields);
  const today = report.today;
  const due = report.reviews.next_due;
  const reviews = plan.reviews
    .filter((review) => review.date <= today)
    .reverse()
    .map((review) => ({
      anchor: anchorId('review', review.date),
      date: formatDate(review.date, 'long'),
      with: review.with.map((who) => names.of('supports', who)).join(', '),
      wentWell: review.went_well,
      hard: review.hard,
      changes: review.changes,
      scores: QUESTIONNAIRES.flatMap((questionnaire) => {
        const point = report.measures[questionnaire.key]?.find((found) => found.date === review.date);
        return point ? [`${questionnaire.name}: ${measureWords(point)}`] : [];
      }),
      next: review.next ? formatDate(review.next) : null,
      reflection: render(review.body),
    }));
  return {
    frame: pageFrame(input, pagePaths.reviews(plan.slug), 'Reviews', 'reviews'),
    nextDue:
      due === null
        ? `Reviews come ${formatCadence(plan.fields.review_every)}, counted from your start date.`
        : due < today
          ? `Your next review was due on ${formatDate(due, 'long')} (${formatFromToday(due, today)}). Start one with “waymark new review”.`
          : `Your next review is due on ${formatDate(due, 'long')} (${formatFromToday(due, today)}).`,
    late: due !== null && due < today,
    measures: QUESTIONNAIRES.flatMap((questionnaire) => {
      const points = report.measures[questionnaire.key];
      return points ? [measureChart(questionnaire, points)] : [];
    }),
    reviews,
  };
}
