// Finds the git repository a plan folder is kept in, and whether its history is complete.

import { runGit } from './run-git.js';

export type GitState = 'ok' | 'shallow' | 'not-a-repository' | 'no-git' | 'not-committed';

export type Repository = { found: true; root: string; prefix: string; shallow: boolean } | { found: false; git: 'no-git' | 'not-a-repository' };

/** `prefix` is the plan folder's path inside the repository, ending in `/` (or '' at its root). */
export function findRepository(folder: string): Repository {
  const run = runGit(folder, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']);
  if (!run.ok) return { found: false, git: run.missing ? 'no-git' : 'not-a-repository' };
  const [root = '', prefix = '', shallow = ''] = run.stdout.toString('utf8').split('\n');
  // Inside .git itself, or a bare repository: there is no working tree to hold a plan.
  if (root === '') return { found: false, git: 'not-a-repository' };
  return { found: true, root, prefix, shallow: shallow.trim() === 'true' };
}
