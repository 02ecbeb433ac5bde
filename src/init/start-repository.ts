// Starts a plan repository in a folder: writes the files that are missing, keeps the rest, and runs `git init` where needed.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findPlans } from '../load/find-plans.js';
import { repositoryRoot } from '../load/repository-root.js';
import { createFile } from '../new/create-file.js';
import { installSource } from './install-source.js';
import { planRepositoryFiles } from './plan-repository.js';

/** What happened to each part of the repository, in order; `path` is where it is on disk. */
export type Outcome =
  | { kind: 'created'; path: string }
  | { kind: 'kept'; path: string; missingSiteLine: boolean }
  | { kind: 'kept-plans'; path: string; slugs: string[] }
  | { kind: 'inside-repository'; root: string }
  | { kind: 'git-started' }
  | { kind: 'git-failed'; reason: string };

export interface Started {
  outcomes: Outcome[];
  /** Whether anything was written (a file, or a new git repository). */
  wrote: boolean;
  /** The plan's folder name. */
  slug: string;
  /** Where the workflow installs Waymark from, or null. */
  source: string | null;
}

export function startRepository(dir: string, options: { slug: string | undefined; name: string | undefined; today: string }): Started {
  mkdirSync(dir, { recursive: true });
  // Run again without --slug, init keeps the plans already there rather than adding a second one.
  const found = findPlans(join(dir, 'plans'));
  const existing = found.ok && options.slug === undefined ? found.plans.map((plan) => plan.slug) : [];
  const slug = options.slug ?? existing[0] ?? 'my-plan';
  const source = installSource();
  const outcomes: Outcome[] = [];
  for (const file of planRepositoryFiles({ slug, name: options.name, today: options.today, source })) {
    const path = join(dir, ...file.path.split('/'));
    if (file.path.startsWith('plans/') && existing.length > 0) {
      outcomes.push({ kind: 'kept-plans', path: join(dir, 'plans'), slugs: existing });
      continue;
    }
    if (createFile(path, file.text).ok) outcomes.push({ kind: 'created', path });
    else outcomes.push({ kind: 'kept', path, missingSiteLine: file.path === '.gitignore' && !/^\/?_site\/?$/m.test(readFileSync(path, 'utf8')) });
  }
  const root = repositoryRoot(dir);
  if (root !== null && root !== resolve(dir)) outcomes.push({ kind: 'inside-repository', root });
  if (root === null) {
    const git = spawnSync('git', ['init', '--quiet'], { cwd: dir, encoding: 'utf8' });
    outcomes.push(git.error || git.status !== 0 ? { kind: 'git-failed', reason: git.error?.message ?? git.stderr.trim() } : { kind: 'git-started' });
  }
  const wrote = outcomes.some((o) => o.kind === 'created' || o.kind === 'git-started');
  return { outcomes, wrote, slug, source };
}
