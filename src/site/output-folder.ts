// Keeps the build's output folder safe: never the plans or the project, and only ever cleared when an earlier build made it.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** Written into every output folder; its presence is what allows the next build to clear the folder. */
export const SITE_MARKER = '.waymark-site';

/** Why `out` must not be the output folder, or null when it may be. */
export function unsafeOutputReason(out: string, plansDir: string, cwd: string = process.cwd()): string | null {
  const target = realPath(resolve(cwd, out));
  const plans = realPath(resolve(cwd, plansDir));
  const project = realPath(cwd);
  if (target === plans) return `${out} is the plans folder: the site would overwrite your plan`;
  if (isInside(plans, target)) return `${out} contains the plans folder (${plansDir}): building there could delete your plan`;
  if (isInside(target, plans)) return `${out} is inside the plans folder: the site is never written among your plan files`;
  const places: [string | null, string][] = [
    [repositoryRoot(project), "the repository's root folder"],
    [repositoryRoot(plans), "the plans repository's root folder"],
    [project, 'the current folder'],
  ];
  for (const [root, name] of places) {
    if (root === null) continue;
    if (target === root) return `${out} is ${name} (${root}): pick a folder of its own, such as _site`;
    if (isInside(root, target)) return `${out} is above ${name} (${root}): pick a folder of its own, such as _site`;
  }
  return null;
}

/**
 * Makes `out` ready for a new build: creates it, or empties it when an earlier build wrote it.
 * Returns an explanation instead when it holds anything else, which is left untouched.
 */
export function prepareOutputFolder(out: string): string | null {
  if (!existsSync(out)) {
    mkdirSync(out, { recursive: true });
  } else {
    if (!statSync(out).isDirectory()) return `${out} is a file, not a folder: pick a folder for the site with --out`;
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(SITE_MARKER)) {
      return `${out} already holds files that waymark build did not write; to keep them safe nothing was deleted. Pick an empty or new folder with --out, or empty this one yourself`;
    }
    for (const entry of entries) rmSync(join(out, entry), { recursive: true, force: true });
  }
  markOutputFolder(out);
  return null;
}

export function markOutputFolder(out: string): void {
  writeFileSync(join(out, SITE_MARKER), 'This folder was written by `waymark build`, which empties it before each build.\n');
}

/** True when git tracks any file in `out` (a built site holds health data and does not belong in a repository). */
export function isTrackedByGit(out: string): boolean {
  try {
    const folder = resolve(out);
    const listed = execFileSync('git', ['ls-files', '--', basename(folder)], { cwd: dirname(folder), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return listed.trim().length > 0;
  } catch {
    return false;
  }
}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest, so that symlinks cannot hide a folder. */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}

/** The nearest folder at or above `start` that holds a `.git`, or null. */
function repositoryRoot(start: string): string | null {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return null;
  }
}
