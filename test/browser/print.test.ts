// The site on paper, printed by Chromium with its defaults (background graphics off): the crisis plan on one A4 and one Letter sheet with
// the person's name and the date, light colours from dark mode, nothing drawn by a background colour alone, no heading left at the foot of a sheet.

import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_TESTS, useChromium, warnIfSkipped } from './chromium.js';
import { printedPixels, printedSheets } from './pdf-text.js';
import { openPage, sitesUnderTest, type SiteUnderTest } from './site-pages.js';

warnIfSkipped('test/browser/print.test.ts');

const AS_OF = 'Built from your plan as of 24 November 2026.';
const PEOPLE: Record<string, string> = { fixture: 'Sam', 'two plans': 'Lee', example: 'Alex' };
/** The margin every printed page has (`@page` in the stylesheet), in CSS px. */
const MARGIN = (12 / 25.4) * 96;

/** Whether every word of `phrase` is in the printed text: columns interleave lines, and ligatures split words, so words are compared with spaces left out. */
function printedWords(text: string, phrase: string): string[] {
  const squeezed = text.replace(/\s+/g, '');
  return phrase.split(/\s+/).filter((word) => !squeezed.includes(word.replace(/\s+/g, '')));
}

/** The site with the most to print: the example, or the fixture in a clone without it. */
function richest(sites: SiteUnderTest[]): SiteUnderTest {
  return sites.find((site) => site.name === 'example') ?? sites[0]!;
}

/** Every element's colours as the printer gets them, to compare one colour scheme's print with the other's. */
async function printedColours(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body, body *')].map((element) => {
      const style = getComputedStyle(element);
      return `${element.tagName} ${element.getAttribute('class') ?? ''}: ${style.color} ${style.backgroundColor} ${style.borderTopColor} ${style.fill} ${style.stroke}`;
    }),
  );
}

/** Elements that print as nothing but a background colour, which Chromium leaves off by default: each must be white or see-through on paper. */
async function backgroundsOnPaper(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body, body *')].flatMap((element) => {
      const style = getComputedStyle(element);
      if (style.display === 'none' || element.closest('svg')) return [];
      const background = style.backgroundColor;
      return background === 'rgba(0, 0, 0, 0)' || background === 'rgb(255, 255, 255)' ? [] : [`${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}: ${background}`];
    }),
  );
}

/** Text lighter than 4.5:1 on white paper (with background graphics off, white text on a coloured disc prints as nothing). */
async function faintText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent?.trim() || !element || element.closest('svg, title, desc')) continue;
      const style = getComputedStyle(element);
      if (!element.checkVisibility() || style.display === 'none') continue;
      const ratio = 1.05 / (luminance(style.color) + 0.05);
      if (ratio < 4.5) found.push(`"${node.textContent.trim().slice(0, 30)}" in ${element.tagName.toLowerCase()}.${element.className}: ${ratio.toFixed(2)}:1`);
    }
    return found;
  });
}

