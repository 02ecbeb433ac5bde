// The plan's ids: which lists a reference list points into, and the item an id names in plan.md.

import { MAX_ALIAS_COUNT } from '../load/parse-yaml.js';
import { documentOf, type Source } from '../load/read-source.js';
import { valueSpan } from '../validate/locate.js';
import { ID_LISTS, rawList, type IdList } from '../validate/raw-plan.js';
import type { PlanFileKind } from './plan-folder.js';
import { ANY_ITEM, type FieldPath } from './yaml-context.js';

/** The reference lists of each kind of file, as the checks read them: where they stand, and the lists their ids come from. */
const REFERENCE_LISTS: Record<'plan' | 'checkin' | 'review', [string, IdList[]][]> = {
  checkin: [
    ['triggers', ['triggers']],
    ['warning_signs', ['warning_signs']],
    ['coping', ['coping']],
    ['contacted', ['supports']],
  ],
  plan: [
    ['triggers.*.coping', ['coping']],
    ['warning_signs.*.action', ['coping', 'supports']],
    ['goals.*.supports', ['supports']],
    ['goals.*.resources', ['resources']],
    ['crisis.warning_signs', ['warning_signs']],
    ['crisis.coping', ['coping']],
    ['crisis.contacts', ['supports']],
    ['crisis.professionals', ['resources']],
  ],
  review: [['with', ['supports']]],
};

/** The lists whose ids the list at `path` takes, or null when it is no reference list. */
export function referenceLists(kind: PlanFileKind, path: FieldPath): IdList[] | null {
  if (kind === 'stray') return null;
  const place = path.join('.');
  return REFERENCE_LISTS[kind].find(([at]) => at === place)?.[1] ?? null;
}

const recovered = new WeakMap<Source, unknown>();

/**
 * plan.md's data, even while it has a YAML error (as it often has while typed): what the YAML parser recovered.
 * `check` reads no data from such a file; completion and hover still offer what is there.
 */
export function planData(plan: Source | null): unknown {
  if (!plan || plan.data !== undefined) return plan?.data;
  if (recovered.has(plan)) return recovered.get(plan);
  let data: unknown;
  try {
    data = documentOf(plan)?.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    data = undefined;
  }
  recovered.set(plan, data);
  return data;
}

export interface PlanItem {
  list: IdList;
  index: number;
  id: string;
  item: Record<string, unknown>;
}

/** The items of `lists` in plan.md that have an id, in the plan's order. */
export function planItems(plan: Source | null, lists: readonly IdList[] = ID_LISTS): PlanItem[] {
  const data = planData(plan);
  return lists.flatMap((list) => rawList(data, list).flatMap(({ index, id, item }) => (id === undefined ? [] : [{ list, index, id, item }])));
}

/** The item that `id` names, looked for first in `lists`, then in every list. */
export function findItem(plan: Source | null, id: string, lists: readonly IdList[] | null): PlanItem | undefined {
  return planItems(plan, lists ?? ID_LISTS).find((item) => item.id === id) ?? planItems(plan).find((item) => item.id === id);
}

/** Where the token under the cursor may name an item of the plan: the lists to look in, or null when it names none. */
export function idLists(kind: PlanFileKind, role: 'item' | 'value', path: FieldPath): IdList[] | null {
  if (role === 'item') return referenceLists(kind, path);
  // An item's own id in plan.md (`- id: payday`) names that item.
  if (kind === 'plan' && path.length === 3 && path[1] === ANY_ITEM && path[2] === 'id' && (ID_LISTS as readonly string[]).includes(path[0]!)) return [path[0] as IdList];
  return null;
}

/** The place of an item's id in plan.md. */
export function idSpan(plan: Source, item: PlanItem) {
  return valueSpan(plan, [item.list, item.index, 'id']);
}

/** The item's name (a goal's title), when it has one. */
export function itemName(item: PlanItem): string | undefined {
  const name = item.item.name ?? item.item.title;
  return typeof name === 'string' ? name : undefined;
}
