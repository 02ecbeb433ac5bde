// What the cursor is on in a file's front matter: a key, a list's item or a field's value, and the path of fields it sits under.
//
// Read from the lines' indentation rather than from a YAML syntax tree, because a file being typed is rarely valid YAML:
// `coping: [` or a blank line under `- id: payday` has no node to find, yet says exactly where the cursor is.

/** A field's place: keys, and '*' for any item of a list. */
export type FieldPath = string[];

export const ANY_ITEM = '*';

interface Token {
  /** The line, and where the token starts and ends on it (0-based characters). */
  line: number;
  start: number;
  end: number;
}

export type CursorContext =
  /** On a key, or typing one: `path` is the mapping the key is in; `present` its other keys. */
  | (Token & { role: 'key'; path: FieldPath; name: string; present: string[] })
  /** On an item of a list (`[a, b]` or `- a`): `path` is the list's; `listed` the list's other items on the line. */
  | (Token & { role: 'item'; path: FieldPath; text: string; listed: string[] })
  /** On a field's value: `path` is the field's. */
  | (Token & { role: 'value'; path: FieldPath; text: string });

interface Shape {
  indent: number;
  blank: boolean;
  /** The columns of the line's list dashes, `- - x` having two. */
  items: number[];
  key: { name: string; start: number; end: number } | null;
  /** Where the value (after `key:` or the dashes) starts. */
  valueStart: number;
}

