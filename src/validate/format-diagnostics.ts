// Prints diagnostics the way compilers do (file:line:col: severity rule: message), or as JSON.

import { relative } from 'node:path';
import { showControls } from '../terminal/show-controls.js';
import type { Diagnostic } from '../problem/diagnostic.js';

export function displayPath(file: string, cwd: string = process.cwd()): string {
  const path = relative(cwd, file) || file;
  return path.split('\\').join('/');
}

export interface Painter {
  (style: 'red' | 'yellow' | 'bold' | 'dim', text: string): string;
}

const plain: Painter = (_style, text) => text;

export function formatPretty(diagnostic: Diagnostic, paint: Painter = plain): string {
  const severity = paint(diagnostic.severity === 'error' ? 'red' : 'yellow', diagnostic.severity);
  // Messages quote the plan's own text: its control characters are shown, not sent to the terminal.
  return `${paint('bold', `${showControls(displayPath(diagnostic.file))}:${diagnostic.line}:${diagnostic.column}`)}: ${severity} ${paint('dim', diagnostic.rule)}: ${showControls(diagnostic.message)}`;
}

/** "2 problems (1 error, 1 warning) in 58 files" */
export function formatSummary(diagnostics: readonly Diagnostic[], files: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const filesText = `${files} ${files === 1 ? 'file' : 'files'}`;
  if (diagnostics.length === 0) return `no problems in ${filesText}`;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(diagnostics.length, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')}) in ${filesText}`;
}

export function toJson(diagnostics: readonly Diagnostic[]): object[] {
  return diagnostics.map((d) => ({
    file: displayPath(d.file),
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
  }));
}
