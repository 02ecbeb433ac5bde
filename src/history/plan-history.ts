// A plan's versions from git, oldest first: what changed in each, the review it came from, and the 28 days either side.

import { basename } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { changeWindows, type ChangeWindow } from '../analyze/change-windows.js';
import { daysBetween } from '../analyze/dates.js';
import { buildTimeline } from '../analyze/timeline.js';
import { readText } from '../load/read-text.js';
import type { Plan } from '../schema/model.js';
import type { PlanFields } from '../schema/plan.js';
import { changeWords } from './change-words.js';
import { findRepository, type GitState } from './find-repository.js';
import { VersionReader } from './parse-version.js';
import { planChanges, type Change } from './plan-changes.js';
import { planCommits, type FileCommit } from './plan-commits.js';
import { readBlobs } from './read-blobs.js';

/** One version of plan.md, as `waymark history --json` prints it. */
export interface Version {
  commit: string | null;
  date: string;
  subject: string;
  readable: boolean;
  created: boolean;
  review: string | null;
  changes: Change[];
  before: ChangeWindow;
  after: ChangeWindow;
}

/** A version with its changes in words, for the terminal and the site. */
export interface HistoryVersion extends Version {
  words: string[];
}

export interface PlanHistory {
  slug: string;
  git: GitState;
  versions: HistoryVersion[];
}

/** A review this many days before or after a version is where the change was probably decided. */
export const REVIEW_DAYS = 3;

/** Reads git without writing to the repository; `today` is the date the plan is read as of. */
export function planHistory(plan: Plan, today: string): PlanHistory {
  const repository = findRepository(plan.dir);
  if (!repository.found) return { slug: plan.slug, git: repository.git, versions: [] };
  const commits = planCommits(repository.root, `${repository.prefix}${basename(plan.file)}`);
  if (commits === null || commits.length === 0) return { slug: plan.slug, git: 'not-committed', versions: [] };
  const blobs = readBlobs(repository.root, commits.map((commit) => commit.blob));

  const zone = plan.fields.timezone ?? Temporal.Now.timeZoneId();
  const found: Omit<HistoryVersion, 'before' | 'after' | 'review'>[] = [];
  let lastReadable: PlanFields | null = null;
  let afterUnreadable = false;
  const add = (commit: FileCommit | null, fields: PlanFields | null): void => {
    const meta = commit ? { commit: commit.short, date: authorDate(commit.time, zone), subject: commit.subject } : { commit: null, date: today, subject: 'not yet committed' };
    if (fields === null) {
      found.push({ ...meta, readable: false, created: found.length === 0, changes: [], words: [] });
      afterUnreadable = true;
      return;
    }
    const changes = lastReadable ? planChanges(lastReadable, fields) : [];
    // A commit that changes nothing parsed (comments, spacing, the order of keys) is not a version.
    if (found.length > 0 && changes.length === 0 && !afterUnreadable) return;
    const before = lastReadable ?? fields;
    found.push({ ...meta, readable: true, created: found.length === 0, changes, words: changes.map((change) => changeWords(change, before, fields)) });
    lastReadable = fields;
    afterUnreadable = false;
  };
  const reader = new VersionReader();
  for (const commit of commits) {
    const bytes = blobs.get(commit.blob);
    add(commit, bytes ? reader.bytes(bytes) : null);
  }
  const working = readText(plan.file);
  const committed = blobs.get(commits.at(-1)!.blob);
  if (working.ok && (!committed || working.text !== committedText(committed))) add(null, reader.text(working.text));

  const timeline = buildTimeline(plan, today);
  const versions = found.map((version, i) => ({
    ...version,
    review: nearReview(plan, version.date, today),
    ...changeWindows(timeline, version.date, found[i + 1]?.date ?? null),
  }));
  return { slug: plan.slug, git: repository.shallow ? 'shallow' : 'ok', versions };
}

/** The history as `--json` prints it: the contract's keys only, in its order. */
export function historyJson(history: PlanHistory): { slug: string; git: GitState; versions: Version[] } {
  return {
    slug: history.slug,
    git: history.git,
    versions: history.versions.map(({ commit, date, subject, readable, created, review, changes, before, after }) => ({ commit, date, subject, readable, created, review, changes, before, after })),
  };
}

function authorDate(seconds: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(seconds * 1000).toZonedDateTimeISO(zone).toPlainDate().toString();
}

const utf8 = new TextDecoder('utf-8');

function committedText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** The review nearest the version's date within three days either side (the earlier of two as near), else null. */
function nearReview(plan: Plan, date: string, today: string): string | null {
  let best: { date: string; distance: number } | null = null;
  for (const review of plan.reviews) {
    if (review.date > today) continue;
    const distance = Math.abs(daysBetween(review.date, date));
    if (distance <= REVIEW_DAYS && (best === null || distance < best.distance)) best = { date: review.date, distance };
  }
  return best?.date ?? null;
}
