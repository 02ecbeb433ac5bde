// What runs in the browser on every page of an encrypted site: unlock with the passphrase, show the page, Lock and Leave quickly.
//
// unlockPage is copied into assets/unlock.js as source text (unlock-script.ts), so it uses nothing but its two
// parameters and browser globals: the shared Web Crypto functions of open.ts arrive as `open`.

import type { KeyEnvelope, PageEnvelope } from './envelope.js';
import type { fromBase64, importSiteKey, openPage, openSiteKey, toBase64 } from './open.js';

export interface UnlockConfig {
  version: number;
  keyElement: string;
  pageElement: string;
  formElement: string;
  passphraseElement: string;
  messageElement: string;
  /** sessionStorage items: the site key's raw bytes (base64), the salt of the envelope it came from, a fragment to show next. */
  keyItem: string;
  saltItem: string;
  targetItem: string;
  /** The attribute that marks where an opened page keeps its controls in reach (the bar that stays at the top). */
  controlsSlot: string;
  /** Site paths. */
  unlockPage: string;
  style: string;
  title: string;
  leaveTo: string;
  messages: { opening: string; wrong: string; damaged: string; insecure: string };
}

export interface OpenFunctions {
  fromBase64: typeof fromBase64;
  toBase64: typeof toBase64;
  openSiteKey: typeof openSiteKey;
  importSiteKey: typeof importSiteKey;
  openPage: typeof openPage;
}

