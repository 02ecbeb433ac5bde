// Every rule of the contract's table, each shown on the hand-written base plan with one defect.

import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, planFixture, problems } from '../plan-fixture.js';

const PLAN = readFileSync(join(FIXTURES, 'base/sam/plan.md'), 'utf8');

/** The base plan.md with one piece of text replaced. */
function planWith(from: string, to: string): string {
  if (!PLAN.includes(from)) throw new Error(`the base plan has no '${from}'`);
  return PLAN.replace(from, to);
}

function only(files: Record<string, string | Buffer | null>) {
  return problems(planFixture(files));
}

describe('a broken plan.md', () => {
  it('is reported once, without false problems in every check-in that refers to it', () => {
    expect(only({ 'plan.md': planWith('    name: Payday\n', '    name: Payday\n    name: Payday again\n') })).toEqual([
      { file: 'plan.md', line: 9, column: 5, severity: 'error', rule: 'duplicate-key', message: 'this key appears twice in the same mapping; keep one of them (YAML uses only one value per key)' },
    ]);
  });
});

describe('values a person could write that must not trip the checker', () => {
  it('an id that breaks the rules is reported once, not again at every reference to it', () => {
    expect(only({ 'plan.md': planWith('  - id: urge-surf\n', '  - id: Urge Surf\n') })).toEqual([
      { file: 'plan.md', line: 16, column: 9, severity: 'error', rule: 'schema', message: "coping strategy 'Urge Surf', id is 'Urge Surf', but it must be an id: lowercase letters, digits and hyphens, starting with a letter or digit, such as 'urge-surf'" },
    ]);
  });

  it("a metric named like a JavaScript object's own property is refused, not read from every check-in", () => {
    const found = only({ 'plan.md': planWith('      metric: meetings', '      metric: constructor'), 'checkins/2026-11-20.md': '---\nmood: 4\n---\n' });
    expect(found).toEqual([
      { file: 'plan.md', line: 34, column: 15, severity: 'error', rule: 'schema', message: "goal 'meetings', measure.metric is 'constructor', which is a reserved name: pick another, such as meetings or walk_km" },
    ]);
  });

  it('a cadence longer than ten years is refused', () => {
    expect(only({ 'plan.md': planWith('check_in_every: 1w', 'check_in_every: 999999999w') })).toEqual([
      { file: 'plan.md', line: 28, column: 21, severity: 'error', rule: 'schema', message: "support 'jo', check_in_every is '999999999w', which is longer than ten years (3660d, 522w or 120m at most)" },
    ]);
  });

  it('a plan folder whose name cannot be a slug is an error', () => {
    const fixture = planFixture();
    renameSync(fixture.plan, join(fixture.plans, 'My Plan'));
    expect(problems({ ...fixture, plan: join(fixture.plans, 'My Plan') })).toEqual([
      { file: 'plan.md', line: 1, column: 1, severity: 'error', rule: 'invalid-slug', message: "the plan's folder name 'My Plan' cannot name a plan (it becomes part of the site's links): rename the folder using lowercase letters, digits and hyphens, such as 'my-plan'" },
    ]);
  });
});

describe('the base plan', () => {
  it('has no problems', () => {
    expect(only({})).toEqual([]);
  });
});

