// Tampering is caught: a wrong passphrase, a changed key parameter, one changed byte of a page, or two pages swapped, each fail with a plain message.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decryptPage, keyEnvelopeOf, pageEnvelopeOf, unwrapSiteKey } from '../../src/crypt/decrypt-page.js';
import { encryptSite } from '../../src/crypt/encrypt-site.js';
import { fromBase64, toBase64 } from '../../src/crypt/open.js';
import { PASSPHRASE, readSite, writePlanSite } from './plan-site.js';

let root: string;
let pages: string[];
let siteKey: CryptoKey;

const damaged = (path: string) => ({ ok: false, message: `${path} cannot be decrypted: it was changed or damaged, moved from another page, or sealed under another key` });

/** The page's HTML with one bit of its ciphertext (or tag) flipped at `offset`. */
function flipByte(html: string, offset: number): string {
  const envelope = pageEnvelopeOf(html);
  if (!envelope) throw new Error('no envelope');
  const bytes = fromBase64(envelope.data);
  const at = (offset + bytes.length) % bytes.length;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return html.replace(envelope.data, toBase64(bytes));
}

beforeAll(async () => {
  root = writePlanSite();
  const result = await encryptSite(root, PASSPHRASE);
  pages = result.files.filter((file) => file.endsWith('.html'));
  const key = await unwrapSiteKey(readSite(root, 'index.html'), PASSPHRASE);
  if (!key.ok) throw new Error(key.message);
  siteKey = key.key;
}, 60_000);

describe('the site key', () => {
  it('opens with the passphrase from any page, and with nothing else', async () => {
    for (const page of pages) expect((await unwrapSiteKey(readSite(root, page), PASSPHRASE)).ok).toBe(true);
    expect(await unwrapSiteKey(readSite(root, 'index.html'), 'lantern moss harbour 43')).toEqual({ ok: false, message: 'the passphrase does not open this site, or its key parameters were changed' });
  }, 30_000);

  it('does not open once a parameter of the envelope is changed, even with the right passphrase', async () => {
    const html = readSite(root, 'index.html');
    const envelope = keyEnvelopeOf(html);
    if (!envelope) throw new Error('no key envelope');
    const changed = (patch: object) => html.replace(JSON.stringify(envelope), JSON.stringify({ ...envelope, ...patch }));
    const salt = fromBase64(envelope.salt);
    salt[0] = (salt[0] ?? 0) ^ 1;
    for (const patch of [{ salt: toBase64(salt) }, { iterations: 1_000_001 }, { kdf: 'pbkdf2' }]) {
      expect((await unwrapSiteKey(changed(patch), PASSPHRASE)).ok, JSON.stringify(patch)).toBe(false);
    }
    expect(await unwrapSiteKey(changed({ v: 3 }), PASSPHRASE)).toEqual({ ok: false, message: 'the site key was wrapped in format 3; this Waymark reads format 2' });
  }, 30_000);
});

describe('a page', () => {
  it('opens unchanged', async () => {
    for (const page of pages) expect((await decryptPage(readSite(root, page), siteKey, page)).ok, page).toBe(true);
  });

  it('fails with a clear message when one byte of its ciphertext or tag is changed', async () => {
    const path = pages.find((page) => page.startsWith('p/')) ?? '';
    for (const offset of [0, 100, -1]) expect(await decryptPage(flipByte(readSite(root, path), offset), siteKey, path)).toEqual(damaged(path));
  });

  it('fails when its IV is changed', async () => {
    const path = pages[1] ?? '';
    const html = readSite(root, path);
    const iv = pageEnvelopeOf(html)?.iv ?? '';
    const other = fromBase64(iv);
    other[11] = (other[11] ?? 0) ^ 0x80;
    expect(await decryptPage(html.replace(iv, toBase64(other)), siteKey, path)).toEqual(damaged(path));
  });

  it('fails when two pages swap their files, in either direction, though both are genuine', async () => {
    const [first, second] = pages.filter((page) => page.startsWith('p/'));
    if (!first || !second) throw new Error('two sealed pages expected');
    const a = readSite(root, first);
    const b = readSite(root, second);
    writeFileSync(join(root, first), b);
    writeFileSync(join(root, second), a);
    expect(await decryptPage(readSite(root, first), siteKey, first)).toEqual(damaged(first));
    expect(await decryptPage(readSite(root, second), siteKey, second)).toEqual(damaged(second));
    expect(await decryptPage(readSite(root, first), siteKey, 'index.html')).toEqual(damaged('index.html'));
    writeFileSync(join(root, first), a);
    writeFileSync(join(root, second), b);
  });

  it('says which format it needs, and when there is nothing sealed at all', async () => {
    const html = readSite(root, 'index.html');
    expect(await decryptPage(html.replace('{"v":2,"iv"', '{"v":1,"iv"'), siteKey, 'index.html')).toEqual({ ok: false, message: 'index.html was sealed in format 1; this Waymark reads format 2' });
    expect(await decryptPage('<p>plain</p>', siteKey, 'x.html')).toEqual({ ok: false, message: 'x.html holds no sealed page (no <script id="waymark-page">)' });
  });
});
