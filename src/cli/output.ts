// Where commands print: standard output and error, with colour only on a terminal and never with NO_COLOR.

import { showControls, showControlsKeepingColour } from '../terminal/show-controls.js';

export interface Output {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
}

export function processOutput(): Output {
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  // Every message may carry text from a plan file: its control characters are shown, never obeyed (show-controls.ts).
  const shown = (text: string) => (color ? showControlsKeepingColour(text) : showControls(text));
  return {
    out: (text) => process.stdout.write(shown(text.endsWith('\n') ? text : `${text}\n`)),
    err: (text) => process.stderr.write(shown(text.endsWith('\n') ? text : `${text}\n`)),
    color,
  };
}

const CODES = { red: 31, yellow: 33, green: 32, bold: 1, dim: 2, cyan: 36 } as const;


export function paint(output: Pick<Output, 'color'>, style: keyof typeof CODES, text: string): string {
  return output.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
}
