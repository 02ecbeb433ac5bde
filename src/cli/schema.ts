// `waymark schema`: write the JSON Schemas that let an editor check plan files as they are typed.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPlans } from '../load/find-plans.js';
import { loadPlan } from '../load/load-plans.js';
import { checkinHints } from '../new/plan-hints.js';
import { checkinJsonSchema, planJsonSchema, reviewJsonSchema, SCHEMA_FILES } from '../schema/json-schema.js';
import { displayPath } from '../validate/format-diagnostics.js';
import { parseCommand, plansDir, stringOption } from './args.js';
import type { Output } from './output.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: waymark schema [--out DIR] [--plans DIR]

Writes JSON Schemas (draft-07) for plan.md, reviews, and each plan's check-ins
(checkin.SLUG.schema.json, which lists that plan's metrics). The files that 'waymark new'
writes point at them, for editors that check YAML against a schema as you type.
Run it again after you add or rename a goal's metric.

  --out DIR     where to write them (default: ./schemas)
  --plans DIR   the plans folder (default: $WAYMARK_PLANS or ./plans)`;

export function schema(argv: string[], output: Output): number {
  const { values } = parseCommand('schema', argv, { out: { type: 'string' } }, 0);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const out = stringOption(values, 'out') ?? 'schemas';
  const plans = plansDir(values);
  const found = findPlans(plans);
  // No plans folder yet is fine: plan.md's schema is what a new plan needs first.
  if (!found.ok && existsSync(plans)) throw new UsageError(`schema: ${found.message}`);
  const files: [string, object][] = [
    [SCHEMA_FILES.plan, planJsonSchema()],
    [SCHEMA_FILES.review, reviewJsonSchema()],
    // Only plan.md is read: it names the metrics.
    ...(found.ok ? found.plans : []).map((plan): [string, object] => [
      SCHEMA_FILES.checkin(plan.slug),
      checkinJsonSchema(plan.slug, checkinHints(loadPlan({ ...plan, checkinFiles: [], reviewFiles: [], strayFiles: [] })).metrics),
    ]),
  ];
  mkdirSync(out, { recursive: true });
  for (const [name, json] of files) {
    const file = join(out, name);
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    output.out(`wrote ${displayPath(file)}`);
  }
  if (!found.ok || found.plans.length === 0) output.out(`no plans in ${plans} yet, so no check-in schema: run 'waymark schema' again after 'waymark new plan SLUG'`);
  return 0;
}
