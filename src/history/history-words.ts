// The words every surface uses for a history's state and for the days either side of a change.

import type { ChangeWindow } from '../analyze/change-windows.js';
import { FEW_CHECKINS } from '../analyze/change-windows.js';
import { formatCount, formatMean } from '../site/format-figures.js';
import type { GitState } from './find-repository.js';
import type { Version } from './plan-history.js';

/** Why there is no history, or what is missing from it; null when the history is whole. */
export function gitStateWords(git: GitState): string | null {
  switch (git) {
    case 'ok':
      return null;
    case 'shallow':
      return "This copy of the repository is a shallow clone, so older history is not available here: run 'git fetch --unshallow' to see all of it.";
    case 'not-committed':
      return "plan.md has not been committed to git yet. Commit it (git add plan.md, then git commit), and every change you commit after that shows here.";
    case 'not-a-repository':
      return "This plan is not kept in git yet. Start a repository with 'waymark init' (or git init), commit plan.md, and every change you commit after that shows here.";
    case 'no-git':
      return "Git is not installed here (or not on the PATH), so the plan's history cannot be read. Install git, keep the plan in a repository, and every change you commit shows here.";
  }
}

/** "12 check-ins, mood 3.4, craving 2.1, 1 day of use". */
export function windowWords(window: ChangeWindow): string {
  if (window.checkins === 0) return 'no check-ins';
  const parts = [formatCount(window.checkins, 'check-in')];
  if (window.mood !== null) parts.push(`mood ${formatMean(window.mood)}`);
  if (window.craving !== null) parts.push(`craving ${formatMean(window.craving)}`);
  parts.push(window.days_used === 0 ? 'no days of use' : formatCount(window.days_used, 'day of use', 'days of use'));
  return parts.join(', ');
}

/** Said when either side has too few check-ins to read much into. */
export function fewCheckinsNote(before: ChangeWindow, after: ChangeWindow): string | null {
  if (before.checkins >= FEW_CHECKINS && after.checkins >= FEW_CHECKINS) return null;
  return `Fewer than ${FEW_CHECKINS} check-ins on ${before.checkins < FEW_CHECKINS && after.checkins < FEW_CHECKINS ? 'either side' : before.checkins < FEW_CHECKINS ? 'the side before' : 'the side after'}: read these figures lightly.`;
}

/** What a version without changes in words is: the first, one that did not read, or one that reads again. */
export function versionNote(version: Version, shallow: boolean): string | null {
  if (!version.readable) return 'this version of plan.md did not read as a valid plan, so it is skipped in the comparison';
  if (version.created) return shallow ? 'the oldest version in this copy of the history' : 'the plan’s first version';
  if (version.changes.length === 0) return 'reads as a valid plan again, with nothing else changed';
  return null;
}
