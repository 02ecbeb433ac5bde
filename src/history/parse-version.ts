// Reads one past version of plan.md: its fields when it is a valid plan, else null.

import { MAX_ALIAS_COUNT, yamlDocument } from '../load/parse-yaml.js';
import { MAX_FILE_BYTES } from '../load/read-text.js';
import { splitFrontmatter } from '../load/split-frontmatter.js';
import { planFields, type PlanFields } from '../schema/plan.js';
import { withoutEmptyFields } from '../validate/empty-fields.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The same reading `check` gives plan.md: UTF-8, YAML front matter without errors, the schema, one entry per id. */
export function parseVersion(bytes: Uint8Array): PlanFields | null {
  if (bytes.length > MAX_FILE_BYTES) return null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  return parsePlanText(text);
}

export function parsePlanText(text: string): PlanFields | null {
  const split = splitFrontmatter(text);
  if (split.kind !== 'yaml') return null;
  const doc = yamlDocument(split.yaml);
  if (doc.errors.length > 0) return null;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return null;
  }
  const parsed = planFields.safeParse(withoutEmptyFields(data ?? {}));
  if (!parsed.success || hasDuplicateIds(parsed.data)) return null;
  return parsed.data;
}

function hasDuplicateIds(fields: PlanFields): boolean {
  const lists = [fields.triggers, fields.warning_signs, fields.coping, fields.resources, fields.supports, fields.goals];
  return lists.some((list) => new Set(list.map((item) => item.id)).size !== list.length);
}
