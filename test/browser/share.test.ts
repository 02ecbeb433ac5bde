// A shared summary in real Chromium, opened from disk: nothing requested but the file itself, two A4 sheets at most with its footer,
// and the sealed file opened with its passphrase in the file itself, refused with another.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARE_SECTIONS } from '../../src/schema/share-sections.js';
import type { Plan } from '../../src/schema/model.js';
import { sealShare, SHARE_MESSAGES } from '../../src/share/seal-share.js';
import { shareHtml } from '../../src/share/share-html.js';
import { shareSummary } from '../../src/share/share-summary.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { NEVER, sharePlan, TODAY } from '../share/share-plan.js';
import { axeViolations } from './axe.js';
import { BROWSER_TESTS, useChromium, warnIfSkipped } from './chromium.js';
import { printedSheets } from './pdf-text.js';

warnIfSkipped('test/browser/share.test.ts');

const PASSPHRASE = 'harbour lantern moss 7';
const RANGE = { from: '2026-08-27', to: TODAY };

function planIn(plans: string, slug: string): Plan {
  const checked = checkPlans(plans, TODAY);
  if (!checked.ok) throw new Error(checked.message);
  return checked.plans.find((found) => found.slug === slug)!.plan!;
}

/** Every section for `supportId`, written alone in a folder of its own. */
function writeAlone(html: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'waymark-share-')), 'summary.html');
  writeFileSync(file, html);
  return file;
}

function everySection(plan: Plan, supportId: string): string {
  const support = { ...plan.fields.supports.find((found) => found.id === supportId)!, shares: [...SHARE_SECTIONS] };
  return shareHtml(shareSummary(plan, support, RANGE, TODAY));
}

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(context: BrowserContext, file: string): Promise<Opened> {
  const page = await context.newPage();
  const opened: Opened = { page, requests: [], errors: [] };
  page.on('request', (request) => opened.requests.push(request.url()));
  // Anything bound for the network is intercepted and refused, so even a request the listener missed would fail the page.
  await page.route(/^(?!file:)/, (route) => {
    opened.requests.push(`intercepted: ${route.request().url()}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return opened;
}

let fixtureFile: string;
let exampleFile: string;
let sealedFile: string;

beforeAll(async () => {
  const fixture = everySection(planIn(sharePlan(null).plans, 'sam'), 'jo');
  fixtureFile = writeAlone(fixture);
  // The example plan has the most to print: every goal, trigger, strategy and step of the crisis plan.
  exampleFile = writeAlone(everySection(planIn(join(import.meta.dirname, '../../plans'), 'example'), 'niamh'));
  sealedFile = writeAlone(await sealShare(fixture, PASSPHRASE));
}, 60_000);

describe.skipIf(!BROWSER_TESTS)('a shared summary in Chromium', () => {
  const browser = useChromium();

  it('opens from disk alone, requesting nothing but itself, with no error (its inline style allowed by its CSP)', async () => {
    const context = await browser().newContext();
    for (const file of [fixtureFile, exampleFile]) {
      const { page, requests, errors } = await open(context, file);
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(errors).toEqual([]);
      expect(await page.locator('h1').textContent()).toMatch(/^A summary for /);
      // The inline stylesheet applied: the body is held to its reading width.
      expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('832px');
    }
    const { page } = await open(context, fixtureFile);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('prints on at most two A4 sheets, the footer on the last', async () => {
    const context = await browser().newContext();
    for (const file of [fixtureFile, exampleFile]) {
      const { page } = await open(context, file);
      const sheets = await printedSheets(await page.pdf({ format: 'A4' }));
      expect(sheets.length, file).toBeLessThanOrEqual(2);
      const last = sheets.at(-1)!.lines.join(' ');
      expect(last).toContain('Not a clinical record.');
      expect(last).toMatch(/Self-reported by (Sam|Alex), from their own check-ins and reviews, for 27 August 2026 to 24 November 2026; made on 24 November 2026\./);
    }
    await context.close();
  });

  it('the sealed file shows only a neutral form, opens with its passphrase in the file itself, and is refused with another', async () => {
    const context = await browser().newContext();
    const { page, requests, errors } = await open(context, sealedFile);
    expect(await page.title()).toBe('Private notes');
    await page.fill('#passphrase', 'harbour lantern moss 8');
    await page.click('button[type="submit"]');
    await expect.poll(() => page.locator('#message').textContent(), { timeout: 30_000 }).toBe(SHARE_MESSAGES.wrong);
    expect(await page.content()).not.toContain('A summary for Jo');
    await page.fill('#passphrase', PASSPHRASE);
    await page.click('button[type="submit"]');
    await page.locator('h1', { hasText: 'A summary for Jo' }).waitFor({ timeout: 30_000 });
    const text = await page.locator('body').innerText();
    expect(text).toContain('Payday');
    expect(text).toContain('Not a clinical record.');
    for (const word of NEVER) expect(text, word).not.toContain(word);
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('832px');
    expect(requests).toEqual([pathToFileURL(sealedFile).href]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
