// The rules issue 11 added: a used a plan does not count, crisis items that look like ids, a text message without a number, dates written another way.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, planFixture, problems } from '../plan-fixture.js';
import { dateHint } from '../../src/validate/date-hint.js';

const PLAN = readFileSync(join(FIXTURES, 'base/sam/plan.md'), 'utf8');

function planWith(from: string, to: string): string {
  if (!PLAN.includes(from)) throw new Error(`the base plan has no '${from}'`);
  return PLAN.replace(from, to);
}

describe('use-not-tracked', () => {
  it('warns at used in a check-in of a plan with tracks_use: false', () => {
    const plan = planWith('timezone: Europe/London\n', 'timezone: Europe/London\nrecovery:\n  from: depression\n  tracks_use: false\n');
    // The base plan's check-in of 2026-11-20 records used: false on its line 4.
    expect(problems(planFixture({ 'plan.md': plan }))).toEqual([
      {
        file: 'checkins/2026-11-20.md', line: 4, column: 1, severity: 'warning', rule: 'use-not-tracked',
        message: "this plan has 'tracks_use: false' under 'recovery', so 'used' is not counted anywhere: remove it, or set 'tracks_use: true' in plan.md",
      },
    ]);
  });
});

describe('unknown-ref in the crisis plan', () => {
  it('an id-like item that names nothing gets the closest id; words and ids of any list do not', () => {
    const plan = planWith('  professionals: [helpline]\n', '  professionals: [jo-smiht]\n  distractions: [jo, helpline, a walk by the river, music]\n  safe_environment: [lock-box]\n');
    const found = problems(planFixture({ 'plan.md': plan })).filter((p) => p.rule === 'unknown-ref');
    expect(found).toEqual([
      {
        file: 'plan.md', line: 43, column: 19, severity: 'warning', rule: 'unknown-ref',
        message: "crisis.professionals has 'jo-smiht', which looks like an id but names no warning sign, coping strategy, support or resource in plan.md: correct the id, or write it in words with spaces to keep it as text",
      },
    ]);
  });

  it('a one-word slip close to an id is caught, with the id it is close to', () => {
    const plan = planWith('  contacts: [jo]\n', '  contacts: [joe]\n');
    expect(problems(planFixture({ 'plan.md': plan })).filter((p) => p.rule === 'unknown-ref')).toEqual([
      {
        file: 'plan.md', line: 42, column: 14, severity: 'warning', rule: 'unknown-ref',
        message: "crisis.contacts has 'joe', which names nothing in plan.md (did you mean 'jo'?): correct the id, or write it in words with spaces to keep it as text",
      },
    ]);
  });
});

describe('emergency text and text_message', () => {
  it('text is a number to text, and text_message needs one', () => {
    const plan = planWith('      phone: "999"\n', '      phone: "999"\n    - name: Shout\n      text_message: SHOUT\n    - name: Crisis text line\n      text: Text HELLO to 50808\n');
    expect(problems(planFixture({ 'plan.md': plan })).filter((p) => p.rule === 'schema')).toEqual([
      { file: 'plan.md', line: 48, column: 21, severity: 'error', rule: 'schema', message: expect.stringMatching(/^crisis, emergency contact 2, text_message is 'SHOUT', which needs a number to send it to: add text beside it, such as text: "85258"$/) },
      { file: 'plan.md', line: 50, column: 13, severity: 'error', rule: 'schema', message: expect.stringMatching(/^crisis, emergency contact 3, text is 'Text HELLO to 50808', but it must be a number to text/) },
    ]);
  });
});

describe('dates written another way', () => {
  it("say how to write them, with the person's own date", () => {
    const plan = planWith('started: 2026-11-01', 'started: 18/11/2026');
    expect(problems(planFixture({ 'plan.md': plan })).filter((p) => p.rule === 'invalid-date')).toEqual([
      { file: 'plan.md', line: 4, column: 10, severity: 'error', rule: 'invalid-date', message: "started is '18/11/2026': write dates as YYYY-MM-DD, like 2026-11-18" },
    ]);
  });

  it('read day and month both ways where either could come first', () => {
    expect(dateHint('18/11/2026')).toBe('2026-11-18');
    expect(dateHint('18.11.2026')).toBe('2026-11-18');
    expect(dateHint('2026/11/18')).toBe('2026-11-18');
    expect(dateHint('11/18/2026')).toBe('2026-11-18');
    expect(dateHint('05/11/2026')).toBe('2026-11-05 (or 2026-05-11 if the month comes first)');
    expect(dateHint('31/02/2026')).toBeNull();
    expect(dateHint('next week')).toBeNull();
  });
});
