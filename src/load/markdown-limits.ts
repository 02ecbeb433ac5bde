// Finds Markdown that would stall or crash the renderer (nesting hundreds of levels deep, or thousands of formatting marks), in one pass over the text.

/** Quote and list levels a line may open; deeper text is shown as plain text. */
export const MAX_NESTING = 100;
/** Formatting marks a body may hold; remark's time grows with them faster than with the text. */
export const MAX_MARKS = 5_000;
/** Formatting marks one paragraph may hold: within a paragraph the cost grows with their square. */
export const MAX_PARAGRAPH_MARKS = 1_000;

export interface MarkdownLimit {
  /** Where in the Markdown the limit was passed. */
  offset: number;
  reason: 'nesting' | 'marks';
}

const MARKS = new Set(['*', '_', '[', ']', '`', '<', '~']);

/**
 * The first place where `markdown` passes a limit, or null. A line's depth is counted from its start:
 * each `>` and list marker is a level, and every two columns of indentation one more.
 */
export function markdownLimit(markdown: string): MarkdownLimit | null {
  let marks = 0;
  let paragraphMarks = 0;
  let lineStart = 0;
  while (lineStart <= markdown.length) {
    let end = markdown.indexOf('\n', lineStart);
    if (end === -1) end = markdown.length;
    let i = lineStart;
    let levels = 0;
    let columns = 0;
    for (;;) {
      const c = markdown[i];
      if (c === ' ') columns += 1;
      else if (c === '\t') columns += 4;
      else if (c === '>') levels += 1;
      else if ((c === '*' || c === '-' || c === '+') && /[ \t\r\n]|^$/.test(markdown[i + 1] ?? '')) levels += 1;
      else {
        const ordered = /^\d{1,9}[.)](?=[ \t\r\n]|$)/.exec(markdown.slice(i, i + 11));
        if (ordered === null) break;
        levels += 1;
        i += ordered[0].length - 1;
      }
      i += 1;
      if (levels + Math.floor(columns / 2) > MAX_NESTING) return { offset: i - 1, reason: 'nesting' };
    }
    if (markdown.slice(i, end).trim() === '') paragraphMarks = 0;
    for (let j = lineStart; j < end; j++) {
      if (!MARKS.has(markdown[j]!)) continue;
      marks += 1;
      paragraphMarks += 1;
      if (marks > MAX_MARKS || paragraphMarks > MAX_PARAGRAPH_MARKS) return { offset: j, reason: 'marks' };
    }
    lineStart = end + 1;
  }
  return null;
}

/** The warning's words: what was found, what the site does, how to have the formatting back. */
export function markdownLimitMessage(limit: MarkdownLimit): string {
  return limit.reason === 'nesting'
    ? `this text nests quotes or lists more than ${MAX_NESTING} levels deep, so the site shows it as plain text, without formatting; fewer '>' or list levels bring the formatting back`
    : `this text has more formatting marks (*, _, [, ], \`, <, ~) than the site can format quickly (${MAX_MARKS.toLocaleString('en')} in a text, ${MAX_PARAGRAPH_MARKS.toLocaleString('en')} in a paragraph), so the site shows it as plain text; fewer marks bring the formatting back`;
}
