// The pages of a built site, found from its output folder and sorted into kinds, so that a new page (or a new kind of page) is tested without an edit here.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { listFiles } from '../site/built-site.js';

export interface SitePage {
  /** Relative to the site's root, with `/` separators. */
  path: string;
  /** The page's layout (its body class) and its place: `page-goals goals/*` is one goal's page. */
  kind: string;
  bytes: number;
  /** A page that only leads on to another (the root page of a one-plan site). */
  redirect: boolean;
}

/** Every page of the site at `root`. */
export function sitePages(root: string): SitePage[] {
  return listFiles(root)
    .filter((path) => path.endsWith('.html'))
    .map((path) => {
      const html = readFileSync(join(root, path), 'utf8');
      const bodyClass = /<body\b[^>]*\bclass="([^"]*)"/.exec(html)?.[1] ?? '';
      return { path, kind: `${bodyClass} ${placeOf(path)}`, bytes: statSync(join(root, path)).size, redirect: /<meta http-equiv="refresh"/i.test(html) };
    });
}

/** One page of each kind, the largest (it has the most to fit), leaving out pages that only redirect and those `skip` names. */
export function onePerKind(root: string, skip: (path: string) => boolean = () => false): SitePage[] {
  const largest = new Map<string, SitePage>();
  for (const page of sitePages(root)) {
    if (page.redirect || skip(page.path)) continue;
    const kept = largest.get(page.kind);
    if (!kept || page.bytes > kept.bytes) largest.set(page.kind, page);
  }
  return [...largest.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** A page's place in its plan: the plan's folder left out, a folder's index kept, one of many named pages shown as `*` (dated ones by their pattern: a month of check-ins is `checkins/9999-99.html`). */
function placeOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return parts[0]!;
  const [, ...inPlan] = parts;
  const name = inPlan.pop()!;
  const folder = inPlan.map((part) => `${part}/`).join('');
  if (name === 'index.html' || inPlan.length === 0) return `${folder}${name}`;
  return `${folder}${/^[\d-]+\.html$/.test(name) ? name.replace(/\d/g, '9') : '*'}`;
}

export interface SiteUnderTest {
  name: string;
  root: string;
  pages: SitePage[];
}

/** Opens `path` of the site at `root` from file://. */
export async function openPage(context: BrowserContext, root: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${pathToFileURL(root).href}/${path}`, { waitUntil: 'load' });
  return page;
}

/** The sites global-setup.ts built (none without Chromium), each with one page of every kind: the fixture plan, a second plan of long words beside it (and the root page listing both), and the example. */
export function sitesUnderTest(): SiteUnderTest[] {
  const sites = inject('sites');
  if (!sites.fixture) return [];
  const found: SiteUnderTest[] = [
    { name: 'fixture', root: sites.fixture, pages: onePerKind(sites.fixture) },
    { name: 'two plans', root: sites.twoPlans, pages: onePerKind(sites.twoPlans, (path) => path.startsWith('sam/')) },
  ];
  if (sites.example) found.push({ name: 'example', root: sites.example, pages: onePerKind(sites.example) });
  return found;
}
