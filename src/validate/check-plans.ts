// Loads and validates every plan in a plans folder: the first half of every command.

import { loadPlans } from '../load/load-plans.js';
import type { FrontMatterCache } from '../load/read-source.js';
import { todayIn } from '../load/today.js';
import { validatePlan, type ValidatedPlan } from './validate-plan.js';

export type CheckResult = { ok: true; plans: ValidatedPlan[]; files: number } | { ok: false; message: string };

/** `today` fixes the date (--today); otherwise each plan's own time zone decides. `cache`: the build cache's parsed front matter. */
export function checkPlans(plansDir: string, today?: string, cache?: FrontMatterCache): CheckResult {
  const loaded = loadPlans(plansDir, cache);
  if (!loaded.ok) return loaded;
  const todayFor = today ? () => today : todayIn;
  return { ok: true, plans: loaded.plans.map((plan) => validatePlan(plan, todayFor)), files: loaded.files };
}
