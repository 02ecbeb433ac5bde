// The site built by the real Eleventy from a small fixture plan: every page there, every link to a file that exists, the figures, the privacy tags.

import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../plan-fixture.js';
import { buildFixtureSite, idsIn, linksIn, SAM_WEEK, type BuiltSite } from './built-site.js';

const CSP = `default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'`;

let site: BuiltSite;
let pages: string[];

beforeAll(async () => {
  site = await buildFixtureSite();
  pages = site.files.filter((file) => file.endsWith('.html'));
}, 60_000);

describe('the pages', () => {
  it('writes every page of the contract, per plan under its slug, and one stylesheet', () => {
    expect(site.files).toEqual([
      '.waymark-site',
      'assets/site.css',
      'index.html',
      'sam/assessment.html',
      'sam/calendar.ics',
      'sam/checkins/2026-11.html',
      'sam/checkins/index.html',
      'sam/crisis.html',
      'sam/goals/index.html',
      'sam/goals/meetings.html',
      'sam/history.html',
      'sam/index.html',
      'sam/people.html',
      'sam/reviews.html',
      'sam/triggers.html',
    ]);
    expect(site.pages).toBe(12);
  });

  it('gives every page the privacy meta tags, a skip link, one h1 and the crisis plan in its header', () => {
    for (const page of pages) {
      const html = site.read(page);
      expect(html, page).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html, page).toContain('<meta name="referrer" content="no-referrer">');
      expect(html, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
      expect(html, page).toContain('<a class="skip-link" href="#main">');
      expect(html.match(/<h1[ >]/g), page).toHaveLength(1);
      if (page !== 'index.html') expect(html, page).toMatch(/<header[\s\S]*class="crisis-link" href="[^"]*crisis\.html"[\s\S]*<\/header>/);
    }
  });

  it('links only to files that exist, by relative paths, and to ids that exist on them', () => {
    for (const page of pages) {
      for (const { attribute, value } of linksIn(site.read(page))) {
        if (/^(tel|mailto):/.test(value)) continue;
        expect(value, `${page}: ${attribute}="${value}"`).not.toMatch(/^([a-z]+:|\/)/i);
        const [path, fragment] = value.split('#') as [string, string | undefined];
        const target = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), path));
        expect(target, `${page}: ${value}`).not.toMatch(/(^|\/)$/);
        expect(existsSync(join(site.out, target)), `${page}: ${value} → ${target}`).toBe(true);
        if (fragment) expect(idsIn(site.read(target)).has(fragment), `${page}: #${fragment} on ${target}`).toBe(true);
      }
    }
  });

  it('loads nothing from outside the site: no scripts, no images, one local stylesheet', () => {
    for (const page of pages) {
      const html = site.read(page);
      expect(html, page).not.toMatch(/<script|<img|<iframe|<object|<embed|@import|url\(/i);
      expect([...html.matchAll(/<link [^>]*>/g)].map((m) => m[0]), page).toEqual([expect.stringMatching(/^<link rel="stylesheet" href="(\.\.\/)*assets\/site\.css">$/)]);
    }
    expect(site.read('assets/site.css')).not.toMatch(/url\(|@import|@font-face/);
  });
});

