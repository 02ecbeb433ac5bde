// axe-core's audit of a page in the browser, evaluated through the DevTools protocol, which the page's CSP does not govern.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Each violation as "rule: help (where)"; an empty list is a page that passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // No preload: axe would fetch the stylesheets, which the pages' CSP rightly blocks (connect-src). Violations only: passes are not needed, and slow.
    return (await axe.run(document, { preload: false, resultTypes: ['violations'] })).violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
