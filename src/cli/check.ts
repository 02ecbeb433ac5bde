// `waymark check`: validate every plan and print what is wrong, where, and how to fix it.

import { checkPlans } from '../validate/check-plans.js';
import { repositoryRoot } from '../load/repository-root.js';
import { formatPretty, formatSummary, toJson } from '../validate/format-diagnostics.js';
import { formatGithub } from '../validate/format-github.js';
import { parseCommand, plansDir, stringOption } from './args.js';
import { paint, type Output } from './output.js';
import { UsageError } from './usage-error.js';
import { noPlans } from './no-plans.js';

export const HELP = `Usage: waymark check [--format pretty|json|github] [--strict] [--plans DIR] [--today YYYY-MM-DD]

Checks every plan in the plans folder and prints each problem as file:line:column.
Never writes a file.

  --format pretty|json|github
                        how to print problems (default: pretty; github, as annotations
                        on the lines of a push or pull request, when GITHUB_ACTIONS=true)
  --strict              treat warnings as errors (exit 1 on any warning)
  --plans DIR           the plans folder (default: $WAYMARK_PLANS or ./plans)
  --today YYYY-MM-DD    the date to check against (default: today in the plan's time zone)

Exit code: 0 no errors, 1 errors (or warnings with --strict), 2 usage error.`;

export function check(argv: string[], output: Output): number {
  const { values } = parseCommand('check', argv, { format: { type: 'string' }, strict: { type: 'boolean' } }, 0);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const format = stringOption(values, 'format') ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'pretty');
  if (format !== 'pretty' && format !== 'json' && format !== 'github') throw new UsageError(`check: --format must be pretty, json or github (got '${format}')`);

  const result = checkPlans(plansDir(values), stringOption(values, 'today'));
  if (!result.ok) throw new UsageError(result.message);
  const diagnostics = result.plans.flatMap((plan) => plan.diagnostics);

  if (format === 'json') output.out(JSON.stringify(toJson(diagnostics), null, 2));
  else {
    // Annotations name files from the repository's root, where GitHub looks for them.
    const root = repositoryRoot(process.cwd()) ?? process.cwd();
    for (const d of diagnostics) output.out(format === 'github' ? formatGithub(d, root) : formatPretty(d, (style, text) => paint(output, style, text)));
    if (result.plans.length === 0) output.out(noPlans(plansDir(values)));
    else output.out(formatSummary(diagnostics, result.files));
  }
  const failed = diagnostics.some((d) => d.severity === 'error' || (values.strict === true && d.severity === 'warning'));
  return failed ? 1 : 0;
}
