// "How my plan changed" in a real browser, built from a real repository: the page, a goal's changes and the dashboard's line pass axe-core in light and dark.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waymark } from '../cli/run-cli.js';
import { GIT_ENV } from '../history/git-repository.js';
import { samRepository, TODAY } from '../history/sam-history.js';
import { axeViolations } from './axe.js';
import { BROWSER_TESTS, useChromium, warnIfSkipped } from './chromium.js';
import { openPage } from './site-pages.js';

warnIfSkipped('test/browser/history.test.ts');

describe.skipIf(!BROWSER_TESTS)('the history page in a browser', () => {
  const browser = useChromium();
  const sam = samRepository();
  const site = join(sam.root, 'site');

  beforeAll(() => {
    const run = waymark(['build', '--out', 'site', '--today', TODAY], { cwd: sam.root, env: GIT_ENV });
    if (run.code !== 0) throw new Error(run.stderr);
  }, 120_000);
  afterAll(() => rmSync(sam.root, { recursive: true, force: true }));

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the versions, a goal's changes and the dashboard's line with no axe-core violation (${scheme})`, async () => {
      const context = await browser().newContext({ colorScheme: scheme });
      try {
        for (const path of ['samantha/history.html', 'samantha/goals/meetings.html', 'samantha/index.html']) {
          const page = await openPage(context, site, path);
          expect(await axeViolations(page), `${path} (${scheme})`).toEqual([]);
          await page.close();
        }
        const history = await openPage(context, site, 'samantha/history.html');
        expect(await history.locator('ol.timeline > li').count()).toBe(5);
        expect(await history.locator('ol.timeline > li').first().locator('table').innerText()).toContain('28 days before');
      } finally {
        await context.close();
      }
    });
  }

  it('fits a 320 px phone: no sideways scrolling, and every link in the page at least 44 by 44 px', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    try {
      for (const path of ['samantha/history.html', 'samantha/goals/meetings.html', 'samantha/index.html']) {
        const page = await openPage(context, site, path);
        const found = await page.evaluate(() => {
          const problems: string[] = [];
          if (document.documentElement.scrollWidth > 320) problems.push(`the page is ${document.documentElement.scrollWidth} px wide`);
          for (const element of document.querySelectorAll<HTMLElement>('main *')) {
            if (getComputedStyle(element).overflowX === 'auto' && element.scrollWidth > element.clientWidth + 1) problems.push(`${element.className} scrolls sideways`);
          }
          for (const link of document.querySelectorAll<HTMLElement>('main a[href]')) {
            const box = link.getBoundingClientRect();
            if (box.width < 43.5 || box.height < 43.5) problems.push(`"${link.textContent?.trim().slice(0, 30)}" is ${Math.round(box.width)}×${Math.round(box.height)}`);
          }
          return problems;
        });
        expect(found, path).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});