export function unlockPage(config: UnlockConfig, open: OpenFunctions): void {
  const script = document.currentScript;
  const root = new URL('../', script instanceof HTMLScriptElement && script.src ? script.src : location.href);
  let lastEscape = -Infinity;
  let shown = false;

  const storage = {
    get(item: string): string | null {
      try {
        return sessionStorage.getItem(item);
      } catch {
        return null;
      }
    },
    set(item: string, value: string): void {
      try {
        sessionStorage.setItem(item, value);
      } catch {
        // Storage turned off: this page opens, the next one asks again.
      }
    },
    clear(): void {
      try {
        sessionStorage.clear();
      } catch {
        // Nothing could have been kept.
      }
    },
  };

  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };

  const withoutHash = (href: string): string => {
    const url = new URL(href);
    url.hash = '';
    return url.href;
  };

  const leave = (): void => {
    storage.clear();
    document.title = '';
    document.documentElement.replaceChildren();
    location.replace(config.leaveTo);
  };

  const lock = (): void => {
    storage.clear();
    location.replace(new URL(config.unlockPage, root).href);
  };

  /** Scrolls to and focuses an element of the page without putting its id in the address bar or the history. */
  const reveal = (id: string): void => {
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    if (!target.hasAttribute('tabindex') && !target.matches('a[href], button, input, select, textarea')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  };

  /** Links to a part of a page (#support-jo) would show plan ids in the address bar: move without the fragment, then reveal it. */
  const followFragment = (event: MouseEvent, link: HTMLAnchorElement): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href);
    if (!url.hash || !url.href.startsWith(root.href)) return;
    event.preventDefault();
    const id = decode(url.hash.slice(1));
    if (withoutHash(url.href) === withoutHash(location.href)) {
      reveal(id);
      return;
    }
    storage.set(config.targetItem, id);
    location.href = withoutHash(url.href);
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const control = target?.closest('[data-waymark]');
    if (control) {
      event.preventDefault();
      if (control.getAttribute('data-waymark') === 'lock') lock();
      else leave();
      return;
    }
    const link = target?.closest('a[href]');
    if (link instanceof HTMLAnchorElement) followFragment(event, link);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (event.timeStamp - lastEscape < 1000) leave();
    else lastEscape = event.timeStamp;
  });
  // A page kept in the back-forward cache comes back as it was left: start again from the sealed page instead.
  addEventListener('pagehide', () => {
    if (shown) document.body?.replaceChildren();
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) location.reload();
  });

  const keyText = document.getElementById(config.keyElement)?.textContent;
  const pageText = document.getElementById(config.pageElement)?.textContent;
  const form = document.getElementById(config.formElement);
  const input = document.getElementById(config.passphraseElement);
  const message = document.getElementById(config.messageElement);
  if (!keyText || !pageText || !(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement)) return;
  const keyEnvelope = JSON.parse(keyText) as KeyEnvelope;
  const pageEnvelope = JSON.parse(pageText) as PageEnvelope;
  const button = form.querySelector('button');

  const say = (text: string): void => {
    if (message) message.textContent = text;
  };
  const ask = (text: string): void => {
    document.body.classList.remove('waymark-opening');
    form.hidden = false;
    say(text);
    input.focus();
  };

  /** The path this page was sealed under; hosts that drop `.html` from addresses are allowed for. */
  const paths = (): string[] => {
    const url = new URL(withoutHash(location.href));
    url.search = '';
    if (!url.href.startsWith(root.href)) return [];
    let path = decode(url.href.slice(root.href.length));
    if (path === '' || path.endsWith('/')) path += config.unlockPage;
    return path.endsWith('.html') ? [path] : [path, `${path}.html`];
  };

  /** A group inside the page's bar (a landmark may not hold another), or a landmark of its own at the top of a page without one. */
  const controls = (page: Document, inBar: boolean): HTMLElement => {
    const aside = page.createElement(inBar ? 'div' : 'aside');
    aside.className = 'waymark-privacy';
    if (inBar) aside.setAttribute('role', 'group');
    aside.setAttribute('aria-label', 'Privacy');
    const lockButton = page.createElement('button');
    lockButton.type = 'button';
    lockButton.dataset.waymark = 'lock';
    lockButton.textContent = 'Lock';
    const leaveLink = page.createElement('a');
    leaveLink.className = 'waymark-leave';
    leaveLink.dataset.waymark = 'leave';
    leaveLink.href = config.leaveTo;
    leaveLink.rel = 'noreferrer';
    leaveLink.textContent = 'Leave quickly';
    aside.append(lockButton, leaveLink);
    return aside;
  };

  /** Replaces this page with the opened one; nothing in it can run, and a redirecting page is followed at once. */
  const show = (html: string): void => {
    const page = new DOMParser().parseFromString(html, 'text/html');
    const refresh = page.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content')?.match(/url\s*=\s*['"]?([^'"]+)/i)?.[1];
    if (refresh) {
      location.replace(new URL(refresh.trim(), location.href).href);
      return;
    }
    // The site's stylesheet came sealed inside the page, as inert text: applied as constructed stylesheets, which the CSP allows and <style> it would not.
    const sheets = [...page.querySelectorAll('script[type="text/css"]')].map((element) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(element.textContent ?? '');
      return sheet;
    });
    page.querySelectorAll('script, iframe, object, embed, base').forEach((node) => node.remove());
    page.querySelectorAll('*').forEach((element) => {
      for (const name of element.getAttributeNames()) if (name.toLowerCase().startsWith('on')) element.removeAttribute(name);
    });
    page.title = config.title;
    const style = page.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL(config.style, root).href;
    page.head.append(style);
    const slot = page.body.querySelector(`[${config.controlsSlot}]`);
    const skip = page.body.firstElementChild;
    if (slot) slot.append(controls(page, true));
    else if (skip?.matches('a[href^="#"]')) skip.after(controls(page, false));
    else page.body.prepend(controls(page, false));
    document.replaceChild(document.importNode(page.documentElement, true), document.documentElement);
    document.adoptedStyleSheets = sheets;
    shown = true;
    const target = storage.get(config.targetItem);
    if (target !== null) {
      try {
        sessionStorage.removeItem(config.targetItem);
      } catch {
        // Storage turned off.
      }
    }
    reveal(target ?? decode(location.hash.slice(1)));
  };

  const openWith = async (raw: Uint8Array<ArrayBuffer>): Promise<boolean> => {
    if (pageEnvelope.v !== config.version) return false;
    const key = await open.importSiteKey(raw);
    for (const path of paths()) {
      const html = await open.openPage(pageEnvelope, key, path);
      if (html !== null) {
        show(html);
        return true;
      }
    }
    return false;
  };

  if (!globalThis.isSecureContext || !globalThis.crypto?.subtle) {
    say(config.messages.insecure);
    return;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (button) button.disabled = true;
    say(config.messages.opening);
    void (async () => {
      const raw = await open.openSiteKey(keyEnvelope, input.value);
      if (raw === null) {
        if (button) button.disabled = false;
        ask(config.messages.wrong);
        input.select();
        return;
      }
      storage.set(config.keyItem, open.toBase64(raw));
      storage.set(config.saltItem, keyEnvelope.salt);
      if (!(await openWith(raw))) {
        if (button) button.disabled = false;
        say(config.messages.damaged);
      }
    })();
  });

  const stored = storage.get(config.keyItem);
  if (stored === null || storage.get(config.saltItem) !== keyEnvelope.salt) {
    ask('');
    return;
  }
  // Unlocked earlier in this tab, for this very site: open without asking.
  document.body.classList.add('waymark-opening');
  Promise.resolve(stored)
    .then((raw) => openWith(open.fromBase64(raw)))
    .then(
      (opened) => {
        if (!opened) {
          document.body.classList.remove('waymark-opening');
          say(config.messages.damaged);
        }
      },
      () => ask(''),
    );
}
