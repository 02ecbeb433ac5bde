// `waymark report` with questionnaires in reviews: totals with bands in the JSON and the summary, and a gentle safety check first.

import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { waymark } from './run-cli.js';

const REVIEWS = {
  'reviews/2026-10-20.md': '---\nmeasures:\n  phq9: [2, 2, 1, 2, 1, 1, 1, 1, 0]\n  gad7: [2, 2, 2, 1, 1, 1, 1]\nrecovery_capital: 38\n---\n',
  'reviews/2026-11-19.md': '---\nmeasures:\n  phq9: [1, 1, 1, 1, 0, 1, 0, 0, 1]\n  gad7: [1, 1, 1, 0, 0, 1, 0]\n  barc10: [5, 5, 4, 4, 5, 5, 5, 5, 5, 5]\n---\n',
};

describe('waymark report with questionnaires', () => {
  it('--json lists each total with its band and date, oldest first, and safety_check first among the alerts', () => {
    const cwd = dirname(planFixture(REVIEWS).plans);
    const run = waymark(['report', '--json', '--today', '2026-11-24'], { cwd });
    expect(run.code).toBe(0);
    const [plan] = (JSON.parse(run.stdout) as { plans: { measures: unknown; alerts: { code: string }[] }[] }).plans;
    expect(plan?.measures).toEqual({
      phq9: [
        { date: '2026-10-20', total: 11, band: 'moderate' },
        { date: '2026-11-19', total: 6, band: 'mild' },
      ],
      gad7: [
        { date: '2026-10-20', total: 10, band: 'moderate' },
        { date: '2026-11-19', total: 4, band: 'minimal' },
      ],
      barc10: [
        { date: '2026-10-20', total: 38 },
        { date: '2026-11-19', total: 48 },
      ],
    });
    expect(plan?.alerts[0]).toEqual({ code: 'safety_check', date: '2026-11-19' });
  });

  it('the summary names the safety check gently, first, and shows the latest totals with the one before', () => {
    const cwd = dirname(planFixture(REVIEWS).plans);
    const run = waymark(['report', 'sam', '--today', '2026-11-24'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Needs attention
  • Your review on 2026-11-19 noted thoughts of being better off dead or of hurting yourself. You do not have to hold that alone: your crisis plan is ready, and the people in it want to hear from you.
`);
    expect(run.stdout).toContain('  Your crisis plan is on the site, one tap from every page, if you need it.\n');
    expect(run.stdout.endsWith(`Reviews
  Last review             2026-11-19   next due 2026-12-19
  PHQ-9                            6   mild on 2026-11-19 (11 on 2026-10-20)
  GAD-7                            4   minimal on 2026-11-19 (10 on 2026-10-20)
  BARC-10                         48   47 or more on 2026-11-19 (38 on 2026-10-20)
`)).toBe(true);
  });
});
