// Seals a shared summary as privacy.md says: the whole page under a fresh key, the key under its own passphrase, opened in the file itself.

import { ITERATIONS, KEY_ELEMENT, PAGE_ELEMENT } from '../crypt/envelope.js';
import { NEUTRAL_TITLE } from '../crypt/page-head.js';
import { newSiteKey, sealPage, wrapSiteKey } from '../crypt/seal.js';
import { escapeHtml as e } from '../site/escape-html.js';
import { shareHead } from './share-html.js';
import { shareUnlockScript, type ShareUnlockConfig } from './share-unlock.js';

/** The path a summary is sealed under, whatever the file is called: renaming it must not stop it opening. */
export const SHARE_PATH = 'share.html';

export const SHARE_MESSAGES: ShareUnlockConfig['messages'] = {
  opening: 'Opening…',
  wrong: 'That passphrase did not open this summary. Check it and try again.',
  damaged: 'This summary cannot be shown: it was changed or damaged after it was made.',
  insecure: 'This browser only opens this summary from a file on this device or from an https:// address.',
};

/** The locked page's look: it says nothing of what the file holds. */
const LOCKED_STYLE = 'body { font: 16px/1.5 system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; } input, button { font: inherit; padding: .3rem .5rem; }';

export async function sealShare(html: string, passphrase: string, iterations = ITERATIONS): Promise<string> {
  const key = await newSiteKey();
  const envelope = await wrapSiteKey(key, passphrase, iterations);
  // sealPage pads the page to its size class, so the file's size says little of what it holds.
  const page = await sealPage(html, key, SHARE_PATH);
  const script = shareUnlockScript({ keyElement: KEY_ELEMENT, pageElement: PAGE_ELEMENT, formElement: 'unlock', passphraseElement: 'passphrase', messageElement: 'message', path: SHARE_PATH, messages: SHARE_MESSAGES });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    shareHead(NEUTRAL_TITLE, LOCKED_STYLE, [script]),
    '</head>',
    '<body>',
    '<main>',
    `<h1>${e(NEUTRAL_TITLE)}</h1>`,
    '<p>This file is locked. Type the passphrase you were given to open it; nothing is sent anywhere.</p>',
    '<form id="unlock" hidden><label for="passphrase">Passphrase</label> <input id="passphrase" type="password" autocomplete="off" required> <button type="submit">Open</button></form>',
    '<p id="message" role="status" aria-live="polite"></p>',
    '<noscript><p>Opening this file needs JavaScript, which is turned off in this browser.</p></noscript>',
    '</main>',
    `<script type="application/json" id="${KEY_ELEMENT}">${JSON.stringify(envelope)}</script>`,
    `<script type="application/json" id="${PAGE_ELEMENT}">${JSON.stringify(page)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
