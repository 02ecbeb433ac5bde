// Keeps the build's output folder safe: never the plans or the project, and only ever cleared of what an earlier build made.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { repositoryRoot } from '../load/repository-root.js';

/** Written into every output folder; its presence is what allows the next build to replace what the folder holds. */
export const SITE_MARKER = '.waymark-site';

/** Why `out` must not be the output folder, or null when it may be. */
export function unsafeOutputReason(out: string, plansDir: string, cwd: string = process.cwd()): string | null {
  const target = realPath(resolve(cwd, out));
  const plans = realPath(resolve(cwd, plansDir));
  const project = realPath(cwd);
  if (target === plans) return `${out} is the plans folder: the site would overwrite your plan`;
  if (isInside(plans, target)) return `${out} contains the plans folder (${plansDir}): building there could delete your plan`;
  if (isInside(target, plans)) {
    const instead = outsidePlans(plans, cwd);
    return `${out} is inside the plans folder: the site is never written among your plan files${instead === null ? '' : `; use --out ${instead} instead`}`;
  }
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

/** An output folder outside the plans: `_site` at the repository's root, else one beside the plans folder; relative to `cwd`. */
function outsidePlans(plans: string, cwd: string): string | null {
  const root = repositoryRoot(plans);
  const candidates = [...(root === null ? [] : [join(root, '_site')]), join(dirname(plans), `${basename(plans)}-site`)];
  const safe = candidates.map((candidate) => relative(cwd, candidate) || '.').find((candidate) => unsafeOutputReason(candidate, plans, cwd) === null);
  return safe === undefined ? null : safe.split('\\').join('/');
}

/**
 * Makes `out` ready for a new build: creates it, or accepts it when it is empty or an earlier build
 * wrote it (that build's pages are overwritten, then `pruneOutputFolder` removes the rest).
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
  }
  markOutputFolder(out);
  return null;
}

/**
 * After a full build: removes from `out` everything this build did not write (pages of check-ins
 * since deleted, an earlier encrypted build's files) and the folders left empty. Overwriting and then
 * pruning leaves the last site in place until the new one stands, and is quicker than emptying first.
 */
export function pruneOutputFolder(out: string, written: Iterable<string>): void {
  const keep = new Set([...written].map((file) => resolve(file)));
  keep.add(resolve(out, SITE_MARKER));
  const sweep = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && sweep(path)) rmdirSync(path);
      else if (!entry.isDirectory() && !keep.has(path)) rmSync(path, { force: true });
      else empty = false;
    }
    return empty;
  };
  sweep(resolve(out));
}

export function markOutputFolder(out: string): void {
  writeFileSync(join(out, SITE_MARKER), 'This folder was written by `waymark build`, which replaces everything in it at each build.\n');
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
