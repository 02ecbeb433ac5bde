// `waymark build` as a person runs it: refusing plans with errors, keeping the output folder safe, and a short summary.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { listFiles } from '../site/built-site.js';
import { waymark } from './run-cli.js';

const TODAY = ['--today', '2026-11-24'];

/** Every file under the plans folder with its content, to show that a command changed nothing there. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(listFiles(folder).map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
}

describe('waymark build', () => {
  it('checks, writes the site and ends with a short summary', () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    const run = waymark(['build', ...TODAY], { cwd });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^built 12 pages for 1 plan in \d+\.\d s: open _site\/index\.html\n$/);
    expect(run.code).toBe(0);
    expect(existsSync(join(cwd, '_site/sam/crisis.html'))).toBe(true);
  }, 60_000);

  it('refuses to build a plan with errors, lists them as check does, and writes nothing', () => {
    const fixture = planFixture({ 'checkins/2026-11-21.md': '---\ntriggers: [paydy]\n---\n' });
    const cwd = dirname(fixture.plans);
    const run = waymark(['build', '--out', 'site', ...TODAY], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        "plans/sam/checkins/2026-11-21.md:2:12: error unknown-ref: trigger 'paydy' is not in plan.md (did you mean 'payday'?)",
        '1 problem (1 error, 0 warnings) in 3 files',
        "nothing was built: 'sam' has errors. Fix them (each line above says where), then build again.",
        '',
      ].join('\n'),
    );
    expect(existsSync(join(cwd, 'site'))).toBe(false);
  }, 60_000);

  it('prints warnings and builds anyway', () => {
    const fixture = planFixture({ 'checkins/2026-11-21.md': '---\nmoood: 3\n---\n' });
    const run = waymark(['build', '--out', 'site', ...TODAY], { cwd: dirname(fixture.plans) });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("plans/sam/checkins/2026-11-21.md:2:1: warning unknown-field: 'moood' is not a check-in field or a goal's metric (did you mean 'mood'?)\n");
    expect(run.stdout).toMatch(/^built 12 pages/);
  }, 60_000);

  it.each([
    ['plans', 'plans is the plans folder: the site would overwrite your plan'],
    ['plans/sam/site', 'plans/sam/site is inside the plans folder'],
    ['.', '. contains the plans folder (plans)'],
  ])('refuses --out %s with exit 2, touching nothing', (out, message) => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    const before = snapshot(cwd);
    const run = waymark(['build', '--out', out, ...TODAY], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`waymark: build: ${message}`);
    expect(snapshot(cwd)).toEqual(before);
  });

  it('says which --out to use when the output folder would be inside the plans folder, and that one builds', () => {
    const fixture = planFixture();
    const repo = dirname(fixture.plans);
    mkdirSync(join(repo, '.git'));
    // Run inside the plan's own folder, as the only plan: the default _site would sit among its files.
    const refused = waymark(['build', '--plans', '.', ...TODAY], { cwd: fixture.plan });
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'waymark: build: _site is inside the plans folder: the site is never written among your plan files; use --out ../../_site instead; nothing was written.\n' });
    const built = waymark(['build', '--plans', '.', '--out', '../../_site', ...TODAY], { cwd: fixture.plan });
    expect(built.code).toBe(0);
    expect(existsSync(join(repo, '_site/index.html'))).toBe(true);
    // Outside a repository, beside the plans folder.
    const alone = planFixture();
    expect(waymark(['build', '--plans', '.', ...TODAY], { cwd: alone.plan }).stderr).toBe(
      'waymark: build: _site is inside the plans folder: the site is never written among your plan files; use --out ../sam-site instead; nothing was written.\n',
    );
  }, 60_000);

  it('refuses an --out folder that contains the plans folder, wherever it is', () => {
    const fixture = planFixture();
    const run = waymark(['build', '--out', dirname(fixture.plans), '--plans', fixture.plans, ...TODAY], { cwd: tmpdir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('contains the plans folder');
  });

  it.each([
    ['.', '', ". is the repository's root folder"],
    ['..', 'docs', ".. is the repository's root folder"],
    ['.', 'docs', '. is the current folder'],
  ])('refuses --out %s (run in project/%s, the plans kept elsewhere): never the repository root nor the current folder', (out, folder, message) => {
    const fixture = planFixture();
    const project = join(dirname(fixture.plans), 'project');
    mkdirSync(join(project, 'docs'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: project });
    const run = waymark(['build', '--out', out, '--plans', fixture.plans, ...TODAY], { cwd: join(project, folder) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`waymark: build: ${message}`);
    expect(listFiles(project).filter((file) => !file.startsWith('.git/'))).toEqual([]);
  });

  it('refuses a folder that holds files it did not write, and leaves them there', () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    mkdirSync(join(cwd, 'photos'));
    writeFileSync(join(cwd, 'photos/holiday.jpg'), 'not a site');
    const run = waymark(['build', '--out', 'photos', ...TODAY], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('photos already holds files that waymark build did not write; to keep them safe nothing was deleted.');
    expect(listFiles(join(cwd, 'photos'))).toEqual(['holiday.jpg']);
  });

  it('refuses an --out that is a file', () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    writeFileSync(join(cwd, 'notes.txt'), 'mine');
    const run = waymark(['build', '--out', 'notes.txt', ...TODAY], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('notes.txt is a file, not a folder');
    expect(readFileSync(join(cwd, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('replaces its own earlier output, removing pages it no longer makes, and touches nothing outside it', () => {
    const fixture = planFixture({ 'checkins/2026-10-19.md': '---\nmood: 3\n---\nAn ordinary day.\n' });
    const cwd = dirname(fixture.plans);
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd }).code).toBe(0);
    expect(existsSync(join(cwd, 'site/sam/checkins/2026-10.html'))).toBe(true);
    rmSync(join(fixture.plan, 'checkins/2026-10-19.md'));
    writeFileSync(join(cwd, 'beside.txt'), 'keep me');
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd }).code).toBe(0);
    expect(existsSync(join(cwd, 'site/sam/checkins/2026-10.html'))).toBe(false);
    expect(existsSync(join(cwd, 'site/sam/checkins/2026-11.html'))).toBe(true);
    expect(readFileSync(join(cwd, 'beside.txt'), 'utf8')).toBe('keep me');
  }, 60_000);

  it('warns when git tracks the output folder', () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd }).code).toBe(0);
    execFileSync('git', ['init', '-q'], { cwd });
    execFileSync('git', ['add', 'site'], { cwd });
    const run = waymark(['build', '--out', 'site', ...TODAY], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: git tracks files in site: a built site holds your plan, so keep it out of the repository');
  }, 60_000);

  it('explains itself with --help', () => {
    const run = waymark(['build', '--help'], { cwd: '/' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: waymark build [--out DIR]');
  });
});
