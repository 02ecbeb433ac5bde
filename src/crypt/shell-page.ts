// The neutral page that stands in for every page of an encrypted site: the unlock form, the sealed page and the one script that opens it.

import { KEY_ELEMENT, PAGE_ELEMENT, type KeyEnvelope, type PageEnvelope } from './envelope.js';
import { relativeHref } from './link-target.js';
import { NEUTRAL_TITLE, pageHead } from './page-head.js';
import { escapeAttribute } from './rewrite-links.js';
import { UNLOCK_SCRIPT, UNLOCK_STYLE } from './site-layout.js';

export const FORM_ELEMENT = 'waymark-unlock';
export const PASSPHRASE_ELEMENT = 'waymark-passphrase';
export const MESSAGE_ELEMENT = 'waymark-message';

export interface ShellOptions {
  /** This page's path in the site, such as `index.html` or `p/3f….html`. */
  path: string;
  key: KeyEnvelope;
  page: PageEnvelope;
  /** Where "Leave quickly" goes. */
  leaveTo: string;
  /** Public crisis pages to link from the form, as site paths. */
  crisis: readonly string[];
}

/** The form stays hidden until the script runs; without JavaScript the page says what it needs instead. */
export function shellPage(options: ShellOptions): string {
  const to = (target: string) => escapeAttribute(relativeHref(options.path, target));
  const crisisLinks = options.crisis.map((path, i) => `<p><a href="${to(path)}">Crisis plan${options.crisis.length > 1 ? ` ${i + 1}` : ''}</a></p>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    pageHead(NEUTRAL_TITLE, [relativeHref(options.path, UNLOCK_STYLE)]),
    '</head>',
    '<body class="waymark-shell">',
    leaveControl(options.leaveTo),
    '<main id="main" class="waymark-unlock">',
    `<h1>${NEUTRAL_TITLE}</h1>`,
    `<form id="${FORM_ELEMENT}" hidden>`,
    `<label for="${PASSPHRASE_ELEMENT}">Passphrase</label>`,
    `<input id="${PASSPHRASE_ELEMENT}" type="password" autocomplete="current-password" required>`,
    '<button type="submit">Open</button>',
    '</form>',
    `<p id="${MESSAGE_ELEMENT}" role="status" aria-live="polite"></p>`,
    '<noscript><p>These notes are locked. Opening them needs JavaScript, which is turned off in this browser.</p></noscript>',
    ...crisisLinks,
    '</main>',
    `<script type="application/json" id="${KEY_ELEMENT}">${JSON.stringify(options.key)}</script>`,
    `<script type="application/json" id="${PAGE_ELEMENT}">${JSON.stringify(options.page)}</script>`,
    `<script src="${to(UNLOCK_SCRIPT)}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A plain link that leaves without JavaScript too; the script makes it also clear the key and replace the history entry. */
export function leaveControl(leaveTo: string): string {
  return `<aside class="waymark-privacy" aria-label="Privacy"><a class="waymark-leave" data-waymark="leave" href="${escapeAttribute(leaveTo)}" rel="noreferrer">Leave quickly</a></aside>`;
}
