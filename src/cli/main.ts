// The waymark command line: picks the command, runs it, and turns failures into exit codes (0, 1, 2, 3).

import { processOutput, type Output } from './output.js';
import { UsageError } from './usage-error.js';

type Command = (argv: string[], output: Output) => number | Promise<number>;

/** Each command is loaded only when it runs, so `check` never pays for Eleventy's start-up. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).check,
  report: async () => (await import('./report.js')).report,
  build: async () => (await import('./build.js')).build,
  serve: async () => (await import('./serve.js')).serve,
  new: async () => (await import('./new.js')).newFile,
  schema: async () => (await import('./schema.js')).schema,
  init: async () => (await import('./init.js')).init,
  export: async () => (await import('./export.js')).exportCommand,
  import: async () => (await import('./import.js')).importCommand,
  history: async () => (await import('./history.js')).history,
  lsp: async () => (await import('./lsp.js')).lsp,
  share: async () => (await import('./share.js')).share,
};

export const HELP = `Usage: waymark <command> [options]

Commands:
  check     validate every plan and print problems as file:line:column
  report    the analysis of a plan: time in recovery, goals, who is due a call
  build     check, then write the private progress site
  serve     build, serve the site on localhost and rebuild on every save
  new       start a plan, today's check-in or a review from a commented template
  schema    write JSON Schemas for editors
  init      start a repository for your plan, with checks and publishing on GitHub
  export    calendar reminders (ics) or check-ins for a spreadsheet (csv)
  import    bring check-ins over from Daylio, Loop Habit Tracker or Bearable
  history   how your plan changed, from git, and how the weeks before and after went
  lsp       a language server: live checks, completion and hover in your editor
  share     one file for a sponsor, therapist or doctor, with only what you choose

Every command takes --plans DIR (default: $WAYMARK_PLANS or ./plans), --today YYYY-MM-DD and --help.
Run 'waymark <command> --help' for more, and 'waymark --version' for the version.`;

export async function main(argv: string[], output: Output = processOutput()): Promise<number> {
  const [name, ...rest] = argv;
  const debug = argv.includes('--debug');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    output.out(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    output.out((await import('./version.js')).waymarkVersion());
    return 0;
  }
  const load = COMMANDS[name];
  try {
    if (!load) throw new UsageError(`'${name}' is not a waymark command. Commands: ${Object.keys(COMMANDS).join(', ')}. See 'waymark --help'.`);
    const command = await load();
    return await command(rest, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`waymark: ${error.message}`);
      return 2;
    }
    const reason = error instanceof Error ? error.message : String(error);
    output.err(`waymark: something unexpected went wrong while running '${name}': ${reason}`);
    if (debug && error instanceof Error && error.stack) output.err(error.stack);
    else output.err("Nothing in your plan was changed. Run the command again with --debug to see the details, and please report it with that output (leave out anything private).");
    return 3;
  }
}
