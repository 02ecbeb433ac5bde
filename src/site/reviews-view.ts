// The reviews page: when the next review is due, and the timeline of reviews with what went well, what was hard and what changed.

import type { AnalysedPlan } from './analysed-plan.js';
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
  capital: string | null;
  next: string | null;
  reflection: string;
}

export interface ReviewsView {
  frame: PageFrame;
  nextDue: string;
  late: boolean;
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
      capital: review.recovery_capital === undefined ? null : `${review.recovery_capital} of 60`,
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
    reviews,
  };
}
