// A plan to share from: Sam's base plan with 90 days of check-ins, reviews with questionnaires, and words planted where a summary must never look.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { FIXTURES, planFixture, type Fixture } from '../plan-fixture.js';

export const TODAY = '2026-11-24';

/** Words in the journal, gratitude, reviews, notes and another person's entry: none may ever reach a summary. */
export const NEVER = ['Lighthousejournal', 'Marmalade gratitude', 'Quietreview went well', 'Stormreview was hard', 'Kestrel change', 'Reviewreflection', 'Resourcenote', 'Kim Other', '07700 900123', 'Vision of steady days', 'plan.md', 'checkins/'];

const BASE = readFileSync(join(FIXTURES, 'base/sam/plan.md'), 'utf8');

/** plan.md with Jo sharing `shares`, another supporter, a note on the helpline and a vision in the body. */
export function planText(shares: readonly string[] | null): string {
  const withShares = shares === null ? '' : `    shares: [${shares.join(', ')}]\n`;
  return BASE.replace('started: 2026-11-01', 'started: 2026-08-01')
    .replace('    type: internal\n', '    type: internal\n  - id: walk\n    name: A walk\n')
    .replace('    check_in_every: 1w\n', `    check_in_every: 1w\n${withShares}    contact: "07700 900111"\n  - id: kim\n    name: Kim Other\n    role: friend\n    contact: "07700 900123"\n`)
    .replace('    contact: "0800 000 000"\n', '    contact: "0800 000 000"\n    notes: Resourcenote about the helpline\n')
    .replace('I want steady days.', 'Vision of steady days.');
}

/** One check-in a day from 2026-08-27 to today but three: a day of use on 2026-10-10, payday every Friday, a walk on the first 3 and urge surfing on the other 10. */
function checkins(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let day = Temporal.PlainDate.from('2026-08-27'), i = 0; Temporal.PlainDate.compare(day, Temporal.PlainDate.from(TODAY)) <= 0; day = day.add({ days: 1 }), i++) {
    const date = day.toString();
    // Three days without a check-in, so the calendar shows them.
    if (date === '2026-09-15' || date === '2026-09-16' || date === '2026-11-01') continue;
    const payday = day.dayOfWeek === 5;
    const lines = [`mood: ${(i % 5) + 1}`, `craving: ${i % 4}`, `used: ${date === '2026-10-10'}`, `meetings: ${day.dayOfWeek === 2 || day.dayOfWeek === 4 ? 1 : 0}`];
    if (payday) lines.push('triggers: [payday]', `coping: [${date < '2026-09-12' ? 'walk' : 'urge-surf'}]`);
    if (date === '2026-11-20') lines.push('gratitude: [Marmalade gratitude]');
    files[`checkins/${date}.md`] = `---\n${lines.join('\n')}\n---\n\nLighthousejournal words of ${date}.\n`;
  }
  // Before the range: a trigger named only here must not be counted.
  files['checkins/2026-08-01.md'] = '---\nmood: 1\ncraving: 9\nused: true\ntriggers: [payday, payday]\n---\n';
  return files;
}

export const REVIEWS: Record<string, string> = {
  'reviews/2026-07-20.md': '---\nmeasures:\n  phq9: [3, 3, 3, 2, 2, 2, 2, 1, 0]\n---\n',
  'reviews/2026-09-30.md': '---\nwent_well: [Quietreview went well]\nhard: [Stormreview was hard]\nchanges: [Kestrel change]\nmeasures:\n  phq9: [2, 2, 1, 2, 1, 1, 1, 1, 0]\n  gad7: [2, 2, 2, 1, 1, 1, 1]\nrecovery_capital: 38\n---\n\nReviewreflection of September.\n',
  'reviews/2026-11-19.md': '---\nmeasures:\n  phq9: [1, 1, 1, 1, 0, 1, 0, 0, 0]\n  barc10: [5, 5, 4, 4, 5, 5, 5, 5, 5, 5]\n---\n',
};

export function sharePlan(shares: readonly string[] | null): Fixture {
  return planFixture({ 'plan.md': planText(shares), ...checkins(), ...REVIEWS });
}
