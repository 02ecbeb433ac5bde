// Questionnaires on the site in Chromium: the reviews page's charts and the dashboard's safety check pass axe-core in light and dark, with no console error.

import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, type BuiltSite } from '../site/built-site.js';
import { axeViolations } from './axe.js';
import { BROWSER_TESTS, useChromium, warnIfSkipped } from './chromium.js';

warnIfSkipped('test/browser/measures.test.ts');

let site: BuiltSite;

beforeAll(async () => {
  site = await buildFixtureSite({
    'reviews/2026-10-20.md': '---\nmeasures:\n  phq9: [2, 2, 1, 2, 1, 1, 1, 1, 0]\n  gad7: [2, 2, 2, 1, 1, 1, 1]\nrecovery_capital: 38\n---\n',
    'reviews/2026-11-19.md': '---\nmeasures:\n  phq9: [1, 1, 1, 1, 0, 1, 0, 0, 1]\n  barc10: [5, 5, 4, 4, 5, 5, 5, 5, 5, 5]\n---\n',
  });
}, 60_000);

describe.skipIf(!BROWSER_TESTS)('questionnaires on the site', () => {
  const browser = useChromium();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the reviews page and the dashboard pass axe-core (${colorScheme}), with no console error`, async () => {
      const context = await browser().newContext({ colorScheme });
      // Light mode audits both pages; dark mode the charts, which carry the colours that change.
      for (const path of colorScheme === 'light' ? ['sam/reviews.html', 'sam/index.html'] : ['sam/reviews.html']) {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
        });
        await page.goto(pathToFileURL(`${site.out}/${path}`).href);
        expect(errors, path).toEqual([]);
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
        await page.close();
      }
      const dashboard = await context.newPage();
      await dashboard.goto(pathToFileURL(`${site.out}/sam/index.html`).href);
      // The safety check is the first thing in the page's main content after the date.
      expect(await dashboard.locator('main section').first().getAttribute('class')).toBe('notice safety-check');
      await context.close();
    });
  }
});
