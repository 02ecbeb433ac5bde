// `waymark history` on real repositories: the contract's JSON, the terminal's words, and git missing, absent or shallow.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GIT_ENV, TestRepository } from '../history/git-repository.js';
import { samRepository, samVersions, TODAY } from '../history/sam-history.js';
import { waymark } from './run-cli.js';

const made: string[] = [];
afterAll(() => made.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const sam = samRepository();
made.push(sam.root);
const short = (subject: string) => sam.git('log', '--format=%h', `--grep=^${subject}$`).trim();
const hashes = { start: short('Start my plan'), broken: short('Half-finished edit'), payday: short('Payday, and a higher target'), reviewed: short('Changes from my review') };

function history(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  return waymark(['history', '--today', TODAY, ...args], { cwd, env: { ...GIT_ENV, ...env } });
}

describe('waymark history', () => {
  it('prints the versions as the contract’s JSON, oldest first', () => {
    const run = history(sam.root, ['--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ plans: [{ slug: 'samantha', git: 'ok', versions: samVersions(hashes) }] });
  });

  it('lists the versions newest first, each change in words, with the days before and after', () => {
    const run = history(sam.root, ['samantha']);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'samantha: 5 versions of plan.md',
        '',
        '2026-11-05  not yet committed',
        '  Added a person who supports you: Jo',
        '  28 days before: 3 check-ins, mood 4.3, craving 1.5, no days of use',
        '  after:          no check-ins (2026-11-05 to 2026-11-05)',
        '  Fewer than 7 check-ins on either side: read these figures lightly.',
        '',
        `2026-10-20  ${hashes.reviewed}  Changes from my review`,
        '  Changed the goal “Go to meetings every week”: due date from 31 December 2026 to 31 January 2027; status from active to paused',
        '  around the review of 2026-10-18',
        '  28 days before: 3 check-ins, mood 3.7, craving 3.0, no days of use',
        '  after:          2 check-ins, mood 4.5, craving 1.0, no days of use (2026-10-20 to 2026-11-04)',
        '  Fewer than 7 check-ins on either side: read these figures lightly.',
        '',
        `2026-10-01  ${hashes.payday}  Payday, and a higher target`,
        '  Added a trigger: Payday, with coping: Walk',
        '  Changed the goal “Go to meetings every week”: target from 2 to 3',
        '  Removed a strength: Honest',
        '  Added a strength: Patient',
        '  28 days before: 2 check-ins, mood 2.5, craving 5.0, 1 day of use',
        '  after:          2 check-ins, mood 4.0, craving 2.5, no days of use (2026-10-01 to 2026-10-19)',
        '  Fewer than 7 check-ins on either side: read these figures lightly.',
        '',
        `2026-09-29  ${hashes.broken}  Half-finished edit`,
        '  this version of plan.md did not read as a valid plan, so it is skipped in the comparison',
        '  28 days before: 2 check-ins, mood 2.5, craving 5.0, 1 day of use',
        '  after:          no check-ins (2026-09-29 to 2026-09-30)',
        '  Fewer than 7 check-ins on either side: read these figures lightly.',
        '',
        `2026-09-01  ${hashes.start}  Start my plan`,
        '  the plan’s first version',
        '  28 days before: no check-ins',
        '  after:          2 check-ins, mood 2.5, craving 5.0, 1 day of use (2026-09-01 to 2026-09-28)',
        '  Fewer than 7 check-ins on either side: read these figures lightly.',
        '',
      ].join('\n'),
    });
  });

  it('says a shallow clone has no older history, and lists what it has', () => {
    const clones = mkdtempSync(join(tmpdir(), 'waymark-shallow-'));
    made.push(clones);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${sam.root}`, join(clones, 'copy')], { env: { ...process.env, ...GIT_ENV } });
    const run = history(join(clones, 'copy'), ['--json']);
    const json = JSON.parse(run.stdout);
    expect(json.plans[0].git).toBe('shallow');
    expect(json.plans[0].versions.map((v: { commit: string; created: boolean; changes: unknown[] }) => [v.commit, v.created, v.changes])).toEqual([[hashes.reviewed, true, []]]);
    expect(history(join(clones, 'copy')).stdout.split('\n').slice(0, 5)).toEqual([
      'samantha: 1 version of plan.md',
      "This copy of the repository is a shallow clone, so older history is not available here: run 'git fetch --unshallow' to see all of it.",
      '',
      `2026-10-20  ${hashes.reviewed}  Changes from my review`,
      '  the oldest version in this copy of the history',
    ]);
  });

  it('says when git is not installed, and succeeds', () => {
    const empty = mkdtempSync(join(tmpdir(), 'waymark-no-git-'));
    made.push(empty);
    const run = history(sam.root, ['--json'], { PATH: empty });
    expect(run).toEqual({ code: 0, stderr: '', stdout: `${JSON.stringify({ plans: [{ slug: 'samantha', git: 'no-git', versions: [] }] }, null, 2)}\n` });
    expect(history(sam.root, [], { PATH: empty }).stdout).toBe(
      "samantha: 0 versions of plan.md\nGit is not installed here (or not on the PATH), so the plan's history cannot be read. Install git, keep the plan in a repository, and every change you commit shows here.\n",
    );
  });

  it('says when the plan is not in a repository, or never committed, and succeeds', () => {
    const folder = mkdtempSync(join(tmpdir(), 'waymark-no-repo-'));
    made.push(folder);
    mkdirSync(join(folder, 'plans/sam'), { recursive: true });
    execFileSync('cp', [join(sam.root, 'plans/samantha/plan.md'), join(folder, 'plans/sam/plan.md')]);
    expect(JSON.parse(history(folder, ['--json']).stdout)).toEqual({ plans: [{ slug: 'sam', git: 'not-a-repository', versions: [] }] });
    const fresh = new TestRepository();
    made.push(fresh.root);
    fresh.write('plans/sam/plan.md', '---\ntitle: My plan\n---\n');
    const run = history(fresh.root);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('sam: 0 versions of plan.md\nplan.md has not been committed to git yet. Commit it (git add plan.md, then git commit), and every change you commit after that shows here.\n');
  });

  it('never writes to the repository: the index keeps its bytes and its time, and no lock is left', () => {
    const index = join(sam.root, '.git/index');
    const before = { bytes: readFileSync(index), time: statSync(index).mtimeMs };
    // Files changed since the index was written would make a plain `git status` refresh it; history must not.
    sam.write('plans/samantha/checkins/2026-11-04.md', '---\nmood: 3\n---\n');
    expect(history(sam.root, ['--json']).code).toBe(0);
    expect({ bytes: readFileSync(index), time: statSync(index).mtimeMs }).toEqual(before);
    expect(readdirSync(join(sam.root, '.git')).filter((name) => name.endsWith('.lock'))).toEqual([]);
    sam.remove('plans/samantha/checkins/2026-11-04.md');
  });
});
