// Headless Debian Chromium for the browser tests, and the rule for when they are skipped.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Browser tests run when Chromium is installed; with WAYMARK_REQUIRE_BROWSER=1 (as in CI) they run, and fail without it. */
export const BROWSER_TESTS = existsSync(CHROMIUM) || process.env.WAYMARK_REQUIRE_BROWSER === '1';

export function warnIfSkipped(suite: string): void {
  if (!BROWSER_TESTS) console.warn(`${suite}: browser tests SKIPPED: ${CHROMIUM} is missing (apt-get install chromium; WAYMARK_REQUIRE_BROWSER=1 makes this a failure)`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
