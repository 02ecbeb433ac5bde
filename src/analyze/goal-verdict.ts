// A goal's verdict in words, decided once from its status: `check`, `report` and the site all say it this way.

import type { GoalReport, GoalStatus } from './goals.js';

export const STATUS_WORDS: Record<GoalStatus, string> = {
  not_started: 'Not started yet',
  on_track: 'On track',
  behind: 'Needs attention',
  done: 'Done',
  missed: 'Not reached',
  paused: 'Paused',
  dropped: 'Set aside',
};

/** Said of an active goal with no measure, no steps and no due date: nothing says whether it is on track. */
export const NOTHING_TO_TRACK = 'Nothing to track yet';

/** The words for a goal's status; a goal with nothing to measure it by is never called "On track". */
export function goalVerdict(goal: GoalReport): string {
  if (goal.status === 'on_track' && nothingToTrack(goal)) return NOTHING_TO_TRACK;
  return STATUS_WORDS[goal.status];
}

function nothingToTrack(goal: GoalReport): boolean {
  return goal.current === null && goal.steps_total === 0 && goal.due === null;
}
