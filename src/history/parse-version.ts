// Reads one past version of plan.md: its fields when it is a valid plan, else null.

import { MAX_FILE_BYTES } from '../load/read-text.js';
import { splitFrontmatter } from '../load/split-frontmatter.js';
import { planFields, type PlanFields } from '../schema/plan.js';
import { withoutEmptyFields } from '../validate/empty-fields.js';
import { frontmatterReader, type ReadFrontmatter } from './frontmatter-data.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The reading `check` gives plan.md: UTF-8 of at most 1 MiB, YAML front matter without errors,
 * the schema, one entry per id. `read` remembers fields across the versions of one file.
 */
export function parseVersion(bytes: Uint8Array, read: ReadFrontmatter = frontmatterReader()): PlanFields | null {
  if (bytes.length > MAX_FILE_BYTES) return null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  return parsePlanText(text, read);
}

export function parsePlanText(text: string, read: ReadFrontmatter = frontmatterReader()): PlanFields | null {
  const split = splitFrontmatter(text);
  if (split.kind !== 'yaml') return null;
  const frontmatter = read(split.yaml);
  if (!frontmatter.ok) return null;
  const parsed = planFields.safeParse(withoutEmptyFields(frontmatter.data ?? {}));
  if (!parsed.success || hasDuplicateIds(parsed.data)) return null;
  return parsed.data;
}

function hasDuplicateIds(fields: PlanFields): boolean {
  const lists = [fields.triggers, fields.warning_signs, fields.coping, fields.resources, fields.supports, fields.goals];
  return lists.some((list) => new Set(list.map((item) => item.id)).size !== list.length);
}
