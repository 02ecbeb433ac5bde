// The built site in a real browser, opened from file://: nothing requested from elsewhere, no console error, no axe-core violation, tel: links, one printed sheet.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePlans } from '../../src/site/analyse-plans.js';
import { buildSite } from '../../src/site/build-site.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { buildFixtureSite, SAM_WEEK } from '../site/built-site.js';
import { BROWSER_TESTS, CHROMIUM, launchChromium, warnIfSkipped } from './chromium.js';

const EXAMPLE_PLANS = join(import.meta.dirname, '../../plans');
const AXE = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

warnIfSkipped('test/browser/site.test.ts');

/** One page of each kind in a plan (the root page of a one-plan site only leads on to the plan, see below). */
function kinds(slug: string, checkin: string, goal: string): string[] {
  return [`${slug}/index.html`, `${slug}/goals/index.html`, `${slug}/goals/${goal}.html`, `${slug}/checkins/index.html`, `${slug}/checkins/${checkin}.html`, `${slug}/triggers.html`, `${slug}/people.html`, `${slug}/reviews.html`, `${slug}/assessment.html`, `${slug}/crisis.html`];
}

interface Visit {
  outside: string[];
  errors: string[];
}

/** Opens `path` of the site at `root` and notes every request outside it and every console error. */
async function visit(context: BrowserContext, root: string, path: string): Promise<{ page: Page; visit: Visit }> {
  const page = await context.newPage();
  const seen: Visit = { outside: [], errors: [] };
  const inside = pathToFileURL(root).href + '/';
  page.on('request', (request) => {
    if (!request.url().startsWith(inside)) seen.outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('requestfailed', (request) => seen.errors.push(`failed: ${request.url()}`));
  await page.goto(`${inside}${path}`, { waitUntil: 'load' });
  return { page, visit: seen };
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's violations on the page; evaluated through the DevTools protocol, which the page's CSP does not govern. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe.skipIf(!BROWSER_TESTS)('the site in a browser', () => {
  let browser: Browser;
  const sites: { name: string; root: string; pages: string[] }[] = [];
  let onePlanRoot = '';

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `WAYMARK_REQUIRE_BROWSER=1 but there is no ${CHROMIUM}`).toBe(true);
    browser = await launchChromium();
    const fixture = await buildFixtureSite();
    onePlanRoot = fixture.out;
    sites.push({ name: 'fixture', root: fixture.out, pages: kinds('sam', '2026-11-22', 'meetings') });
    const twoPlans = await buildFixtureSite({ ...SAM_WEEK, '../lee/plan.md': "---\ntitle: Lee's plan\nstarted: 2026-10-01\n---\n" });
    sites.push({ name: 'two plans', root: twoPlans.out, pages: ['index.html', 'lee/index.html', 'lee/crisis.html'] });
    if (existsSync(join(EXAMPLE_PLANS, 'example/plan.md'))) {
      const checked = checkPlans(EXAMPLE_PLANS, '2026-11-24');
      if (!checked.ok) throw new Error(checked.message);
      const out = join(fixture.out, '..', 'example-site');
      const built = await buildSite(analysePlans(checked.plans), out);
      if (!built.ok) throw new Error(built.message);
      sites.push({ name: 'example', root: out, pages: kinds('example', '2026-10-17', 'walking') });
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows every kind of page (${scheme}) with no request outside the site, no console error and no axe-core violation`, async () => {
      for (const site of sites) {
        const context = await browser.newContext({ colorScheme: scheme });
        for (const path of site.pages) {
          const { page, visit: seen } = await visit(context, site.root, path);
          expect(seen.outside, `${site.name} ${path}`).toEqual([]);
          expect(seen.errors, `${site.name} ${path}`).toEqual([]);
          expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), `${site.name} ${path}: the stylesheet applies`).toContain('system-ui');
          expect(await axeViolations(page), `${site.name} ${path} (${scheme})`).toEqual([]);
          await page.close();
        }
        await context.close();
      }
    }, 180_000);
  }

  it('fits a phone: no page is wider than a 390px screen', async () => {
    for (const site of sites) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      for (const path of site.pages) {
        const { page } = await visit(context, site.root, path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${site.name} ${path}`).toBeLessThanOrEqual(390);
        await page.close();
      }
      await context.close();
    }
  }, 120_000);

  it('leads from the root page straight to the only plan', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(onePlanRoot, 'index.html')).href);
    await page.waitForURL(/\/sam\/index\.html$/);
    expect(await page.title()).toBe("Overview · Sam's plan");
    await context.close();
  }, 30_000);

  it('puts the emergency numbers on the crisis page as tel: links, and prints it on one sheet', async () => {
    for (const site of sites.filter((entry) => entry.name !== 'two plans')) {
      const context = await browser.newContext();
      const { page } = await visit(context, site.root, site.pages.at(-1)!);
      const tel = await page.$$eval('a[href^="tel:"]', (links) => links.map((link) => link.getAttribute('href')));
      expect(tel, site.name).toContain(site.name === 'fixture' ? 'tel:999' : 'tel:112');
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = (await page.pdf({ format })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${site.name} crisis plan printed on ${format}`).toHaveLength(1);
      }
      await context.close();
    }
  }, 60_000);
});
