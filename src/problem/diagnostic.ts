// A problem found in a plan file: a value with a place, a rule and a message, never an exception.
// It lives below every stage, so that load and validate both make problems without one importing the other.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Absolute path of the file the problem is in. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** A problem within one file, before the file is named: what load and the rules produce. */
export interface Problem {
  span: Span;
  severity: Severity;
  rule: string;
  message: string;
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The start of a file, for problems that belong to the file as a whole. */
export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function diagnostic(file: string, span: Span, severity: Severity, rule: string, message: string): Diagnostic {
  return { file, ...span, severity, rule, message };
}

export function byPlace(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
