// A shared summary holds the sections the support's shares names, with the range's figures, and never the journal, gratitude, reviews' words, notes or anyone else.

import { describe, expect, it } from 'vitest';
import type { ShareSection } from '../../src/schema/share-sections.js';
import { shareHtml } from '../../src/share/share-html.js';
import { shareSummary } from '../../src/share/share-summary.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { NEVER, sharePlan, TODAY } from './share-plan.js';

const fixture = sharePlan(null);
const checked = checkPlans(fixture.plans, TODAY);
if (!checked.ok) throw new Error(checked.message);
const plan = checked.plans[0]!.plan!;
const RANGE = { from: '2026-08-27', to: TODAY };

function summary(shares: ShareSection[]): string {
  const jo = { ...plan.fields.supports.find((support) => support.id === 'jo')!, shares };
  return shareHtml(shareSummary(plan, jo, RANGE, TODAY));
}

/** What each section alone must show, worked out by hand from share-plan.ts. */
const SHOWS: Record<ShareSection, string[]> = {
  recovery: [
    '<dt>Current stretch</dt><dd class="value">44 days free</dd><dd class="note">on 24 November 2026, since 11 October 2026</dd>',
    '<dt>Longest stretch</dt><dd class="value">69 days</dd>',
    '<dt>Days without use</dt><dd class="value">86 of 90</dd>',
    '<dt>Days of use</dt><dd class="value">1</dd>',
    '<dt>No check-in</dt><dd class="value">3</dd>',
    '<title>Saturday 10 October 2026: a day of use</title>',
    '<title>Tuesday 15 September 2026: no check-in</title>',
    '86 days without use (filled), 1 day of use (marked with a dot), 0 check-ins that did not say, and 3 days without a check-in (outlined).',
  ],
  checkins: ['<p>87 check-ins in these 90 days.', '<tr><th scope="row">27 Aug – 30 Aug</th><td>4</td><td>2.5</td><td>1.5</td></tr>', '<tr><th scope="row">23 Nov – 24 Nov</th><td>2</td>', '<title id="weekly-title">Mood and craving, week by week</title>'],
  // Two meetings every week from 27 August, none before: 5 of the 16 weeks since started (3 August) fall short.
  goals: ['<li class="goal"><h3>Go to two meetings a week <span class="badge">Needs attention</span></h3><p class="note">At least 2 meetings per week</p><p>On target in 11 of 16 weeks (69%)</p>'],
  triggers: ['<tr><th scope="row">Payday</th><td>13</td></tr>', '<tr><th scope="row">Urge surfing</th><td>10</td><td>0% of 10</td><td>–</td></tr>'],
  measures: [
    '<tr><th scope="row">30 September 2026</th><td>11</td><td>moderate</td></tr>',
    '<tr><th scope="row">19 November 2026</th><td>5</td><td>mild</td></tr>',
    '<tr><th scope="row">30 September 2026</th><td>10</td><td>moderate</td></tr>',
    '<tr><th scope="row">19 November 2026</th><td>48</td><td>47 or more</td></tr>',
  ],
  crisis: ['Staying in alone', 'Urge surfing', 'Jo: <a href="tel:07700900111">07700 900111</a>', 'Local helpline: <a href="tel:0800000000">0800 000 000</a>', 'Emergency services: <a href="tel:999">999</a>'],
};

const SECTIONS = Object.keys(SHOWS) as ShareSection[];

function expectNothingPrivate(html: string): void {
  for (const word of NEVER) expect(html, word).not.toContain(word);
  expect(html).not.toContain(fixture.plans);
}

