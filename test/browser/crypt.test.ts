// The encrypted site in Chromium, from file:// and over http://127.0.0.1: unlock, move between pages, wrong passphrase, Lock, Leave quickly, the public crisis page.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encryptSite, type EncryptedSite } from '../../src/crypt/encrypt-site.js';
import { MESSAGES } from '../../src/crypt/unlock-script.js';
import { CRISIS_CONTENT, NOT_CRISIS, PASSPHRASE, SECRETS, writePlanSite, withoutCiphertext } from '../crypt/plan-site.js';
import { axeViolations } from './axe.js';
import { BROWSER_TESTS, connectChromium, warnIfSkipped } from './chromium.js';

const LEAVE_TO = 'https://www.example.org/';

warnIfSkipped('test/browser/crypt.test.ts');

/** A static server for the site folder, as any host would be. */
function serve(root: string): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

async function watch(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = { page, requests: [], errors: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  // "Leave quickly" goes to a real site; answer for it here so the tests need no network.
  await page.route(`${LEAVE_TO}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Example Domain</title><p>Example Domain</p>' }));
  return watched;
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.fill('#waymark-passphrase', passphrase);
  await page.click('#waymark-unlock button');
}

async function storedItems(page: Page): Promise<number> {
  return page.evaluate(() => sessionStorage.length);
}

describe.skipIf(!BROWSER_TESTS)('the encrypted site in a browser', () => {
  let browser: Browser;
  let server: Server;
  let root: string;
  let encrypted: EncryptedSite;
  const origins: { name: string; base: string }[] = [];

  beforeAll(async () => {
    browser = await connectChromium();
    root = writePlanSite();
    encrypted = await encryptSite(root, PASSPHRASE, { publicCrisis: 'rowan-q/crisis.html' });
    server = await serve(root);
    origins.push({ name: 'file://', base: `${pathToFileURL(root).href}/` });
    origins.push({ name: 'http://127.0.0.1', base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  const each = (title: string, test: (origin: { name: string; base: string }) => Promise<void>) => {
    for (const name of ['file://', 'http://127.0.0.1']) {
      it(`${title} (${name})`, async () => {
        const origin = origins.find((entry) => entry.name === name);
        if (!origin) throw new Error(`no ${name}`);
        await test(origin);
      }, 60_000);
    }
  };

  each('unlocks with the passphrase, then opens a second page without asking again, asking nothing of anywhere else', async ({ name, base }) => {
    const context = await browser.newContext();
    const { page, requests, errors } = await watch(context);
    await page.goto(`${base}index.html`);
    expect(await page.title()).toBe('Private notes');
    await page.fill('#waymark-passphrase', PASSPHRASE);
    const started = performance.now();
    await page.click('#waymark-unlock button');
    await page.locator('#overview-heading').waitFor({ state: 'visible' });
    console.log(`unlock in Chromium from ${name}: ${Math.round(performance.now() - started)} ms from pressing Open to the plan on screen (PBKDF2 ${encrypted.iterations.toLocaleString('en')} rounds)`);
    expect(page.url()).toMatch(/\/p\/[0-9a-f]{32}\.html$/);
    expect(await page.title()).toBe('Private notes');
    expect(await page.locator('.waymark-privacy button', { hasText: 'Lock' }).isVisible()).toBe(true);
    expect(await page.locator('.waymark-privacy a', { hasText: 'Leave quickly' }).isVisible()).toBe(true);
    expect(await storedItems(page)).toBe(2);

    await page.click('nav >> text=Goals');
    await page.locator('h1', { hasText: 'Goals' }).waitFor();
    expect(await page.locator('#waymark-passphrase').count()).toBe(0);
    await page.click('text=Pottery class on Thursdays');
    await page.locator('h1', { hasText: 'Pottery class on Thursdays' }).waitFor();

    expect(requests.filter((url) => !url.startsWith(base))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  each('shows a plain message for a wrong passphrase and nothing of the plan', async ({ base }) => {
    const context = await browser.newContext();
    const { page, errors } = await watch(context);
    await page.goto(`${base}index.html`);
    await unlock(page, 'not the right passphrase');
    await page.locator('#waymark-message', { hasText: MESSAGES.wrong }).waitFor();
    const text = withoutCiphertext(await page.content()).toLowerCase();
    for (const secret of SECRETS) expect(text.includes(secret.toLowerCase()), secret).toBe(false);
    expect(await storedItems(page)).toBe(0);
    expect(await page.locator('#waymark-passphrase').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  each('locks: Lock clears sessionStorage and returns to the unlock page, which asks again', async ({ base }) => {
    const context = await browser.newContext();
    const { page } = await watch(context);
    await page.goto(`${base}index.html`);
    await unlock(page, PASSPHRASE);
    await page.locator('#overview-heading').waitFor();
    await page.click('nav >> text=Goals');
    await page.locator('h1', { hasText: 'Goals' }).waitFor();
    await page.click('text=Lock');
    await page.waitForURL(`${base}index.html`);
    await page.locator('#waymark-passphrase').waitFor({ state: 'visible' });
    expect(await storedItems(page)).toBe(0);
    expect(await page.content()).not.toContain('Rowan');
    await page.goBack();
    expect(page.url()).toMatch(/\/p\/[0-9a-f]{32}\.html$/);
    await page.locator('#waymark-passphrase').waitFor({ state: 'visible' });
    expect(await page.content()).not.toContain('Rowan');
    await context.close();
  });

  for (const how of ['button', 'Escape twice'] as const) {
    each(`leaves quickly (${how}): the key is gone, the page is replaced, and Back does not show the plan`, async ({ base }) => {
      const context = await browser.newContext();
      const { page } = await watch(context);
      await page.goto(`${base}index.html`);
      await unlock(page, PASSPHRASE);
      await page.locator('#overview-heading').waitFor();
      await page.click('nav >> text=People');
      await page.locator('h1', { hasText: 'People' }).waitFor();
      if (how === 'button') {
        await page.click('text=Leave quickly');
      } else {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(100);
        expect(page.url()).toContain(base);
        await page.keyboard.press('Escape');
      }
      await page.waitForURL(LEAVE_TO);
      expect(await page.title()).toBe('Example Domain');
      await page.goBack();
      await page.waitForLoadState('load');
      expect(page.url()).toMatch(/\/p\/[0-9a-f]{32}\.html$/);
      await page.locator('#waymark-passphrase').waitFor({ state: 'visible' });
      expect(await page.content()).not.toContain('Rowan');
      expect(await storedItems(page)).toBe(0);
      await context.close();
    });
  }

  each('moves to a part of another page without putting its id in the address bar', async ({ base }) => {
    const context = await browser.newContext();
    const { page } = await watch(context);
    await page.goto(`${base}index.html`);
    await unlock(page, PASSPHRASE);
    await page.locator('#overview-heading').waitFor();
    await page.click('main >> text=Uncle Bartholomew');
    await page.locator('h1', { hasText: 'People' }).waitFor();
    expect(page.url()).toMatch(/\/p\/[0-9a-f]{32}\.html$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('uncle-bartholomew');
    await context.close();
  });

  each('publishes the crisis plan in the clear, linked from the unlock page, with nothing else of the plan', async ({ base }) => {
    const context = await browser.newContext();
    const { page, requests, errors } = await watch(context);
    await page.goto(`${base}index.html`);
    await page.click('text=Crisis plan');
    await page.waitForURL(`${base}crisis.html`);
    expect(await page.title()).toBe('Crisis plan');
    const text = await page.locator('body').innerText();
    for (const content of CRISIS_CONTENT) expect(text).toContain(content);
    for (const secret of NOT_CRISIS) expect(text.toLowerCase().includes(secret.toLowerCase()), secret).toBe(false);
    await page.click('text=my goals');
    await page.waitForURL(`${base}index.html`);
    await page.goto(`${base}crisis.html`);
    await page.click('text=Leave quickly');
    await page.waitForURL(LEAVE_TO);
    expect(requests.filter((url) => !url.startsWith(base) && !url.startsWith(LEAVE_TO))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a page was changed after it was sealed', async () => {
    const copy = join(root, '..', 'tampered');
    cpSync(root, copy, { recursive: true });
    const path = encrypted.files.find((file) => file.startsWith('p/'));
    if (!path) throw new Error('no sealed page');
    const html = readFileSync(join(copy, path), 'utf8');
    writeFileSync(join(copy, path), html.replace(/("data":")(.)/, (_all, lead: string, first: string) => `${lead}${first === 'A' ? 'B' : 'A'}`));
    const context = await browser.newContext();
    const { page } = await watch(context);
    await page.goto(pathToFileURL(join(copy, path)).href);
    await unlock(page, PASSPHRASE);
    await page.locator('#waymark-message', { hasText: MESSAGES.damaged }).waitFor();
    expect(await page.content()).not.toContain('Rowan');
    await context.close();
  }, 60_000);

  it('says plainly that it cannot open over plain http:// from another host, where browsers withhold Web Crypto', async () => {
    // The site's own files, answered for another host name: the browser treats http://notes.test as any other insecure origin.
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.route('http://notes.test/**', (route) => route.fetch({ url: route.request().url().replace('http://notes.test/', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`) }).then((response) => route.fulfill({ response })));
      await page.goto('http://notes.test/index.html');
      await page.locator('#waymark-message', { hasText: MESSAGES.insecure }).waitFor();
      expect(await page.evaluate(() => globalThis.isSecureContext)).toBe(false);
      expect(await page.locator('#waymark-passphrase').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  }, 60_000);

  /** The shared fixture site, copied and sealed once for the tests below. */
  let sealed: Promise<{ out: string }> | undefined;
  const sealedFixture = () =>
    (sealed ??= (async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'waymark-sealed-')), 'site');
      cpSync(inject('sites').fixture, out, { recursive: true });
      await encryptSite(out, PASSPHRASE, { publicCrisis: 'sam/crisis.html' });
      return { out };
    })());

  it('keeps the real site readable and accessible once unlocked (axe-core, light and dark)', async () => {
    const site = await sealedFixture();
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const { page, requests, errors } = await watch(context);
      const base = `${pathToFileURL(site.out).href}/`;
      await page.goto(`${base}index.html`);
      await page.locator('#waymark-passphrase').waitFor({ state: 'visible' });
      expect(await axeViolations(page), `unlock page (${colorScheme})`).toEqual([]);
      await unlock(page, PASSPHRASE);
      await page.waitForURL(/\/p\/[0-9a-f]{32}\.html$/);
      await page.locator('.waymark-privacy').waitFor();
      await page.locator('main h1').waitFor();
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), 'the site stylesheet applies').toContain('system-ui');
      expect(await axeViolations(page), `dashboard (${colorScheme})`).toEqual([]);
      await page.goto(`${base}crisis.html`);
      expect(await axeViolations(page), `public crisis page (${colorScheme})`).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(base))).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 120_000);

  for (const width of [390, 320]) {
    it(`keeps Crisis plan, Lock and Leave quickly in one bar at the top of an opened page at every scroll position (${width} px)`, async () => {
      const site = await sealedFixture();
      const context = await browser.newContext({ viewport: { width, height: 640 }, isMobile: true, hasTouch: true });
      const { page } = await watch(context);
      const base = `${pathToFileURL(site.out).href}/`;
      await page.goto(`${base}index.html`);
      await unlock(page, PASSPHRASE);
      await page.locator('body > header .waymark-privacy').waitFor();
      await page.goto(page.url());
      await page.locator('body > header .waymark-privacy').waitFor();
      await page.evaluate(() => scrollTo(0, document.scrollingElement!.scrollHeight));
      const controls = await page.evaluate((width) => {
        const header = document.querySelector('body > header')!;
        const bar = header.getBoundingClientRect();
        return {
          scrolled: scrollY > 0,
          sideways: document.scrollingElement!.scrollWidth > width || innerWidth > width,
          barHeight: Math.round(bar.height),
          shown: [...header.querySelectorAll<HTMLElement>('a, button')]
            .filter((element) => element.checkVisibility())
            .map((element) => {
              const box = element.getBoundingClientRect();
              const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              return `${element.textContent}: ${box.width >= 44 && box.height >= 44 ? '44+' : `${Math.round(box.width)}×${Math.round(box.height)}`}, ${box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= width && hit && element.contains(hit) ? 'in reach' : 'out of reach'}, ${box.top - bar.top < 20 ? 'first row' : 'second row'}`;
            }),
        };
      }, width);
      expect(controls.sideways).toBe(false);
      expect(controls.barHeight).toBeLessThanOrEqual(64);
      expect(controls.shown.slice(-3)).toEqual(['Crisis plan: 44+, in reach, first row', 'Lock: 44+, in reach, first row', 'Leave quickly: 44+, in reach, first row']);
      // The bar does not hold on to focus: Tab goes on from Leave quickly into the navigation.
      await page.getByText('Leave quickly').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Sections of the plan');
      await page.goto(`${base}crisis.html`);
      await page.evaluate(() => scrollTo(0, document.scrollingElement!.scrollHeight));
      const leave = page.getByText('Leave quickly');
      const box = (await leave.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.height).toBeGreaterThanOrEqual(44);
      await context.close();
    }, 60_000);
  }

  it('shows a focus ring at least 3:1 against the unlock page, in light and dark', async () => {
    const site = await sealedFixture();
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const { page } = await watch(context);
      await page.goto(`${pathToFileURL(site.out).href}/index.html`);
      await page.locator('#waymark-passphrase').waitFor({ state: 'visible' });
      const rings: string[] = [];
      for (const target of ['#waymark-passphrase', '#waymark-unlock button']) {
        await page.locator(target).focus();
        if (target.endsWith('button')) {
          await page.locator('#waymark-passphrase').focus();
          await page.keyboard.press('Tab');
        }
        rings.push(
          await page.evaluate(() => {
            const luminance = (colour: string) => {
              const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
              return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
            };
            const focused = document.activeElement!;
            const style = getComputedStyle(focused);
            const [x, y] = [luminance(style.outlineColor), luminance(getComputedStyle(document.body).backgroundColor)].sort((p, q) => q - p);
            return `${focused.tagName.toLowerCase()} ${style.outlineStyle} ${style.outlineWidth} ${(x! + 0.05) / (y! + 0.05) >= 3 ? 'at least 3:1' : `${((x! + 0.05) / (y! + 0.05)).toFixed(2)}:1`}`;
          }),
        );
      }
      expect(rings, colorScheme).toEqual(['input solid 3px at least 3:1', 'button solid 3px at least 3:1']);
      await context.close();
    }
  }, 60_000);
});
