// Where each page of the site is written, and links between pages as relative paths to files (so the site works from file://).

import { posix } from 'node:path';

export const STYLESHEET = 'assets/site.css';
export const ROOT_PAGE = 'index.html';

export const pagePaths = {
  dashboard: (slug: string) => `${slug}/index.html`,
  goals: (slug: string) => `${slug}/goals/index.html`,
  goal: (slug: string, id: string) => `${slug}/goals/${id}.html`,
  checkins: (slug: string) => `${slug}/checkins/index.html`,
  checkin: (slug: string, date: string) => `${slug}/checkins/${date}.html`,
  triggers: (slug: string) => `${slug}/triggers.html`,
  people: (slug: string) => `${slug}/people.html`,
  reviews: (slug: string) => `${slug}/reviews.html`,
  assessment: (slug: string) => `${slug}/assessment.html`,
  crisis: (slug: string) => `${slug}/crisis.html`,
};

/** The link from the page at `from` to the file at `to` (both relative to the site's root), with an optional `#fragment`. */
export function relativeHref(from: string, to: string, fragment?: string): string {
  const path = posix.relative(posix.dirname(from), to) || posix.basename(to);
  return fragment === undefined ? path : `${path}#${fragment}`;
}

/** The element ids that pages link to within another page: `#support-jo`, `#trigger-payday`. */
export function anchorId(kind: 'trigger' | 'coping' | 'support' | 'resource' | 'review' | 'warning', id: string): string {
  return `${kind}-${id}`;
}
