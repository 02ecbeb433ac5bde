// Reads ids and references out of plan.md's raw data leniently, so cross-file rules run even when plan.md has schema errors.

import { ID_PATTERN } from '../schema/common.js';
import { measure } from '../schema/goal.js';
import { isRecord } from './field-label.js';

export const ID_LISTS = ['triggers', 'warning_signs', 'coping', 'resources', 'supports', 'goals'] as const;
export type IdList = (typeof ID_LISTS)[number];

/** What an item of each list is called, in messages and in the editor. */
export const KIND_NAME: Record<IdList, string> = {
  triggers: 'trigger',
  warning_signs: 'warning sign',
  coping: 'coping strategy',
  resources: 'resource',
  supports: 'support',
  goals: 'goal',
};

export interface RawItem {
  index: number;
  id: string | undefined;
  item: Record<string, unknown>;
}

export function rawList(data: unknown, list: string): RawItem[] {
  const value = isRecord(data) ? data[list] : undefined;
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (isRecord(item) ? [{ index, id: typeof item.id === 'string' ? item.id : undefined, item }] : []));
}

export type IdSets = Record<IdList, Set<string>>;

/**
 * The ids of each list. An id that breaks the id rules (reported where it stands) counts under the
 * form the message suggests, so the references that already use that form are not reported too.
 */
export function idSets(data: unknown): IdSets {
  const sets = {} as IdSets;
  for (const list of ID_LISTS) sets[list] = new Set(rawList(data, list).flatMap((entry) => (entry.id === undefined ? [] : [idForm(entry.id)])));
  return sets;
}

/** ", such as 'urge-surf'" for a name that breaks the id rules, or nothing when no valid form comes of it. */
export function idSuggestion(name: string): string {
  const id = idForm(name);
  return ID_PATTERN.test(id) ? `, such as '${id}'` : '';
}

/** `id` itself when valid, else its suggested form ('Urge Surf' → 'urge-surf'). */
export function idForm(id: string): string {
  if (ID_PATTERN.test(id)) return id;
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The metrics that goals measure: the numeric fields a check-in may carry (only names the schema allows). */
export function rawMetrics(data: unknown): string[] {
  const metrics = new Set<string>();
  for (const { item } of rawList(data, 'goals')) {
    const measured = item.measure;
    if (isRecord(measured) && measure.shape.metric.safeParse(measured.metric).success) metrics.add(measured.metric as string);
  }
  return [...metrics];
}

/** The string items of a list field, with their index. */
export function rawStrings(value: unknown): { index: number; text: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((text, index) => (typeof text === 'string' ? [{ index, text }] : []));
}

export function rawField(data: unknown, key: string): unknown {
  return isRecord(data) ? data[key] : undefined;
}