describe('what the pages say', () => {
  it('leads the dashboard with the day count (days free, without recovery.from), the next milestone and, after a setback, what still stands', () => {
    const html = site.read('sam/index.html');
    expect(html).toContain('<h1>Hello, Sam</h1>');
    expect(html).toContain('<span class="counter-value">1</span> <span class="counter-unit">day free</span>');
    expect(html).toContain('since 23 November 2026');
    expect(html).toContain('Next milestone: 7 days, on 30 November 2026 (in 6 days)');
    expect(html).toContain('<li>You noted a day of use on Sunday 22 November 2026. Be kind to yourself, and think about who you could tell.</li>');
    expect(html).toContain('<p class="setback">A setback is something to learn from, not a return to zero: everything below still stands.</p>');
    expect(html).toMatch(/<dt>Longest stretch<\/dt>\s*<dd class="stat-value">21 days<\/dd>/);
    expect(html).toMatch(/<dt>Free days, last 30<\/dt>\s*<dd class="stat-value">2<\/dd>\s*<dd class="stat-note">of 3 days checked in<\/dd>/);
    expect(html).toMatch(/<dt>Habit strength<\/dt>\s*<dd class="stat-value">10%<\/dd>/);
  });

  it('puts the crisis plan one click away, gently, when an early warning is present', () => {
    const html = site.read('sam/index.html');
    expect(html).toContain('<h2 id="notice-heading">A few things to notice</h2>');
    expect(html).toContain('Warning signs came up this week: Staying in alone (last on 22 Nov). Your plan says what helps: Urge surfing; Jo.');
    expect(html).toContain('<a class="button" href="crisis.html">Open my crisis plan</a>');
  });

  it('never uses stigmatizing words in what the site itself writes', () => {
    for (const page of pages) expect(site.read(page).toLowerCase(), page).not.toMatch(/\b(addict|abuser|clean|dirty|relapse|failure|failed)\b/);
  });

  it('shows a periodic goal with its SMART card, its periods and who helps', () => {
    const html = site.read('sam/goals/meetings.html');
    expect(html).toContain('<h1>Go to two meetings a week</h1>');
    expect(html).toMatch(/Measurable<\/dt>\s*<dd>At least 2 meetings per week<\/dd>/);
    expect(html).toMatch(/Relevant<\/dt>\s*<dd>Meetings keep me connected<\/dd>/);
    expect(html).toMatch(/Time-bound<\/dt>\s*<dd>From 1 November 2026 to 1 February 2027<\/dd>/);
    expect(html).toContain('On target in 0 of 3 weeks (0%)');
    expect(html).toContain('<a class="helper-name" href="../people.html#support-jo">Jo</a>');
    expect(html).toMatch(/<svg class="chart chart-periods" viewBox="[^"]+" width="\d+" height="\d+" role="img" aria-labelledby="goal-meetings-periods-title goal-meetings-periods-desc"/);
  });

  it('gives every chart a title, role="img" and its figures as a table', () => {
    for (const page of pages) {
      const html = site.read(page);
      const charts = [...html.matchAll(/<svg class="chart[^"]*"[^>]*aria-labelledby="([^ "]+) ([^"]+)"[^>]*>/g)];
      for (const [svg, titleId, descId] of charts) {
        expect(svg, page).toContain('role="img"');
        expect(html, page).toContain(`<title id="${titleId}">`);
        expect(html, page).toContain(`<desc id="${descId}">`);
      }
      expect(html.match(/<svg /g)?.length ?? 0, page).toBe(charts.length);
      expect(html.match(/<details class="figures">/g)?.length ?? 0, page).toBe(charts.length);
    }
    expect(site.read('sam/index.html')).toContain('<title id="trend-mood-title">Mood over the last 28 days</title>');
    expect(site.read('sam/checkins/index.html')).toContain('<title id="calendar-2026-2-title">Check-ins, July to December 2026</title>');
  });

  it('marks the day of use on the calendar and lists the month with its check-ins, average mood and days of use', () => {
    const html = site.read('sam/checkins/index.html');
    expect(html).toContain('<title>Sun 22 November: mood low (2), a day of use</title>');
    expect(html.match(/<circle class="cal-use"/g)).toHaveLength(1);
    expect(html).toContain('<tr><th scope="row"><a href="2026-11.html">November 2026</a></th><td>3</td><td>3.0</td><td>1 day of use</td></tr>');
  });

  it("shows a check-in's fields, linked to the plan, and its journal rendered from Markdown, in the day's section of its month", () => {
    const html = site.read('sam/checkins/2026-11.html');
    const day = html.slice(html.indexOf('<section class="day" id="2026-11-20"'), html.indexOf('<section class="day" id="2026-11-22"'));
    expect(day).toContain('<h2 id="2026-11-20-heading">Friday 20 November 2026</h2>');
    expect(day).toMatch(/<dt>Mood<\/dt>\s*<dd>4 of 5, good<\/dd>/);
    expect(day).toContain('<a href="../triggers.html#trigger-payday">Payday</a>');
    expect(day).toContain('<a href="../people.html#support-jo">Jo</a>');
    expect(day).toContain('<div class="prose"><p>A good day.</p></div>');
  });

  it('lays out the crisis plan in the Stanley–Brown order with emergency numbers as tel: links', () => {
    const html = site.read('sam/crisis.html');
    const headings = [...html.matchAll(/<h2><span class="step-number" aria-hidden="true">(\d)<\/span> ([^<]+)<\/h2>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      '1 Warning signs that a crisis may be coming',
      '2 Things I can do on my own',
      '3 People and places that take my mind off things',
      '4 People I can ask for help',
      '5 Professionals, crisis lines and emergency numbers',
      '6 Making my surroundings safe',
    ]);
    expect(html).toContain('<strong>Emergency services</strong>: <a class="tel" href="tel:999">999</a>');
    expect(html).toContain('Local helpline: <a href="tel:0800000000">0800 000 000</a>');
  });

  it('leads the root page straight to the only plan, with a plain link and a refresh', () => {
    const html = site.read('index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=sam/index.html">');
    expect(html).toContain('<a href="sam/index.html">go to Sam&#39;s plan</a>');
  });
});

describe('a site of two plans', () => {
  it('lists both plans on the root page, without leading away, and says gently where a plan has no data yet', async () => {
    const two = await buildFixtureSite({ ...SAM_WEEK, '../lee/plan.md': "---\ntitle: Lee's plan\nstarted: 2026-10-01\n---\n" });
    const root = two.read('index.html');
    expect(root).not.toContain('http-equiv="refresh"');
    expect(root).toContain('<h2 class="card-title"><a href="lee/index.html">Lee&#39;s plan</a></h2>');
    expect(root).toContain('<p>54 days free</p>');
    expect(root).toContain('<h2 class="card-title"><a href="sam/index.html">Sam&#39;s plan</a></h2>');
    const lee = two.read('lee/index.html');
    expect(lee).toContain('No mood or craving recorded in the last four weeks.');
    expect(lee).toContain('no check-ins in these 30 days');
    expect(lee).not.toContain('<svg');
  }, 60_000);
});

describe('what the person wrote', () => {
  it('comes out inert: the journal is sanitized, scripts and event handlers never reach the page', () => {
    const html = site.read('sam/checkins/2026-11.html');
    expect(html).not.toMatch(/<script|onerror|javascript:|tracker\.example|<img/i);
    expect(html).toContain('<h3>A hard night</h3>');
    expect(html).toContain('<p>Called Jo the morning after.</p>');
    expect(html).toContain('<li>&lt;b&gt;Jo&lt;/b&gt; &amp; tea</li>');
  });

  it('is escaped wherever it appears, in pages and in charts', async () => {
    const plan = readFileSync(join(FIXTURES, 'base/sam/plan.md'), 'utf8').replace('name: Payday', 'name: "Payday <script>alert(3)</script>"').replace("title: Sam's plan", 'title: "Sam\'s <i onmouseover=alert(4)>plan</i>"');
    const hostile = await buildFixtureSite({ ...SAM_WEEK, 'plan.md': plan, 'checkins/2026-11-21.md': '---\ntriggers: [payday]\n---\n' });
    for (const page of hostile.files.filter((file) => file.endsWith('.html'))) {
      const html = hostile.read(page);
      expect(html, page).not.toMatch(/<script|<i onmouseover|javascript:|onerror/i);
    }
    expect(hostile.read('sam/triggers.html')).toContain('Payday &lt;script&gt;alert(3)&lt;/script&gt;');
    expect(hostile.read('sam/triggers.html')).toMatch(/<text [^>]*>Payday &lt;script&gt;alert\(3\)&lt;\/script&gt;<\/text>/);
    expect(hostile.read('sam/index.html')).toContain('<title>Overview · Sam&#39;s &lt;i onmouseover=alert(4)&gt;plan&lt;/i&gt;</title>');
  }, 60_000);
});

describe('check-ins by month', () => {
  it('gives each month its own page, days oldest first in sections #YYYY-MM-DD, the months linked to each other and listed newest first', async () => {
    const two = await buildFixtureSite({ ...SAM_WEEK, 'checkins/2026-10-30.md': '---\nmood: 5\n---\nThe last of October.\n' });
    expect(two.files.filter((file) => file.startsWith('sam/checkins/'))).toEqual(['sam/checkins/2026-10.html', 'sam/checkins/2026-11.html', 'sam/checkins/index.html']);
    const october = two.read('sam/checkins/2026-10.html');
    expect(october).toContain('<h1>October 2026</h1>');
    expect(october).toContain('<title>October 2026 · Check-ins · Sam&#39;s plan</title>');
    expect([...october.matchAll(/<section class="day" id="([\d-]+)"/g)].map((m) => m[1])).toEqual(['2026-10-30']);
    expect(october).toContain('<a href="index.html">All check-ins</a>');
    expect(october).toContain('<a href="2026-11.html" rel="next">Later: November 2026</a>');
    expect(october).not.toContain('rel="prev"');
    const november = two.read('sam/checkins/2026-11.html');
    expect([...november.matchAll(/<section class="day" id="([\d-]+)" aria-labelledby="([\d-]+)-heading">/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['2026-11-20 2026-11-20', '2026-11-22 2026-11-22', '2026-11-23 2026-11-23']);
    expect(november).toContain('<a href="2026-10.html" rel="prev">Earlier: October 2026</a>');
    expect(november).toContain('<p class="muted">3 check-ins this month.</p>');
    const list = two.read('sam/checkins/index.html');
    expect([...list.matchAll(/<th scope="row"><a href="([\d-]+\.html)">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['2026-11.html November 2026', '2026-10.html October 2026']);
  }, 60_000);
});
