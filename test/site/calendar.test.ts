// The site's calendar.ics: written by Eleventy beside the pages and linked from the people page, or not written (nor linked) at all for a build that will be encrypted.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../src/analyze/report.js';
import { planCalendar } from '../../src/export/calendar-ics.js';
import { analysePlans } from '../../src/site/analyse-plans.js';
import { buildSite } from '../../src/site/build-site.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { exchangeFixture, TODAY } from '../exchange-fixture.js';
import { listFiles } from './built-site.js';

async function build(calendars: boolean | undefined) {
  const checked = checkPlans(exchangeFixture().plans, TODAY);
  if (!checked.ok) throw new Error(checked.message);
  const out = join(mkdtempSync(join(tmpdir(), 'waymark-site-')), 'site');
  const result = await buildSite(analysePlans(checked.plans), out, calendars === undefined ? {} : { calendars });
  if (!result.ok) throw new Error(result.message);
  return { out, plan: checked.plans[0]!.plan!, files: result.files.map((file) => file.slice(out.length + 1).split('\\').join('/')) };
}

/** The links to calendar.ics on the people page, where supporters' check-ins are. */
function calendarLinks(out: string): string[] {
  return readFileSync(join(out, 'rowan/people.html'), 'utf8').match(/<a [^>]*calendar\.ics[^>]*>[^<]*<\/a>/g) ?? [];
}

describe('calendar.ics in the site', () => {
  it("is one of the build's files, holding the plan's calendar byte for byte", async () => {
    const site = await build(undefined);
    expect(site.files).toContain('rowan/calendar.ics');
    expect(listFiles(site.out)).toContain('rowan/calendar.ics');
    expect(readFileSync(join(site.out, 'rowan/calendar.ics'), 'utf8')).toBe(planCalendar(site.plan, analyzePlan(site.plan, TODAY)));
    expect(calendarLinks(site.out)).toEqual(['<a class="tap" href="calendar.ics" download>Add reminders to your calendar</a>']);
  }, 60_000);

  it('is not written for a build that will be encrypted', async () => {
    const site = await build(false);
    expect(site.files.filter((file) => file.endsWith('.ics'))).toEqual([]);
    expect(listFiles(site.out).filter((file) => file.endsWith('.ics'))).toEqual([]);
    expect(calendarLinks(site.out)).toEqual([]);
  }, 60_000);
});
