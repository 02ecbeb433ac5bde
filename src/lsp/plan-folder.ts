// Which plan a file belongs to, and what kind of plan file it is: the language server's map from an editor's file to Waymark's.

import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { DATED_FILE } from '../load/find-plans.js';
import type { FileKind } from '../load/read-source.js';

/** A plan file's kind; 'stray' for a file under checkins/ or reviews/ whose name is not a date. */
export type PlanFileKind = FileKind | 'stray';

/**
 * The plan folder that holds `file`: with a plans folder given (--plans, WAYMARK_PLANS), the folder itself when
 * it is one plan, else its sub-folder on the way to the file; otherwise the nearest ancestor `plans/<slug>/`,
 * or failing that the nearest ancestor with a plan.md. Null when the file is in no plan.
 */
export function planFolderOf(file: string, plansDir: string | undefined): string | null {
  const path = resolve(file);
  if (plansDir !== undefined) {
    const root = resolve(plansDir);
    const inside = relative(root, path);
    if (inside === '' || inside.startsWith('..') || resolve(root, inside) !== path) return null;
    if (existsSync(join(root, 'plan.md'))) return root;
    const [slug, ...rest] = inside.split(sep);
    return slug !== undefined && rest.length > 0 ? join(root, slug) : null;
  }
  for (let dir = dirname(path); dirname(dir) !== dir; dir = dirname(dir)) {
    if (basename(dirname(dir)) === 'plans') return dir;
  }
  for (let dir = dirname(path); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'plan.md'))) return dir;
  }
  return null;
}

/** What `file` is to the plan in `planDir`, as `check` reads it; null for a file `check` does not read. */
export function planFileKind(planDir: string, file: string): PlanFileKind | null {
  const parts = relative(planDir, resolve(file)).split(sep);
  if (parts.length === 1 && parts[0] === 'plan.md') return 'plan';
  const name = parts.at(-1) ?? '';
  if (parts.length < 2 || parts.some((part) => part.startsWith('.'))) return null;
  if (parts[0] === 'checkins') return DATED_FILE.test(name) ? 'checkin' : 'stray';
  if (parts[0] === 'reviews') return DATED_FILE.test(name) ? 'review' : 'stray';
  return null;
}
