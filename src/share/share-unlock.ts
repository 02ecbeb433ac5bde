// What runs in a sealed summary: asks for its passphrase, opens the one sealed page with Web Crypto and shows it, all in the file.
//
// openShare is copied into the file as source text, so it uses nothing but its parameters and browser globals;
// the shared Web Crypto functions of src/crypt/open.ts arrive as `open`.

import type { KeyEnvelope, PageEnvelope } from '../crypt/envelope.js';
import { OPEN_FUNCTIONS, type importSiteKey, type openPage, type openSiteKey } from '../crypt/open.js';

export interface ShareUnlockConfig {
  keyElement: string;
  pageElement: string;
  formElement: string;
  passphraseElement: string;
  messageElement: string;
  /** The path the page was sealed under: the same whatever the file is renamed to. */
  path: string;
  messages: { opening: string; wrong: string; damaged: string; insecure: string };
}

export function openShare(config: ShareUnlockConfig, open: { openSiteKey: typeof openSiteKey; importSiteKey: typeof importSiteKey; openPage: typeof openPage }): void {
  const form = document.getElementById(config.formElement);
  const input = document.getElementById(config.passphraseElement);
  const message = document.getElementById(config.messageElement);
  const keyText = document.getElementById(config.keyElement)?.textContent;
  const pageText = document.getElementById(config.pageElement)?.textContent;
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement) || !keyText || !pageText) return;
  const say = (text: string): void => {
    if (message) message.textContent = text;
  };
  if (!globalThis.isSecureContext || !globalThis.crypto?.subtle) {
    say(config.messages.insecure);
    return;
  }
  const keyEnvelope = JSON.parse(keyText) as KeyEnvelope;
  const pageEnvelope = JSON.parse(pageText) as PageEnvelope;
  const button = form.querySelector('button');
  form.hidden = false;
  input.focus();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (button) button.disabled = true;
    say(config.messages.opening);
    void (async () => {
      const raw = await open.openSiteKey(keyEnvelope, input.value);
      const html = raw === null ? null : await open.openPage(pageEnvelope, await open.importSiteKey(raw), config.path);
      if (html === null) {
        if (button) button.disabled = false;
        say(raw === null ? config.messages.wrong : config.messages.damaged);
        input.select();
        return;
      }
      // The summary holds no script; anything that could run is dropped all the same.
      const page = new DOMParser().parseFromString(html, 'text/html');
      page.querySelectorAll('script, iframe, object, embed, base, meta[http-equiv]').forEach((node) => node.remove());
      document.replaceChild(document.importNode(page.documentElement, true), document.documentElement);
    })();
  });
}

/** The script's text: the Web Crypto functions and openShare, with its settings. */
export function shareUnlockScript(config: ShareUnlockConfig): string {
  const names = OPEN_FUNCTIONS.map((fn) => fn.name);
  const json = JSON.stringify(config).replace(/[\u007f-\uffff<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return ['(() => {', "'use strict';", ...OPEN_FUNCTIONS.map((fn) => fn.toString()), `(${openShare.toString()})(${json}, { ${names.join(', ')} });`, '})();'].join('\n');
}
