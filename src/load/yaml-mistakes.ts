// Recognises the YAML slips people make by hand and says, once and in plain words, what is wrong on the line they got wrong.

import { hasInlineValue, isContent, lineHead, openAfter, opensBlockText, yamlLines, type LineHead, type YamlLine } from './yaml-lines.js';

/** The first YAML error the parser met, by offsets into the YAML text. */
export interface ParserError {
  start: number;
  end: number;
  message: string;
}

export interface Mistake {
  start: number;
  end: number;
  message: string;
}

/**
 * The mistake behind the parser's first error, where it is one of the common ones: indented more
 * or less than the key above, a tab, no space after a colon, a quote or bracket never closed, an
 * apostrophe inside single quotes. `lineOf` gives the file's line number for an offset.
 */
export function yamlMistake(yaml: string, error: ParserError, lineOf: (offset: number) => number): Mistake | undefined {
  const lines = yamlLines(yaml);
  const quote = /closing (["'])quote/.exec(error.message)?.[1];
  if (quote) return unclosedQuote(yaml, quote, error.start, lineOf);
  const bracket = /flow (sequence|map|mapping)\b.*end with an? ([\]}])/i.exec(error.message);
  if (bracket) return unclosedBracket(lines, error.start, lineOf);

  const first = lineAt(lines, error.start);
  // The parser often notices a slip only at the line before it, so the next line with content is looked at too.
  const end = lineAt(lines, Math.max(error.start, error.end - 1));
  const next = lines.find((line) => line.index > end && isContent(line));
  return layoutMistake(lines, first, next?.index ?? end, lineOf);
}

function lineAt(lines: YamlLine[], offset: number): number {
  let found = 0;
  for (const line of lines) if (line.start <= offset) found = line.index;
  return found;
}

function unclosedQuote(yaml: string, quote: string, end: number, lineOf: (offset: number) => number): Mistake | undefined {
  for (let i = Math.min(end, yaml.length) - 1; i >= 0; i--) {
    if (yaml[i] !== quote || (quote === '"' && yaml[i - 1] === '\\')) continue;
    // An opening quote starts a value: at the start of a line, or after ':', '-', '[', ',', '{' or '?'.
    const lineStart = Math.max(yaml.lastIndexOf('\n', i - 1), yaml.lastIndexOf('\r', i - 1)) + 1;
    if (!/^(?:[ \t]*|.*[:\-[,{?][ \t]*)$/.test(yaml.slice(lineStart, i))) continue;
    // A quote closed further on is not the slip: the parser stumbled on something else inside it.
    if (closes(yaml.slice(i + 1), quote)) return undefined;
    return {
      start: i,
      end: i + 1,
      message: `line ${lineOf(i)} opens a quote (${quote}) that is never closed: add ${quote} at the end of the text`,
    };
  }
  return undefined;
}

function closes(rest: string, quote: string): boolean {
  return quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : /'/.test(rest.replace(/''/g, ''));
}

function unclosedBracket(lines: YamlLine[], before: number, lineOf: (offset: number) => number): Mistake | undefined {
  // The last bracket still open where the parser gave up is the one to close.
  const open: number[] = [];
  for (const line of lines) {
    if (line.start >= before) break;
    let quote = '';
    for (let i = 0; i < line.text.length; i++) {
      const c = line.text[i]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '#' && (i === 0 || /\s/.test(line.text[i - 1]!))) break;
      else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(line.text[i - 1]!))) quote = c;
      else if (c === '[' || c === '{') open.push(line.start + i);
      else if (c === ']' || c === '}') open.pop();
    }
  }
  const at = open.at(-1);
  if (at === undefined) return undefined;
  const line = lines[lineAt(lines, at)]!;
  // A bracket closed further on is not the slip: the lines inside it are laid out wrongly instead.
  let state = openAfter(line.text.slice(at - line.start), { depth: 0, quote: '' });
  for (const later of lines.slice(line.index + 1)) {
    if (state.depth === 0) break;
    state = openAfter(later.text, state);
  }
  if (state.depth === 0) return undefined;
  const opener = line.text[at - line.start];
  const what = opener === '[' ? 'a list with [' : 'a set of fields with {';
  const closer = opener === '[' ? ']' : '}';
  return { start: at, end: at + 1, message: `line ${lineOf(at)} opens ${what} that is never closed: add ${closer} after its last item` };
}

interface Level {
  head: LineHead;
  /** A list dash (at `head.column`) or a key (at `head.keyColumn`). */
  kind: 'dash' | 'key';
  column: number;
}

/** Walks the lines as a person lays them out and returns the first slip on lines `first`…`last`. */
function layoutMistake(lines: YamlLine[], first: number, last: number, lineOf: (offset: number) => number): Mistake | undefined {
  const levels: Level[] = [];
  let open = { depth: 0, quote: '' };
  let blockText: number | null = null;
  let previous: LineHead | null = null;

  for (const line of lines.slice(0, last + 1)) {
    // Document markers inside front matter are beyond what a person lays out by hand.
    if (/^(---|\.\.\.)(\s|$)/.test(line.text)) return undefined;
    const checked = line.index >= first;
    const tab = /^ *\t/.exec(line.text);
    if (checked && tab && isContent(line) && blockText === null) {
      const at = line.start + tab[0].length - 1;
      return { start: at, end: at + 1, message: `line ${lineOf(at)} is indented with a tab; YAML indents with spaces only: replace the tab with spaces` };
    }
    if (!isContent(line)) continue;
    const head = lineHead(line);
    if (blockText !== null) {
      if (head.column > blockText) continue;
      blockText = null;
    }
    if (open.depth > 0 || open.quote) {
      open = openAfter(line.text, open);
      continue;
    }
    if (checked) {
      const slip = noSpaceAfterColon(head, lineOf) ?? apostrophe(head, lineOf) ?? indentSlip(head, levels, previous, lineOf);
      if (slip) return slip;
    }
    if (!place(head, levels)) continue;
    previous = head;
    open = openAfter(head.line.text.slice(head.keyColumn), open);
    if (opensBlockText(head.value)) blockText = head.column;
  }
  return undefined;
}

