// encryptSite on a small hand-written site: nothing of the plan left in any name or file, the parameters privacy.md asks for, links that still lead where they did.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decryptPage, keyEnvelopeOf, pageEnvelopeOf, unwrapSiteKey } from '../../src/crypt/decrypt-page.js';
import { encryptSite, type EncryptedSite } from '../../src/crypt/encrypt-site.js';
import { fromBase64 } from '../../src/crypt/open.js';
import { ENCRYPTED_CSP } from '../../src/crypt/page-head.js';
import { listTree, PASSPHRASE, readSite, SECRETS, writePlanSite, withoutCiphertext } from './plan-site.js';

let root: string;
let result: EncryptedSite;
let siteKey: CryptoKey;
let sealed: string[];

/** The original HTML of a sealed page. */
async function open(path: string): Promise<string> {
  const opened = await decryptPage(readSite(root, path), siteKey, path);
  if (!opened.ok) throw new Error(opened.message);
  return opened.html;
}

/** Where a link in the page at `from` (decrypted) leads, relative to the site's root. */
function follow(from: string, href: string): string {
  const url = new URL(href, `https://site.invalid/${from}`);
  return url.pathname.slice(1) + url.hash;
}

beforeAll(async () => {
  root = writePlanSite();
  result = await encryptSite(root, PASSPHRASE);
  sealed = result.files.filter((file) => file.endsWith('.html'));
  const key = await unwrapSiteKey(readSite(root, 'index.html'), PASSPHRASE);
  if (!key.ok) throw new Error(key.message);
  siteKey = key.key;
}, 60_000);

describe('nothing of the plan in the clear', () => {
  it('leaves no name, id, date or journal word in any file or folder name', () => {
    const names = listTree(root);
    for (const secret of SECRETS) {
      expect(names.filter((name) => name.toLowerCase().includes(secret.toLowerCase())), secret).toEqual([]);
    }
  });

  it('leaves none of them in any file either, outside the ciphertext', () => {
    for (const file of result.files) {
      const text = withoutCiphertext(readSite(root, file)).toLowerCase();
      expect(text, file).not.toMatch(/[a-z0-9+/]{40,}/);
      for (const secret of SECRETS) expect(text.includes(secret.toLowerCase()), `${secret} in ${file}`).toBe(false);
    }
  });

  it('writes the unlock page, opaque pages, the assets and the marker, and deletes the sitemap, the feed and the search index', () => {
    expect(result.files.filter((file) => !file.startsWith('p/'))).toEqual(['.waymark-site', 'assets/unlock.css', 'assets/unlock.js', 'index.html']);
    expect(sealed.filter((file) => file.startsWith('p/')).every((file) => /^p\/[0-9a-f]{32}\.html$/.test(file))).toBe(true);
    expect(result.pages).toBe(7);
    expect(sealed).toHaveLength(7);
    expect(result.removed).toEqual(['rowan-q/feed.xml', 'search-index.json', 'sitemap.xml']);
    expect(existsSync(join(root, 'rowan-q'))).toBe(false);
    expect(result.unresolved).toEqual([]);
    expect(result.crisis).toEqual([]);
  });

  it('gives every page the same neutral shell: title, privacy tags, the one script, no plan', () => {
    for (const file of sealed) {
      const html = readSite(root, file);
      expect(html).toContain('<title>Private notes</title>');
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${ENCRYPTED_CSP}">`);
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
      expect(html).toContain(`<script src="${file === 'index.html' ? '' : '../'}assets/unlock.js"></script>`);
      expect(html).toContain('Leave quickly');
      expect(html).not.toMatch(/<script(?![^>]*(?:type="application\/json"|src="(?:\.\.\/)?assets\/unlock\.js"))/);
    }
  });

  it("seals the site's stylesheet inside every page, so no class name of it stands in the clear", async () => {
    expect(existsSync(join(root, 'assets/site.css'))).toBe(false);
    for (const file of result.files) expect(readSite(root, file), file).not.toContain('.journal');
    expect(await open('index.html')).toContain('<script type="text/css">body { font-family: system-ui, sans-serif; }\n.journal { font-style: italic; }\n</script>');
  });

  it('pads every sealed page to a size class: a page twice as long is often the very same size', async () => {
    const plain = await Promise.all(sealed.map((file) => open(file)));
    for (const [i, file] of sealed.entries()) {
      const data = fromBase64(pageEnvelopeOf(readSite(root, file))?.data ?? '');
      expect((data.length - 16) % 4096, file).toBe(0);
      expect(data.length - 16, file).toBe(Math.ceil((Buffer.byteLength(plain[i]!) + 1) / 4096) * 4096);
    }
  });
});

