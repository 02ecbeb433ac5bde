// `waymark lsp`: the language server, for live checks, completion, hover and go to definition in any editor.

import { resolve } from 'node:path';
import { startServer } from '../lsp/server.js';
import { parseCommand, stringOption } from './args.js';
import type { Output } from './output.js';
import { waymarkVersion } from './version.js';

export const HELP = `Usage: waymark lsp [--stdio] [--plans DIR] [--today YYYY-MM-DD]

A language server (LSP) for your editor, spoken over standard input and output: your
editor starts it, you do not. For a plan file open in the editor it shows the problems
'check' finds as you type, completes the plan's ids and field names, describes fields
and ids on hover, and goes from an id to its place in plan.md. It never writes a file.

  --stdio               talk over standard input and output (the only way; editors pass it)
  --plans DIR           the plans folder (default: $WAYMARK_PLANS, else the nearest
                        plans/<slug>/ folder above each file)
  --today YYYY-MM-DD    the date to check against (default: today in the plan's time zone)

See the README for the few lines that set it up in VS Code, Neovim, Helix and Emacs.`;

export async function lsp(argv: string[], output: Output): Promise<number> {
  const { values } = parseCommand('lsp', argv, { stdio: { type: 'boolean' } }, 0);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const plans = stringOption(values, 'plans') ?? (process.env.WAYMARK_PLANS || undefined);
  await startServer({ plansDir: plans === undefined ? undefined : resolve(plans), today: stringOption(values, 'today'), version: waymarkVersion() });
  return 0;
}