describe('rules', () => {
  it('yaml-syntax: front matter that is not valid YAML', () => {
    expect(only({ 'checkins/2026-11-21.md': '---\nmood: 3\ncraving: "high\n---\n' })).toEqual([
      { file: 'checkins/2026-11-21.md', line: 3, column: 10, severity: 'error', rule: 'yaml-syntax', message: 'line 3 opens a quote (") that is never closed: add " at the end of the text' },
    ]);
  });

  it('duplicate-key: a key repeats in one mapping', () => {
    expect(only({ 'checkins/2026-11-21.md': '---\nmood: 3\nmood: 4\n---\n' })).toEqual([
      { file: 'checkins/2026-11-21.md', line: 3, column: 1, severity: 'error', rule: 'duplicate-key', message: 'this key appears twice in the same mapping; keep one of them (YAML uses only one value per key)' },
    ]);
  });

  it('frontmatter-missing: plan.md has no front matter, or it is never closed', () => {
    expect(only({ 'plan.md': '# My plan\n' })).toContainEqual({
      file: 'plan.md', line: 1, column: 1, severity: 'error', rule: 'frontmatter-missing',
      message: "plan.md has no front matter: start the file with a line '---', then the plan's fields (at least 'title: ...'), then a line '---'",
    });
    expect(only({ 'checkins/2026-11-21.md': '---\nmood: 3\n' })).toEqual([
      { file: 'checkins/2026-11-21.md', line: 1, column: 1, severity: 'error', rule: 'frontmatter-missing', message: "the front matter opened with '---' on line 1 is never closed: add a line '---' after the last field" },
    ]);
  });

  it('frontmatter-code: ---js front matter is refused, never run', () => {
    expect(only({ 'checkins/2026-11-21.md': "---js\n{ mood: (() => { throw new Error('ran') })() }\n---\n" })).toEqual([
      { file: 'checkins/2026-11-21.md', line: 1, column: 1, severity: 'error', rule: 'frontmatter-code', message: "front matter asks for the 'js' engine, which could run code; Waymark reads YAML only and never runs it: start the file with a plain '---' line" },
    ]);
  });

  it('file-unreadable: not UTF-8 text', () => {
    expect(only({ 'checkins/2026-11-21.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]) })).toEqual([
      { file: 'checkins/2026-11-21.md', line: 1, column: 1, severity: 'error', rule: 'file-unreadable', message: 'the file is not UTF-8 text; save it as UTF-8 in your editor' },
    ]);
  });

  it('schema: a value out of range names the field, what was found and what is allowed', () => {
    expect(only({ 'checkins/2026-11-21.md': '---\nmood: 7\nused: yes\ndifficulty: hardd\n---\n' })).toEqual([
      { file: 'checkins/2026-11-21.md', line: 2, column: 7, severity: 'error', rule: 'schema', message: 'mood is 7, but it must be a whole number from 1 to 5' },
      { file: 'checkins/2026-11-21.md', line: 3, column: 7, severity: 'error', rule: 'schema', message: "used is 'yes', but it must be true or false; in YAML 1.2 'yes' is text, so write true or false" },
      { file: 'checkins/2026-11-21.md', line: 4, column: 13, severity: 'error', rule: 'schema', message: "difficulty is 'hardd', but it must be one of: easy, ok, hard, very-hard (did you mean 'hard'?)" },
    ]);
  });

  it('schema: a missing required field', () => {
    expect(only({ 'plan.md': planWith("title: Sam's plan\n", '') })).toEqual([
      { file: 'plan.md', line: 2, column: 1, severity: 'error', rule: 'schema', message: "title is missing: add it (the plan's title, shown on the site)" },
    ]);
  });

  it('schema: a nested field is named by the entry it belongs to', () => {
    expect(only({ 'plan.md': planWith('      target: 2\n', '      target: -2\n') })).toEqual([
      { file: 'plan.md', line: 35, column: 15, severity: 'error', rule: 'schema', message: "goal 'meetings', measure.target is -2, but it must be a number, 0 or more" },
    ]);
  });

  it('invalid-date: a date that is not on the calendar, in a field or a file name', () => {
    expect(only({ 'plan.md': planWith('started: 2026-11-01', 'started: 2026-02-30') })).toEqual([
      { file: 'plan.md', line: 4, column: 10, severity: 'error', rule: 'invalid-date', message: "started is '2026-02-30', which is not a real calendar date: write it as YYYY-MM-DD, such as 2026-11-24" },
    ]);
    expect(only({ 'checkins/2026-02-30.md': '---\nmood: 3\n---\n' })).toEqual([
      { file: 'checkins/2026-02-30.md', line: 1, column: 1, severity: 'error', rule: 'invalid-date', message: "the file name's date 2026-02-30 is not a real calendar date: rename the file to the check-in's date, written YYYY-MM-DD" },
    ]);
  });

  it("date-mismatch: date: differs from the file name's date", () => {
    expect(only({ 'checkins/2026-11-21.md': '---\ndate: 2026-11-22\nmood: 3\n---\n' })).toEqual([
      { file: 'checkins/2026-11-21.md', line: 2, column: 7, severity: 'error', rule: 'date-mismatch', message: 'date is 2026-11-22, but the file name says 2026-11-21: correct the date or rename the file (the file name decides)' },
    ]);
  });

  it('duplicate-date: two check-ins for one date', () => {
    const found = only({ 'checkins/2026/11/2026-11-20-evening.md': '---\nmood: 2\n---\n' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'checkins/2026/11/2026-11-20-evening.md', line: 1, column: 1, severity: 'error', rule: 'duplicate-date' });
    expect(found[0]?.message).toMatch(/^there is already a check-in for 2026-11-20 \(.*checkins\/2026-11-20\.md\): keep one per day, merging the two files$/);
  });

  it('duplicate-id: an id repeats within its list', () => {
    expect(only({ 'plan.md': planWith('  - id: urge-surf\n    name: Urge surfing\n', '  - id: urge-surf\n    name: Urge surfing\n  - id: urge-surf\n    name: Surfing the urge\n') })).toEqual([
      { file: 'plan.md', line: 18, column: 9, severity: 'error', rule: 'duplicate-id', message: "the id 'urge-surf' is already used in coping (line 16): give each entry its own id" },
    ]);
  });

  it('unknown-ref: a reference names no id of the right list, with the closest suggested', () => {
    expect(only({ 'checkins/2026-11-21.md': '---\ntriggers: [paydy]\ncontacted: [payday]\n---\n' })).toEqual([
      { file: 'checkins/2026-11-21.md', line: 2, column: 12, severity: 'error', rule: 'unknown-ref', message: "trigger 'paydy' is not in plan.md (did you mean 'payday'?)" },
      { file: 'checkins/2026-11-21.md', line: 3, column: 13, severity: 'error', rule: 'unknown-ref', message: "support 'payday' is not in plan.md: add it to supports in plan.md, or correct the id" },
    ]);
    expect(only({ 'plan.md': planWith('    supports: [jo]\n', '    supports: [joe]\n') })).toEqual([
      { file: 'plan.md', line: 38, column: 16, severity: 'error', rule: 'unknown-ref', message: "support 'joe' is not in plan.md (did you mean 'jo'?)" },
    ]);
  });

  it("unknown-field: a check-in key that is neither a field nor a goal's metric", () => {
    expect(only({ 'checkins/2026-11-21.md': '---\nmoood: 3\nmeeting: 1\n---\n' })).toEqual([
      { file: 'checkins/2026-11-21.md', line: 2, column: 1, severity: 'warning', rule: 'unknown-field', message: "'moood' is not a check-in field or a goal's metric (did you mean 'mood'?)" },
      { file: 'checkins/2026-11-21.md', line: 3, column: 1, severity: 'warning', rule: 'unknown-field', message: "'meeting' is not a check-in field or a goal's metric (did you mean 'meetings'?)" },
    ]);
  });

  it('stray-file: a file under checkins/ whose name does not start with a date', () => {
    expect(only({ 'checkins/notes.md': 'ideas\n' })).toEqual([
      { file: 'checkins/notes.md', line: 1, column: 1, severity: 'warning', rule: 'stray-file', message: "'checkins/notes.md' is not read: check-ins and reviews are named by their date, YYYY-MM-DD.md (or YYYY-MM-DD-anything.md); rename it, or move it out of the plan" },
    ]);
  });

  it('future-date: a check-in dated after today', () => {
    expect(only({ 'checkins/2026-11-30.md': '---\nmood: 3\n---\n' })).toEqual([
      { file: 'checkins/2026-11-30.md', line: 2, column: 1, severity: 'warning', rule: 'future-date', message: 'this check-in is dated 2026-11-30, after today (2026-11-24): it is left out until that day comes' },
    ]);
  });

  it("due-before-start: a goal's due is before its start", () => {
    expect(only({ 'plan.md': planWith('    due: 2027-02-01\n', '    due: 2026-10-01\n') })).toEqual([
      { file: 'plan.md', line: 37, column: 10, severity: 'error', rule: 'due-before-start', message: "goal 'meetings' is due 2026-10-01, before the plan's started date (2026-11-01): move the due date, or set start" },
    ]);
  });

  it("smart-specific: a goal's title is under 3 words and it has no steps", () => {
    expect(only({ 'plan.md': planWith('title: Go to two meetings a week', 'title: Meetings') })).toEqual([
      { file: 'plan.md', line: 31, column: 12, severity: 'warning', rule: 'smart-specific', message: "goal 'meetings' is only 'Meetings' and has no steps: say exactly what you will do, or break it into steps" },
    ]);
  });

  it('smart-measurable: a goal has neither measure nor steps', () => {
    expect(only({ 'plan.md': planWith('    measure:\n      metric: meetings\n      target: 2\n      per: week\n', ''), 'checkins/2026-11-20.md': '---\nmood: 4\n---\n' })).toEqual([
      { file: 'plan.md', line: 30, column: 5, severity: 'warning', rule: 'smart-measurable', message: "goal 'meetings' has neither a measure nor steps: add a measure (a check-in metric and a target) or a few steps, so progress can be seen" },
    ]);
  });

  it('smart-relevant: a goal has no why', () => {
    expect(only({ 'plan.md': planWith('    why: Meetings keep me connected\n', '') })).toEqual([
      { file: 'plan.md', line: 30, column: 5, severity: 'warning', rule: 'smart-relevant', message: "goal 'meetings' has no why: add a line on why it matters to you" },
    ]);
  });

  it('smart-time-bound: a goal has no due date', () => {
    expect(only({ 'plan.md': planWith('    due: 2027-02-01\n', '') })).toEqual([
      { file: 'plan.md', line: 30, column: 5, severity: 'warning', rule: 'smart-time-bound', message: "goal 'meetings' has no due date" },
    ]);
  });

  it('smart-achievable: a total goal whose pace so far would not reach the target by due', () => {
    const walk = '  - id: walk\n    title: Walk 100 km by new year\n    why: Walking clears my head\n    measure:\n      metric: walk_km\n      target: 100\n      unit: km\n    start: 2026-11-01\n    due: 2026-12-31\n';
    expect(only({ 'plan.md': planWith('crisis:\n', `${walk}crisis:\n`), 'checkins/2026-11-21.md': '---\nwalk_km: 5\n---\n' })).toEqual([
      { file: 'plan.md', line: 39, column: 5, severity: 'warning', rule: 'smart-achievable', message: "goal 'walk' (needs attention) is at 5 of 100 km after 23 days; at that pace it would reach about 13 km by 2026-12-31: at your next review, adjust the target or the date, or plan how to pick up the pace" },
    ]);
  });

  it('smart-achievable: a goal a little under pace that the analysis calls on track gets no warning', () => {
    const walk = '  - id: walk\n    title: Walk 100 km by new year\n    why: Walking clears my head\n    measure:\n      metric: walk_km\n      target: 100\n      unit: km\n    start: 2026-11-01\n    due: 2026-12-31\n';
    // 30 of 100 km after 23 of 60 days: 38% of the time gone, 30% of the way, within the analysis's 10-point margin.
    expect(only({ 'plan.md': planWith('crisis:\n', `${walk}crisis:\n`), 'checkins/2026-11-21.md': '---\nwalk_km: 30\n---\n' })).toEqual([]);
  });

  it('trigger-without-coping: a trigger has no coping strategy', () => {
    expect(only({ 'plan.md': planWith('    coping: [urge-surf]\n', '') })).toEqual([
      { file: 'plan.md', line: 7, column: 5, severity: 'warning', rule: 'trigger-without-coping', message: "trigger 'payday' has no coping strategy: add coping: [id] with what helps when it comes" },
    ]);
    expect(only({ 'plan.md': planWith('    coping: [urge-surf]\n', '    coping: []\n') })).toEqual([
      { file: 'plan.md', line: 10, column: 13, severity: 'warning', rule: 'trigger-without-coping', message: "trigger 'payday' has no coping strategy: add coping: [id] with what helps when it comes" },
    ]);
  });

  it('crisis-incomplete: one per Stanley–Brown step left empty', () => {
    expect(only({ 'plan.md': planWith('  contacts: [jo]\n  professionals: [helpline]\n  emergency:\n    - name: Emergency services\n      phone: "999"\n', '') })).toEqual([
      { file: 'plan.md', line: 39, column: 1, severity: 'warning', rule: 'crisis-incomplete', message: 'the crisis plan names no one to ask for help: add people (crisis.contacts) or professionals (crisis.professionals)' },
      { file: 'plan.md', line: 39, column: 1, severity: 'warning', rule: 'crisis-incomplete', message: 'the crisis plan has no emergency numbers: add crisis lines and emergency services (crisis.emergency) with their phone numbers' },
    ]);
  });
});
