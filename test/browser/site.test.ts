// The built site in a real browser, opened from file://: every kind of page with nothing requested from elsewhere, no console error and no axe-core violation in light and dark; tel: links.

import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.js';
import { BROWSER_TESTS, useChromium, warnIfSkipped } from './chromium.js';
import { sitesUnderTest } from './site-pages.js';

warnIfSkipped('test/browser/site.test.ts');

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

describe.skipIf(!BROWSER_TESTS)('the site in a browser', () => {
  const browser = useChromium();
  const sites = sitesUnderTest();

  it('finds one page of every kind in each site', () => {
    const fixture = sites.find((site) => site.name === 'fixture')!;
    expect(fixture.pages.map((page) => page.kind)).toEqual(
      expect.arrayContaining([
        'page-dashboard index.html',
        'page-goals goals/index.html',
        'page-goals goals/*',
        'page-checkins checkins/index.html',
        'page-checkins checkins/9999-99.html',
        'page-triggers triggers.html',
        'page-people people.html',
        'page-reviews reviews.html',
        'page-history history.html',
        'page-assessment assessment.html',
        'page-crisis crisis.html',
      ]),
    );
    expect(sites.find((site) => site.name === 'two plans')!.pages.map((page) => page.path)).toContain('index.html');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows every kind of page (${scheme}) with no request outside the site, no console error and no axe-core violation`, async () => {
      for (const site of sites) {
        const context = await browser().newContext({ colorScheme: scheme });
        for (const { path } of site.pages) {
          const { page, visit: seen } = await visit(context, site.root, path);
          expect(seen.outside, `${site.name} ${path}`).toEqual([]);
          expect(seen.errors, `${site.name} ${path}`).toEqual([]);
          expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), `${site.name} ${path}: the stylesheet applies`).toContain('system-ui');
          expect(await axeViolations(page), `${site.name} ${path} (${scheme})`).toEqual([]);
          await page.close();
        }
        await context.close();
      }
    }, 600_000);
  }

  it('leads from the root page straight to the only plan', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(`${inject('sites').fixture}/index.html`).href);
    await page.waitForURL(/\/sam\/index\.html$/);
    expect(await page.title()).toBe("Overview · Sam's plan");
    await context.close();
  });

  it('puts the emergency numbers on the crisis page as tel: links', async () => {
    const expected: Record<string, string[]> = { fixture: ['tel:999'], 'two plans': ['tel:000', 'tel:131114', 'tel:1800858858', 'tel:+61400000000'], example: ['tel:112'] };
    for (const site of sites) {
      const crisis = site.pages.find((page) => page.kind.startsWith('page-crisis'))!;
      const context = await browser().newContext();
      const { page } = await visit(context, site.root, crisis.path);
      const tel = await page.$$eval('a[href^="tel:"]', (links) => links.map((link) => link.getAttribute('href')));
      expect(tel, site.name).toEqual(expect.arrayContaining(expected[site.name]!));
      await context.close();
    }
  });
});
