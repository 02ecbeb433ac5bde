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
import { findRepository, type FoundRepository, type GitState, type Repository } from './find-repository.js';
import { headSignature } from './head-signature.js';
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

/**
 * What git said of each plan.md (by its path), with the signature of HEAD it was read at: `waymark serve` keeps one
 * across saves, so a save without a commit reads a few small files of .git instead of running git, and parses none of
 * the committed versions again.
 */
export type HistoryMemo = Map<string, GitVersions & { signature: string; repository: FoundRepository }>;

interface GitVersions {
  repository: Repository;
  /** The commits that touched plan.md, oldest first; null before the first commit. */
  commits: FileCommit[] | null;
  blobs: Map<string, Buffer>;
  /** The committed versions as read in the plan's time zone, once read; with the reader that remembers their fields. */
  committed?: { zone: string; versions: VersionList; reader: VersionReader };
}

function gitVersions(plan: Plan, memo: HistoryMemo | undefined): GitVersions {
  const known = memo?.get(plan.file);
  if (known && headSignature(known.repository) === known.signature) return known;
  const repository = findRepository(plan.dir);
  if (!repository.found) return { repository, commits: null, blobs: new Map() };
  // Taken before the log is read: a commit made meanwhile leaves an older signature, and the next call reads again.
  const signature = headSignature(repository);
  const commits = planCommits(repository.root, `${repository.prefix}${basename(plan.file)}`);
  const blobs = commits === null ? new Map<string, Buffer>() : readBlobs(repository.root, commits.map((commit) => commit.blob));
  if (memo === undefined || signature === null) return { repository, commits, blobs };
  const entry = { repository, commits, blobs, signature };
  memo.set(plan.file, entry);
  return entry;
}

type FoundVersion = Omit<HistoryVersion, 'before' | 'after' | 'review'>;

/** The versions found so far, oldest first, and what the next one is compared with. */
class VersionList {
  readonly found: FoundVersion[] = [];
  private lastReadable: PlanFields | null = null;
  private afterUnreadable = false;

  add(meta: Pick<FoundVersion, 'commit' | 'date' | 'subject'>, fields: PlanFields | null): void {
    if (fields === null) {
      this.found.push({ ...meta, readable: false, created: this.found.length === 0, changes: [], words: [] });
      this.afterUnreadable = true;
      return;
    }
    const changes = this.lastReadable ? planChanges(this.lastReadable, fields) : [];
    // A commit that changes nothing parsed (comments, spacing, the order of keys) is not a version.
    if (this.found.length > 0 && changes.length === 0 && !this.afterUnreadable) return;
    const before = this.lastReadable ?? fields;
    this.found.push({ ...meta, readable: true, created: this.found.length === 0, changes, words: changes.map((change) => changeWords(change, before, fields)) });
    this.lastReadable = fields;
    this.afterUnreadable = false;
  }

  copy(): VersionList {
    const copy = new VersionList();
    copy.found.push(...this.found);
    copy.lastReadable = this.lastReadable;
    copy.afterUnreadable = this.afterUnreadable;
    return copy;
  }
}

/** Reads git without writing to the repository; `today` is the date the plan is read as of. */
export function planHistory(plan: Plan, today: string, memo?: HistoryMemo): PlanHistory {
  const git = gitVersions(plan, memo);
  const { repository, commits, blobs } = git;
  if (!repository.found) return { slug: plan.slug, git: repository.git, versions: [] };
  if (commits === null || commits.length === 0) return { slug: plan.slug, git: 'not-committed', versions: [] };

  const zone = plan.fields.timezone ?? Temporal.Now.timeZoneId();
  if (git.committed?.zone !== zone) {
    const reader = new VersionReader();
    const versions = new VersionList();
    for (const commit of commits) {
      const bytes = blobs.get(commit.blob);
      versions.add({ commit: commit.short, date: authorDate(commit.time, zone), subject: commit.subject }, bytes ? reader.bytes(bytes) : null);
    }
    git.committed = { zone, versions, reader };
  }
  const list = git.committed.versions.copy();
  const working = readText(plan.file);
  const committed = blobs.get(commits.at(-1)!.blob);
  if (working.ok && (!committed || working.text !== committedText(committed))) list.add({ commit: null, date: today, subject: 'not yet committed' }, git.committed.reader.text(working.text));

  const found = list.found;
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
