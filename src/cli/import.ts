// `waymark import daylio|loop|bearable FILE`: turns another app's export into check-in files, never overwriting one.

import { importMap } from '../import/import-map.js';
import { IMPORT_FORMATS, type FormatName } from '../import/import-formats.js';
import { planImport, writeImport, type ImportWork } from '../import/import-days.js';
import { formatProblem, type ImportProblem } from '../import/import-problem.js';
import { checkPlans } from '../validate/check-plans.js';
import { displayPath, formatPretty } from '../validate/format-diagnostics.js';
import { parseCommand, plansDir, stringOption } from './args.js';
import { onePlan } from './one-plan.js';
import type { Output } from './output.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: waymark import daylio|loop|bearable FILE [--plan SLUG] [--dry-run] [--map MAPFILE]

Brings your history over from another app: one check-in per day, in checkins/YYYY/MM/.
A day that already has a check-in is skipped (and listed), so running it again is safe.

  daylio FILE    the CSV file from Daylio's "Export entries"
  loop FILE      the .zip from Loop Habit Tracker's "Export as CSV", or its unpacked folder
  bearable FILE  the CSV file from Bearable's "Export data"
  --plan SLUG    the plan to import into (may be left out when there is only one)
  --dry-run      show what would be created, and write nothing
  --map MAPFILE  a YAML file saying what your moods and activities are in your plan:
                   mood: {awful: 1, bad: 2, meh: 3, good: 4, rad: 5}
                   activities: {walk: coping:walk, meeting: metric:meetings, call mum: contacted:mum}
                 (coping:<id>, triggers:<id>, contacted:<id> or metric:<name>). Anything
                 without a place in your plan is kept in the check-in's journal as text.`;

/** More problems than this are counted, not listed: one mistake repeated a thousand times says nothing new. */
const SHOWN_PROBLEMS = 20;

export function importCommand(argv: string[], output: Output): number {
  const { values, positionals } = parseCommand('import', argv, { plan: { type: 'string' }, 'dry-run': { type: 'boolean' }, map: { type: 'string' } }, 2);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const [kind, path] = positionals;
  if (kind === undefined || !Object.hasOwn(IMPORT_FORMATS, kind)) throw new UsageError(`import: say which app the export comes from: ${Object.keys(IMPORT_FORMATS).join(', ')} (such as 'waymark import daylio daylio_export.csv')`);
  if (path === undefined) throw new UsageError(`import ${kind}: name the file to import, such as 'waymark import ${kind} ${kind === 'loop' ? 'Loop.zip' : `${kind}.csv`}'`);
  const format = IMPORT_FORMATS[kind as FormatName];
  const plans = plansDir(values);
  const result = checkPlans(plans, stringOption(values, 'today'));
  if (!result.ok) throw new UsageError(result.message);
  const chosen = onePlan(result.plans, stringOption(values, 'plan'), plans, 'import');
  if (chosen.plan === null) {
    for (const d of chosen.diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith('plan.md'))) output.err(formatPretty(d));
    output.err(`waymark: plan.md of '${chosen.slug}' has errors to fix first (see above): an import needs its ids and goals. Nothing was written.`);
    return 1;
  }

  const days = format.read(path);
  if (!days.ok) return refuse(days.problems, output);
  const map = importMap(format.moods(days.value), stringOption(values, 'map'));
  if (!map.ok) return refuse(map.problems, output);

  const dryRun = values['dry-run'] === true;
  const planned = planImport(days.value, map.value, chosen.plan, chosen.today, { app: format.app, path });
  const done = dryRun ? planned : writeImport(planned);
  printWork(done, output, dryRun, format.app);
  return 0;
}

function refuse(problems: ImportProblem[], output: Output): number {
  for (const problem of problems.slice(0, SHOWN_PROBLEMS)) output.err(`waymark: ${formatProblem(problem)}`);
  if (problems.length > SHOWN_PROBLEMS) output.err(`waymark: … and ${problems.length - SHOWN_PROBLEMS} more like these`);
  output.err('Nothing was written.');
  return 1;
}

function printWork(work: ImportWork, output: Output, dryRun: boolean, app: string): void {
  for (const item of work.create) {
    if (!dryRun) output.out(`created ${displayPath(item.file)}`);
    else output.out(`would create ${displayPath(item.file)}:\n${item.text.trimEnd().replace(/^(?=.)/gm, '    ')}\n\n`);
  }
  for (const { date, file } of work.skipped) output.out(`skipped ${date}: it already has a check-in (${displayPath(file)}), left as it is`);
  for (const date of work.future) output.out(`skipped ${date}: it is after today`);
  for (const target of work.unplaced) {
    const what = target.field === 'metric' ? `no goal measures '${target.name}'` : `plan.md has no ${LIST_WORDS[target.field]} '${target.name}'`;
    output.out(`note: the map says ${target.field}:${target.name}, but ${what}; those days keep it in the journal as text`);
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const created = work.create.length;
  const skipped = work.skipped.length;
  if (created === 0) {
    output.out(skipped > 0 ? `nothing new from ${app}: every day in it already has a check-in.` : `nothing to import: the ${app} export holds no day up to today.`);
    return;
  }
  const also = skipped > 0 ? `; ${count(skipped, 'day')} already had one and ${skipped === 1 ? 'was' : 'were'} left as ${skipped === 1 ? 'it was' : 'they were'}` : '';
  if (dryRun) output.out(`dry run: ${count(created, 'check-in')} would be created from ${app}${also}. Nothing was written.`);
  else output.out(`${count(created, 'check-in')} created from ${app}${also}. 'waymark check' checks them, and 'waymark report' counts them.`);
}

const LIST_WORDS = { coping: 'coping strategy', triggers: 'trigger', contacted: 'support' } as const;
