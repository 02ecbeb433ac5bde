// `waymark check` as a person runs it: output, exit codes, and never a write inside the plans folder.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { waymark } from './run-cli.js';

const BROKEN = { 'checkins/2026-11-21.md': '---\ntriggers: [paydy]\nmoood: 3\n---\n' };

describe('waymark check', () => {
  it('exits 0 and says so when there is nothing to fix', () => {
    const fixture = planFixture();
    const run = waymark(['check', '--today', '2026-11-24'], { cwd: dirname(fixture.plans) });
    expect(run).toEqual({ code: 0, stdout: 'no problems in 2 files\n', stderr: '' });
  });

  it('prints file:line:col: severity rule: message, then a summary, and exits 1 on errors', () => {
    const fixture = planFixture(BROKEN);
    const run = waymark(['check', '--today', '2026-11-24'], { cwd: dirname(fixture.plans) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        "plans/sam/checkins/2026-11-21.md:2:12: error unknown-ref: trigger 'paydy' is not in plan.md (did you mean 'payday'?)",
        "plans/sam/checkins/2026-11-21.md:3:1: warning unknown-field: 'moood' is not a check-in field or a goal's metric (did you mean 'mood'?)",
        '2 problems (1 error, 1 warning) in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with --format json', () => {
    const fixture = planFixture(BROKEN);
    const run = waymark(['check', '--format', 'json', '--plans', fixture.plans, '--today', '2026-11-24'], { cwd: dirname(fixture.plans) });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: 'plans/sam/checkins/2026-11-21.md', line: 2, column: 12, endLine: 2, endColumn: 17, severity: 'error', rule: 'unknown-ref', message: "trigger 'paydy' is not in plan.md (did you mean 'payday'?)" },
      { file: 'plans/sam/checkins/2026-11-21.md', line: 3, column: 1, endLine: 3, endColumn: 6, severity: 'warning', rule: 'unknown-field', message: "'moood' is not a check-in field or a goal's metric (did you mean 'mood'?)" },
    ]);
  });

  it('exits 1 on warnings only with --strict', () => {
    const fixture = planFixture({ 'checkins/2026-11-21.md': '---\nmoood: 3\n---\n' });
    const cwd = dirname(fixture.plans);
    expect(waymark(['check', '--today', '2026-11-24'], { cwd }).code).toBe(0);
    expect(waymark(['check', '--strict', '--today', '2026-11-24'], { cwd }).code).toBe(1);
  });

  it('finds the plans through WAYMARK_PLANS', () => {
    const fixture = planFixture();
    const run = waymark(['check', '--today', '2026-11-24'], { cwd: '/', env: { WAYMARK_PLANS: fixture.plans } });
    expect(run.code).toBe(0);
  });

  it('exits 2 with one clear line, and no stack trace, when called wrongly', () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    expect(waymark(['check', '--colour'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: check: unknown option '--colour'. See 'waymark check --help'.\n" });
    expect(waymark(['check', '--today', '2026-02-30'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: check: --today must be a real date written YYYY-MM-DD, such as 2026-11-24 (got '2026-02-30')\n" });
    expect(waymark(['check', '--format', 'xml'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: check: --format must be pretty, json or github (got 'xml')\n" });
    expect(waymark(['check', '--plans', 'nowhere'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: "waymark: the plans folder nowhere does not exist; create a plan with 'waymark new plan SLUG' or point to your plans with --plans DIR\n",
    });
    expect(waymark(['chek'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: 'chek' is not a waymark command. Commands: check, report, build, serve, new, schema, init, export, import, history, lsp, share. See 'waymark --help'.\n" });
  });

  it('never writes inside the plans folder, and never runs ---js front matter', () => {
    const marker = '/tmp/waymark-js-ran';
    const fixture = planFixture({ ...BROKEN, 'checkins/2026-11-22.md': `---js\n{ mood: require('fs').writeFileSync('${marker}', 'ran') }\n---\n` });
    const before = snapshot(fixture.plans);
    const run = waymark(['check', '--today', '2026-11-24'], { cwd: dirname(fixture.plans) });
    expect(run.stdout).toContain("plans/sam/checkins/2026-11-22.md:1:1: error frontmatter-code: front matter asks for the 'js' engine");
    waymark(['check', '--format', 'json', '--strict'], { cwd: dirname(fixture.plans) });
    expect(snapshot(fixture.plans)).toEqual(before);
    expect(() => statSync(marker)).toThrow();
  });
});

/** Every file and folder below `dir` with its size, modification time and content hash. */
function snapshot(dir: string): string[] {
  const entries: string[] = [];
  const walk = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      entries.push(`${path}/ ${stat.mtimeMs}`);
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else entries.push(`${path} ${stat.size} ${stat.mtimeMs} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
  };
  walk(dir);
  return entries;
}

describe('the example plan that ships in plans/', () => {
  it('checks with no problems at all, even with --strict', () => {
    const run = waymark(['check', '--strict', '--today', '2026-11-24'], { cwd: join(import.meta.dirname, '../..') });
    expect(run).toEqual({ code: 0, stdout: 'no problems in 118 files\n', stderr: '' });
  });
});

describe('waymark check --format github', () => {
  const annotated = { 'checkins/2026-11-21-a:b,c.md': '---\ntriggers: [pay%day]\nmoood: 3\n---\n' };

  it('is chosen by itself under GITHUB_ACTIONS=true: annotations relative to the repository root, then the summary', () => {
    const fixture = planFixture(annotated);
    const root = dirname(fixture.plans);
    execFileSync('git', ['init', '--quiet'], { cwd: root });
    // Run from inside the plan folder: paths still start at the repository's root, where GitHub looks for them.
    const run = waymark(['check', '--plans', '..', '--today', '2026-11-24'], { cwd: fixture.plan, env: { GITHUB_ACTIONS: 'true' } });
    expect(run).toEqual({
      code: 1,
      stdout: [
        "::error file=plans/sam/checkins/2026-11-21-a%3Ab%2Cc.md,line=2,col=12,endLine=2,endColumn=19,title=unknown-ref::trigger 'pay%25day' is not in plan.md (did you mean 'payday'?)",
        "::warning file=plans/sam/checkins/2026-11-21-a%3Ab%2Cc.md,line=3,col=1,endLine=3,endColumn=6,title=unknown-field::'moood' is not a check-in field or a goal's metric (did you mean 'mood'?)",
        '2 problems (1 error, 1 warning) in 3 files',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('names files from the current folder outside a repository; --format wins over GITHUB_ACTIONS', () => {
    const fixture = planFixture(annotated);
    const cwd = dirname(fixture.plans);
    const run = waymark(['check', '--format', 'github', '--today', '2026-11-24'], { cwd });
    expect(run.stdout.split('\n')[1]).toBe(
      "::warning file=plans/sam/checkins/2026-11-21-a%3Ab%2Cc.md,line=3,col=1,endLine=3,endColumn=6,title=unknown-field::'moood' is not a check-in field or a goal's metric (did you mean 'mood'?)",
    );
    expect(waymark(['check', '--format', 'pretty', '--today', '2026-11-24'], { cwd, env: { GITHUB_ACTIONS: 'true' } }).stdout.split('\n')[1]).toBe(
      "plans/sam/checkins/2026-11-21-a:b,c.md:3:1: warning unknown-field: 'moood' is not a check-in field or a goal's metric (did you mean 'mood'?)",
    );
  });
});
