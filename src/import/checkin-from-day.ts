// Turns a day from another app into a check-in for this plan: the map says what each mood and item becomes; what finds no place in the plan goes to the journal as text.

import type { DayRecord } from './day-record.js';
import type { ImportMap, Target } from './import-map.js';
import { mean } from '../analyze/mean.js';

/** What the plan has for an import to point at: its ids and its goals' metrics. */
export interface PlanTargets {
  coping: ReadonlySet<string>;
  triggers: ReadonlySet<string>;
  contacted: ReadonlySet<string>;
  metrics: readonly string[];
}

export interface ImportedCheckin {
  date: string;
  /** Front matter, in the order of a check-in template: mood, sleep, triggers, coping, contacted, then metrics. */
  fields: Record<string, number | string[]>;
  /** The Markdown body: the day's notes, then what the app recorded that has no field here. */
  journal: string;
  /** Map entries that name something the plan does not have (reported once by the caller). */
  unplaced: Target[];
}

export function checkinFromDay(day: DayRecord, map: ImportMap, plan: PlanTargets, app: string): ImportedCheckin {
  const lists = { triggers: [] as string[], coping: [] as string[], contacted: [] as string[] };
  const metrics = new Map<string, number>();
  const unplaced: Target[] = [];
  const asText = new Map<string, string[]>();
  const keep = (group: string, text: string) => {
    const texts = asText.get(group) ?? [];
    if (!texts.includes(text)) texts.push(text);
    asText.set(group, texts);
  };

  const moods: number[] = [];
  for (const mood of day.moods) {
    const value = map.mood.get(mood.trim().toLowerCase());
    if (value === undefined) keep('mood', mood);
    else moods.push(value);
  }

  for (const item of day.items) {
    const target = item.keys.map((key) => map.activities.get(key.trim().toLowerCase())).find((found) => found !== undefined);
    if (target === undefined) {
      keep(item.group, item.text);
    } else if (target.field === 'metric') {
      if (!plan.metrics.includes(target.name)) {
        unplaced.push(target);
        keep(item.group, item.text);
      } else metrics.set(target.name, (metrics.get(target.name) ?? 0) + (item.amount ?? 1));
    } else if (!plan[target.field].has(target.name)) {
      unplaced.push(target);
      keep(item.group, item.text);
    } else if ((item.amount === null || item.amount > 0) && !lists[target.field].includes(target.name)) {
      lists[target.field].push(target.name);
    }
  }

  const fields: ImportedCheckin['fields'] = {};
  const meanMood = mean(moods);
  if (meanMood !== null) fields.mood = Math.round(meanMood);
  if (day.sleep !== undefined) fields.sleep = day.sleep;
  for (const list of ['triggers', 'coping', 'contacted'] as const) if (lists[list].length > 0) fields[list] = lists[list];
  for (const metric of plan.metrics) {
    const value = metrics.get(metric);
    // Sums of fractions (0.1 + 0.2) are rounded back to what a person would write.
    if (value !== undefined) fields[metric] = Math.round(value * 1e6) / 1e6;
  }

  const recorded = [...asText].map(([group, texts]) => `- ${group}: ${texts.join(', ')}`);
  const journal = [...day.notes, ...(recorded.length > 0 ? [`Also recorded in ${app}:`, recorded.join('\n')] : [])].join('\n\n');
  return { date: day.date, fields, journal, unplaced };
}
