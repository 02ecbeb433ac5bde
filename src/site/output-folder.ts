// Keeps the build's output folder safe: never the plans or the project, and out of git.

import { execFileSync } from 'node:child_process';
import { SITE_MARKER } from '../output/manifest.js';
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isInside } from '../load/inside-folder.js';
import { repositoryRoot } from '../load/repository-root.js';


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

/** For `npx @11ty/eleventy` through .eleventy.js, which writes `_site` itself: marks it as a build's with a plain-text marker, which the next build reads as listing every file there (src/output/manifest.ts). */
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

/** The real path of `path`, or of its nearest existing ancestor joined with the rest, so that symlinks cannot hide a folder. */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}
