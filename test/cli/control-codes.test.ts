// The terminal gets text, not control codes: what a plan file says is printed with its control characters shown escaped.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { waymark } from './run-cli.js';

const TODAY = ['--today', '2026-11-24'];
/** Any control character but newline and tab (an escape that retitles the window, clears the screen, rings the bell…). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('control characters in plan text', () => {
  it('are shown escaped by check (pretty, github and json)', () => {
    // YAML's own escapes: \e is ESC, \a the bell; the id retitles the window and clears the screen.
    const fixture = planFixture({ 'checkins/2026-11-21.md': '---\nmood: 4\ntriggers: ["\\e]0;owned\\apayday\\e[2J"]\n---\n' });
    const cwd = dirname(fixture.plans);
    const pretty = waymark(['check', ...TODAY], { cwd });
    expect(pretty.stdout).toBe(
      [
        "plans/sam/checkins/2026-11-21.md:3:12: error unknown-ref: trigger '\\u001b]0;owned\\u0007payday\\u001b[2J' is not in plan.md: add it to triggers in plan.md, or correct the id",
        '1 problem (1 error, 0 warnings) in 3 files',
        '',
      ].join('\n'),
    );
    const github = waymark(['check', '--format', 'github', ...TODAY], { cwd });
    expect(github.stdout).not.toMatch(RAW_CONTROL);
    expect(github.stdout).toContain("trigger '\\u001b]0;owned\\u0007payday\\u001b[2J' is not in plan.md");
    const json = waymark(['check', '--format', 'json', ...TODAY], { cwd });
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    // Still JSON, and it still says what the file says.
    expect((JSON.parse(json.stdout) as { message: string }[])[0]!.message).toBe("trigger '\u001b]0;owned\u0007payday\u001b[2J' is not in plan.md: add it to triggers in plan.md, or correct the id");
  });

  it('are shown escaped by report, in the title, names and goals', () => {
    const fixture = planFixture();
    const planFile = join(fixture.plan, 'plan.md');
    const text = readFileSync(planFile, 'utf8')
      .replace("title: Sam's plan", 'title: "Sam\\e]8;;https://evil.example\\e\\\\ plan\\e[2J"')
      .replace(/name: Jo\b/, 'name: "Jo\\x9b31m\\u202e"');
    writeFileSync(planFile, text);
    const run = waymark(['report', ...TODAY], { cwd: dirname(fixture.plans) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stdout).not.toContain('\u202e');
    expect(run.stdout.split('\n')[0]).toBe('Sam\\u001b]8;;https://evil.example\\u001b\\ plan\\u001b[2J  (sam, as of 2026-11-24)');
    expect(run.stdout).toContain('Jo\\u009b31m\\u202e');
  });
});
