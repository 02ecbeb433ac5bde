// `waymark history`: how each plan changed, from git: versions newest first, or the contract's JSON.

import { historyJson, planHistory } from '../history/plan-history.js';
import { historyText } from '../terminal/history-text.js';
import { checkPlans } from '../validate/check-plans.js';
import { parseCommand, plansDir, stringOption } from './args.js';
import { namedPlans, refuseErrors } from './one-plan.js';
import { paint, type Output } from './output.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: waymark history [SLUG] [--json] [--plans DIR] [--today YYYY-MM-DD]

Shows how each plan changed, from its git history: every version of plan.md that changed
what the plan says (following renames of the file and its folder), what changed in words,
the review it probably came from, and how the 28 days before and after went.
Changes not yet committed are the last version. Git is only read, never written.

  SLUG        only this plan
  --json      print the versions as JSON ({"plans": [...]}, oldest first, keys as in the history contract)
  --today     the date to read the plan as of (default: today in the plan's time zone)`;

export function history(argv: string[], output: Output): number {
  const { values, positionals } = parseCommand('history', argv, { json: { type: 'boolean' } }, 1);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const result = checkPlans(plansDir(values), stringOption(values, 'today'));
  if (!result.ok) throw new UsageError(result.message);
  const plans = namedPlans(result.plans, positionals[0], 'history');
  if (plans.filter((plan) => refuseErrors(plan, output, 'its history can be shown')).length > 0) return 1;
  const histories = plans.flatMap((p) => (p.plan ? [planHistory(p.plan, p.today)] : []));
  if (values.json) {
    output.out(JSON.stringify({ plans: histories.map(historyJson) }, null, 2));
    return 0;
  }
  output.out(histories.map((h) => historyText(h, (style, text) => paint(output, style, text))).join('\n\n'));
  return 0;
}
