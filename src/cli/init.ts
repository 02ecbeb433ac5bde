// `waymark init [DIR]`: start a repository for a plan, never overwriting a file.

import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { startRepository } from '../init/start-repository.js';
import { INSTALL_VARIABLE, PASSPHRASE_SECRET } from '../init/workflow.js';
import { todayIn } from '../load/today.js';
import { ID_PATTERN } from '../schema/common.js';
import { displayPath } from '../validate/format-diagnostics.js';
import { parseCommand, stringOption } from './args.js';
import type { Output } from './output.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: waymark init [DIR] [--name NAME] [--slug SLUG] [--today YYYY-MM-DD]

Starts a repository for your plan in DIR (default: this folder; made when missing):

  plans/SLUG/plan.md              your plan, from the commented template
  README.md                       the daily routine, and how to publish the encrypted site
  .gitignore                      keeps the built site, caches and node_modules/ out of git
  .github/workflows/waymark.yml   checks the plan on every push, and publishes the encrypted
                                  site to GitHub Pages once you set the secret ${PASSPHRASE_SECRET}

and runs 'git init' when DIR is not in a git repository yet. Never overwrites a file: one
that is already there is kept, and named.

  --name NAME   your first name or a pseudonym, for the plan's title and greeting
  --slug SLUG   the plan's folder name (default: my-plan)
  --today       the plan's start date (default: today)

Exit code: 0 something was written, 1 everything was already there, 2 usage error.`;

export function init(argv: string[], output: Output): number {
  const { values, positionals } = parseCommand('init', argv, { name: { type: 'string' }, slug: { type: 'string' } }, 1);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  if (values.plans !== undefined) throw new UsageError("init: a plan repository keeps its plans in plans/, so init takes no --plans; name the repository's folder instead, such as 'waymark init my-plan'");
  const dir = positionals[0] ?? '.';
  const name = stringOption(values, 'name')?.trim();
  if (name !== undefined && (name === '' || /[\r\n]/.test(name))) throw new UsageError('init: --name takes a name on one line, such as --name Sam');
  const slug = stringOption(values, 'slug');
  if (slug !== undefined && !ID_PATTERN.test(slug)) throw new UsageError(`init: '${slug}' cannot name a plan: use lowercase letters, digits and hyphens, such as 'my-plan'`);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`init: ${dir} is a file; name a folder for the repository`);

  const started = startRepository(dir, { slug, name, today: stringOption(values, 'today') ?? todayIn(undefined) });
  const folder = displayPath(resolve(dir)) || '.';
  for (const outcome of started.outcomes) {
    if (outcome.kind === 'created') output.out(`created ${displayPath(outcome.path)}`);
    else if (outcome.kind === 'kept') output.out(`kept ${displayPath(outcome.path)} (already there)${outcome.missingSiteLine ? ": add a line '_site/' to it, so the built site stays out of git" : ''}`);
    else if (outcome.kind === 'kept-plans') output.out(`kept ${displayPath(outcome.path)}/ (it holds ${outcome.slugs.map((s) => `'${s}'`).join(', ')} already; add another plan with --slug)`);
    else if (outcome.kind === 'inside-repository') output.out(`note: ${folder} is inside the git repository at ${outcome.root}, and GitHub reads workflows only from .github/ at a repository's root: move the workflow there, or give the plan a repository of its own`);
    else if (outcome.kind === 'git-started') output.out(`started a git repository in ${folder}`);
    else output.err(`waymark: git could not start a repository here (${outcome.reason}): install git, then run 'git init' in ${folder}`);
  }
  if (!started.wrote) {
    output.err('waymark: everything was already there, so nothing was changed.');
    return 1;
  }
  const here = resolve(dir) === process.cwd() ? '' : `cd ${folder} && `;
  output.out(`
Next: open plans/${started.slug}/plan.md and fill in what fits you now, then
  ${here}waymark check && waymark new checkin
README.md has the daily routine, and how to publish the site encrypted.
${started.source === null ? `Before the GitHub workflow can check the plan, tell it where to install Waymark from: the repository variable ${INSTALL_VARIABLE} (README.md says how).` : `The GitHub workflow installs Waymark from ${started.source}.`}`);
  return 0;
}
