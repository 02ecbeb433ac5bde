// `waymark new` starts files from commented templates that check cleanly, and never overwrites one.

import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, planFixture } from '../plan-fixture.js';
import { waymark } from './run-cli.js';

describe('waymark new', () => {
  it('new plan writes a commented plan with every section, which checks without errors', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-new-'));
    const run = waymark(['new', 'plan', 'river', '--date', '2026-11-24'], { cwd });
    expect(run).toEqual({ code: 0, stdout: "created plans/river/plan.md\ntip: run 'waymark schema' once so your editor can check the fields as you type\n", stderr: '' });
    const text = readFileSync(join(cwd, 'plans/river/plan.md'), 'utf8');
    expect(text.split('\n')[1]).toBe('# yaml-language-server: $schema=../../schemas/plan.schema.json');
    for (const field of ['title', 'person', 'started', 'timezone', 'review_every', 'cost_per_day', 'currency', 'recovery', 'strengths', 'challenges', 'growth_areas', 'values', 'reasons', 'daily', 'triggers', 'warning_signs', 'coping', 'resources', 'supports', 'goals', 'crisis']) {
      expect(text).toMatch(new RegExp(`^${field}:`, 'm'));
    }
    const check = waymark(['check', '--today', '2026-11-24'], { cwd });
    expect(check.code).toBe(0);
    expect(check.stdout).toBe(["plans/river/plan.md:61:5: warning smart-time-bound: goal 'weekly-group' has no due date", '1 problem (0 errors, 1 warning) in 1 file', ''].join('\n'));
  });

  it('new checkin writes the day with every field and the plan\'s own ids as hints; the file checks cleanly', () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    const run = waymark(['new', 'checkin', '--date', '2026-11-23'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('created plans/sam/checkins/2026/11/2026-11-23.md');
    expect(readFileSync(join(fixture.plan, 'checkins/2026/11/2026-11-23.md'), 'utf8')).toBe(`---
# yaml-language-server: $schema=../../../../../schemas/checkin.sam.schema.json
# Check-in for 2026-11-23. Fill in what you like; empty fields are simply not recorded.
mood:           # 1 very low, 2 low, 3 okay, 4 good, 5 very good
craving:        # strongest urge today, 0 (none) to 10
used:           # true if today was a day of use, false if not
difficulty:     # easy, ok, hard or very-hard
sleep:          # hours of sleep
triggers: []    # any of: payday
warning_signs: []  # any of: isolating
coping: []      # any of: urge-surf
contacted: []   # any of: jo
gratitude: []   # a few things I am grateful for
meetings:       # for goal 'meetings'
---

How did today go?
`);
    expect(waymark(['check', '--strict', '--today', '2026-11-24'], { cwd }).code).toBe(0);
  });

  it("new checkin asks about a day of use in the plan's words, and not at all in a plan that counts none", () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-new-words-'));
    cpSync(join(FIXTURES, 'own-words'), join(cwd, 'plans'), { recursive: true });
    waymark(['new', 'checkin', '--plan', 'gambling', '--date', '2026-11-25'], { cwd });
    waymark(['new', 'checkin', '--plan', 'depression', '--date', '2026-11-25'], { cwd });
    expect(readFileSync(join(cwd, 'plans/gambling/checkins/2026/11/2026-11-25.md'), 'utf8')).toContain('used:           # true if today was a day of gambling, false if not\n');
    expect(readFileSync(join(cwd, 'plans/depression/checkins/2026/11/2026-11-25.md'), 'utf8')).not.toContain('used:');
  });

  it('new review writes a review that checks cleanly', () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    expect(waymark(['new', 'review', '--plan', 'sam', '--date', '2026-11-24'], { cwd }).stdout.split('\n')[0]).toBe('created plans/sam/reviews/2026/11/2026-11-24.md');
    expect(waymark(['check', '--strict', '--today', '2026-11-24'], { cwd }).code).toBe(0);
  });

  it('never overwrites: an existing file is left as it is, with exit 1', () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    const existing = readFileSync(join(fixture.plan, 'checkins/2026-11-20.md'), 'utf8');
    expect(waymark(['new', 'checkin', '--date', '2026-11-20'], { cwd })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'waymark: plans/sam/checkins/2026-11-20.md already exists; it was left as it is. Open it in your editor to add to it.\n',
    });
    expect(readFileSync(join(fixture.plan, 'checkins/2026-11-20.md'), 'utf8')).toBe(existing);
    expect(waymark(['new', 'plan', 'sam'], { cwd }).code).toBe(1);
  });

  it('says what is wrong with the call, with exit 2', () => {
    const cwd = dirname(planFixture().plans);
    expect(waymark(['new', 'plan', 'My Plan'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: new plan: 'My Plan' cannot name a plan: use lowercase letters, digits and hyphens, such as 'my-plan'\n" });
    expect(waymark(['new', 'diary'], { cwd }).code).toBe(2);
    expect(waymark(['new', 'checkin', '--plan', 'alex'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: there is no plan 'alex' in plans; plans: sam\n" });
  });
});

describe('waymark schema', () => {
  it("writes draft-07 JSON Schemas for plan.md, reviews and each plan's check-ins", () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    const run = waymark(['schema', '--out', 'editor'], { cwd });
    expect(run).toEqual({ code: 0, stdout: 'wrote editor/plan.schema.json\nwrote editor/review.schema.json\nwrote editor/checkin.sam.schema.json\n', stderr: '' });
    const checkin = JSON.parse(readFileSync(join(cwd, 'editor/checkin.sam.schema.json'), 'utf8'));
    expect(checkin.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(checkin.properties.mood).toEqual({ description: 'mood from 1 (very low) to 5 (very good)', type: ['integer', 'null'], minimum: 1, maximum: 5 });
    expect(checkin.properties.meetings.description).toBe("goal 'meetings': how much today; a goal's metric: a number, 0 or more");
    expect(checkin.additionalProperties).toBe(false);
    const plan = JSON.parse(readFileSync(join(cwd, 'editor/plan.schema.json'), 'utf8'));
    expect(plan.required).toEqual(['title']);
    expect(Object.keys(plan.properties)).toContain('crisis');
  });

  it('without plans yet, writes plan.md\'s and reviews\' schemas and says how to get the check-in schema', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-schema-'));
    expect(waymark(['schema'], { cwd })).toEqual({
      code: 0,
      stdout: "wrote schemas/plan.schema.json\nwrote schemas/review.schema.json\nno plans in plans yet, so no check-in schema: run 'waymark schema' again after 'waymark new plan SLUG'\n",
      stderr: '',
    });
  });
});
