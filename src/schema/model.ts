// The validated plan that every later stage works on: plan.md's fields, check-ins and reviews by date.

import type { Root } from 'mdast';
import type { CheckinFields } from './checkin.js';
import type { PlanFields } from './plan.js';
import type { ReviewFields } from './review.js';

/** A file's Markdown body; its syntax tree is parsed only when a page needs it. */
export interface Body {
  /** The Markdown after the front matter. */
  readonly markdown: string;
  /**
   * The mdast tree of the body, parsed on each call (positions count from the body's start);
   * call `prepareMarkdown()` from src/load/body.ts once before.
   */
  tree(): Root;
}

export interface Checkin extends CheckinFields {
  /** The date from the file name, `YYYY-MM-DD`. */
  date: string;
  file: string;
  /** The goals' metrics recorded that day, by metric name. */
  metrics: Record<string, number>;
  body: Body;
}

export interface Review extends ReviewFields {
  date: string;
  file: string;
  body: Body;
}

export interface Plan {
  slug: string;
  /** The plan's folder. */
  dir: string;
  /** plan.md */
  file: string;
  fields: PlanFields;
  body: Body;
  /** Sorted by date, one per date. */
  checkins: Checkin[];
  /** Sorted by date, one per date. */
  reviews: Review[];
}