describe('a shared summary', () => {
  for (const section of SECTIONS) {
    it(`with shares: [${section}] shows that section alone`, () => {
      const html = summary([section]);
      for (const shown of SHOWS[section]) expect(html).toContain(shown);
      for (const other of SECTIONS.filter((s) => s !== section)) {
        expect(html).not.toContain(`id="${other}-h"`);
        for (const shown of SHOWS[other]) if (!SHOWS[section].some((own) => own.includes(shown))) expect(html, `${other} in ${section}`).not.toContain(shown);
      }
      expectNothingPrivate(html);
    });
  }

  it('with every section shows them all, in the contract order, and still nothing private', () => {
    const html = summary(['crisis', 'measures', 'triggers', 'goals', 'checkins', 'recovery']);
    for (const section of SECTIONS) for (const shown of SHOWS[section]) expect(html).toContain(shown);
    const order = SECTIONS.map((section) => html.indexOf(`id="${section}-h"`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expectNothingPrivate(html);
  });

  it('leaves out what lies outside the range: the PHQ-9 of July, the day of use and the triggers of 1 August', () => {
    const html = summary(['recovery', 'triggers', 'measures']);
    expect(html).not.toContain('20 July 2026');
    expect(html).not.toContain('<td>22</td>');
    expect(html).not.toMatch(/\b1 August 2026/);
    expect(html).not.toContain('A walk');
  });

  it("speaks of the recovery in the plan's own words: a gambling plan's counter and days, and a plan that counts none", () => {
    const withRecovery = (recovery: typeof plan.fields.recovery) => {
      const own = { ...plan, fields: { ...plan.fields, recovery } };
      const jo = { ...own.fields.supports.find((support) => support.id === 'jo')!, shares: ['recovery' as const] };
      return shareHtml(shareSummary(own, jo, RANGE, TODAY));
    };
    const gambling = withRecovery({ from: 'gambling', counter: 'days bet-free', tracks_use: true });
    expect(gambling).toContain('<dt>Current stretch</dt><dd class="value">44 days bet-free</dd><dd class="note">on 24 November 2026, since 11 October 2026</dd>');
    expect(gambling).toContain('<dt>Days without gambling</dt><dd class="value">86 of 90</dd>');
    expect(gambling).toContain('<dt>Days of gambling</dt><dd class="value">1</dd>');
    expect(gambling).toContain('<title>Saturday 10 October 2026: a day of gambling</title>');
    expect(gambling).toContain('86 days without gambling (filled), 1 day of gambling (marked with a dot)');
    expect(gambling).not.toMatch(/without use|of use|use not noted/);
    const depression = withRecovery({ from: 'depression', tracks_use: false });
    expect(depression).toContain('<p>This plan counts no days free of anything: it is recovery from depression. Check-ins on 87 of 90 days in these dates.</p>');
    expect(depression).not.toContain('Current stretch');
    expect(depression).not.toContain('followback');
  });

  it('shows only the measures the check-ins recorded: no craving column, line or scale when no check-in noted one', () => {
    const noCraving = { ...plan, checkins: plan.checkins.map(({ craving: _, ...checkin }) => checkin) };
    const jo = { ...plan.fields.supports.find((support) => support.id === 'jo')!, shares: ['checkins' as const] };
    const html = shareHtml(shareSummary(noCraving, jo, RANGE, TODAY));
    expect(html).toContain('<p>87 check-ins in these 90 days. Mood is from 1 (very low) to 5 (very good).</p>');
    expect(html).toContain('<title id="weekly-title">Mood, week by week</title>');
    expect(html).toContain('<tr><th scope="row">27 Aug – 30 Aug</th><td>4</td><td>2.5</td></tr>');
    expect(html).toContain('<figcaption><span class="key line-mood"></span> mood</figcaption>');
    expect(html.replace(/<style>[\s\S]*?<\/style>/, ''), 'outside the stylesheet').not.toMatch(/craving/i);
    const nothing = { ...plan, checkins: plan.checkins.map(({ craving: _, mood: __, ...checkin }) => checkin) };
    expect(shareHtml(shareSummary(nothing, jo, RANGE, TODAY))).toContain('<p>87 check-ins in these 90 days. None of them noted mood or craving.</p>');
  });

  it('ends with the footer: self-reported, for which dates, made when, not a clinical record', () => {
    expect(summary(['goals'])).toContain('<footer><p>Self-reported by Sam, from their own check-ins and reviews, for 27 August 2026 to 24 November 2026; made on 24 November 2026. Not a clinical record.</p></footer>');
  });

  it('allows nothing from outside: no script, no external address, a CSP of none but its own style', () => {
    const html = summary(SECTIONS);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; base-uri 'none'; form-action 'none'">/);
    expect([...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!).filter((href) => !href.startsWith('tel:'))).toEqual([]);
  });
});
