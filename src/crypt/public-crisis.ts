// The crisis page published in the clear: only its main content, under a neutral title, every other page reached through the unlock page.

import { relativeHref } from './link-target.js';
import { pageHead } from './page-head.js';
import { decodeEntities, escapeAttribute, rewriteHtmlUrls, type RewriteUrl } from './rewrite-links.js';
import { leaveControl } from './shell-page.js';
import { UNLOCK_SCRIPT, UNLOCK_STYLE } from './site-layout.js';

export const CRISIS_TITLE = 'Crisis plan';

export interface PublicCrisisOptions {
  /** Where the page is published, such as `crisis.html`. */
  path: string;
  leaveTo: string;
  /** Rewrites the page's URLs for its new place (links to other pages lead to the unlock page). */
  rewrite: RewriteUrl;
}

/**
 * Keeps the page's `<main>` (the header and its plan name, navigation and footer are left out) and its stylesheets.
 * Returns null when the page has no `<main>`, since what else it holds cannot be told apart from the rest of the plan.
 */
export function publicCrisisPage(html: string, options: PublicCrisisOptions): string | null {
  const main = /<main\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*<\/main\s*>/i.exec(html)?.[0];
  if (main === undefined) return null;
  const head = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i.exec(html)?.[1] ?? '';
  const stylesheets = [...head.matchAll(/<link\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)]
    .map((link) => link[1] ?? '')
    .filter((attributes) => /\brel\s*=\s*["']?stylesheet\b/i.test(attributes))
    .flatMap((attributes) => {
      const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
      const value = href?.[1] ?? href?.[2];
      return value === undefined ? [] : [options.rewrite(decodeEntities(value).trim())];
    });
  const bodyClass = /<body\b[^>]*\bclass\s*=\s*"([^"]*)"/i.exec(html)?.[1];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    pageHead(CRISIS_TITLE, [...stylesheets, relativeHref(options.path, UNLOCK_STYLE)]),
    '</head>',
    bodyClass === undefined ? '<body>' : `<body class="${escapeAttribute(decodeEntities(bodyClass))}">`,
    leaveControl(options.leaveTo),
    rewriteHtmlUrls(main, options.rewrite),
    `<script src="${escapeAttribute(relativeHref(options.path, UNLOCK_SCRIPT))}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
