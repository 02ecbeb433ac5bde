// Starts the one Chromium every browser test file shares, and builds the sites they read, once per run.

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { analysePlans } from '../../src/site/analyse-plans.js';
import { buildSite } from '../../src/site/build-site.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { FIXTURES } from '../plan-fixture.js';
import { buildFixtureSite, SAM_WEEK } from '../site/built-site.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

const EXAMPLE_PLANS = join(import.meta.dirname, '../../plans');
const LEE = join(FIXTURES, 'long-words/lee');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.WAYMARK_REQUIRE_BROWSER === '1') throw new Error(`WAYMARK_REQUIRE_BROWSER=1 but there is no ${CHROMIUM}: apt-get install chromium`);
    project.provide('chromiumEndpoint', '');
    project.provide('sites', { fixture: '', twoPlans: '', example: '' });
    return async () => {};
  }
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const built: string[] = [];
  try {
    const fixture = await buildFixtureSite();
    built.push(fixture.out);
    const twoPlans = await buildFixtureSite({
      ...SAM_WEEK,
      '../lee/plan.md': readFileSync(join(LEE, 'plan.md'), 'utf8'),
      '../lee/checkins/2026-11-23.md': readFileSync(join(LEE, 'checkins/2026-11-23.md'), 'utf8'),
    });
    built.push(twoPlans.out);
    let example = '';
    if (existsSync(join(EXAMPLE_PLANS, 'example/plan.md'))) {
      const checked = checkPlans(EXAMPLE_PLANS, '2026-11-24');
      if (!checked.ok) throw new Error(checked.message);
      example = join(dirname(fixture.out), 'example-site');
      const result = await buildSite(analysePlans(checked.plans), example);
      if (!result.ok) throw new Error(result.message);
    }
    project.provide('chromiumEndpoint', server.wsEndpoint());
    project.provide('sites', { fixture: fixture.out, twoPlans: twoPlans.out, example });
  } catch (error) {
    await server.close();
    throw error;
  }
  return async () => {
    await server.close();
    for (const site of built) rmSync(dirname(site), { recursive: true, force: true });
  };
}
