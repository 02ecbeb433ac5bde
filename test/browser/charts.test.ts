// The charts as a person sees them: words at least 12 px on a 390 px phone and 11 px at 320 px, none cut off, a visible caption,
// every mark at least 3:1 against what it is drawn on in light and dark, and the calendar's days readable without hovering.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_TESTS, useChromium, warnIfSkipped } from './chromium.js';
import { openPage, sitesUnderTest, type SitePage, type SiteUnderTest } from './site-pages.js';

warnIfSkipped('test/browser/charts.test.ts');

/** One page of every kind that has charts, from every site. */
function chartPages(sites: SiteUnderTest[]): { site: SiteUnderTest; page: SitePage }[] {
  return sites.flatMap((site) => site.pages.filter((page) => readFileSync(join(site.root, page.path), 'utf8').includes('<svg class="chart')).map((page) => ({ site, page })));
}

/** Chart words smaller than `least` px on screen, or reaching outside the chart's drawing. */
async function smallOrCutWords(page: Page, least: number): Promise<string[]> {
  return page.evaluate((least) => {
    const found: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('svg.chart text')) {
      const svg = text.ownerSVGElement!;
      const size = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
      if (size < least - 0.05) found.push(`"${text.textContent}" in ${svg.id || svg.getAttribute('aria-labelledby')}: ${size.toFixed(1)} px`);
      const box = text.getBBox();
      const view = svg.viewBox.baseVal;
      if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > view.width + 0.5 || box.y + box.height > view.height + 0.5) found.push(`"${text.textContent}" is cut off`);
    }
    return found;
  }, least);
}

/**
 * Each mark's contrast with what it is drawn on: its edge (its stroke, where it has one, else its fill) against the mark drawn
 * before it under its centre, or else the figure; a ringed mark's fill against its ring too. Grid lines, the empty track a bar grows
 * in, and days not yet lived are the background, not marks.
 */
async function faintMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r, g, b] = rgb(colour).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const paint = (value: string) => (value === 'none' || value.startsWith('rgba(0, 0, 0, 0)') ? null : value);
    const found: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
      const figure = getComputedStyle(svg.closest('figure') ?? document.body).backgroundColor;
      const drawn: { box: DOMRect; fill: string }[] = [];
      for (const mark of svg.querySelectorAll<SVGGraphicsElement>('rect:not(defs *), use, circle, path, line')) {
        // A calendar day is a <use> of its kind of square, which carries the class and the colours.
        const styled = mark.tagName === 'use' ? document.getElementById(mark.getAttribute('href')!.slice(1))! : mark;
        const style = getComputedStyle(styled);
        const fill = paint(style.fill);
        const stroke = parseFloat(style.strokeWidth) >= 1 ? paint(style.stroke) : null;
        const box = mark.getBBox();
        const decorative = styled.matches('.chart-grid, .bar-track, .cal-future');
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        const under = [...drawn].reverse().find((other) => cx >= other.box.x && cx <= other.box.x + other.box.width && cy >= other.box.y && cy <= other.box.y + other.box.height);
        const background = under?.fill ?? figure;
        if (!decorative) {
          const edge = stroke ?? fill;
          const name = `${styled.getAttribute('class')} in ${svg.getAttribute('aria-labelledby')?.split(' ')[0]}`;
          if (!edge) found.push(`${name}: nothing drawn`);
          else if (ratio(edge, background) < 3) found.push(`${name}: ${ratio(edge, background).toFixed(2)}:1 (${edge} on ${background})`);
          if (stroke && fill && (mark.tagName === 'rect' || mark.tagName === 'use' || mark.tagName === 'circle') && ratio(fill, stroke) < 3) found.push(`${name}: its fill ${ratio(fill, stroke).toFixed(2)}:1 against its ring`);
        }
        if (fill && (mark.tagName === 'rect' || mark.tagName === 'use')) drawn.push({ box, fill });
      }
    }
    return found;
  });
}

