// The review template lists each questionnaire's items as comments, and answers written after them check cleanly.

import { describe, expect, it } from 'vitest';
import { reviewTemplate } from '../../src/new/review-template.js';
import { planFixture, problems } from '../plan-fixture.js';

const TEMPLATE = reviewTemplate('2026-11-20', 'review.schema.json', ['jo']);

describe('the review template', () => {
  it('lists every item of PHQ-9, GAD-7 and BARC-10, numbered, under its field', () => {
    expect(TEMPLATE).toContain('  phq9:             # PHQ-9, depression; over the last 2 weeks: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day\n');
    expect(TEMPLATE).toContain('  #    9. thoughts that you would be better off dead, or of hurting yourself\n  gad7:');
    expect(TEMPLATE).toContain('  #   10. I am making good progress on my recovery journey\nnext:');
  });

  it('checks cleanly as written, and with answers filled in', () => {
    expect(problems(planFixture({ 'reviews/2026-11-20.md': TEMPLATE }))).toEqual([]);
    const answered = TEMPLATE.replace('  phq9: ', '  phq9: [0, 1, 1, 0, 0, 1, 0, 0, 0]').replace('  gad7: ', '  gad7: [1, 1, 0, 0, 0, 1, 0]');
    expect(problems(planFixture({ 'reviews/2026-11-20.md': answered }))).toEqual([]);
  });
});
