// Test plans on disk: the hand-written base plan in test/fixtures/base, copied to a temporary folder and changed file by file.

import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { checkPlans } from '../src/validate/check-plans.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface Fixture {
  /** The plans folder. */
  plans: string;
  /** The plan folder (plans/sam). */
  plan: string;
}

/** Copies a fixture's plans (default: the base plan, `sam`) and applies `files`: text to write, null to delete. */
export function planFixture(files: Record<string, string | Buffer | null> = {}, base = 'base'): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'waymark-test-'));
  const plans = join(root, 'plans');
  cpSync(join(FIXTURES, base), plans, { recursive: true });
  const plan = join(plans, 'sam');
  for (const [path, content] of Object.entries(files)) {
    const file = join(plan, path);
    if (content === null) rmSync(file, { force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  return { plans, plan };
}

export interface Found {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

/** The diagnostics of `waymark check` on a fixture, with paths relative to the plan folder. */
export function problems(fixture: Fixture, today = '2026-11-24'): Found[] {
  const result = checkPlans(fixture.plans, today);
  if (!result.ok) throw new Error(result.message);
  return result.plans
    .flatMap((p) => p.diagnostics)
    .map((d) => ({ file: relative(fixture.plan, d.file).split('\\').join('/'), line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message }));
}
