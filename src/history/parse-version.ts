// Reads one past version of plan.md: its fields when it is a valid plan, else null.

import { MAX_FILE_BYTES } from '../load/read-text.js';
import { splitFrontmatter } from '../load/split-frontmatter.js';
import { planFields, type PlanFields } from '../schema/plan.js';
import { withoutEmptyFields } from '../validate/empty-fields.js';
import { frontmatterReader, type ReadFrontmatter } from './frontmatter-data.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

type FieldName = keyof typeof planFields.shape;
const FIELD_NAMES = Object.keys(planFields.shape) as FieldName[];
type Checked = { ok: true; value: unknown } | { ok: false };

/**
 * Reads the versions of one plan.md the way `check` reads it: UTF-8 of at most 1 MiB, YAML
 * front matter without errors, the schema, one entry per id. A field whose text is the same as
 * in a version already read is the same object, checked once, so comparing it costs nothing.
 */
export class VersionReader {
  private readonly read: ReadFrontmatter = frontmatterReader();
  private readonly checked = new WeakMap<object, Checked>();

  bytes(bytes: Uint8Array): PlanFields | null {
    if (bytes.length > MAX_FILE_BYTES) return null;
    try {
      return this.text(utf8.decode(bytes));
    } catch {
      return null;
    }
  }

  text(text: string): PlanFields | null {
    const split = splitFrontmatter(text);
    if (split.kind !== 'yaml') return null;
    const frontmatter = this.read(split.yaml);
    if (!frontmatter.ok) return null;
    const fields = this.fields(frontmatter.data ?? {});
    return fields === null || hasDuplicateIds(fields) ? null : fields;
  }

  /** The schema field by field (plan.md's schema has no rule across fields), in the schema's order, as `planFields` gives it. */
  private fields(data: unknown): PlanFields | null {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      const parsed = planFields.safeParse(withoutEmptyFields(data));
      return parsed.success ? parsed.data : null;
    }
    const record = data as Record<string, unknown>;
    const fields: Record<string, unknown> = {};
    for (const name of FIELD_NAMES) {
      const raw = Object.hasOwn(record, name) && record[name] !== null ? record[name] : undefined;
      const checked = this.field(name, raw);
      if (!checked.ok) return null;
      if (checked.value !== undefined) fields[name] = checked.value;
    }
    return fields as PlanFields;
  }

  private field(name: FieldName, raw: unknown): Checked {
    const known = typeof raw === 'object' && raw !== null ? this.checked.get(raw) : undefined;
    if (known) return known;
    const parsed = planFields.shape[name].safeParse(withoutEmptyFields(raw));
    const checked: Checked = parsed.success ? { ok: true, value: parsed.data } : { ok: false };
    if (typeof raw === 'object' && raw !== null) this.checked.set(raw, checked);
    return checked;
  }
}

/** One version on its own (the working tree's plan.md, a test). */
export function parsePlanText(text: string, reader = new VersionReader()): PlanFields | null {
  return reader.text(text);
}

function hasDuplicateIds(fields: PlanFields): boolean {
  const lists = [fields.triggers, fields.warning_signs, fields.coping, fields.resources, fields.supports, fields.goals];
  return lists.some((list) => new Set(list.map((item) => item.id)).size !== list.length);
}
