// What changed between two readable versions of plan.md, list by list and item by item, as data.

import type { PlanFields } from '../schema/plan.js';
import { isRecord } from '../validate/field-label.js';

export interface FieldChange {
  from: unknown;
  to: unknown;
}

export interface Change {
  /** `plan` for single values, else the list's name (`goals`, `crisis.contacts`…). */
  list: string;
  /** The item's id, its text (lists of text), its name (`crisis.emergency`), or the field's name (`plan`). */
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** For `changed`: each changed field of the item, by dotted path. */
  fields?: Record<string, FieldChange>;
}

/** The order changes are listed in: single values first, then the lists as plan.md's template has them. */
const PLAN_FIELD_ORDER = ['title', 'started', 'review_every', 'cost_per_day', 'currency', 'timezone', 'person'];
const LIST_ORDER = ['plan', 'triggers', 'warning_signs', 'coping', 'resources', 'supports', 'goals', 'strengths', 'challenges', 'growth_areas', 'values', 'reasons', 'daily'];
const CRISIS_ORDER = ['warning_signs', 'coping', 'distractions', 'contacts', 'professionals', 'emergency', 'safe_environment', 'reasons_to_live'];

type Lists = Map<string, unknown[]>;
type Values = Map<string, unknown>;

export function planChanges(before: PlanFields, after: PlanFields): Change[] {
  const was = flatten(before);
  const now = flatten(after);
  const changes: Change[] = [];
  for (const id of union(was.values, now.values)) {
    const change = compareValue('plan', id, was.values.get(id), now.values.get(id));
    if (change) changes.push(change);
  }
  for (const list of union(was.lists, now.lists)) changes.push(...compareList(list, was.lists.get(list) ?? [], now.lists.get(list) ?? []));
  return changes.sort(byOrder);
}

/** Single values by dotted path (`title`, `recovery.from`, `crisis.public`) and lists by dotted name. */
function flatten(fields: PlanFields): { values: Values; lists: Lists } {
  const values: Values = new Map();
  const lists: Lists = new Map();
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) lists.set(path, value);
    else if (isRecord(value)) for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`);
    else if (value !== undefined) values.set(path, value);
  };
  walk(fields, '');
  return { values, lists };
}

function compareValue(list: string, id: string, from: unknown, to: unknown): Change | null {
  if (same(from, to)) return null;
  if (from === undefined) return { list, id, change: 'added' };
  if (to === undefined) return { list, id, change: 'removed' };
  return { list, id, change: 'changed', fields: { [id]: { from, to } } };
}

function compareList(list: string, before: unknown[], after: unknown[]): Change[] {
  const was = keyed(before);
  const now = keyed(after);
  const changes: Change[] = [];
  for (const id of union(was, now)) {
    const from = was.get(id);
    const to = now.get(id);
    if (from === undefined) changes.push({ list, id, change: 'added' });
    else if (to === undefined) changes.push({ list, id, change: 'removed' });
    else {
      const fields = itemFields(from, to);
      if (Object.keys(fields).length > 0) changes.push({ list, id, change: 'changed', fields });
    }
  }
  return changes;
}

/** Items by what names them: `id`, else `name` (emergency numbers), else the text itself. */
function keyed(items: unknown[]): Map<string, unknown> {
  const byKey = new Map<string, unknown>();
  for (const item of items) {
    const key = isRecord(item) ? (typeof item.id === 'string' ? item.id : typeof item.name === 'string' ? item.name : JSON.stringify(item)) : String(item);
    if (!byKey.has(key)) byKey.set(key, item);
  }
  return byKey;
}

/** Each changed field of an item, by dotted path; a list is one field, compared whole. */
function itemFields(from: unknown, to: unknown): Record<string, FieldChange> {
  const fields: Record<string, FieldChange> = {};
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (isRecord(a) && isRecord(b)) {
      // The newer version's order (the schema's), then fields it no longer has.
      for (const key of union(new Map(Object.entries(b)), new Map(Object.entries(a)))) walk(a[key], b[key], path === '' ? key : `${path}.${key}`);
      return;
    }
    if (isRecord(a) || isRecord(b)) {
      // A mapping appeared or went (a goal's measure): each of its fields changed from or to nothing.
      walk(isRecord(a) ? a : {}, isRecord(b) ? b : {}, path);
      return;
    }
    if (!same(a, b)) fields[path] = { from: a ?? null, to: b ?? null };
  };
  walk(from, to, '');
  return fields;
}

function byOrder(a: Change, b: Change): number {
  return rank(a.list) - rank(b.list) || (a.list < b.list ? -1 : a.list > b.list ? 1 : 0) || idRank(a) - idRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Lists the contract names come in its order; lists it does not know yet, after them. */
function rank(list: string): number {
  const index = LIST_ORDER.indexOf(list);
  if (index >= 0) return index;
  const crisis = list.startsWith('crisis.') ? CRISIS_ORDER.indexOf(list.slice(7)) : -1;
  return crisis >= 0 ? LIST_ORDER.length + crisis : LIST_ORDER.length + CRISIS_ORDER.length;
}

/** The plan's single values in the order plan.md's template has them; the rest by name. */
function idRank(change: Change): number {
  if (change.list !== 'plan') return 0;
  const index = PLAN_FIELD_ORDER.indexOf(change.id);
  return index >= 0 ? index : PLAN_FIELD_ORDER.length;
}

function union<T>(a: Map<T, unknown>, b: Map<T, unknown>): T[] {
  return [...new Set([...a.keys(), ...b.keys()])];
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

