// Reads front matter line by line the way a person lays it out: each line's indent, list dash, key and value.

export interface YamlLine {
  /** 0-based index among the YAML text's lines. */
  index: number;
  /** Offset of the line's first character in the YAML text. */
  start: number;
  text: string;
}

/** A line that holds a list dash or a key, where the layout can be checked. */
export interface LineHead {
  line: YamlLine;
  /** Column (0-based) of the first character that is not a space. */
  column: number;
  /** The column of the key, after any `- ` dashes; equal to `column` without dashes. */
  keyColumn: number;
  dashes: number;
  /** The key as written, or null for a list item or text without one. */
  key: string | null;
  /** What follows the key's colon (or the dashes), without a comment. */
  value: string;
}

export function yamlLines(yaml: string): YamlLine[] {
  const lines: YamlLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(yaml); m; m = breaks.exec(yaml)) {
    lines.push({ index: lines.length, start, text: yaml.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ index: lines.length, start, text: yaml.slice(start) });
  return lines;
}

/** Blank lines and whole-line comments say nothing about the layout. */
export function isContent(line: YamlLine): boolean {
  return !/^[ \t]*(#.*)?$/.test(line.text);
}

const HEAD = /^( *)((?:- +|-$)*)(.*)$/;
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=[ \t]|$)(.*)$/;

export function lineHead(line: YamlLine): LineHead {
  const [, spaces = '', dashes = '', rest = ''] = HEAD.exec(line.text) ?? [];
  const column = spaces.length;
  const keyColumn = column + dashes.length;
  const dashCount = (dashes.match(/-/g) ?? []).length;
  const key = KEY.exec(rest);
  if (key) return { line, column, keyColumn, dashes: dashCount, key: key[1]!, value: withoutComment(key[2]!).trim() };
  return { line, column, keyColumn, dashes: dashCount, key: null, value: withoutComment(rest).trim() };
}

/** A value like `|`, `>-` or `|2`: the lines below, indented more, are its text. */
export function opensBlockText(value: string): boolean {
  return /^[|>][-+0-9]*$/.test(value);
}

/** A value that holds data on the key's own line (an anchor or tag alone does not). */
export function hasInlineValue(value: string): boolean {
  return value !== '' && !opensBlockText(value) && !/^(?:[&!][^\s]*\s*)+$/.test(value);
}

/**
 * How many brackets and quotes `text` leaves open: a flow list or mapping, or a quote, that goes on
 * past the end of the line. `depth` and `quote` carry over from the lines before.
 */
export function openAfter(text: string, state: { depth: number; quote: string }): { depth: number; quote: string } {
  let { depth, quote } = state;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = '';
    } else if (quote === "'") {
      if (c === "'" && text[i + 1] === "'") i++;
      else if (c === "'") quote = '';
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) break;
    else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return { depth, quote };
}

function withoutComment(text: string): string {
  const comment = /(^|\s)#/.exec(text);
  return comment ? text.slice(0, comment.index) : text;
}
