// Validation returns diagnostics, never throws, whatever the front matter holds.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseSource } from '../../src/load/read-source.js';
import type { LoadedPlan } from '../../src/load/load-plans.js';
import { validatePlan } from '../../src/validate/validate-plan.js';

const PLAN = `---
title: A plan
started: 2026-11-01
triggers: [{ id: payday, name: Payday, coping: [walk] }]
coping: [{ id: walk, name: Walk }]
supports: [{ id: jo, name: Jo, role: friend, check_in_every: 1w }]
goals: [{ id: walking, title: Walk every day, measure: { metric: walk_km, target: 2, per: day } }]
---
`;

function loaded(planText: string, checkinText: string): LoadedPlan {
  return {
    slug: 'sam',
    dir: '/plans/sam',
    root: '/plans',
    planFile: '/plans/sam/plan.md',
    plan: parseSource('/plans/sam/plan.md', 'plan', planText),
    checkins: [parseSource('/plans/sam/checkins/2026-11-20.md', 'checkin', checkinText)],
    reviews: [parseSource('/plans/sam/reviews/2026-11-21.md', 'review', checkinText)],
    strayFiles: [],
  };
}

const key = fc.constantFrom('mood', 'craving', 'used', 'triggers', 'coping', 'contacted', 'walk_km', 'date', 'with', 'next', 'goals', 'title', 'crisis', 'supports', 'x', '0', '');
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.constantFrom('2026-02-30', '2026-11-20', 'payday', 'yes', '1w'), fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(key, tie('any'), { maxKeys: 3 })),
})).any;

describe('validatePlan', () => {
  it('gives diagnostics with places, never an exception, for any front matter', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), fc.dictionary(key, value, { maxKeys: 6 }), (checkin, plan) => {
        const checkinText = `---\n${stringify(checkin)}---\n`;
        const planText = `${PLAN.slice(0, -4)}${stringify(plan)}---\n`;
        const result = validatePlan(loaded(planText, checkinText), () => '2026-11-24');
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws for arbitrary text in any file', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(() => validatePlan(loaded(a, b), () => '2026-11-24')).not.toThrow();
        expect(() => validatePlan(loaded(`---\n${a}\n---\n`, `---\n${b}\n---\n`), () => '2026-11-24')).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });
});
