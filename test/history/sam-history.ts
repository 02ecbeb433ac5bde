// Sam's plan, kept in git: a start, a comment-only commit, a broken edit, a change, a folder renamed, a change after a review, and an edit not yet committed.

import { TestRepository } from './git-repository.js';

const START = `---
title: Sam's plan
timezone: Europe/London
strengths: [Honest]
coping:
  - id: walk
    name: Walk
triggers:
  - id: stress
    name: Stress at work
    coping: [walk]
goals:
  - id: meetings
    title: Go to meetings every week
    measure: { metric: meetings, target: 2, per: week }
    due: 2026-12-31
---

My plan.
`;

/** The same plan: keys in another order, a comment, other spacing. */
const TIDIED = `---
# What helps me, and what sets me off.
title:    "Sam's plan"
timezone: Europe/London
coping:
  - name: Walk
    id: walk
strengths:
  - Honest
triggers:
  - id: stress
    name: Stress at work
    coping: [ walk ]
goals:
  - id: meetings
    title: Go to meetings every week
    due: 2026-12-31
    measure: { target: 2, metric: meetings, per: week }
---

My plan.
`;

const BROKEN = TIDIED.replace('title:    "Sam\'s plan"', 'title:    "Sam\'s plan');

const PAYDAY = `---
title: Sam's plan
timezone: Europe/London
strengths: [Patient]
coping:
  - id: walk
    name: Walk
triggers:
  - id: stress
    name: Stress at work
    coping: [walk]
  - id: payday
    name: Payday
    coping: [walk]
goals:
  - id: meetings
    title: Go to meetings every week
    measure: { metric: meetings, target: 3, per: week }
    due: 2026-12-31
---

My plan.
`;

const REVIEWED = PAYDAY.replace('    due: 2026-12-31\n', '    due: 2027-01-31\n    status: paused\n');

const UNCOMMITTED = REVIEWED.replace('goals:\n', 'supports:\n  - id: jo\n    name: Jo\n    role: friend\ngoals:\n');

const CHECKINS: Record<string, string> = {
  '2026-09-20': 'mood: 2\ncraving: 6\nused: true',
  '2026-09-28': 'mood: 3\ncraving: 4\nused: false',
  '2026-10-05': 'mood: 4\ncraving: 3',
  '2026-10-12': 'mood: 4\ncraving: 2\nused: false',
  '2026-10-25': 'mood: 5\ncraving: 1',
  '2026-11-03': 'mood: 4',
};

export const TODAY = '2026-11-05';

export function samRepository(): TestRepository {
  const repo = new TestRepository();
  repo.write('plans/sam/plan.md', START).commit('Start my plan', '2026-09-01T12:00:00Z');
  repo.write('plans/sam/plan.md', TIDIED).commit('Tidy the plan', '2026-09-15T12:00:00Z');
  repo.write('plans/sam/plan.md', BROKEN).commit('Half-finished edit', '2026-09-29T12:00:00Z');
  repo.write('plans/sam/plan.md', PAYDAY).commit('Payday, and a higher target', '2026-10-01T12:00:00Z');
  repo.git('mv', 'plans/sam', 'plans/samantha');
  repo.commit('Rename my plan folder', '2026-10-10T12:00:00Z');
  // 23:30 in UTC is already the next day in London (summer time until 25 October).
  repo.write('plans/samantha/plan.md', REVIEWED).commit('Changes from my review', '2026-10-19T23:30:00Z');
  repo.write('plans/samantha/plan.md', UNCOMMITTED);
  repo.write('plans/samantha/reviews/2026-10-18.md', '---\nwent_well: [Walks]\nchanges: [Pause meetings for now]\n---\n');
  for (const [date, fields] of Object.entries(CHECKINS)) repo.write(`plans/samantha/checkins/${date}.md`, `---\n${fields}\n---\n`);
  return repo;
}

const window = (from: string, to: string, checkins: number, mood: number | null, craving: number | null, days_used: number) => ({ from, to, checkins, mood, craving, days_used });

/** `waymark history --json` for Sam's repository, oldest first. */
export function samVersions(hashes: { start: string; broken: string; payday: string; reviewed: string }) {
  return [
    {
      commit: hashes.start,
      date: '2026-09-01',
      subject: 'Start my plan',
      readable: true,
      created: true,
      review: null,
      changes: [],
      before: window('2026-08-04', '2026-08-31', 0, null, null, 0),
      after: window('2026-09-01', '2026-09-28', 2, 2.5, 5, 1),
    },
    {
      commit: hashes.broken,
      date: '2026-09-29',
      subject: 'Half-finished edit',
      readable: false,
      created: false,
      review: null,
      changes: [],
      before: window('2026-09-01', '2026-09-28', 2, 2.5, 5, 1),
      after: window('2026-09-29', '2026-09-30', 0, null, null, 0),
    },
    {
      commit: hashes.payday,
      date: '2026-10-01',
      subject: 'Payday, and a higher target',
      readable: true,
      created: false,
      review: null,
      changes: [
        { list: 'triggers', id: 'payday', change: 'added' },
        { list: 'goals', id: 'meetings', change: 'changed', fields: { 'measure.target': { from: 2, to: 3 } } },
        { list: 'strengths', id: 'Honest', change: 'removed' },
        { list: 'strengths', id: 'Patient', change: 'added' },
      ],
      before: window('2026-09-03', '2026-09-30', 2, 2.5, 5, 1),
      after: window('2026-10-01', '2026-10-19', 2, 4, 2.5, 0),
    },
    {
      commit: hashes.reviewed,
      date: '2026-10-20',
      subject: 'Changes from my review',
      readable: true,
      created: false,
      review: '2026-10-18',
      changes: [{ list: 'goals', id: 'meetings', change: 'changed', fields: { due: { from: '2026-12-31', to: '2027-01-31' }, status: { from: 'active', to: 'paused' } } }],
      before: window('2026-09-22', '2026-10-19', 3, 11 / 3, 3, 0),
      after: window('2026-10-20', '2026-11-04', 2, 4.5, 1, 0),
    },
    {
      commit: null,
      date: TODAY,
      subject: 'not yet committed',
      readable: true,
      created: false,
      review: null,
      changes: [{ list: 'supports', id: 'jo', change: 'added' }],
      before: window('2026-10-08', '2026-11-04', 3, 13 / 3, 1.5, 0),
      after: window('2026-11-05', '2026-11-05', 0, null, null, 0),
    },
  ];
}