describe.skipIf(!BROWSER_TESTS)('the site on paper', () => {
  const browser = useChromium();
  const sites = sitesUnderTest();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`prints each crisis plan on one A4 and one Letter sheet, with the name, the date and every number (from ${colorScheme} mode)`, async () => {
      for (const site of sites) {
        const crisis = site.pages.find((page) => page.kind.startsWith('page-crisis'))!;
        const context = await browser().newContext({ colorScheme });
        const page = await openPage(context, site.root, crisis.path);
        const numbers = await page.$$eval('main a[href^="tel:"]', (links) => links.map((link) => link.textContent!.trim()));
        const steps = await page.$$eval('main h2', (headings) => headings.map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim()));
        for (const format of ['A4', 'Letter'] as const) {
          const sheets = await printedSheets(await page.pdf({ format }));
          const where = `${site.name} ${crisis.path} on ${format} from ${colorScheme} mode`;
          expect(sheets, where).toHaveLength(1);
          const text = sheets[0]!.lines.join('\n');
          expect(sheets[0]!.lines[0], where).toContain(PEOPLE[site.name]!);
          expect(text, where).toContain(AS_OF);
          expect(text, where).toContain('My crisis plan');
          for (const number of numbers) expect(text, `${where}: ${number}`).toContain(number);
          for (const step of steps) expect(printedWords(text, step), `${where}: ${step}`).toEqual([]);
        }
        await context.close();
      }
    }, 600_000);
  }

  it('prints every kind of page in light colours from dark mode, with nothing drawn by a background colour alone and no faint text', async () => {
    for (const site of [richest(sites)]) {
      const light = await browser().newContext({ colorScheme: 'light' });
      const dark = await browser().newContext({ colorScheme: 'dark' });
      for (const { path } of site.pages) {
        const fromLight = await openPage(light, site.root, path);
        const fromDark = await openPage(dark, site.root, path);
        await fromLight.emulateMedia({ media: 'print' });
        await fromDark.emulateMedia({ media: 'print' });
        const where = `${site.name} ${path}`;
        expect(await printedColours(fromDark), where).toEqual(await printedColours(fromLight));
        expect(await backgroundsOnPaper(fromDark), where).toEqual([]);
        expect(await faintText(fromDark), where).toEqual([]);
        await fromLight.close();
        await fromDark.close();
      }
      await light.close();
      await dark.close();
    }
  }, 600_000);

  it('draws progress bars, step numbers and the calendar key with borders, which print with background graphics off', async () => {
    const example = richest(sites);
    // The page laid out at the width of an A4 sheet within its margins, so that a box on screen is a box on the sheet.
    const context = await browser().newContext({ viewport: { width: Math.floor(((210 - 24) / 25.4) * 96), height: 1000 } });
    const page = await openPage(context, example.root, example.pages.find((p) => p.kind === 'page-goals goals/index.html')!.path);
    await page.emulateMedia({ media: 'print' });
    const bar = await page.locator('progress').evaluateAll((bars: HTMLProgressElement[]) => {
      const progress = bars.find((candidate) => candidate.value / candidate.max > 0.2 && candidate.value / candidate.max < 0.95)!;
      const box = progress.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height, done: progress.value / progress.max };
    });
    expect(bar.y + bar.height).toBeLessThan(((297 - 24) / 25.4) * 96);
    const sheet = await printedPixels(await page.pdf({ format: 'A4' }));
    // The filled part prints dark, the rest of the track light within its outline: drawn with borders, not a background colour.
    expect(sheet.darkness(MARGIN + bar.x + 4, MARGIN + bar.y + 2, bar.width * bar.done - 8, bar.height - 4)).toBeGreaterThan(0.9);
    expect(sheet.darkness(MARGIN + bar.x + bar.width * bar.done + 4, MARGIN + bar.y + 3, bar.width * (1 - bar.done) - 8, bar.height - 6)).toBeLessThan(0.1);
    await page.goto(page.url().replace(/goals\/index\.html$/, 'crisis.html'));
    const number = await page.locator('.step-number').first().evaluate((element) => ({ colour: getComputedStyle(element).color, border: `${getComputedStyle(element).borderTopWidth} ${getComputedStyle(element).borderTopStyle} ${getComputedStyle(element).borderTopColor}` }));
    expect(number.colour).toBe('rgb(0, 0, 0)');
    expect(number.border).toMatch(/^[1-3](\.\d+)?px solid rgb\(0, 0, 0\)$/);
    await page.goto(page.url().replace(/crisis\.html$/, 'checkins/index.html'));
    const swatches = await page.locator('.legend .swatch').evaluateAll((elements) => elements.map((element) => `${getComputedStyle(element).borderTopWidth} ${getComputedStyle(element).borderTopStyle}`));
    expect(swatches.length).toBeGreaterThan(0);
    for (const swatch of swatches) expect(swatch).toMatch(/^[1-8]px solid$/);
    await context.close();
  });

  it('leaves no heading alone at the foot of a sheet', async () => {
    for (const site of [richest(sites)]) {
      const context = await browser().newContext();
      for (const { path } of site.pages) {
        const page = await openPage(context, site.root, path);
        const headings = await page.$$eval('h1, h2, h3', (elements) => elements.map((element) => element.textContent!.replace(/\s+/g, ' ').trim()));
        const sheets = await printedSheets(await page.pdf({ format: 'A4' }));
        sheets.slice(0, -1).forEach((sheet, i) => {
          const last = sheet.lines.at(-1) ?? '';
          expect(headings.filter((heading) => heading === last || (last.length > 12 && heading.endsWith(last))), `${site.name} ${path}: the foot of sheet ${i + 1} of ${sheets.length}`).toEqual([]);
        });
        await page.close();
      }
      await context.close();
    }
  }, 600_000);

  it('prints the dashboard readably: its headings, goals and the charts with their labels, on at most three A4 sheets', async () => {
    const example = sites.find((site) => site.name === 'example');
    if (!example) return;
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await openPage(context, example.root, 'example/index.html');
    const headings = await page.$$eval('main h2:not(.visually-hidden), main h3', (elements) => elements.map((element) => element.textContent!.replace(/\s+/g, ' ').trim()));
    const sheets = await printedSheets(await page.pdf({ format: 'A4' }));
    expect(sheets.length).toBeLessThanOrEqual(3);
    const text = sheets.flatMap((sheet) => sheet.lines).join('\n').replace(/\s+/g, ' ');
    for (const heading of headings) expect(printedWords(text, heading), heading).toEqual([]);
    expect(text).toContain('Alex');
    expect(text).toContain(AS_OF);
    expect(text).toContain('Mood over the last 28 days');
    expect(text).toMatch(/28 Oct .*24 Nov/);
    await context.close();
  });
});
