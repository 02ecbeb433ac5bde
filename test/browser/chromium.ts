// Headless Debian Chromium for the browser tests: one browser for every test file (started by global-setup.ts), and the rule for when they are skipped.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Browser tests run when Chromium is installed; with WAYMARK_REQUIRE_BROWSER=1 (as in CI) they must run, and the run fails without it. */
export const BROWSER_TESTS = existsSync(CHROMIUM) || process.env.WAYMARK_REQUIRE_BROWSER === '1';

export function warnIfSkipped(suite: string): void {
  if (!BROWSER_TESTS) console.warn(`${suite}: browser tests SKIPPED: ${CHROMIUM} is missing (apt-get install chromium; WAYMARK_REQUIRE_BROWSER=1 makes this a failure)`);
}

/** The Chromium that global-setup.ts started, shared by every browser test file; close() only disconnects this file from it. */
export function connectChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (!endpoint) throw new Error(`no shared Chromium: ${CHROMIUM} is missing`);
  return chromium.connect(endpoint);
}

/** For a describe block: connects to the shared Chromium before its tests and lets go after; call the result for the browser. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the shared Chromium is not connected yet');
    return browser;
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket address, or '' when there is none. */
    chromiumEndpoint: string;
    /** Sites built once for every browser test file (read only: a test that changes one copies it first). */
    sites: SharedSites;
  }
}

export interface SharedSites {
  /** The base fixture plan (`sam`) with its week of check-ins (test/site/built-site.ts, SAM_WEEK). */
  fixture: string;
  /** Two plans, so the root page lists them. */
  twoPlans: string;
  /** The example plan in plans/, built as of 2026-11-24, or '' when a clone has no example. */
  example: string;
}