const KEY = /^(["']?)([A-Za-z_][\w-]*)\1[ \t]*:(?=[ \t]|$)/;

function shape(line: string): Shape {
  let pos = 0;
  while (line[pos] === ' ') pos++;
  const indent = pos;
  const blank = pos === line.length || line[pos] === '#';
  const items: number[] = [];
  while (line[pos] === '-' && (pos + 1 === line.length || line[pos + 1] === ' ' || line[pos + 1] === '\t')) {
    items.push(pos);
    pos++;
    while (line[pos] === ' ' || line[pos] === '\t') pos++;
  }
  const match = KEY.exec(line.slice(pos));
  let key: Shape['key'] = null;
  if (match) {
    const start = pos + match[1]!.length;
    key = { name: match[2]!, start, end: start + match[2]!.length };
    pos += match[0].length;
    while (line[pos] === ' ' || line[pos] === '\t') pos++;
  }
  return { indent, blank, items, key, valueStart: pos };
}

/** The line's keys and dashes with their columns, in order. */
function entries(s: Shape): { column: number; segment: string }[] {
  return [...s.items.map((column) => ({ column, segment: ANY_ITEM })), ...(s.key ? [{ column: s.key.start, segment: s.key.name }] : [])];
}

/** The front matter's lines: from the line after the opening `---` to the closing one (or the end, while it is unclosed). */
function frontmatterLines(lines: string[]): { first: number; last: number } | null {
  if (!/^---(yaml)?[ \t]*$/.test(lines[0] ?? '')) return null;
  const closing = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  return { first: 1, last: closing === -1 ? lines.length : closing };
}

/** The path of the fields that hold something at `column` of line `index`, from the lines above. */
function pathAbove(lines: string[], first: number, index: number, column: number): FieldPath {
  const path: FieldPath = [];
  let threshold = column;
  for (let j = index - 1; j >= first && threshold > 0; j--) {
    const s = shape(lines[j]!);
    if (s.blank) continue;
    const found = entries(s);
    for (let k = found.length - 1; k >= 0; k--) {
      const entry = found[k]!;
      if (entry.column < threshold) {
        path.unshift(entry.segment);
        threshold = entry.column;
      }
    }
  }
  return path;
}

/** The other keys of the mapping whose keys stand at `column` around line `index` (which, after a dash, starts the mapping). */
function keysAround(lines: string[], first: number, last: number, index: number, column: number): string[] {
  const startsItem = shape(lines[index]!).items.length > 0;
  const keys: string[] = [];
  const look = (j: number): boolean => {
    const s = shape(lines[j]!);
    if (s.blank) return true;
    if (s.key && s.key.start === column) keys.push(s.key.name);
    const start = s.items[0] ?? s.key?.start ?? s.indent;
    return start >= column;
  };
  if (!startsItem) for (let j = index - 1; j >= first && look(j); j--);
  for (let j = index + 1; j < last; j++) {
    const s = shape(lines[j]!);
    if (!s.blank && (s.items[0] ?? s.key?.start ?? s.indent) < column) break;
    look(j);
  }
  return keys;
}

/** A scalar's text without quotes or a trailing comment, and where it stands. */
function scalarAt(line: string, from: number, to: number): { text: string; start: number; end: number } {
  let raw = line.slice(from, to);
  const comment = raw.search(/(^|[ \t])#/);
  if (comment >= 0) raw = raw.slice(0, comment);
  const lead = raw.length - raw.trimStart().length;
  let text = raw.trim();
  let start = from + lead;
  if (/^(["']).*\1$/.test(text) && text.length >= 2) {
    text = text.slice(1, -1);
    start++;
  }
  return { text, start, end: start + text.length };
}

/** The items of a flow list `[a, b]` starting at `open`, each with its place. */
function flowItems(line: string, open: number): { text: string; start: number; end: number; from: number; to: number }[] {
  const close = line.indexOf(']', open);
  const end = close === -1 ? line.length : close;
  const items = [];
  let from = open + 1;
  for (let i = from; i <= end; i++) {
    if (i === end || line[i] === ',') {
      items.push({ ...scalarAt(line, from, i), from, to: i });
      from = i + 1;
    }
  }
  return items;
}

/** What the cursor at (`line`, `character`) is on, or null when it is outside the front matter or on nothing Waymark knows. */
export function cursorContext(text: string, line: number, character: number): CursorContext | null {
  const lines = text.split(/\r\n|\r|\n/);
  const region = frontmatterLines(lines);
  if (!region || line < region.first || line >= region.last) return null;
  const current = lines[line]!;
  const c = Math.min(character, current.length);
  const s = shape(current);
  const firstColumn = s.items[0] ?? s.key?.start ?? s.indent;
  const above = pathAbove(lines, region.first, line, firstColumn);

  if (s.key) {
    const mapping = [...above, ...s.items.map(() => ANY_ITEM)];
    if (c >= s.key.start && c <= s.key.end) {
      const present = keysAround(lines, region.first, region.last, line, s.key.start);
      return { role: 'key', line, start: s.key.start, end: s.key.end, path: mapping, name: s.key.name, present };
    }
    if (c < s.valueStart) return null;
    const field = [...mapping, s.key.name];
    if (current[s.valueStart] === '[') {
      const items = flowItems(current, s.valueStart);
      const close = current.indexOf(']', s.valueStart);
      if (c <= s.valueStart || (close !== -1 && c > close)) return null;
      const at = items.find((item) => c >= item.from && c <= item.to);
      if (!at) return null;
      const token = at.text === '' ? { start: c, end: c } : { start: at.start, end: at.end };
      const listed = items.filter((item) => item !== at && item.text !== '').map((item) => item.text);
      return { role: 'item', line, ...token, path: field, text: at.text, listed };
    }
    const value = scalarAt(current, s.valueStart, current.length);
    return { role: 'value', line, path: field, ...(value.text === '' ? { text: '', start: c, end: c } : value) };
  }

  if (s.items.length > 0) {
    if (c <= s.items.at(-1)!) return null;
    const list = [...pathAbove(lines, region.first, line, s.items[0]!), ...s.items.slice(1).map(() => ANY_ITEM)];
    const value = scalarAt(current, s.valueStart, current.length);
    return { role: 'item', line, path: list, ...(value.text === '' ? { text: '', start: c, end: c } : value), listed: [] };
  }

  // A blank line, or a word being typed where a key goes.
  const word = /^[A-Za-z_][\w-]*$|^$/.exec(current.slice(s.indent).trimEnd());
  if (!word || (s.blank && current.trim() !== '') || c < s.indent) return null;
  const column = current.trim() === '' ? c : s.indent;
  const path = pathAbove(lines, region.first, line, column);
  const name = current.slice(column).trimEnd();
  return { role: 'key', line, start: column, end: column + name.length, path, name, present: keysAround(lines, region.first, region.last, line, column) };
}
