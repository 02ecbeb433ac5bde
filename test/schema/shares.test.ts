// Supports' shares: only the summary's section names, an unknown one a schema error with the closest name.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, planFixture, problems } from '../plan-fixture.js';

const PLAN = readFileSync(join(FIXTURES, 'base/sam/plan.md'), 'utf8');

function withShares(list: string) {
  return problems(planFixture({ 'plan.md': PLAN.replace('    check_in_every: 1w\n', `    check_in_every: 1w\n    shares: ${list}\n`) }));
}

describe("a support's shares", () => {
  it('accepts every section of the summary', () => {
    expect(withShares('[recovery, checkins, goals, triggers, measures, crisis]')).toEqual([]);
  });

  it('refuses an unknown section at that item, naming the closest', () => {
    expect(withShares('[recovery, journal, goal]')).toEqual([
      { file: 'plan.md', line: 29, column: 24, severity: 'error', rule: 'schema', message: "support 'jo', shares item 2 is 'journal', but it must be one of: recovery, checkins, goals, triggers, measures, crisis" },
      { file: 'plan.md', line: 29, column: 33, severity: 'error', rule: 'schema', message: "support 'jo', shares item 3 is 'goal', but it must be one of: recovery, checkins, goals, triggers, measures, crisis (did you mean 'goals'?)" },
    ]);
  });
});
