// `waymark init` starts a plan repository, never overwrites a file, and says what it kept.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waymark } from './run-cli.js';

const FILES = ['plans/river/plan.md', 'README.md', '.gitignore', '.github/workflows/waymark.yml'];

describe('waymark init', () => {
  it('writes the plan, README, .gitignore and workflow, starts a git repository, and the plan checks', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-init-'));
    const run = waymark(['init', 'sams-plan', '--name', 'Sam', '--slug', 'river', '--today', '2026-11-24'], { cwd });
    expect(run).toEqual({
      code: 0,
      stdout: [
        'created sams-plan/plans/river/plan.md',
        'created sams-plan/README.md',
        'created sams-plan/.gitignore',
        'created sams-plan/.github/workflows/waymark.yml',
        'started a git repository in sams-plan',
        '',
        'Next: open plans/river/plan.md and fill in what fits you now, then',
        '  cd sams-plan && waymark check && waymark new checkin',
        'README.md has the daily routine, and how to publish the site encrypted.',
        'Before the GitHub workflow can check the plan, tell it where to install Waymark from: the repository variable WAYMARK_INSTALL (README.md says how).',
        '',
      ].join('\n'),
      stderr: '',
    });
    const repo = join(cwd, 'sams-plan');
    expect(existsSync(join(repo, '.git'))).toBe(true);
    const plan = readFileSync(join(repo, 'plans/river/plan.md'), 'utf8').split('\n');
    expect(plan.slice(1, 8)).toEqual([
      '# yaml-language-server: $schema=../../schemas/plan.schema.json',
      '# Your recovery support plan. Lines starting with # are notes for you; Waymark ignores them.',
      '# Fill in what fits you now and come back to the rest: the plan grows with you.',
      '# Check it at any time with: waymark check',
      "title: Sam's recovery plan",
      'person: Sam                 # how the site greets you; a first name or a pseudonym',
      'started: 2026-11-24         # your start date (YYYY-MM-DD): days count from here',
    ]);
    expect(readFileSync(join(repo, '.gitignore'), 'utf8')).toMatch(/^_site\/$/m);
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toMatch(/^# Sam's recovery plan\n/);
    const check = waymark(['check', '--today', '2026-11-24'], { cwd: repo });
    expect(check.stdout).toBe("plans/river/plan.md:61:5: warning smart-time-bound: goal 'weekly-group' has no due date\n1 problem (0 errors, 1 warning) in 1 file\n");
  });

  it('run again, keeps every file as it is, names each, and exits 1', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-init-'));
    expect(waymark(['init', '--slug', 'river'], { cwd }).code).toBe(0);
    const before = FILES.map((file) => readFileSync(join(cwd, file), 'utf8'));
    writeFileSync(join(cwd, 'README.md'), 'My own words.\n');
    expect(waymark(['init'], { cwd })).toEqual({
      code: 1,
      stdout: [
        "kept plans/ (it holds 'river' already; add another plan with --slug)",
        'kept README.md (already there)',
        'kept .gitignore (already there)',
        'kept .github/workflows/waymark.yml (already there)',
        '',
      ].join('\n'),
      stderr: 'waymark: everything was already there, so nothing was changed.\n',
    });
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe('My own words.\n');
    expect(FILES.filter((file) => file !== 'README.md').map((file) => readFileSync(join(cwd, file), 'utf8'))).toEqual(before.filter((_, i) => FILES[i] !== 'README.md'));
  });

  it('inside a repository already, adds what is missing without a second git repository, and says what .gitignore lacks', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-init-'));
    mkdirSync(join(cwd, '.git'));
    writeFileSync(join(cwd, '.gitignore'), 'notes/\n');
    const run = waymark(['init', 'recovery', '--today', '2026-11-24'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 6)).toEqual([
      'created recovery/plans/my-plan/plan.md',
      'created recovery/README.md',
      'created recovery/.gitignore',
      'created recovery/.github/workflows/waymark.yml',
      `note: recovery is inside the git repository at ${cwd}, and GitHub reads workflows only from .github/ at a repository's root: move the workflow there, or give the plan a repository of its own`,
      '',
    ]);
    expect(existsSync(join(cwd, 'recovery/.git'))).toBe(false);
    const here = waymark(['init', '--slug', 'river', '--today', '2026-11-24'], { cwd });
    expect(here.stdout.split('\n').slice(0, 4)).toEqual([
      'created plans/river/plan.md',
      'created README.md',
      "kept .gitignore (already there): add a line '_site/' to it, so the built site stays out of git",
      'created .github/workflows/waymark.yml',
    ]);
    expect(readFileSync(join(cwd, '.gitignore'), 'utf8')).toBe('notes/\n');
  });

  it('says what is wrong with the call, with exit 2, and writes nothing', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-init-'));
    writeFileSync(join(cwd, 'a-file'), '');
    expect(waymark(['init', '--slug', 'My Plan'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: init: 'My Plan' cannot name a plan: use lowercase letters, digits and hyphens, such as 'my-plan'\n" });
    expect(waymark(['init', 'a-file'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'waymark: init: a-file is a file; name a folder for the repository\n' });
    expect(waymark(['init', '--plans', 'elsewhere'], { cwd }).stderr).toBe(
      "waymark: init: a plan repository keeps its plans in plans/, so init takes no --plans; name the repository's folder instead, such as 'waymark init my-plan'\n",
    );
    expect(waymark(['init', '--name', ''], { cwd }).code).toBe(2);
    expect(existsSync(join(cwd, 'plans'))).toBe(false);
  });
});
