// Text from plan files made safe to print: control characters other than newline and tab shown escaped, so a file cannot drive the terminal.

export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
