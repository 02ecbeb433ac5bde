// `waymark new plan|checkin|review`: start a file from a commented template, never overwriting one.

import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findPlans } from '../load/find-plans.js';
import { loadPlan } from '../load/load-plans.js';
import { todayIn } from '../load/today.js';
import { ID_PATTERN, isCalendarDate, isTimeZone } from '../schema/common.js';
import { displayPath } from '../validate/format-diagnostics.js';
import { checkinTemplate } from '../new/checkin-template.js';
import { createFile, schemaPath, type Created } from '../new/create-file.js';
import { planTemplate } from '../new/plan-template.js';
import { checkinHints, planTimezone } from '../new/plan-hints.js';
import { reviewTemplate } from '../new/review-template.js';
import { SCHEMA_FILES } from '../schema/json-schema.js';
import { parseCommand, plansDir, stringOption } from './args.js';
import type { Output } from './output.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage:
  waymark new plan SLUG                                  start plans/SLUG/plan.md
  waymark new checkin [--plan SLUG] [--date YYYY-MM-DD]  today's check-in
  waymark new review [--plan SLUG] [--date YYYY-MM-DD]   a review

Writes a file with every field present and explained. Never overwrites a file.
--plan may be left out when there is only one plan; --date defaults to today.
The files point editors at the JSON Schemas in ./schemas (write them with 'waymark schema').`;

export function newFile(argv: string[], output: Output): number {
  const { values, positionals } = parseCommand('new', argv, { plan: { type: 'string' }, date: { type: 'string' } }, 2);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const [kind, slug] = positionals;
  const plans = plansDir(values);
  const date = stringOption(values, 'date') ?? stringOption(values, 'today');
  if (date !== undefined && !isCalendarDate(date)) throw new UsageError(`new: --date must be a real date written YYYY-MM-DD, such as 2026-11-24 (got '${date}')`);

  let created: Created;
  let schemaFile: string;
  if (kind === 'plan') {
    if (!slug) throw new UsageError("new plan: name the plan, such as 'waymark new plan my-plan'");
    if (!ID_PATTERN.test(slug)) throw new UsageError(`new plan: '${slug}' cannot name a plan: use lowercase letters, digits and hyphens, such as 'my-plan'`);
    const file = join(plans, slug, 'plan.md');
    schemaFile = SCHEMA_FILES.plan;
    created = createFile(file, planTemplate(slug, date ?? todayIn(undefined), schemaPath(file, schemaFile, 'schemas')));
  } else if (kind === 'checkin' || kind === 'review') {
    if (slug) throw new UsageError(`new ${kind}: unexpected argument '${slug}'; name the plan with --plan ${slug}`);
    const plan = pickPlan(plans, stringOption(values, 'plan'));
    const zone = planTimezone(plan);
    const day = date ?? todayIn(zone && isTimeZone(zone) ? zone : undefined);
    const folder = kind === 'checkin' ? 'checkins' : 'reviews';
    const existing = [...(kind === 'checkin' ? plan.checkins : plan.reviews)].find((s) => basename(s.file).startsWith(day));
    const file = existing?.file ?? join(plan.dir, folder, day.slice(0, 4), day.slice(5, 7), `${day}.md`);
    const hints = checkinHints(plan);
    schemaFile = kind === 'checkin' ? SCHEMA_FILES.checkin(plan.slug) : SCHEMA_FILES.review;
    const modeline = schemaPath(file, schemaFile, 'schemas');
    const text = kind === 'checkin' ? checkinTemplate(day, modeline, hints) : reviewTemplate(day, modeline, hints.supports);
    created = existing ? { ok: false, file, reason: 'exists' } : createFile(file, text);
  } else {
    throw new UsageError(`new: say what to create: 'plan SLUG', 'checkin' or 'review' (see 'waymark new --help')`);
  }

  if (!created.ok) {
    output.err(`waymark: ${displayPath(created.file)} already exists; it was left as it is. Open it in your editor to add to it.`);
    return 1;
  }
  output.out(`created ${displayPath(created.file)}`);
  if (!existsSync(join('schemas', schemaFile))) output.out("tip: run 'waymark schema' once so your editor can check the fields as you type");
  return 0;
}

function pickPlan(plansDirectory: string, slug: string | undefined) {
  const found = findPlans(plansDirectory);
  if (!found.ok) throw new UsageError(found.message);
  if (slug !== undefined) {
    const plan = found.plans.find((p) => p.slug === slug);
    if (!plan) throw new UsageError(`there is no plan '${slug}' in ${plansDirectory}; plans: ${found.plans.map((p) => p.slug).join(', ') || 'none'}`);
    return loadPlan(plan);
  }
  if (found.plans.length === 1) return loadPlan(found.plans[0]!);
  if (found.plans.length === 0) throw new UsageError(`there is no plan in ${plansDirectory} yet: start one with 'waymark new plan SLUG'`);
  throw new UsageError(`there are several plans; say which with --plan: ${found.plans.map((p) => p.slug).join(', ')}`);
}
