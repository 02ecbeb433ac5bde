// Runs the real `waymark` command (bin/waymark.js, built to dist/) in a child process.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '../../bin/waymark.js');

/** Fixtures have no node_modules/, so `build` and `serve` keep their cache under $XDG_CACHE_HOME: a folder of the tests' own, not the home folder. */
export const TEST_CACHE_HOME = mkdtempSync(join(tmpdir(), 'waymark-cache-home-'));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function waymark(args: string[], options: { cwd: string; env?: Record<string, string> }): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    // GITHUB_ACTIONS is cleared so that a run in GitHub's CI prints what a person's terminal does.
    env: { ...process.env, NO_COLOR: '1', WAYMARK_PLANS: '', GITHUB_ACTIONS: '', XDG_CACHE_HOME: TEST_CACHE_HOME, ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
