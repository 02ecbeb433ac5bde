// Shows control characters as escapes, so that text from a plan file cannot clear the screen, retitle the window or hide a link in a terminal.

/** C0 controls but tab and newline, DEL, C1 controls, and the invisible marks that reorder or hide text (bidi overrides, line separators). */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\u001b` for ESC and so on: readable, and still valid inside a JSON string. */
export function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The colours `paint` writes (src/cli/output.ts): the only escape sequences let through when colour is on. */
const OWN_COLOURS = /\u001b\[(?:0|1|2|31|32|33|36)m/g;

/** For a whole line on its way to the terminal: every control shown escaped, except the colours Waymark itself painted. */
export function showControlsKeepingColour(text: string): string {
  let shown = '';
  let last = 0;
  for (const match of text.matchAll(OWN_COLOURS)) {
    shown += showControls(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return shown + showControls(text.slice(last));
}
