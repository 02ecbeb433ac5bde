// Re-validating after a save: a check-in read before keeps its own result while plan.md's ids and metrics stay, and is checked again when they change.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlans, reloadPlan } from '../../src/load/load-plans.js';
import { validatePlan } from '../../src/validate/validate-plan.js';
import { planFixture } from '../plan-fixture.js';

const today = () => '2026-11-24';
const rules = (plan: Parameters<typeof validatePlan>[0]) => validatePlan(plan, today).diagnostics.map((d) => `${d.rule}: ${d.message}`);

describe('validating a plan again after a save', () => {
  it('checks an unchanged check-in against the new plan.md when its ids change, and a saved check-in anew', () => {
    const fixture = planFixture();
    const loaded = loadPlans(fixture.plans);
    if (!loaded.ok) throw new Error(loaded.message);
    const first = loaded.plans[0]!;
    expect(rules(first)).toEqual([]);

    const planFile = join(fixture.plan, 'plan.md');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('id: payday', 'id: pay-day'));
    const renamed = reloadPlan(first, new Set([planFile]));
    expect(renamed.checkins[0]).toBe(first.checkins[0]);
    expect(rules(renamed)).toContain("unknown-ref: trigger 'payday' is not in plan.md (did you mean 'pay-day'?)");

    const checkinFile = join(fixture.plan, 'checkins/2026-11-20.md');
    writeFileSync(checkinFile, readFileSync(checkinFile, 'utf8').replace('[payday]', '[pay-day]').replace('mood: 4', 'mood: 9'));
    const saved = reloadPlan(renamed, new Set([checkinFile]));
    expect(saved.checkins[0]).not.toBe(renamed.checkins[0]);
    expect(rules(saved)).toEqual(['schema: mood is 9, but it must be a whole number from 1 to 5']);
  });
});
