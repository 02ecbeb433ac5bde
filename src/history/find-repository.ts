// Finds the git repository a plan folder is kept in, and whether its history is complete.

import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { runGit } from './run-git.js';

export type GitState = 'ok' | 'shallow' | 'not-a-repository' | 'no-git' | 'not-committed';

export interface FoundRepository {
  found: true;
  root: string;
  /** The plan folder's path inside the repository, ending in `/` (or '' at its root). */
  prefix: string;
  shallow: boolean;
  /** This working tree's git folder (HEAD), and the folder its branches and packed refs live in (the same but in a linked worktree). */
  gitDir: string;
  commonDir: string;
}

export type Repository = FoundRepository | { found: false; git: 'no-git' | 'not-a-repository' };

/** One `git rev-parse`. */
export function findRepository(folder: string): Repository {
  const run = runGit(folder, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository', '--absolute-git-dir', '--git-common-dir']);
  if (!run.ok) return { found: false, git: run.missing ? 'no-git' : 'not-a-repository' };
  const [root = '', prefix = '', shallow = '', gitDir = '', commonDir = ''] = run.stdout.toString('utf8').split('\n');
  // Inside .git itself, or a bare repository: there is no working tree to hold a plan.
  if (root === '') return { found: false, git: 'not-a-repository' };
  // --git-common-dir may be relative to the folder git ran in, which is the real one: `..` in it is taken from there, not from a link.
  return { found: true, root, prefix, shallow: shallow.trim() === 'true', gitDir, commonDir: resolve(realpathSync.native(folder), commonDir) };
}
