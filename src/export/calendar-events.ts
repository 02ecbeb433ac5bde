// The plan's dates worth a reminder, as the analysis decided them: the next review, each support's next check-in, goal steps and goals' due dates.

import type { PlanReport } from '../analyze/report.js';
import { parseDuration } from '../schema/common.js';
import type { Plan } from '../schema/model.js';

export type Reminder = 'day-before' | 'on-the-day';

export interface CalendarEvent {
  /** Stable across runs: `<kind>-<slug>-<id>@waymark`. */
  uid: string;
  /** The all-day event's date, `YYYY-MM-DD`. */
  date: string;
  /** Neutral: it names no addiction and none of the plan's words beyond a step's own text. */
  title: string;
  /** A support's cadence: every `interval` days, or calendar months for a cadence in months. */
  repeat: { freq: 'daily' | 'monthly'; interval: number } | null;
  reminder: Reminder | null;
}

/** The events of exchange.md's table, in plan order: the review, the supports, then each goal's steps and due date. */
export function calendarEvents(plan: Plan, report: PlanReport): CalendarEvent[] {
  const slug = plan.slug;
  const uid = (kind: string, id: string) => `${kind}-${slug}-${id}@waymark`;
  const events: CalendarEvent[] = [];
  if (report.reviews.next_due !== null) {
    events.push({ uid: uid('review', 'next'), date: report.reviews.next_due, title: 'Review', repeat: null, reminder: 'day-before' });
  }
  for (const support of report.supports) {
    const cadence = plan.fields.supports.find((s) => s.id === support.id)?.check_in_every;
    if (support.next_due === null || cadence === undefined) continue;
    events.push({ uid: uid('support', support.id), date: support.next_due, title: `Call ${support.name}`, repeat: repeatOf(cadence), reminder: 'on-the-day' });
  }
  for (const goal of plan.fields.goals) {
    // A dropped goal is one the person chose to let go of: no reminders for it.
    if (goal.status === 'dropped') continue;
    goal.steps.forEach((step, index) => {
      if (step.due === undefined || step.done !== undefined) return;
      events.push({ uid: uid('step', `${goal.id}-${index + 1}`), date: step.due, title: `Step: ${step.do}`, repeat: null, reminder: 'day-before' });
    });
    if (goal.due !== undefined) events.push({ uid: uid('goal', goal.id), date: goal.due, title: 'Goal due', repeat: null, reminder: null });
  }
  return events;
}

/** `1w` → every 7 days; `1m` → every calendar month (a month is not a fixed number of days). */
function repeatOf(cadence: string): CalendarEvent['repeat'] {
  const { amount, unit } = parseDuration(cadence);
  if (unit === 'm') return { freq: 'monthly', interval: amount };
  return { freq: 'daily', interval: unit === 'w' ? amount * 7 : amount };
}
