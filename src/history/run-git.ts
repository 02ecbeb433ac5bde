// Runs the git binary read-only (no optional locks, no pager, no prompts) and says whether git is there at all.

import { spawnSync } from 'node:child_process';

export type GitRun = { ok: true; stdout: Buffer } | { ok: false; missing: boolean; message: string };

/** Log and blob output of a long history: far more than any plan's, far less than memory. */
const MAX_OUTPUT = 1 << 30;

/**
 * `git --no-optional-locks -C folder …args`: never takes the index lock, never refreshes the index,
 * never opens an editor or a pager. `input` is written to its standard input.
 */
export function runGit(folder: string, args: readonly string[], input?: string): GitRun {
  const run = spawnSync('git', ['--no-optional-locks', '-C', folder, '-c', 'log.showSignature=false', '-c', 'core.quotePath=false', ...args], {
    input,
    maxBuffer: MAX_OUTPUT,
    env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    return { ok: false, missing: code === 'ENOENT', message: run.error.message };
  }
  if (run.status !== 0) return { ok: false, missing: false, message: run.stderr.toString('utf8').trim() };
  return { ok: true, stdout: run.stdout };
}
