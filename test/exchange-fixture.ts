// Rowan's plan (test/fixtures/exchange: gambling, Melbourne) copied to a temporary folder, with files changed or added per test.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyzePlan, type PlanReport } from '../src/analyze/report.js';
import type { Plan } from '../src/schema/model.js';
import { checkPlans } from '../src/validate/check-plans.js';
import { FIXTURES } from './plan-fixture.js';

/** The day the fixture's figures are taken on. */
export const TODAY = '2025-03-10';

export interface ExchangeFixture {
  /** The working folder, holding plans/. */
  cwd: string;
  plans: string;
  /** plans/rowan */
  plan: string;
}

/** `files` are paths inside plans/rowan: text to write, null to delete. */
export function exchangeFixture(files: Record<string, string | null> = {}): ExchangeFixture {
  const cwd = mkdtempSync(join(tmpdir(), 'waymark-exchange-'));
  const plans = join(cwd, 'plans');
  cpSync(join(FIXTURES, 'exchange'), plans, { recursive: true });
  const plan = join(plans, 'rowan');
  for (const [path, text] of Object.entries(files)) {
    const file = join(plan, path);
    if (text === null) rmSync(file);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return { cwd, plans, plan };
}

/** The validated plan and its analysis, as every command gets them. */
export function analysed(fixture: ExchangeFixture, today = TODAY): { plan: Plan; report: PlanReport } {
  const checked = checkPlans(fixture.plans, today);
  if (!checked.ok) throw new Error(checked.message);
  const plan = checked.plans[0]!.plan;
  if (plan === null) throw new Error('the fixture plan did not validate');
  return { plan, report: analyzePlan(plan, today) };
}
