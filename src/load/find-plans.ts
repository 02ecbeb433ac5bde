// Finds the plans in a plans folder: one sub-folder per plan, with plan.md, checkins/ and reviews/.

import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface PlanFiles {
  slug: string;
  dir: string;
  /** The real path of the plans folder it was found in (links resolved once, here): no file of the plan is read from outside it. */
  root: string;
  planFile: string;
  checkinFiles: string[];
  reviewFiles: string[];
  /** Files under checkins/ or reviews/ whose name does not start with a date. */
  strayFiles: string[];
}

export type FoundPlans = { ok: true; plans: PlanFiles[] } | { ok: false; message: string };

/** A dated file: `YYYY-MM-DD.md`, or the date, a hyphen and anything, `.md`. */
export const DATED_FILE = /^(\d{4}-\d{2}-\d{2})(?:-.*)?\.md$/;

export function findPlans(plansDir: string): FoundPlans {
  if (!existsSync(plansDir)) return { ok: false, message: `the plans folder ${plansDir} does not exist; create a plan with 'waymark new plan SLUG' or point to your plans with --plans DIR` };
  if (!statSync(plansDir).isDirectory()) return { ok: false, message: `${plansDir} is not a folder; --plans takes the folder that holds your plans` };
  // A folder that is itself a plan is accepted as the only plan.
  if (existsSync(join(plansDir, 'plan.md'))) return { ok: true, plans: [planFiles(plansDir, plansDir)] };
  const plans = readdirSync(plansDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => join(plansDir, entry.name))
    .filter((dir) => existsSync(join(dir, 'plan.md')) || existsSync(join(dir, 'checkins')) || existsSync(join(dir, 'reviews')))
    .sort()
    .map((dir) => planFiles(dir, plansDir));
  return { ok: true, plans };
}

export function planFiles(dir: string, root: string = dir): PlanFiles {
  const checkins = datedFiles(join(dir, 'checkins'));
  const reviews = datedFiles(join(dir, 'reviews'));
  return {
    // resolve: a plan folder given as '.' is named by its real name.
    slug: basename(resolve(dir)),
    dir,
    root: realRoot(root),
    planFile: join(dir, 'plan.md'),
    checkinFiles: checkins.dated,
    reviewFiles: reviews.dated,
    strayFiles: [...checkins.stray, ...reviews.stray],
  };
}

function datedFiles(root: string): { dated: string[]; stray: string[] } {
  const dated: string[] = [];
  const stray: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // Links to folders are not followed; every other entry (links, pipes, devices too) is listed, for the reader to accept or refuse by name.
      else if (!(entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isDirectory())) {
        (DATED_FILE.test(entry.name) ? dated : stray).push(path);
      }
    }
  };
  if (existsSync(root) && statSync(root).isDirectory()) walk(root);
  return { dated: dated.sort(), stray: stray.sort() };
}

/** The folder's real path, or the path as given when it cannot be resolved (reading its files then says why). */
function realRoot(root: string): string {
  try {
    // The native call, as readText places each file: the two must spell a path alike (case on macOS, short names on Windows).
    return realpathSync.native(root);
  } catch {
    return root;
  }
}
