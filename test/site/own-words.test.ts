// Three plans a person could write (gambling; depression with nothing to count; a UK crisis plan), built by the real Eleventy and read back: the plan's own words, one verdict per goal.

import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePlans } from '../../src/site/analyse-plans.js';
import { buildSite } from '../../src/site/build-site.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { analyzePlan } from '../../src/analyze/report.js';
import { goalVerdict } from '../../src/analyze/goal-verdict.js';
import { reportText } from '../../src/terminal/report-text.js';
import type { Plan } from '../../src/schema/model.js';
import { FIXTURES } from '../plan-fixture.js';
import { listFiles } from './built-site.js';
import { readFileSync } from 'node:fs';

const TODAY = '2026-11-24';
let out: string;
let plans: Plan[];

beforeAll(async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'waymark-own-words-')), 'plans');
  cpSync(join(FIXTURES, 'own-words'), folder, { recursive: true });
  const checked = checkPlans(folder, TODAY);
  if (!checked.ok) throw new Error(checked.message);
  const errors = checked.plans.flatMap((plan) => plan.diagnostics).filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.file}: ${d.message}`).join('\n'));
  plans = checked.plans.flatMap((plan) => (plan.plan ? [plan.plan] : []));
  out = join(folder, '..', 'site');
  const built = await buildSite(analysePlans(checked.plans), out);
  if (!built.ok) throw new Error(built.message);
}, 60_000);

function page(path: string): string {
  return readFileSync(join(out, path), 'utf8');
}

/** What a reader sees: the page's text without tags, styles or scripts, spaces collapsed. */
function text(path: string): string {
  return page(path)
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

function pagesOf(slug: string): string[] {
  return listFiles(out).filter((file) => file.startsWith(`${slug}/`) && file.endsWith('.html'));
}

describe('a gambling plan', () => {
  it('counts days gamble-free and names a setback a day of gambling, never sober, use or drinks', () => {
    const dashboard = text('gambling/index.html');
    expect(dashboard).toContain('3 days gamble-free since 21 November 2026');
    expect(dashboard).toContain('You noted a day of gambling on Friday 20 November 2026.');
    expect(dashboard).toContain('Money saved £60 since your last day of gambling');
    expect(text('index.html')).toContain('3 days gamble-free');
    expect(text('gambling/checkins/2026-11.html')).toContain('A day of gambling. It is a setback to learn from');
    expect(text('gambling/checkins/2026-11.html')).toContain('Gambling A day of gambling: a setback to learn from');
    expect(text('gambling/checkins/2026-11.html')).toContain('Saved £100');
    expect(text('gambling/triggers.html')).toContain('Days of gambling');
    expect(text('gambling/triggers.html')).toContain('Turned to on 1 day, 1 in the last 30.');
    for (const file of pagesOf('gambling')) expect(text(file), file).not.toMatch(/\bsober\b|\bdrinks?\b|\buse\b|\bused\b/i);
  });

  it('shows money as money in the plan’s currency, and a count that agrees with its number', () => {
    const goals = text('gambling/goals/index.html');
    expect(goals).toContain('At least £1,500 in total');
    expect(goals).toContain('£100 of £1,500 (7%)');
    expect(goals).toContain('At least 1 meeting per week');
    expect(goals).toContain('This week so far: 0 of 1 meeting');
  });
});

describe('a depression plan (tracks_use: false)', () => {
  it('has no counter, no money saved, no free days and no days of use anywhere', () => {
    const dashboard = text('depression/index.html');
    expect(dashboard).not.toContain('Time in recovery');
    expect(dashboard).not.toContain('Your count starts');
    expect(dashboard).not.toMatch(/Free days|Money saved|Habit strength|Longest stretch|milestone/);
    expect(text('index.html')).toMatch(/Priya's plan Priya (?!\d)/);
    expect(text('depression/triggers.html')).toContain('Times Last 30 days Average craving What helps');
    for (const file of pagesOf('depression')) expect(text(file), file).not.toMatch(/\bsober\b|\bdrinks?\b|\buse\b|\bused\b|day of/i);
  });

  it('shows mood over four weeks, and no craving line or chart when no check-in records a craving', () => {
    const dashboard = text('depression/index.html');
    expect(dashboard).toMatch(/Mood: [\d.]+ this week, [\d.]+ over four weeks \(1 very low to 5 very good\)/);
    expect(dashboard).toContain('Mood over the last 28 days');
    expect(dashboard).not.toMatch(/Craving: |Craving over the last 28 days/);
    expect(text('gambling/index.html')).toContain('Craving over the last 28 days');
  });

  it('says a check-in came every day since the first, not every one of the last 30 days', () => {
    expect(text('depression/checkins/index.html')).toContain('A check-in on every day since your first, 6 days ago.');
  });
});

describe('a UK crisis plan', () => {
  it('shows people and resources wherever they stand, with their role, contact and hours', () => {
    const crisis = text('uk/crisis.html');
    expect(crisis).toContain('Not sleeping');
    expect(crisis).toContain('Box breathing');
    expect(crisis).toContain('a hot shower');
    expect(crisis).toContain('People and places that take my mind off things Mum: 07700 900456 (Family) the park');
    expect(crisis).toContain('People I can ask for help Mum: 07700 900456 (Family)');
    expect(crisis).toContain('Crisis team: 0300 555 0000 (Any time, day or night)');
    expect(crisis).toContain('Professionals, crisis lines and emergency numbers Dr Patel: 020 7946 0000 (Doctor)');
    expect(crisis).not.toMatch(/\bdr-patel\b|\bcrisis-team\b|\bnot-sleeping\b/);
  });

  it('calls 116 123 and 999, and texts SHOUT to 85258', () => {
    const html = page('uk/crisis.html');
    expect(html).toContain('<a class="tel" href="tel:116123">116 123</a>');
    expect(html).toContain('<a class="tel" href="tel:999">999</a>');
    expect(html).toContain('<a class="sms" href="sms:85258?&amp;body=SHOUT">Text SHOUT to 85258</a>');
  });
});

describe('one verdict per goal', () => {
  it('report and the site say the same words for every goal of every plan', () => {
    let compared = 0;
    for (const plan of plans) {
      const report = analyzePlan(plan, TODAY);
      const terminal = reportText(plan, report);
      const goalsPage = page(`${plan.slug}/goals/index.html`);
      for (const goal of report.goals) {
        const words = goalVerdict(goal);
        const line = terminal.split('\n').find((row) => row.includes(goal.title));
        expect(line, goal.id).toContain(` ${words} `.trimEnd());
        const card = new RegExp(`<article class="card goal-card status-${goal.status}">[\\s\\S]*?${goal.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?</article>`).exec(goalsPage)?.[0] ?? '';
        expect(card, goal.id).toMatch(new RegExp(`<span class="badge badge-(warm|quiet|calm)">${words}</span>`));
        compared += 1;
      }
    }
    expect(compared).toBe(4);
    const budget = analyzePlan(plans.find((plan) => plan.slug === 'gambling')!, TODAY).goals.find((goal) => goal.id === 'budget')!;
    expect([budget.status, goalVerdict(budget)]).toEqual(['on_track', 'Nothing to track yet']);
  });
});
