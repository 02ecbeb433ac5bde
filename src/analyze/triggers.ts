// The triggers and coping sections: how often each is named, cravings and use alongside, and use with and without each strategy.

import type { Timeline } from './timeline.js';

export interface TriggerReport {
  id: string;
  count: number;
  count_30: number;
  avg_craving: number | null;
  use_rate: number | null;
}

/**
 * Over check-ins that name at least one trigger and record `used`: those naming this strategy
 * (`_with`) and those that don't (`_without`). An association, not proof.
 */
export interface CopingReport extends TriggerReport {
  n_with: number;
  use_rate_with: number | null;
  n_without: number;
  use_rate_without: number | null;
}

export interface TriggersAndCoping {
  triggers: TriggerReport[];
  coping: CopingReport[];
}

/** What a check-in says about the day, read once for every trigger and strategy it names. */
interface Day {
  recent: boolean;
  craving: number | undefined;
  used: boolean | undefined;
}

class Tally {
  count = 0;
  count30 = 0;
  cravings = 0;
  cravingTotal = 0;
  recordedUse = 0;
  used = 0;

  add(day: Day): void {
    this.count += 1;
    if (day.recent) this.count30 += 1;
    if (day.craving !== undefined) {
      this.cravings += 1;
      this.cravingTotal += day.craving;
    }
    if (day.used !== undefined) {
      this.recordedUse += 1;
      if (day.used) this.used += 1;
    }
  }

  report(id: string): TriggerReport {
    return {
      id,
      count: this.count,
      count_30: this.count30,
      avg_craving: this.cravings === 0 ? null : this.cravingTotal / this.cravings,
      use_rate: rate(this.used, this.recordedUse),
    };
  }
}

function rate(used: number, of: number): number | null {
  return of === 0 ? null : used / of;
}

/** The ids of a list once each (a check-in may name one twice). */
function distinct(ids: readonly string[]): Iterable<string> {
  return ids.length < 2 ? ids : new Set(ids);
}

function tallyOf(tallies: Map<string, Tally>, id: string): Tally {
  let tally = tallies.get(id);
  if (!tally) tallies.set(id, (tally = new Tally()));
  return tally;
}

/** Both sections in one pass over the check-ins on or before today, one entry per plan trigger and strategy, in plan order. */
export function analyzeTriggersAndCoping(timeline: Timeline): TriggersAndCoping {
  const triggerTallies = new Map<string, Tally>();
  const copingTallies = new Map<string, Tally>();
  // The comparison: check-ins that name a trigger and record `used`, and those of them that name each strategy.
  const compared = new Tally();
  const withStrategy = new Map<string, Tally>();
  const from30 = timeline.todayDay - 29;
  timeline.checkins.forEach((checkin, i) => {
    const { triggers, coping } = checkin;
    if (triggers.length === 0 && coping.length === 0) return;
    const day: Day = { recent: timeline.days[i]! >= from30, craving: checkin.craving, used: checkin.used };
    for (const id of distinct(triggers)) tallyOf(triggerTallies, id).add(day);
    for (const id of distinct(coping)) tallyOf(copingTallies, id).add(day);
    if (triggers.length === 0 || day.used === undefined) return;
    compared.add(day);
    for (const id of distinct(coping)) tallyOf(withStrategy, id).add(day);
  });
  const { fields } = timeline.plan;
  return {
    triggers: fields.triggers.map(({ id }) => (triggerTallies.get(id) ?? new Tally()).report(id)),
    coping: fields.coping.map(({ id }) => {
      const named = withStrategy.get(id) ?? new Tally();
      return {
        ...(copingTallies.get(id) ?? new Tally()).report(id),
        n_with: named.count,
        use_rate_with: rate(named.used, named.count),
        n_without: compared.count - named.count,
        use_rate_without: rate(compared.used - named.used, compared.count - named.count),
      };
    }),
  };
}