/** Puts a line's dashes and key on the stack of open levels; false for a line that continues the text above. */
function place(head: LineHead, levels: Level[]): boolean {
  const top = levels.at(-1);
  if (top && head.column > top.column && top.kind === 'key' && hasInlineValue(top.head.value) && head.key === null && head.dashes === 0) return false;
  while (levels.length > 0 && levels.at(-1)!.column > head.column) levels.pop();
  while (levels.at(-1)?.column === head.column && (head.dashes === 0 || levels.at(-1)!.kind === 'dash')) levels.pop();
  for (let d = 0; d < head.dashes; d++) levels.push({ head, kind: 'dash', column: head.column + d * 2 });
  if (head.key !== null) levels.push({ head, kind: 'key', column: head.keyColumn });
  return true;
}

/** `person:Sam` is one piece of text to YAML, not a key and a value. */
function noSpaceAfterColon(head: LineHead, lineOf: (offset: number) => number): Mistake | undefined {
  if (head.key !== null) return undefined;
  const written = /^([A-Za-z_][\w-]*):([^\s/:].*)$/.exec(head.value);
  if (!written) return undefined;
  const at = head.line.start + head.keyColumn + written[1]!.length;
  return {
    start: at,
    end: at + 1,
    message: `line ${lineOf(at)} needs a space after the colon: write \`${written[1]}: ${written[2]!.trim()}\``,
  };
}

/** `title: 'Sam's plan'`: the apostrophe closes the single quotes early. */
function apostrophe(head: LineHead, lineOf: (offset: number) => number): Mistake | undefined {
  const quoted = /^'((?:[^']|'')*)'(\S)/.exec(head.value);
  if (!quoted) return undefined;
  const valueStart = head.line.text.indexOf(head.value, head.keyColumn);
  const at = head.line.start + valueStart + quoted[1]!.length + 1;
  return {
    start: at,
    end: at + 1,
    message: `line ${lineOf(at)} has an apostrophe inside single quotes, which ends the quoted text early: write it twice ('') or put the whole text in double quotes`,
  };
}

function indentSlip(head: LineHead, levels: Level[], previous: LineHead | null, lineOf: (offset: number) => number): Mistake | undefined {
  const top = levels.at(-1);
  if (!top || !previous) return undefined;
  const name = shownAs(head);
  const at = head.line.start + head.column;
  const span = { start: at, end: at + Math.max(1, name.length) };

  if (head.column > top.column) {
    // A line of plain text deeper than a key goes on with that key's text.
    if (head.key === null && head.dashes === 0) return undefined;
    // Deeper than a key that already has its value on its own line: nothing can belong under it.
    if (top.kind !== 'key' || !hasInlineValue(top.head.value)) return undefined;
    const more = head.column - top.column;
    return { ...span, message: `line ${lineOf(at)} is indented ${spaces(more)} more than \`${top.head.key}:\` ${where(top.head, previous, lineOf)}: start \`${name}\` in the same column as \`${top.head.key}:\`` };
  }
  const deeper = [...levels].reverse().filter((l) => l.column > head.column);
  const same = levels.find((l) => l.column === head.column && (head.dashes > 0 ? true : l.kind === 'key'));
  if (same) return undefined;
  // A list may start in the same column as the key that holds it.
  if (head.dashes > 0 && levels.some((l) => l.kind === 'key' && l.column === head.column && !hasInlineValue(l.head.value))) return undefined;
  const sibling = deeper.filter((l) => l.kind === 'key').at(-1) ?? deeper.at(-1);
  if (!sibling || sibling.head.key === null) return undefined;
  const less = sibling.column - head.column;
  // The key a level up is the other place the line may belong, unless a list stands between them.
  const outer = [...levels].reverse().find((l) => l.column <= head.column);
  const or = outer?.kind === 'key' && outer.head.key ? `, or with \`${outer.head.key}:\` if it belongs there` : '';
  return { ...span, message: `line ${lineOf(at)} is indented ${spaces(less)} less than \`${sibling.head.key}:\` ${where(sibling.head, previous, lineOf)}: line \`${name}\` up with \`${sibling.head.key}:\`${or}` };
}

/** How a line's start is quoted in a message: `role:`, or `- id:` for a list item. */
function shownAs(head: LineHead): string {
  const dash = head.dashes > 0 ? '- ' : '';
  return head.key !== null ? `${dash}${head.key}:` : head.line.text.trim().split(/\s+/).slice(0, 2).join(' ');
}

function where(head: LineHead, previous: LineHead, lineOf: (offset: number) => number): string {
  return head === previous ? 'above it' : `on line ${lineOf(head.line.start)}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function spaces(n: number): string {
  return `${WORDS[n] ?? String(n)} ${n === 1 ? 'space' : 'spaces'}`;
}
