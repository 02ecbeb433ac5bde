// What an importer could not read: the file, the line, and what it expected there. Problems are data; the CLI prints them.

import { displayPath } from '../validate/format-diagnostics.js';

export interface ImportProblem {
  file: string;
  /** 1-based; null when the problem is the file as a whole (such as a missing Checkmarks.csv). */
  line: number | null;
  message: string;
}

export type Read<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] };

/** `daylio.csv:14: 'Smarch 3' is not a date …`, in the way compilers name a place. */
export function formatProblem(problem: ImportProblem): string {
  return `${displayPath(problem.file)}${problem.line === null ? '' : `:${problem.line}`}: ${problem.message}`;
}
