// Reviews' questionnaires: each answer checked against its questionnaire, a wrong count reported at the item, BARC-10 and recovery_capital agreeing.

import { describe, expect, it } from 'vitest';
import { planFixture, problems } from '../plan-fixture.js';

function review(front: string) {
  return problems(planFixture({ 'reviews/2026-11-20.md': `---\n${front}---\n\nHow is it going?\n` }));
}

describe("a review's measures", () => {
  it('answered in full are accepted', () => {
    expect(review('measures:\n  phq9: [1, 1, 0, 2, 1, 0, 1, 0, 0]\n  gad7: [1, 1, 1, 0, 0, 1, 0]\n  barc10: [5, 4, 4, 3, 5, 5, 4, 6, 5, 5]\nrecovery_capital: 46\n')).toEqual([]);
  });

  it('an answer out of range is a schema error at that answer', () => {
    expect(review('measures:\n  phq9: [1, 1, 0, 4, 1, 0, 1, 0, 0]\n')).toEqual([
      { file: 'reviews/2026-11-20.md', line: 3, column: 19, severity: 'error', rule: 'schema', message: 'measures, PHQ-9 item 4 is 4, but it must be a whole number from 0 to 3' },
    ]);
    expect(review('measures:\n  barc10: [5, 4, 4, 3, 0, 5, 4, 6, 5, 5]\n')).toEqual([
      { file: 'reviews/2026-11-20.md', line: 3, column: 24, severity: 'error', rule: 'schema', message: 'measures, BARC-10 item 5 is 0, but it must be a whole number from 1 to 6' },
    ]);
  });

  it('too few answers is a schema error at the list, saying how many the questionnaire has', () => {
    expect(review('measures:\n  gad7: [1, 1, 1, 0, 0, 1]\n')).toEqual([
      { file: 'reviews/2026-11-20.md', line: 3, column: 9, severity: 'error', rule: 'schema', message: "measures.gad7 has 6 answers, but GAD-7 has 7 items: answer each one, in the published order (see 'waymark new review')" },
    ]);
  });

  it('too many answers is a schema error at the first extra one', () => {
    expect(review('measures:\n  phq9: [1, 1, 0, 2, 1, 0, 1, 0, 0, 2]\n')).toEqual([
      { file: 'reviews/2026-11-20.md', line: 3, column: 37, severity: 'error', rule: 'schema', message: 'measures, PHQ-9 item 10 is answer 10, but PHQ-9 has 9 items: remove the extra answer' },
    ]);
  });

  it('an unknown questionnaire is an unknown field with the closest name', () => {
    expect(review('measures:\n  phq8: [1, 1, 0, 2, 1, 0, 1, 0]\n')).toEqual([
      { file: 'reviews/2026-11-20.md', line: 3, column: 3, severity: 'warning', rule: 'unknown-field', message: "'phq8' is not a field of measures (did you mean 'phq9'?)" },
    ]);
  });

  it('recovery_capital must agree with the BARC-10 answers', () => {
    expect(review('measures:\n  barc10: [5, 4, 4, 3, 5, 5, 4, 6, 5, 5]\nrecovery_capital: 40\n')).toEqual([
      { file: 'reviews/2026-11-20.md', line: 4, column: 19, severity: 'error', rule: 'schema', message: 'recovery_capital is 40, but the BARC-10 answers in measures add up to 46: correct one, or remove recovery_capital (the answers give the total)' },
    ]);
  });
});
