// Looks up what an id in a plan stands for (a trigger's name, a support's name), so pages show words, never ids.

import type { PlanFields } from '../schema/plan.js';

export type ListName = 'triggers' | 'warning_signs' | 'coping' | 'resources' | 'supports' | 'goals';

export interface PlanNames {
  /** The name (or a goal's title) of the entry `id` in `list`; the id itself when the plan has no such entry. */
  of(list: ListName, id: string): string;
  has(list: ListName, id: string): boolean;
}

export function planNames(fields: PlanFields): PlanNames {
  const maps: Record<ListName, Map<string, string>> = {
    triggers: new Map(fields.triggers.map((entry) => [entry.id, entry.name])),
    warning_signs: new Map(fields.warning_signs.map((entry) => [entry.id, entry.name])),
    coping: new Map(fields.coping.map((entry) => [entry.id, entry.name])),
    resources: new Map(fields.resources.map((entry) => [entry.id, entry.name])),
    supports: new Map(fields.supports.map((entry) => [entry.id, entry.name])),
    goals: new Map(fields.goals.map((entry) => [entry.id, entry.title])),
  };
  return {
    of: (list, id) => maps[list].get(id) ?? id,
    has: (list, id) => maps[list].has(id),
  };
}
