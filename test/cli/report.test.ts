// `waymark report`: the contract's JSON, a readable summary, and no report on a plan with errors.

import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, planFixture } from '../plan-fixture.js';
import { waymark } from './run-cli.js';

/** The base plan on 2026-11-24, worked out by hand from analysis.md. */
const BASE_REPORT = {
  slug: 'sam',
  today: '2026-11-24',
  recovery: {
    sober_since: '2026-11-01',
    days_sober: 23,
    longest_streak: 23,
    use_days_total: 0,
    free_days_30: 1,
    use_days_30: 0,
    checkin_days_30: 1,
    milestones_reached: [1, 7, 14],
    next_milestone: { days: 30, date: '2026-12-01' },
    money_saved: null,
    strength: 1 - 0.5 ** (1 / 13),
  },
  checkins: { count: 1, first: '2026-11-20', last: '2026-11-20', streak: 0, gaps_30: 3 },
  goals: [
    {
      id: 'meetings',
      title: 'Go to two meetings a week',
      start: '2026-11-01',
      due: '2027-02-01',
      steps_total: 0,
      steps_done: 0,
      steps_overdue: 0,
      periods: [
        { start: '2026-11-02', end: '2026-11-08', sum: 0, met: false },
        { start: '2026-11-09', end: '2026-11-15', sum: 0, met: false },
        { start: '2026-11-16', end: '2026-11-22', sum: 1, met: false },
      ],
      adherence: 0,
      current: { start: '2026-11-23', end: '2026-11-29', sum: 0, target: 2 },
      progress: null,
      expected: null,
      status: 'behind',
    },
  ],
  supports: [{ id: 'jo', name: 'Jo', last_contact: '2026-11-20', next_due: '2026-11-27', overdue_days: 0 }],
  reviews: { count: 0, last: null, next_due: '2026-12-01', overdue_days: 0 },
  measures: { phq9: null, gad7: null, barc10: null },
  triggers: [{ id: 'payday', count: 1, count_30: 1, avg_craving: 2, use_rate: 0 }],
  coping: [{ id: 'urge-surf', count: 1, count_30: 1, avg_craving: 2, use_rate: 0, n_with: 1, use_rate_with: 0, n_without: 0, use_rate_without: null }],
  trends: { mood_7: 4, mood_28: 4, craving_7: 2, craving_28: 2 },
  alerts: [{ code: 'checkin_gap', last: '2026-11-20' }],
};

describe('waymark report', () => {
  it('--json prints {"plans": [...]} with the contract keys, null where there is no data', () => {
    const cwd = dirname(planFixture().plans);
    const run = waymark(['report', '--json', '--today', '2026-11-24'], { cwd });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ plans: [BASE_REPORT] });
  });

  it('prints a short summary that leads with what needs attention', () => {
    const cwd = dirname(planFixture().plans);
    const run = waymark(['report', 'sam', '--today', '2026-11-24'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Sam's plan  (sam, as of 2026-11-24)

Needs attention
  • No check-in for a few days (the last was 2026-11-20). A short one today is enough.

Recovery
  Days free                       23   since 2026-11-01
  Longest stretch                 23   days
  Next milestone                  30   days, on 2026-12-01
  Free days, last 30               1   of 1 check-in
  Strength of the habit           5%   a setback dents it; it does not reset

Check-ins
  Check-ins                        1   2026-11-20 to 2026-11-20
  In a row                         0   days
  Days missed, last 30             3
  Mood, 7 / 28 days        4.0 / 4.0   of 5
  Craving, 7 / 28 days     2.0 / 2.0   of 10

Goals
  Go to two meetings a week  Needs attention      0 of 3 periods met, due 2027-02-01

People
  Jo                      2026-11-20   next by 2026-11-27

Reviews
  Last review               none yet   next due 2026-12-01
`);
  });

  it('refuses to report on a plan with errors, listing them, with exit 1', () => {
    const cwd = dirname(planFixture({ 'checkins/2026-11-21.md': '---\nmood: 9\n---\n' }).plans);
    const run = waymark(['report', '--json', '--today', '2026-11-24'], { cwd });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: "plans/sam/checkins/2026-11-21.md:2:7: error schema: mood is 9, but it must be a whole number from 1 to 5\nwaymark: the plan has an error to fix before it can be reported on (see above, or run 'waymark check')\n",
    });
  });

  it('says which plans there are when SLUG names none, with exit 2', () => {
    const cwd = dirname(planFixture().plans);
    expect(waymark(['report', 'alex'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: report: there is no plan 'alex'; plans: sam\n" });
  });

  it('on a folder with no plan, says what check says', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-empty-'));
    mkdirSync(join(cwd, 'plans'));
    const check = waymark(['check'], { cwd });
    expect(waymark(['report'], { cwd })).toEqual({ code: 0, stdout: "no plans found in plans: create one with 'waymark new plan SLUG'\n", stderr: '' });
    expect(check.stdout).toBe("no plans found in plans: create one with 'waymark new plan SLUG'\n");
    expect(JSON.parse(waymark(['report', '--json'], { cwd }).stdout)).toEqual({ plans: [] });
  });

  it('a plan with nothing to count (tracks_use: false) has recovery figures of null, no recent_use alert, no Recovery section and no craving row', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-depression-'));
    cpSync(join(FIXTURES, 'own-words'), join(cwd, 'plans'), { recursive: true });
    const json = JSON.parse(waymark(['report', 'depression', '--json', '--today', '2026-11-24'], { cwd }).stdout);
    expect(json.plans[0].recovery).toEqual({
      sober_since: null, days_sober: null, longest_streak: null, use_days_total: null, free_days_30: null, use_days_30: null,
      checkin_days_30: null, milestones_reached: null, next_milestone: null, money_saved: null, strength: null,
    });
    const text = waymark(['report', 'depression', '--today', '2026-11-24'], { cwd }).stdout;
    expect(text).not.toMatch(/Recovery|days free|use/);
    // No check-in records a craving, so the report leaves that row out, as the dashboard does.
    expect(text).toContain('  Mood, 7 / 28 days        3.0 / 3.0   of 5\n\nGoals\n');
    expect(text).not.toContain('Craving');
    const gambling = waymark(['report', 'gambling', '--today', '2026-11-24'], { cwd }).stdout;
    expect(gambling).toContain('  • A day of gambling on 2026-11-20. A setback to learn from: what you have built still stands.');
    expect(gambling).toContain('  Days gamble-free                 3   since 2026-11-21');
    expect(gambling).toContain('  Free days, last 30               2   of 3 check-ins; 1 day of gambling');
    expect(gambling).toContain('  Money saved                    £60');
    expect(gambling).toContain('  Save £1,500 by March           Needs attention      £100 of £1,500 (7%), due 2027-03-01');
    expect(gambling).toContain('  Sort out a budget              Nothing to track yet');
  });
});
