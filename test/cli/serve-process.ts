// Runs `waymark serve` as a child process for tests, and waits for what it prints.

import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, TEST_CACHE_HOME } from './run-cli.js';

export interface Served {
  child: ChildProcess;
  url: string;
  /** Everything printed so far, standard output and error together. */
  log(): string;
  /** Resolves when the output matches `pattern` (after what had been printed before the call, if `fresh`). */
  waitFor(pattern: RegExp, fresh?: boolean): Promise<void>;
  /** Sends Ctrl+C and resolves with the exit code. */
  stop(): Promise<number | null>;
}

export async function startServe(args: string[], cwd: string): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd, env: { ...process.env, NO_COLOR: '1', WAYMARK_PLANS: '', XDG_CACHE_HOME: TEST_CACHE_HOME }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const waitFor = async (pattern: RegExp, fresh = false) => {
    const from = fresh ? text.length : 0;
    const deadline = Date.now() + 10_000;
    while (!pattern.test(text.slice(from))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`serve never printed ${pattern}:\n${text}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await waitFor(/serving the site at (http:\/\/\S+)/);
  const url = /serving the site at (http:\/\/\S+)/.exec(text)![1]!;
  return {
    child,
    url,
    log: () => text,
    waitFor,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGINT');
      }),
  };
}
