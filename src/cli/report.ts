// `waymark report`: the analysis of each plan, as a readable summary or as the contract's JSON.

import { analyzePlan } from '../analyze/report.js';
import { checkPlans } from '../validate/check-plans.js';
import { formatPretty } from '../validate/format-diagnostics.js';
import { reportText } from '../terminal/report-text.js';
import { parseCommand, plansDir, stringOption } from './args.js';
import { paint, type Output } from './output.js';
import { UsageError } from './usage-error.js';
import { noPlans } from './no-plans.js';
import { namedPlans } from './one-plan.js';

export const HELP = `Usage: waymark report [SLUG] [--json] [--plans DIR] [--today YYYY-MM-DD]

Shows how each plan is going: days without use, check-ins, goals, who is due a call,
the next review, and what needs attention first.

  SLUG        only this plan
  --json      print the figures as JSON ({"plans": [...]}, keys as in the analysis contract)
  --today     the date to report on (default: today in the plan's time zone)`;

export function report(argv: string[], output: Output): number {
  const { values, positionals } = parseCommand('report', argv, { json: { type: 'boolean' } }, 1);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const result = checkPlans(plansDir(values), stringOption(values, 'today'));
  if (!result.ok) throw new UsageError(result.message);
  const plans = namedPlans(result.plans, positionals[0], 'report');

  const errors = plans.flatMap((p) => p.diagnostics.filter((d) => d.severity === 'error'));
  if (errors.length > 0) {
    for (const d of errors) output.err(formatPretty(d));
    output.err(`waymark: the plan has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} to fix before it can be reported on (see above, or run 'waymark check')`);
    return 1;
  }
  const reports = plans.flatMap((p) => (p.plan ? [{ plan: p.plan, report: analyzePlan(p.plan, p.today) }] : []));
  if (result.plans.length === 0 && !values.json) {
    output.out(noPlans(plansDir(values)));
    return 0;
  }
  if (values.json) {
    output.out(JSON.stringify({ plans: reports.map((r) => r.report) }, null, 2));
    return 0;
  }
  output.out(reports.map((r) => reportText(r.plan, r.report, (style, text) => paint(output, style, text))).join('\n'));
  const warnings = plans.reduce((n, p) => n + p.diagnostics.length, 0);
  if (warnings > 0) output.out(`(${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in the plan: run 'waymark check' to see ${warnings === 1 ? 'it' : 'them'})`);
  return 0;
}
