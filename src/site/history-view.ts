// "How my plan changed": the plan's versions from git, newest first, each change in words, the 28 days before and after side by side.

import type { ChangeWindow } from '../analyze/change-windows.js';
import { fewCheckinsNote, gitStateWords, versionNote } from '../history/history-words.js';
import type { HistoryVersion, PlanHistory } from '../history/plan-history.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { formatCount, formatDate, formatMean } from './format-figures.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { anchorId, pagePaths, relativeHref } from './page-paths.js';
import { capitalised } from '../words/capitalised.js';

export interface WindowColumn {
  heading: string;
  checkins: string;
  mood: string;
  craving: string;
  daysUsed: string;
}

export interface VersionEntry {
  anchor: string;
  date: string;
  subject: string;
  commit: string | null;
  /** The first version, one that did not read, or one that reads again. */
  note: string | null;
  changes: string[];
  review: { text: string; href: string } | null;
  before: WindowColumn;
  after: WindowColumn;
  /** Said when either side has fewer than 7 check-ins. */
  few: string | null;
}

export interface HistoryView {
  frame: PageFrame;
  /** Why there is no history, or what is missing from it. */
  state: string | null;
  versions: VersionEntry[];
}

export function historyView(input: AnalysedPlan): HistoryView {
  const path = pagePaths.history(input.plan.slug);
  const history = input.history;
  return {
    frame: pageFrame(input, path, 'How my plan changed', 'history'),
    state: history ? gitStateWords(history.git) : 'This build did not read the plan’s history: build the site with “waymark build” to see how your plan changed.',
    versions: history ? [...history.versions].reverse().map((version) => versionEntry(input, history, version, path)) : [],
  };
}

/** The anchor of a version on the history page, for links from goal pages and the dashboard. */
export function versionAnchor(version: HistoryVersion): string {
  return anchorId('version', version.commit ?? 'not-yet-committed');
}

function versionEntry(input: AnalysedPlan, history: PlanHistory, version: HistoryVersion, path: string): VersionEntry {
  return {
    anchor: versionAnchor(version),
    date: formatDate(version.date, 'long'),
    subject: version.subject,
    commit: version.commit,
    note: sentence(versionNote(version, history.git === 'shallow')),
    changes: version.words,
    review: version.review ? { text: `Probably decided at the review of ${formatDate(version.review)}`, href: relativeHref(path, pagePaths.reviews(input.plan.slug), anchorId('review', version.review)) } : null,
    before: column('28 days before', version.before),
    after: column(version.after.to < version.after.from ? 'After (no days before the next change)' : `After, ${formatDate(version.after.from, 'short')} to ${formatDate(version.after.to, 'short')}`, version.after),
    few: fewCheckinsNote(version.before, version.after),
  };
}

function column(heading: string, window: ChangeWindow): WindowColumn {
  return {
    heading,
    checkins: formatCount(window.checkins, 'check-in'),
    mood: formatMean(window.mood),
    craving: formatMean(window.craving),
    daysUsed: String(window.days_used),
  };
}

function sentence(text: string | null): string | null {
  return text === null ? null : `${capitalised(text)}.`;
}
