// Plan files are regular files inside the plans folder: links that lead out of it and special files are refused by name, and never waited on.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { BIN } from './run-cli.js';

const TODAY = ['--today', '2026-11-24'];

/** The real command, given at most 15 s: a read that blocks shows as a timeout, not a hung test run. */
function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args, ...TODAY], { cwd, env: { ...process.env, NO_COLOR: '1', WAYMARK_PLANS: '', GITHUB_ACTIONS: '', ...env }, encoding: 'utf8', timeout: 15_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
}

function allText(folder: string): string {
  if (!existsSync(folder)) return '';
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe.skipIf(process.platform === 'win32')('plan files that are not regular files inside the plans folder', () => {
  it('refuses a check-in that links to /etc/passwd, and builds nothing of it', { timeout: 60_000 }, () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    symlinkSync('/etc/passwd', join(fixture.plan, 'checkins/2026-11-21.md'));
    const checked = run(['check'], cwd);
    expect(checked.stdout).toBe(
      [
        'plans/sam/checkins/2026-11-21.md:1:1: error file-unreadable: this file is a link to /etc/passwd, outside the plans folder, so it was not read; copy what you need into the plans folder instead of linking to it',
        '1 problem (1 error, 0 warnings) in 3 files',
        '',
      ].join('\n'),
    );
    expect(checked.code).toBe(1);
    const built = run(['build', '--out', 'site'], cwd);
    expect(built.code).toBe(1);
    expect(allText(join(cwd, 'site'))).not.toContain('root:');
  });

  it('never publishes /proc/self/environ, with the passphrase in it, through a link', { timeout: 60_000 }, () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    symlinkSync('/proc/self/environ', join(fixture.plan, 'checkins/2026-11-22.md'));
    const built = run(['build', '--out', 'site'], cwd, { WAYMARK_PASSPHRASE: 'a passphrase nobody may see' });
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('plans/sam/checkins/2026-11-22.md:1:1: error file-unreadable: this file is a link to /proc/');
    expect(built.stderr).not.toContain('a passphrase nobody may see');
    expect(allText(join(cwd, 'site'))).not.toContain('a passphrase nobody may see');
  });

  it('still reads a link to another file inside the plans folder', { timeout: 60_000 }, () => {
    const fixture = planFixture();
    mkdirSync(join(fixture.plans, 'drafts'));
    writeFileSync(join(fixture.plans, 'drafts/day.md'), '---\nmood: 4\n---\nA quiet evening.\n');
    symlinkSync('../../drafts/day.md', join(fixture.plan, 'checkins/2026-11-21.md'));
    const checked = run(['check'], dirname(fixture.plans));
    expect(checked.stdout).toBe('no problems in 3 files\n');
    expect(checked.code).toBe(0);
  });

  it('refuses a named pipe as plan.md or as a check-in without waiting on it, and a link to /dev/zero', { timeout: 60_000 }, () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    execFileSync('mkfifo', [join(fixture.plan, 'checkins/2026-11-21.md')]);
    symlinkSync('/dev/zero', join(fixture.plan, 'checkins/2026-11-22.md'));
    const checked = run(['check'], cwd);
    expect(checked.timedOut).toBe(false);
    expect(checked.stdout).toBe(
      [
        'plans/sam/checkins/2026-11-21.md:1:1: error file-unreadable: this is a named pipe (FIFO), not a regular file, so it was not read; a plan file is an ordinary text file saved by an editor',
        'plans/sam/checkins/2026-11-22.md:1:1: error file-unreadable: this file is a link to /dev/zero, outside the plans folder, so it was not read; copy what you need into the plans folder instead of linking to it',
        '2 problems (2 errors, 0 warnings) in 4 files',
        '',
      ].join('\n'),
    );

    const pipe = planFixture({ 'plan.md': null });
    execFileSync('mkfifo', [join(pipe.plan, 'plan.md')]);
    for (const command of [['check'], ['report'], ['build', '--out', 'site']]) {
      const result = run(command, dirname(pipe.plans));
      expect(result.timedOut, command[0]).toBe(false);
      expect(result.code, command[0]).toBe(1);
      expect(result.stdout + result.stderr, command[0]).toContain('plans/sam/plan.md:1:1: error file-unreadable: this is a named pipe (FIFO), not a regular file');
    }
  });
});
