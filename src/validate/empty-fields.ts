// A field left empty (`mood:`) is read as a field left out, so templates can list every field.

import { isRecord } from './field-label.js';

/** A copy without null fields, or the value itself where it has none (the common case). */
export function withoutEmptyFields(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmptyFields);
    return items.every((item, i) => item === value[i]) ? value : items;
  }
  if (!isRecord(value)) return value;
  let kept: Record<string, unknown> | undefined;
  for (const key in value) {
    const child = value[key];
    const cleaned = child === null ? undefined : withoutEmptyFields(child);
    if (cleaned !== child && !kept) {
      kept = {};
      for (const earlier in value) {
        if (earlier === key) break;
        kept[earlier] = value[earlier];
      }
    }
    if (kept && cleaned !== undefined) kept[key] = cleaned;
  }
  return kept ?? value;
}
