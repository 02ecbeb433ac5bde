// The example plan's report against figures worked out a second, simpler way: day by day, straight from analysis.md.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { analyzePlan } from '../../src/analyze/report.js';
import type { Checkin, Plan } from '../../src/schema/model.js';
import { checkPlans } from '../../src/validate/check-plans.js';

const TODAY = '2026-11-24';
const result = checkPlans(join(import.meta.dirname, '../../plans'), TODAY);
if (!result.ok) throw new Error(result.message);
const plan = result.plans.find((p) => p.slug === 'example')?.plan as Plan;

const day = (date: string) => Temporal.PlainDate.from(date);
const minus = (a: string, b: string) => day(b).until(day(a), { largestUnit: 'days' }).days;
const shift = (date: string, days: number) => day(date).add({ days }).toString();
/** Every date from `from` through `to`. */
function* dates(from: string, to: string) {
  for (let d = day(from); Temporal.PlainDate.compare(d, day(to)) <= 0; d = d.add({ days: 1 })) yield d.toString();
}

describe('the example plan, worked out day by day', () => {
  const report = analyzePlan(plan, TODAY);
  const byDate = new Map<string, Checkin>(plan.checkins.filter((c) => c.date <= TODAY).map((c) => [c.date, c]));
  const useDays = [...byDate.values()].filter((c) => c.used === true).map((c) => c.date).sort();

  it('has a plan with check-ins, one setback and reviews to work on', () => {
    expect(plan.checkins.length).toBeGreaterThanOrEqual(90);
    expect(useDays.length).toBeGreaterThanOrEqual(1);
    expect(plan.reviews.length).toBeGreaterThanOrEqual(3);
  });

  it('recovery', () => {
    const started = plan.fields.started!;
    const soberSince = useDays.length > 0 ? shift(useDays.at(-1)!, 1) : started;
    const daysSober = minus(TODAY, soberSince);
    const stretches = [daysSober, minus(useDays[0]!, started)];
    for (let i = 1; i < useDays.length; i++) stretches.push(minus(useDays[i]!, shift(useDays[i - 1]!, 1)));
    let free = 0;
    let used = 0;
    let all = 0;
    for (const date of dates(shift(TODAY, -29), TODAY)) {
      const c = byDate.get(date);
      if (!c) continue;
      all++;
      if (c.used === false) free++;
      if (c.used === true) used++;
    }
    const m = 0.5 ** (1 / 13);
    let s = 0;
    for (const date of dates(plan.checkins[0]!.date, TODAY)) {
      const c = byDate.get(date);
      if (c?.used === false) s = s * m + (1 - m);
      else if (c?.used === true) s = s * m;
    }
    expect(report.recovery).toMatchObject({
      sober_since: soberSince,
      days_sober: daysSober,
      longest_streak: Math.max(...stretches),
      use_days_total: useDays.length,
      free_days_30: free,
      use_days_30: used,
      checkin_days_30: all,
      money_saved: plan.fields.cost_per_day! * daysSober,
    });
    expect(report.recovery.strength).toBeCloseTo(s, 12);
  });

  it('check-ins', () => {
    let streak = 0;
    for (let d = byDate.has(TODAY) ? TODAY : shift(TODAY, -1); byDate.has(d); d = shift(d, -1)) streak++;
    let gaps = 0;
    for (const date of dates(shift(TODAY, -30), shift(TODAY, -1))) if (date >= plan.checkins[0]!.date && !byDate.has(date)) gaps++;
    expect(report.checkins).toEqual({ count: byDate.size, first: plan.checkins[0]!.date, last: [...byDate.keys()].sort().at(-1), streak, gaps_30: gaps });
  });

  it('trends', () => {
    const mean = (field: 'mood' | 'craving', n: number) => {
      const values = [...dates(shift(TODAY, 1 - n), TODAY)].flatMap((d) => (byDate.get(d)?.[field] === undefined ? [] : [byDate.get(d)![field]!]));
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(report.trends.mood_7).toBeCloseTo(mean('mood', 7), 12);
    expect(report.trends.mood_28).toBeCloseTo(mean('mood', 28), 12);
    expect(report.trends.craving_7).toBeCloseTo(mean('craving', 7), 12);
    expect(report.trends.craving_28).toBeCloseTo(mean('craving', 28), 12);
  });

  it('triggers', () => {
    for (const trigger of report.triggers) {
      const naming = [...byDate.values()].filter((c) => c.triggers.includes(trigger.id));
      const recent = naming.filter((c) => c.date >= shift(TODAY, -29));
      const cravings = naming.flatMap((c) => (c.craving === undefined ? [] : [c.craving]));
      expect(trigger.count).toBe(naming.length);
      expect(trigger.count_30).toBe(recent.length);
      expect(trigger.avg_craving).toBeCloseTo(cravings.reduce((a, b) => a + b, 0) / cravings.length, 12);
    }
  });

  it('supports and reviews', () => {
    for (const support of report.supports) {
      const contacts = [
        ...[...byDate.values()].filter((c) => c.contacted.includes(support.id)).map((c) => c.date),
        ...plan.reviews.filter((r) => r.date <= TODAY && r.with.includes(support.id)).map((r) => r.date),
      ].sort();
      expect(support.last_contact).toBe(contacts.at(-1) ?? null);
    }
    const last = plan.reviews.filter((r) => r.date <= TODAY).at(-1)!;
    expect(report.reviews.last).toBe(last.date);
    expect(report.reviews.next_due).toBe(last.next ?? shift(last.date, Number(plan.fields.review_every.slice(0, -1))));
  });
});
