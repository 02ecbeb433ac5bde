// Picks the plans a command works on: the one named, or the only one (or every one); refuses a plan with errors.

import type { ValidatedPlan } from '../validate/validate-plan.js';
import { formatPretty } from '../validate/format-diagnostics.js';
import type { Output } from './output.js';
import { UsageError } from './usage-error.js';

/** The plan called `slug`, else the only plan; a usage error when there is none or several to choose from. */
export function onePlan(plans: readonly ValidatedPlan[], slug: string | undefined, plansDir: string, command: string): ValidatedPlan {
  const slugs = plans.map((p) => p.slug).join(', ') || 'none';
  if (slug !== undefined) {
    const found = plans.find((p) => p.slug === slug);
    if (!found) throw new UsageError(`${command}: there is no plan '${slug}' in ${plansDir}; plans: ${slugs}`);
    return found;
  }
  if (plans.length === 1) return plans[0]!;
  if (plans.length === 0) throw new UsageError(`${command}: there is no plan in ${plansDir} yet: start one with 'waymark new plan SLUG'`);
  throw new UsageError(`${command}: there are several plans; say which: ${slugs}`);
}

/** Every plan, or only the one called `slug`; a usage error when there is no such plan. */
export function namedPlans(plans: readonly ValidatedPlan[], slug: string | undefined, command: string): readonly ValidatedPlan[] {
  if (slug === undefined) return plans;
  const named = plans.filter((p) => p.slug === slug);
  if (named.length === 0) throw new UsageError(`${command}: there is no plan '${slug}'; plans: ${plans.map((p) => p.slug).join(', ') || 'none'}`);
  return named;
}

/** Prints the plan's errors and says why the command stopped; true when there were any. */
export function refuseErrors(plan: ValidatedPlan, output: Output, doing: string): boolean {
  const errors = plan.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0 && plan.plan !== null) return false;
  for (const d of errors) output.err(formatPretty(d));
  output.err(`waymark: '${plan.slug}' has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} to fix before ${doing} (see above, or run 'waymark check')`);
  return true;
}
