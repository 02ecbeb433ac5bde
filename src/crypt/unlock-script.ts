// The text of assets/unlock.js: the shared Web Crypto functions and the page logic, serialised from their TypeScript sources.

import { FORMAT_VERSION, KEY_ELEMENT, PAGE_ELEMENT, SESSION_ITEM } from './envelope.js';
import { OPEN_FUNCTIONS } from './open.js';
import { NEUTRAL_TITLE } from './page-head.js';
import { FORM_ELEMENT, MESSAGE_ELEMENT, PASSPHRASE_ELEMENT } from './shell-page.js';
import { UNLOCK_PAGE, UNLOCK_STYLE } from './site-layout.js';
import { unlockPage, type UnlockConfig } from './unlock-page.js';

/** The attribute the site's layout (templates/_includes/base.njk) puts on the bar's group that holds the crisis-plan link. */
export const CONTROLS_SLOT = 'data-privacy-controls';

export const MESSAGES: UnlockConfig['messages'] = {
  opening: 'Opening…',
  wrong: 'That passphrase did not open these notes. Check it and try again.',
  damaged: 'This page cannot be shown: it was changed or damaged after it was made. Other pages may still open.',
  insecure: 'This browser only opens these notes from a file on this device, from localhost or from an https:// address.',
};

export function unlockScript(leaveTo: string): string {
  const config: UnlockConfig = {
    version: FORMAT_VERSION,
    keyElement: KEY_ELEMENT,
    pageElement: PAGE_ELEMENT,
    formElement: FORM_ELEMENT,
    passphraseElement: PASSPHRASE_ELEMENT,
    messageElement: MESSAGE_ELEMENT,
    keyItem: SESSION_ITEM,
    saltItem: `${SESSION_ITEM}-salt`,
    targetItem: 'waymark-target',
    controlsSlot: CONTROLS_SLOT,
    unlockPage: UNLOCK_PAGE,
    style: UNLOCK_STYLE,
    title: NEUTRAL_TITLE,
    leaveTo,
    messages: MESSAGES,
  };
  const names = OPEN_FUNCTIONS.map((fn) => fn.name);
  return [
    '// Opens the encrypted pages of this site with your passphrase, in this browser only: nothing is sent anywhere.',
    '(() => {',
    "'use strict';",
    ...OPEN_FUNCTIONS.map((fn) => fn.toString()),
    `(${unlockPage.toString()})(${asciiJson(config)}, { ${names.join(', ')} });`,
    '})();',
    '',
  ].join('\n');
}

/** JSON with every character outside ASCII escaped, so the script reads the same whatever encoding a host declares. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
