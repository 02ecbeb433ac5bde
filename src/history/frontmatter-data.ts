// Front matter to data for many versions of one file: each top-level field is parsed once, however many versions share its text.

import { MAX_ALIAS_COUNT, yamlDocument } from '../load/parse-yaml.js';

export type ReadFrontmatter = (yaml: string) => { ok: true; data: unknown } | { ok: false };

/** A top-level field's first line: a plain key at the start of the line. */
const FIELD_START = /^[A-Za-z_][A-Za-z0-9_]*:(?:[ \n]|$)/;

/**
 * Successive versions of plan.md differ in a field or two, so the fields are read one by one and
 * remembered by their text. YAML that could tie fields together (anchors, aliases, tags,
 * directives) or that is not a plain mapping of fields is read whole, as `check` reads it.
 */
export function frontmatterReader(): ReadFrontmatter {
  const fields = new Map<string, { key: string; value: unknown } | null>();
  return (yaml) => {
    const chunks = fieldChunks(yaml);
    if (chunks === null) return readWhole(yaml);
    const data: Record<string, unknown> = {};
    for (const chunk of chunks) {
      let field = fields.get(chunk);
      if (field === undefined) {
        field = readField(chunk);
        fields.set(chunk, field);
      }
      // A field that does not read alone, or a key given twice: the whole text says what is wrong.
      if (field === null || Object.hasOwn(data, field.key)) return readWhole(yaml);
      data[field.key] = field.value;
    }
    return { ok: true, data: chunks.length === 0 ? null : data };
  };
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