describe.skipIf(!BROWSER_TESTS)('the charts', () => {
  const browser = useChromium();
  const pages = chartPages(sitesUnderTest());

  it('keeps their words at least 12 px on a 390 px phone and 11 px at 320 px, none cut off, under a visible caption', async () => {
    let charts = 0;
    for (const [width, least] of [[390, 12], [320, 11], [1280, 12]] as const) {
      const context = await browser().newContext({ viewport: { width, height: 844 } });
      for (const { site, page: { path } } of pages) {
        const page = await openPage(context, site.root, path);
        const where = `${site.name} ${path} at ${width} px`;
        expect(await smallOrCutWords(page, least), where).toEqual([]);
        const captions = await page.$$eval('figure:has(svg.chart)', (figures) =>
          figures.map((figure) => {
            const caption = figure.querySelector('figcaption');
            const title = figure.querySelector('svg.chart > title')?.textContent;
            return caption && caption.checkVisibility() && caption.getBoundingClientRect().height > 0 && caption.textContent === title ? 'shown' : `no visible caption for "${title}"`;
          }),
        );
        expect(captions.filter((caption) => caption !== 'shown'), where).toEqual([]);
        charts += captions.length;
        await page.close();
      }
      await context.close();
    }
    expect(charts).toBeGreaterThan(10);
  }, 600_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws every mark at least 3:1 against what it is drawn on (${colorScheme})`, async () => {
      const context = await browser().newContext({ colorScheme });
      for (const { site, page: { path } } of pages) {
        const page = await openPage(context, site.root, path);
        expect(await faintMarks(page), `${site.name} ${path} (${colorScheme})`).toEqual([]);
        await page.close();
      }
      await context.close();
    }, 600_000);
  }

  it('runs the calendar from faintest (very low) to strongest (very good) in light and dark alike, as its description says', async () => {
    const { site, page: checkins } = pages.find(({ site, page }) => site.name === 'fixture' && page.kind === 'page-checkins checkins/index.html')!;
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser().newContext({ colorScheme });
      const page = await openPage(context, site.root, checkins.path);
      expect(await page.locator('svg.chart-calendar desc').first().textContent()).toContain('coloured by mood from very low (faintest) to very good (strongest)');
      const contrasts = await page.evaluate(() => {
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        document.querySelector('svg.chart-calendar')!.append(probe);
        const surface = getComputedStyle(document.querySelector('figure')!).backgroundColor;
        const luminance = (colour: string) => {
          const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        return [1, 2, 3, 4, 5].map((mood) => {
          probe.setAttribute('class', `cal-mood-${mood}`);
          const [x, y] = [luminance(getComputedStyle(probe).fill), luminance(surface)].sort((p, q) => q - p);
          return Math.round(((x! + 0.05) / (y! + 0.05)) * 100) / 100;
        });
      });
      expect(contrasts[0], colorScheme).toBeGreaterThanOrEqual(3);
      expect([...contrasts].sort((a, b) => a - b), `${colorScheme}: ${contrasts.join(', ')}`).toEqual(contrasts);
      expect(new Set(contrasts).size).toBe(5);
      await context.close();
    }
  });

  it("leads from every calendar day's check-in to its month's page, where the day's section is the link's target", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    for (const { site, page: { path, kind } } of pages.filter(({ page }) => page.kind === 'page-checkins checkins/index.html')) {
      const page = await openPage(context, site.root, path);
      const days = await page.evaluate(() => {
        const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
        // A square's id ends in its kind: 0 not yet lived, 1 no check-in, 2 and on a check-in.
        return [...document.querySelectorAll('svg.chart-calendar use')].flatMap((day) => {
          if (Number(day.getAttribute('href')!.split('-').at(-1)) < 2) return [];
          const year = day.closest('svg')!.querySelector('title')!.textContent!.slice(-4);
          const [, date, month] = /^\w+ (\d+) (\w+):/.exec(day.querySelector('title')!.textContent!)!;
          return [`${year}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${date!.padStart(2, '0')}`];
        });
      });
      expect(days.length, `${site.name} ${kind}`).toBeGreaterThan(0);
      const links = await page.evaluate(() => [...document.querySelectorAll('main a[href]')].filter((link) => !link.closest('svg')).map((link) => link.getAttribute('href')));
      const missing = days.filter((date) => !links.includes(`${date.slice(0, 7)}.html`));
      expect(missing, `${site.name} ${kind}`).toEqual([]);
      for (const date of [days[0]!, days.at(-1)!]) {
        await page.goto(new URL(`${date.slice(0, 7)}.html#${date}`, page.url()).href);
        expect(await page.evaluate(() => document.querySelector(':target')?.querySelector('h2')?.id), `${site.name} ${date}`).toBe(`${date}-heading`);
        await page.goBack();
      }
      await page.getByRole('link', { name: /Each month/ }).click();
      expect(await page.evaluate(() => location.hash)).toBe('#months');
      await page.close();
    }
    await context.close();
  });
});
