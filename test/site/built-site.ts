// Builds a fixture plan into a temporary site with the real Eleventy, and reads its pages back, for the site tests.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { analysePlans } from '../../src/site/analyse-plans.js';
import { buildSite } from '../../src/site/build-site.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { planFixture, type Fixture } from '../plan-fixture.js';

export interface BuiltSite {
  fixture: Fixture;
  out: string;
  pages: number;
  /** Every file written, relative to `out`, with `/` separators. */
  files: string[];
  read(path: string): string;
}

/** Check-ins that give the base plan (`sam`) a setback, a warning sign and a journal written to break out of the page. */
export const SAM_WEEK = {
  'checkins/2026-11-22.md': [
    '---',
    'mood: 2',
    'craving: 8',
    'used: true',
    'warning_signs: [isolating]',
    'gratitude: ["<b>Jo</b> & tea"]',
    '---',
    '',
    '# A hard night',
    '',
    '<script>alert("journal")</script>',
    '',
    '<img src="x" onerror="alert(1)">',
    '',
    '[a link](javascript:alert(2)) and ![a photo](https://tracker.example/pixel.png)',
    '',
    'Called Jo the morning after.',
  ].join('\n'),
  'checkins/2026-11-23.md': '---\nmood: 3\ncraving: 4\nused: false\nmeetings: 2\n---\n',
};

export async function buildFixtureSite(files: Record<string, string | null> = SAM_WEEK, today = '2026-11-24'): Promise<BuiltSite> {
  const fixture = planFixture(files);
  const checked = checkPlans(fixture.plans, today);
  if (!checked.ok) throw new Error(checked.message);
  const errors = checked.plans.flatMap((plan) => plan.diagnostics).filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.file}: ${d.message}`).join('\n'));
  const out = join(mkdtempSync(join(tmpdir(), 'waymark-site-')), 'site');
  const result = await buildSite(analysePlans(checked.plans), out);
  if (!result.ok) throw new Error(result.message);
  return { fixture, out, pages: result.pages, files: listFiles(out), read: (path) => readFileSync(join(out, path), 'utf8') };
}

export function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** The values of every `href` and `src` attribute in a page. */
export function linksIn(html: string): { attribute: string; value: string }[] {
  return [...html.matchAll(/\s(href|src)="([^"]*)"/g)].map((match) => ({ attribute: match[1]!, value: decodeEntities(match[2]!) }));
}

/** The values of every `id` attribute in a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1]!)));
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
