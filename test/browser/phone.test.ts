// Every kind of page on a phone (390 and 320 px wide): nothing scrolls sideways, the crisis plan is in reach at every scroll position,
// every control and link is at least 44 by 44 px, phone numbers stay on one line, and the bar at the top hides nothing that takes focus.

import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { BROWSER_TESTS, useChromium, warnIfSkipped } from './chromium.js';
import { openPage, sitesUnderTest } from './site-pages.js';

warnIfSkipped('test/browser/phone.test.ts');

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
] as const;

/** WCAG 2.5.5's size for a target (44 by 44 CSS px). */
const TAP = 44;

/** Opens every <details>, so the figures behind the charts have to fit too. */
async function openDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}

/**
 * The page wider than the phone's screen, and elements wider than their box where their box scrolls (a table in a scroll box would
 * hide what a person needs to see). Measured against the screen's width, not innerWidth, which a phone widens to fit a page too wide.
 */
async function sidewaysScrolling(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const found: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > width || innerWidth > width) found.push(`the page is ${root.scrollWidth} px wide`);
    for (const element of document.querySelectorAll('body *')) {
      const overflow = getComputedStyle(element).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1) found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth} px in ${element.clientWidth} px`);
    }
    return found;
  }, width);
}

/**
 * Controls and links smaller than 44 by 44 px. Exempt: links inside running text (the person's own Markdown, `.prose`), whose
 * size is set by the line they sit in (WCAG 2.5.5's "inline" exception), and the skip link while it waits off screen (it is 44 px tall when shown).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((tap) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('a[href], button, summary, input:not([type="hidden"]), select, textarea')) {
      if (element.closest('.prose') && !/^(tel|sms):/.test(element.getAttribute('href') ?? '')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || element.closest('[hidden]')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < tap - 0.5 || box.height < tap - 0.5) found.push(`${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return found;
  }, TAP);
}

/** Phone numbers (tel: and sms: links) whose text breaks over more than one line. */
async function brokenNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].flatMap((link) => {
      const range = document.createRange();
      range.selectNodeContents(link);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      return lines.size > 1 ? [`${link.textContent} on ${lines.size} lines`] : [];
    }),
  );
}

/** After scrolling to the very end, the crisis-plan link is on screen and nothing covers it. */
async function crisisInReachAtTheEnd(page: Page): Promise<string> {
  return page.evaluate(() => {
    scrollTo(0, document.scrollingElement!.scrollHeight);
    const link = [...document.querySelectorAll<HTMLAnchorElement>('header a[href]')].find((a) => a.textContent?.trim() === 'Crisis plan');
    if (!link) return 'no Crisis plan link in the header';
    const box = link.getBoundingClientRect();
    if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > document.documentElement.clientWidth) return `the Crisis plan link is off screen (${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)} of ${innerWidth}×${innerHeight})`;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit && link.contains(hit) ? 'in reach' : `the Crisis plan link is covered by ${hit?.tagName}`;
  });
}

/** Focusing each control below the bar from the end of the page (as Shift+Tab does) must bring it into view below the bar, not under it. */
async function hiddenByTheBar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const header = document.querySelector('body > header');
    if (!header || getComputedStyle(header).position !== 'sticky') return [];
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('main a[href], main button, main summary, main input')) {
      scrollTo(0, document.scrollingElement!.scrollHeight);
      element.focus();
      const box = element.getBoundingClientRect();
      const bar = header.getBoundingClientRect();
      if (box.top < bar.bottom - 1) found.push(`${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}" at ${Math.round(box.top)} under the bar's ${Math.round(bar.bottom)}`);
    }
    return found;
  });
}

