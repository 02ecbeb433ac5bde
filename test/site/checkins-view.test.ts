// The check-ins page's calendars: one per half-year, newest first, and when one check-in changes only its half-year's calendar is made again.

import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../src/analyze/report.js';
import { checkinsView } from '../../src/site/checkins-view.js';
import { buildPlan, daily } from '../analyze/plan-builder.js';

function view(moodOn: (date: string) => number) {
  const plan = buildPlan({ started: '2025-03-01' }, daily('2025-03-01', '2026-11-24', (date) => ({ mood: moodOn(date) })));
  return checkinsView({ plan, report: analyzePlan(plan, '2026-11-24'), diagnostics: [] });
}

describe('checkinsView calendars', () => {
  it('draw one calendar per half-year from the first check-in to today, newest first', () => {
    expect(view(() => 3).calendars.map((chart) => chart.id)).toEqual(['calendar-2026-2', 'calendar-2026-1', 'calendar-2025-2', 'calendar-2025-1']);
  });

  it('are made again only for the half-year whose check-in changed', () => {
    const before = view(() => 3);
    const after = view((date) => (date === '2025-08-10' ? 1 : 3));
    expect(after.calendars.map((chart, i) => chart === before.calendars[i])).toEqual([true, true, false, true]);
    expect(after.calendars[2]!.svg).toContain('Sun 10 August: mood very low (1)');
    expect(before.calendars[2]!.svg).toContain('Sun 10 August: mood okay (3)');
  });
});