describe('the envelope', () => {
  it('wraps the site key under PBKDF2-SHA-256 with 1,000,000 rounds and a 16-byte salt, the same in every page', () => {
    const envelope = keyEnvelopeOf(readSite(root, 'index.html'));
    expect(envelope).toMatchObject({ v: 2, kdf: 'PBKDF2', hash: 'SHA-256', iterations: 1_000_000, wrap: 'AES-GCM' });
    expect(result.iterations).toBeGreaterThanOrEqual(1_000_000);
    expect(fromBase64(envelope?.salt ?? '')).toHaveLength(16);
    expect(fromBase64(envelope?.iv ?? '')).toHaveLength(12);
    expect(fromBase64(envelope?.key ?? '')).toHaveLength(32 + 16);
    for (const file of sealed) expect(keyEnvelopeOf(readSite(root, file))).toEqual(envelope);
  });

  it('seals each page under its own 12-byte IV', () => {
    const ivs = sealed.map((file) => pageEnvelopeOf(readSite(root, file))?.iv ?? '');
    for (const iv of ivs) expect(fromBase64(iv)).toHaveLength(12);
    expect(new Set(ivs).size).toBe(sealed.length);
  });

  it("binds each page to its own path: it opens under that path and under no other", async () => {
    const [first, second] = sealed.filter((file) => file.startsWith('p/'));
    if (!first || !second) throw new Error('two sealed pages expected');
    expect((await decryptPage(readSite(root, first), siteKey, first)).ok).toBe(true);
    expect(await decryptPage(readSite(root, first), siteKey, second)).toEqual({ ok: false, message: `${second} cannot be decrypted: it was changed or damaged, moved from another page, or sealed under another key` });
  });

  it('uses a new salt, site key and names on every build', async () => {
    const again = writePlanSite();
    const next = await encryptSite(again, PASSPHRASE);
    expect(keyEnvelopeOf(readSite(again, 'index.html'))?.salt).not.toBe(keyEnvelopeOf(readSite(root, 'index.html'))?.salt);
    expect(next.files.filter((file) => file.startsWith('p/')).some((file) => result.files.includes(file))).toBe(false);
    expect((await decryptPage(readSite(again, 'index.html'), siteKey, 'index.html')).ok).toBe(false);
  }, 30_000);
});

describe('the pages inside', () => {
  it('holds each whole original page, its links rewritten to the new names', async () => {
    const home = await open('index.html');
    expect(home).toContain('<title>Rowan Quill&#39;s recovery plan</title>');
    const dashboard = /url=([^"]+)"/.exec(home)?.[1] ?? '';
    expect(dashboard).toMatch(/^p\/[0-9a-f]{32}\.html$/);
    const overview = await open(dashboard);
    expect(overview).toContain('<h1 id="overview-heading">Rowan Quill, 40 days</h1>');
    expect(overview).toContain('<script type="text/css">body { font-family: system-ui, sans-serif; }');
    expect(overview).not.toContain('<link rel="stylesheet" href="../assets/site.css">');
    expect(overview).toContain('<a class="skip-link" href="#main">');
  });

  it('leads every link to the page it led to before, fragments kept', async () => {
    const home = await open('index.html');
    const overviewPath = follow('index.html', /url=([^"]+)"/.exec(home)?.[1] ?? '');
    const overview = await open(overviewPath);
    const href = (text: string) => {
      const match = new RegExp(`<a (?:[^>]* )?href="([^"]+)"[^>]*>${text}</a>`).exec(overview);
      if (!match?.[1]) throw new Error(`no link ${text}`);
      return follow(overviewPath, match[1]);
    };
    expect(await open(href('Pottery class on Thursdays'))).toContain('<h1>Pottery class on Thursdays</h1>');
    expect(href('Goals')).toMatch(/^p\/[0-9a-f]{32}\.html$/);
    expect(await open(href('Goals'))).toContain('<h1>Goals</h1>');
    expect(href('Uncle Bartholomew')).toMatch(/^p\/[0-9a-f]{32}\.html#uncle-bartholomew$/);
    expect(await open(href('Uncle Bartholomew').replace(/#.*/, ''))).toContain('<section id="uncle-bartholomew">');
    expect(href('friday-payday')).toMatch(/#friday-payday$/);
    expect(await open(href('14 March 2026'))).toContain('Marmalade on toast');
    expect(href('Rowan Quill&#39;s plan')).toBe(overviewPath);
  });
});

describe('refusals', () => {
  it('refuses a passphrase under 12 characters and fewer than 1,000,000 rounds, touching nothing', async () => {
    const untouched = writePlanSite();
    await expect(encryptSite(untouched, 'short one')).rejects.toThrow('under 12 characters');
    await expect(encryptSite(untouched, PASSPHRASE, { iterations: 999_999 })).rejects.toThrow('at least 1000000');
    await expect(encryptSite(untouched, PASSPHRASE, { publicCrisis: 'rowan-q/nope.html' })).rejects.toThrow('rowan-q/nope.html is not a page');
    expect(readSite(untouched, 'rowan-q/index.html')).toContain('Rowan Quill');
  });
});
