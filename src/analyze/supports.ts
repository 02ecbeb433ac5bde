// The supports section: for each person to keep in touch with, the last contact and when the next one is due.

import { addDuration, daysBetween } from './dates.js';
import { isAfterToday, type Timeline } from './timeline.js';

export interface SupportReport {
  id: string;
  name: string;
  last_contact: string | null;
  next_due: string | null;
  overdue_days: number | null;
}

/** One entry per support with `check_in_every`, in plan order. */
export function analyzeSupports(timeline: Timeline): SupportReport[] {
  const lastContact = lastContacts(timeline);
  const reports: SupportReport[] = [];
  for (const support of timeline.plan.fields.supports) {
    if (support.check_in_every === undefined) continue;
    const last = lastContact.get(support.id) ?? null;
    const from = last ?? timeline.origin;
    const nextDue = from === null ? null : addDuration(from, support.check_in_every);
    reports.push({
      id: support.id,
      name: support.name,
      last_contact: last,
      next_due: nextDue,
      overdue_days: nextDue === null ? null : Math.max(0, daysBetween(nextDue, timeline.today)),
    });
  }
  return reports;
}

/** The latest date on or before today each name was contacted in a check-in or took part in a review. */
function lastContacts(timeline: Timeline): Map<string, string> {
  const last = new Map<string, string>();
  const note = (name: string, date: string) => {
    const known = last.get(name);
    if (known === undefined || known < date) last.set(name, date);
  };
  for (const checkin of timeline.checkins) for (const name of checkin.contacted) note(name, checkin.date);
  for (const review of timeline.plan.reviews) {
    if (!isAfterToday(review.date, timeline.today)) for (const name of review.with) note(name, review.date);
  }
  return last;
}
