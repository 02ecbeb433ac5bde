// Where each page of the site is written, and links between pages as relative paths to files (so the site works from file://).

import { posix } from 'node:path';

export const STYLESHEET = 'assets/site.css';
export const ROOT_PAGE = 'index.html';

export const pagePaths = {
  dashboard: (slug: string) => `${slug}/index.html`,
  goals: (slug: string) => `${slug}/goals/index.html`,
  goal: (slug: string, id: string) => `${slug}/goals/${id}.html`,
  checkins: (slug: string) => `${slug}/checkins/index.html`,
  /** One month's check-ins, `YYYY-MM`; each day is a section of it (`dayLink`). */
  month: (slug: string, month: string) => `${slug}/checkins/${month}.html`,
  triggers: (slug: string) => `${slug}/triggers.html`,
  people: (slug: string) => `${slug}/people.html`,
  reviews: (slug: string) => `${slug}/reviews.html`,
  history: (slug: string) => `${slug}/history.html`,
  assessment: (slug: string) => `${slug}/assessment.html`,
  crisis: (slug: string) => `${slug}/crisis.html`,
  /** Not a page: the plan's reminders as an iCalendar file, left out of an encrypted build. */
  calendar: (slug: string) => `${slug}/calendar.ics`,
};

/** The link from the page at `from` to the file at `to` (both relative to the site's root), with an optional `#fragment`. */
export function relativeHref(from: string, to: string, fragment?: string): string {
  const path = siblingName(from, to) ?? (posix.relative(posix.dirname(from), to) || posix.basename(to));
  return fragment === undefined ? path : `${path}#${fragment}`;
}

/** The month (`YYYY-MM`) a date falls in, whose page holds that day's check-in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The link from the page at `from` to one day's check-in: its section `#YYYY-MM-DD` on its month's page. Every link to a day goes through here. */
export function dayHref(from: string, slug: string, date: string): string {
  return relativeHref(from, pagePaths.month(slug, monthOf(date)), date);
}

/** The file name of `to` when it sits in the same folder as `from` (a check-in page's neighbours): the common case, without path arithmetic. */
function siblingName(from: string, to: string): string | null {
  const folder = from.lastIndexOf('/') + 1;
  if (to.length <= folder || to.lastIndexOf('/') + 1 !== folder || !to.startsWith(from.slice(0, folder))) return null;
  const name = to.slice(folder);
  return name === '.' || name === '..' ? null : name;
}

/** The element ids that pages link to within another page: `#support-jo`, `#trigger-payday`. */
export function anchorId(kind: 'trigger' | 'coping' | 'support' | 'resource' | 'review' | 'warning' | 'version', id: string): string {
  return `${kind}-${id}`;
}
