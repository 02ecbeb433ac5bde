#!/usr/bin/env node
// Writes a deterministic N-year plan (daily check-ins with journals, monthly reviews) for benchmarks.
// Usage: node bench/generate-plan.js YEARS OUT_DIR   (the plan goes to OUT_DIR/plans/bench/)

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const years = Number(process.argv[2] ?? 10);
const out = process.argv[3] ?? `.bench/plan-${years}y`;
if (!Number.isFinite(years) || years <= 0) {
  console.error('usage: node bench/generate-plan.js YEARS OUT_DIR');
  process.exit(2);
}

/** mulberry32: a small seeded generator, so every run writes the same plan. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261124);
const pick = (list) => list[Math.floor(rand() * list.length)];
const some = (list, max) => [...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, () => pick(list)))];

const DAY = 86400000;
const days = Math.round(years * 365);
// The plan ends the day before the benchmark's today (2026-11-24), whatever its length.
const START = Date.UTC(2026, 10, 23) - (days - 1) * DAY;
const iso = (i) => new Date(START + i * DAY).toISOString().slice(0, 10);

const triggers = ['payday', 'lonely-evenings', 'work-stress', 'old-friends', 'poor-sleep', 'arguments'];
const coping = ['urge-surf', 'walk', 'call-someone', 'meeting', 'breathing', 'journal'];
const supports = ['sam', 'dr-lee', 'jo'];
const words = 'today I felt the pull in the evening and went for a walk instead called Sam after dinner the meeting helped me see it differently slept badly but kept going noticed the urge and let it pass grateful for small things quiet day mostly'.split(' ');

const dir = join(out, 'plans', 'bench');
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'checkins'), { recursive: true });
mkdirSync(join(dir, 'reviews'), { recursive: true });

writeFileSync(
  join(dir, 'plan.md'),
  `---
title: Benchmark plan
person: Robin
started: ${iso(0)}
timezone: Europe/London
cost_per_day: 12
currency: GBP
strengths: [Honest with myself, Good friends]
challenges: [Evenings alone]
values: [Family, Health]
reasons: [To be there for my kids]
daily: [Morning walk, Check in]
triggers:
${triggers.map((id) => `  - id: ${id}\n    name: ${id.replace(/-/g, ' ')}\n    type: situations\n    coping: [${pick(coping)}]`).join('\n')}
warning_signs:
  - id: isolating
    name: Staying in alone
    action: [call-someone, sam]
coping:
${coping.map((id) => `  - id: ${id}\n    name: ${id.replace(/-/g, ' ')}\n    type: internal`).join('\n')}
resources:
  - id: helpline
    name: Helpline
    type: crisis-line
    contact: "0800 000 000"
supports:
  - id: sam
    name: Sam
    role: sponsor
    check_in_every: 1w
  - id: dr-lee
    name: Dr Lee
    role: therapist
    check_in_every: 2w
  - id: jo
    name: Jo
    role: friend
goals:
  - id: meetings
    title: Go to two meetings every week
    why: Meetings keep me connected
    measure: { metric: meetings, target: 2, per: week }
    due: ${iso(days + 365)}
  - id: walking
    title: Walk every single day
    why: Walking clears my head
    measure: { metric: walk_km, target: 2, per: day }
    due: ${iso(days + 365)}
  - id: savings
    title: Save for a holiday with the kids
    why: Family
    measure: { metric: saved, target: ${days * 3}, unit: GBP }
    due: ${iso(days + 30)}
  - id: screen
    title: Keep screens under two hours
    why: Sleep
    measure: { metric: screen_hours, target: 14, per: week, direction: at_most }
    due: ${iso(days + 365)}
crisis:
  warning_signs: [isolating]
  coping: [urge-surf, walk]
  contacts: [sam]
  professionals: [helpline]
  emergency:
    - name: Emergency services
      phone: "999"
---

A plan written to measure how Waymark copes with years of check-ins.
`,
);

for (let i = 0; i < days; i++) {
  const date = iso(i);
  const used = rand() < 0.02;
  const lines = [
    '---',
    `mood: ${1 + Math.floor(rand() * 5)}`,
    `craving: ${Math.floor(rand() * 11)}`,
    `used: ${used}`,
    `difficulty: ${pick(['easy', 'ok', 'hard', 'very-hard'])}`,
    `sleep: ${(5 + rand() * 4).toFixed(1)}`,
    `triggers: [${some(triggers, 2).join(', ')}]`,
    `coping: [${some(coping, 3).join(', ')}]`,
    `contacted: [${some(supports, 1).join(', ')}]`,
    `gratitude: [${pick(['my kids', 'a warm bed', 'a good talk', 'sunshine'])}]`,
    `meetings: ${rand() < 0.3 ? 1 : 0}`,
    `walk_km: ${(rand() * 5).toFixed(1)}`,
    `saved: ${Math.floor(rand() * 6)}`,
    `screen_hours: ${(rand() * 4).toFixed(1)}`,
    '---',
    '',
    Array.from({ length: 40 + Math.floor(rand() * 40) }, () => pick(words)).join(' ') + '.',
    '',
    `- ${pick(words)} ${pick(words)}`,
    `- ${pick(words)} ${pick(words)}`,
    '',
  ];
  const folder = join(dir, 'checkins', date.slice(0, 4), date.slice(5, 7));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${date}.md`), lines.join('\n'));
  if (i % 30 === 29) {
    writeFileSync(
      join(dir, 'reviews', `${date}.md`),
      `---\nwith: [sam]\nwent_well: [Kept checking in]\nhard: [Evenings]\nchanges: [More walks]\nrecovery_capital: ${30 + Math.floor(rand() * 20)}\n---\n\nA month gone by.\n`,
    );
  }
}
console.log(`wrote ${days} check-ins to ${dir}`);
