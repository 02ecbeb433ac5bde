// The head every page of an encrypted site starts with: the Content-Security-Policy, robots and referrer tags, a neutral title.

import { escapeAttribute, escapeText } from './rewrite-links.js';

/**
 * Scripts only from the site itself ('self'): Chromium honours it from file:// as well as over http(s)
 * (test/browser/crypt.test.ts checks both), and it lets one cached unlock script serve every page.
 */
export const ENCRYPTED_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** Every page's tab title and history entry: it says nothing of the plan. */
export const NEUTRAL_TITLE = 'Private notes';

export function pageHead(title: string, stylesheets: readonly string[]): string {
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${ENCRYPTED_CSP}">`,
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeText(title)}</title>`,
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`),
  ].join('\n');
}
