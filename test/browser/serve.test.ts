// `waymark serve` in a real browser: an open page reloads itself after a save, shows errors above the last good page, with no console error.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { startServe } from '../cli/serve-process.js';
import { BROWSER_TESTS, connectChromium, warnIfSkipped } from './chromium.js';
import { freePort } from '../free-port.js';

warnIfSkipped('test/browser/serve.test.ts');

describe.skipIf(!BROWSER_TESTS)('waymark serve in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reloads the open check-in page when its file is saved', { timeout: 60_000 }, async () => {
    const fixture = planFixture();
    const served = await startServe(['--port', String(await freePort()), '--today', '2026-11-24'], dirname(fixture.plans));
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      const outside: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(served.url)) outside.push(request.url());
      });
      await page.goto(`${served.url}sam/checkins/2026-11.html`);
      expect(await page.locator('main').textContent()).toContain('A good day.');
      // Give the page's reload script time to connect before saving.
      await page.waitForTimeout(500);
      const file = join(fixture.plan, 'checkins/2026-11-20.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('A good day.', 'A day by the sea.'));
      await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('A day by the sea.'), undefined, { timeout: 15_000 });
      expect(problems).toEqual([]);

      // A save with an error: the page shows it above the last good version, and clears once it is fixed.
      writeFileSync(file, '---\nmood: 9\n---\nA day by the sea.\n');
      await page.waitForSelector('[role="alert"]', { timeout: 15_000 });
      expect(await page.locator('[role="alert"]').textContent()).toContain('mood is 9, but it must be a whole number from 1 to 5');
      writeFileSync(file, '---\nmood: 4\n---\nA calm evening.\n');
      await page.waitForFunction(() => !document.querySelector('[role="alert"]') && document.querySelector('main')?.textContent?.includes('A calm evening.'), undefined, { timeout: 15_000 });
      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await served.stop();
    }
  });
});