describe.skipIf(!BROWSER_TESTS)('the site on a phone', () => {
  const browser = useChromium();
  const sites = sitesUnderTest();

  for (const phone of PHONES) {
    it(`fits every kind of page on a ${phone.width} px screen, with the crisis plan in reach, targets of 44 px and numbers on one line`, async () => {
      for (const site of sites) {
        const context = await browser().newContext({ viewport: phone, isMobile: true, hasTouch: true });
        for (const { path, kind } of site.pages) {
          const page = await openPage(context, site.root, path);
          const where = `${site.name} ${path} at ${phone.width} px`;
          await openDetails(page);
          expect(await sidewaysScrolling(page, phone.width), where).toEqual([]);
          expect(await smallTargets(page), where).toEqual([]);
          expect(await brokenNumbers(page), where).toEqual([]);
          if (!kind.startsWith('page-root')) expect(await crisisInReachAtTheEnd(page), where).toBe('in reach');
          expect(await hiddenByTheBar(page), where).toEqual([]);
          await page.close();
        }
        await context.close();
      }
    }, 600_000);
  }

  it('passes axe-core at 390 px on every kind of page whose tables become cards there', async () => {
    let audited = 0;
    for (const site of sites) {
      const context = await browser().newContext({ viewport: PHONES[0] });
      for (const { path } of site.pages) {
        const page = await openPage(context, site.root, path);
        const stacked = await page.$$eval('table', (tables) => tables.some((table) => getComputedStyle(table).display !== 'table'));
        if (stacked) {
          expect(await axeViolations(page), `${site.name} ${path}`).toEqual([]);
          audited++;
        }
        await page.close();
      }
      await context.close();
    }
    expect(audited).toBeGreaterThanOrEqual(2);
  }, 600_000);

  it('keeps each trigger with its figures and what helps, labelled, in one card', async () => {
    const site = sites.find((entry) => entry.name === 'two plans')!;
    const context = await browser().newContext({ viewport: PHONES[1] });
    const page = await openPage(context, site.root, 'lee/triggers.html');
    const card = page.locator('#trigger-sunday-evenings');
    expect(await card.evaluate((row) => getComputedStyle(row).display)).toBe('block');
    expect(await card.locator('th').innerText()).toBe('Sunday evenings on my own after everyone has gone home Situations');
    // Each figure is shown with its column's name before it, side by side.
    const cells = await card.locator('td').evaluateAll((tds) =>
      tds.map((td) => {
        const label = getComputedStyle(td, '::before');
        const value = document.createRange();
        value.selectNodeContents(td);
        let bottom = -Infinity;
        const links = [...td.querySelectorAll('a')].map((link) => {
          const box = link.getBoundingClientRect();
          const under = box.top >= bottom - 0.5;
          bottom = box.bottom;
          return `${link.textContent} (${box.height >= 44 ? '44+' : Math.round(box.height)} px${under ? '' : ', beside another'})`;
        });
        const shown = links.length ? links.join(' / ') : (td as HTMLElement).innerText.trim();
        return `${label.content.replace(/^"|"$/g, '')} | ${shown} | ${value.getBoundingClientRect().left > td.getBoundingClientRect().left + 40 ? 'beside' : 'below'}`;
      }),
    );
    expect(cells).toEqual([
      'Times | 1 | beside',
      'Last 30 days | 1 | beside',
      'Average craving | 7.0 | beside',
      'Days of use | 0% | beside',
      'What helps | Phone a friend from the Thursday night group before it gets late (44+ px) / A long walk by the river before dark (44+ px) | beside',
    ]);
    await context.close();
  });

  it('reaches the crisis plan from the end of the longest page without JavaScript', async () => {
    for (const site of sites) {
      const longest = site.pages.filter((page) => !page.kind.startsWith('page-root') && !page.kind.startsWith('page-crisis')).sort((a, b) => b.bytes - a.bytes)[0]!;
      const context = await browser().newContext({ viewport: PHONES[0], javaScriptEnabled: false });
      const page = await openPage(context, site.root, longest.path);
      await page.keyboard.press('End');
      await page.getByRole('link', { name: 'Crisis plan', exact: true }).click();
      await page.waitForURL(/\/crisis\.html$/);
      expect(await page.locator('h1').innerText(), site.name).toBe('My crisis plan');
      await context.close();
    }
  });
});
