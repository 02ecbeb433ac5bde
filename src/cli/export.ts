// `waymark export ics|csv`: a plan's reminders for a phone's calendar, or its check-ins for a spreadsheet.

import { writeFileSync } from 'node:fs';
import { analyzePlan } from '../analyze/report.js';
import { calendarEvents } from '../export/calendar-events.js';
import { planCalendar } from '../export/calendar-ics.js';
import { checkinTable } from '../export/checkin-table.js';
import { checkinsCsv } from '../export/checkins-csv.js';
import { checkPlans } from '../validate/check-plans.js';
import { displayPath } from '../validate/format-diagnostics.js';
import { insidePlans, parseCommand, plansDir, stringOption } from './args.js';
import { onePlan, refuseErrors } from './one-plan.js';
import type { Output } from './output.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage:
  waymark export ics [SLUG] [--out FILE]                 reminders for your phone's calendar
  waymark export csv [SLUG] [--out FILE] [--no-journal]  every check-in, for a spreadsheet

ics: the next review, each supporter's next check-in (repeating), goal steps and goals'
     due dates, as all-day events with reminders. Titles are neutral ("Review", "Call Jo").
csv: one row per check-in, oldest first, with every field, each goal's metric and the
     journal; open it in any spreadsheet.

  SLUG          the plan (may be left out when there is only one)
  --out FILE    write to FILE instead of printing
  --no-journal  csv: leave the journal column out
  --today       the date to export as of (default: today in the plan's time zone)`;

export function exportCommand(argv: string[], output: Output): number {
  const { values, positionals } = parseCommand('export', argv, { out: { type: 'string' }, 'no-journal': { type: 'boolean' } }, 2);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const [kind, slug] = positionals;
  if (kind !== 'ics' && kind !== 'csv') throw new UsageError(`export: say what to export: 'ics' (calendar reminders) or 'csv' (check-ins for a spreadsheet); see 'waymark export --help'`);
  if (kind === 'ics' && values['no-journal']) throw new UsageError("export: --no-journal goes with 'export csv'");
  const plans = plansDir(values);
  const out = stringOption(values, 'out');
  if (out !== undefined && insidePlans(out, plans)) throw new UsageError(`export: ${out} is inside the plans folder; write the export somewhere else, so it never mixes with your plan files`);

  const result = checkPlans(plans, stringOption(values, 'today'));
  if (!result.ok) throw new UsageError(result.message);
  const chosen = onePlan(result.plans, slug, plans, 'export');
  if (refuseErrors(chosen, output, 'it can be exported') || chosen.plan === null) return 1;
  const plan = chosen.plan;

  let text: string;
  let what: string;
  if (kind === 'ics') {
    const report = analyzePlan(plan, chosen.today);
    text = planCalendar(plan, report);
    what = count(calendarEvents(plan, report).length, 'event');
  } else {
    const table = checkinTable(plan, chosen.today, { journal: values['no-journal'] !== true });
    text = checkinsCsv(table);
    what = count(table.rows.length, 'check-in');
  }
  if (out === undefined) {
    // The export's own bytes (CRLF line ends, a BOM), exactly as a file would hold them.
    process.stdout.write(text);
    return 0;
  }
  writeFileSync(out, text);
  output.out(`wrote ${displayPath(out)}: ${what}`);
  return 0;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

