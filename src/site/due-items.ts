// What is due soon or already past its date: a check-in after a gap, people to contact, the next review, goal steps.

import { addDays } from '../analyze/dates.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { formatDate, formatFromToday } from './format-figures.js';
import { anchorId, pagePaths, relativeHref } from './page-paths.js';

export interface DueItem {
  text: string;
  /** "due tomorrow", "was due 20 Nov (4 days ago)". */
  when: string;
  /** Past its date: shown first, marked gently. */
  late: boolean;
  href: string;
  date: string;
}

/** How far ahead the dashboard looks for contacts and steps, and for the review. */
const SOON_DAYS = 7;
const REVIEW_SOON_DAYS = 14;

export function dueItems(input: AnalysedPlan, fromPath: string): DueItem[] {
  const { plan, report } = input;
  const today = report.today;
  const soon = addDays(today, SOON_DAYS);
  const items: DueItem[] = [];
  const when = (date: string) => (date < today ? `was due ${formatDate(date, 'short')} (${formatFromToday(date, today)})` : `due ${formatFromToday(date, today)}`);

  const gap = report.alerts.find((alert) => alert.code === 'checkin_gap');
  if (gap && gap.code === 'checkin_gap') {
    items.push({ text: 'Check in: a line or two is enough', when: `last one ${formatDate(gap.last, 'short')} (${formatFromToday(gap.last, today)})`, late: true, href: relativeHref(fromPath, pagePaths.checkins(plan.slug)), date: gap.last });
  }
  for (const support of report.supports) {
    if (support.next_due === null || support.next_due > soon) continue;
    items.push({ text: `Get in touch with ${support.name}`, when: when(support.next_due), late: support.next_due < today, href: relativeHref(fromPath, pagePaths.people(plan.slug), anchorId('support', support.id)), date: support.next_due });
  }
  const review = report.reviews.next_due;
  if (review !== null && review <= addDays(today, REVIEW_SOON_DAYS)) {
    items.push({ text: 'Review your plan: what went well, what was hard, what to change', when: when(review), late: review < today, href: relativeHref(fromPath, pagePaths.reviews(plan.slug)), date: review });
  }
  plan.fields.goals.forEach((goal) => {
    if (goal.status !== 'active') return;
    for (const step of goal.steps) {
      if (step.done !== undefined || step.due === undefined || step.due > soon) continue;
      items.push({ text: `${step.do} (${goal.title})`, when: when(step.due), late: step.due < today, href: relativeHref(fromPath, pagePaths.goal(plan.slug, goal.id)), date: step.due });
    }
  });
  return items.sort((a, b) => Number(b.late) - Number(a.late) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
