// Front matter to data for many versions of one file: each top-level field is parsed once, however many versions share its text.

import { MAX_ALIAS_COUNT, yamlDocument } from '../load/parse-yaml.js';

export type ReadFrontmatter = (yaml: string) => { ok: true; data: unknown } | { ok: false };

/** A top-level field's first line: a plain key at the start of the line. */
const FIELD_START = /^[A-Za-z_][A-Za-z0-9_]*:(?:[ \n]|$)/;

/** A list written as a block, one `- ` item per line at the same indentation: `goals:\n  - id: …`. */
const BLOCK_LIST = /^([A-Za-z_][A-Za-z0-9_]*):[ ]*\n( *)-(?: |\n)/;

type Field = { key: string; value: unknown } | null;

/**
 * Successive versions of plan.md differ in a field or two (often one item of one list), so fields,
 * and the items of lists written as blocks, are read one by one and remembered by their text.
 * YAML that could tie fields together (anchors, aliases, tags, directives) or that is not a
 * plain mapping of fields is read whole, as `check` reads it.
 */
export function frontmatterReader(): ReadFrontmatter {
  const known = new Map<string, Field>();
  const remembered = (text: string, read: (text: string) => Field): Field => {
    let field = known.get(text);
    if (field === undefined) known.set(text, (field = read(text)));
    return field;
  };
  return (yaml) => {
    const chunks = fieldChunks(yaml);
    if (chunks === null) return readWhole(yaml);
    const data: Record<string, unknown> = {};
    for (const chunk of chunks) {
      const list = BLOCK_LIST.exec(chunk);
      const field = list ? readList(list[1]!, list[2]!, chunk, (item) => remembered(item, readField)) : remembered(chunk, readField);
      // A field that does not read alone, or a key given twice: the whole text says what is wrong.
      if (field === null || Object.hasOwn(data, field.key)) return readWhole(yaml);
      data[field.key] = field.value;
    }
    return { ok: true, data: chunks.length === 0 ? null : data };
  };
}

/** A block list item by item: each item's text is read as `key:` and that one item, and remembered. */
function readList(key: string, indent: string, chunk: string, readItem: (text: string) => Field): Field {
  const head = `${key}:\n`;
  const start = new RegExp(`^${indent}-(?: |$)`);
  const items: string[] = [];
  let itemStart = chunk.indexOf('\n') + 1;
  let at = itemStart;
  while (at < chunk.length) {
    const end = chunk.indexOf('\n', at);
    const next = end < 0 ? chunk.length : end + 1;
    const line = chunk.slice(at, end < 0 ? chunk.length : end);
    if (at > itemStart && start.test(line)) {
      items.push(chunk.slice(itemStart, at));
      itemStart = at;
    } else if (line.trim() !== '' && !line.startsWith(`${indent} `) && !start.test(line) && !/^ *#/.test(line)) {
      // Anything else at the list's own indentation: read the field whole.
      return readField(chunk);
    }
    at = next;
  }
  items.push(chunk.slice(itemStart));
  const values: unknown[] = [];
  for (const item of items) {
    const field = readItem(head + item);
    if (field === null || !Array.isArray(field.value) || field.value.length !== 1) return readField(chunk);
    values.push(field.value[0]);
  }
  return { key, value: values };
}

/** The text of each top-level field, or null when the YAML is not read field by field. */
function fieldChunks(yaml: string): string[] | null {
  if (/[&*!%\t\r]|<</.test(yaml)) return null;
  const chunks: string[] = [];
  let start = -1;
  let at = 0;
  while (at < yaml.length) {
    const end = yaml.indexOf('\n', at);
    const next = end < 0 ? yaml.length : end + 1;
    const first = yaml[at];
    if (first !== ' ' && first !== '\n' && first !== '#') {
      if (!FIELD_START.test(yaml.slice(at, Math.min(next, at + 80)))) return null;
      if (start >= 0) chunks.push(yaml.slice(start, at));
      start = at;
    } else if (start < 0 && first === ' ' && yaml.slice(at, next).trim() !== '') {
      return null;
    }
    at = next;
  }
  if (start >= 0) chunks.push(yaml.slice(start));
  return chunks;
}

function readField(chunk: string): { key: string; value: unknown } | null {
  const read = readWhole(chunk);
  if (!read.ok || typeof read.data !== 'object' || read.data === null) return null;
  const entries = Object.entries(read.data);
  return entries.length === 1 ? { key: entries[0]![0], value: entries[0]![1] } : null;
}

function readWhole(yaml: string): { ok: true; data: unknown } | { ok: false } {
  const doc = yamlDocument(yaml);
  if (doc.errors.length > 0) return { ok: false };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    return { ok: false };
  }
}
