// Waymark's places (1-based lines and columns) as LSP ranges (0-based, in UTF-16 code units, as JavaScript strings count).

import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver/node';
import type { Diagnostic, Span } from '../validate/diagnostic.js';

export function rangeOf(span: Span): Range {
  return {
    start: { line: span.line - 1, character: span.column - 1 },
    end: { line: span.endLine - 1, character: span.endColumn - 1 },
  };
}

/** A problem as the editor shows it: the rule id is the code, and Waymark the source. */
export function lspDiagnostic(d: Diagnostic): LspDiagnostic {
  return {
    range: rangeOf(d),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.rule,
    source: 'waymark',
    message: d.message,
  };
}

/** A range on one line, from character `start` to `end`. */
export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
