// With publicCrisis, the crisis page alone stands in the clear: under a neutral name and title, with only the crisis plan, its other links leading to the unlock page.

import { beforeAll, describe, expect, it } from 'vitest';
import { decryptPage, unwrapSiteKey } from '../../src/crypt/decrypt-page.js';
import { encryptSite, type EncryptedSite } from '../../src/crypt/encrypt-site.js';
import { ENCRYPTED_CSP } from '../../src/crypt/page-head.js';
import { publicCrisisPage } from '../../src/crypt/public-crisis.js';
import { CRISIS_CONTENT, NOT_CRISIS, PASSPHRASE, readSite, SECRETS, writePlanSite, withoutCiphertext } from './plan-site.js';

let root: string;
let result: EncryptedSite;
let crisis: string;

beforeAll(async () => {
  root = writePlanSite();
  result = await encryptSite(root, PASSPHRASE, { publicCrisis: 'rowan-q/crisis.html' });
  crisis = readSite(root, 'crisis.html');
}, 60_000);

describe('the public crisis page', () => {
  it('is crisis.html, with a neutral title and the privacy tags', () => {
    expect(result.crisis).toEqual(['crisis.html']);
    expect(crisis).toContain('<title>Crisis plan</title>');
    expect(crisis).toContain(`<meta http-equiv="Content-Security-Policy" content="${ENCRYPTED_CSP}">`);
    expect(crisis).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(crisis).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('holds what the crisis plan holds and nothing else of the plan: no plan name, navigation, footer, goal, date or journal', () => {
    for (const content of CRISIS_CONTENT) expect(crisis).toContain(content);
    for (const secret of NOT_CRISIS) expect(crisis.toLowerCase().includes(secret.toLowerCase()), secret).toBe(false);
    expect(crisis).not.toContain('<nav');
    expect(crisis).not.toContain('<footer');
  });

  it('keeps its numbers, its own fragments and its stylesheet, and leads every other page to the unlock page', () => {
    expect(crisis).toContain('<a href="tel:08005550199">0800 555 0199</a>');
    expect(crisis).toContain('<a href="#emergency">Numbers</a>');
    expect(crisis).toContain('<a href="#coping">coping</a>');
    expect(crisis).toContain('<link rel="stylesheet" href="assets/site.css">');
    expect(crisis).toContain('<a href="index.html">Uncle Bartholomew</a>');
    expect(crisis).toContain('<a href="index.html">my goals</a>');
    expect(crisis).not.toMatch(/href="p\//);
    expect(crisis).toContain('<script src="assets/unlock.js"></script>');
    expect(crisis).toContain('Leave quickly');
  });

  it('is linked from the unlock page and every sealed page, as "Crisis plan"', () => {
    for (const file of result.files.filter((path) => path.endsWith('.html') && path !== 'crisis.html')) {
      expect(readSite(root, file)).toContain(`<a href="${file === 'index.html' ? '' : '../'}crisis.html">Crisis plan</a>`);
    }
  });

  it('leaves everything else sealed, the crisis page included', async () => {
    for (const file of result.files.filter((path) => path !== 'crisis.html')) {
      const text = withoutCiphertext(readSite(root, file)).toLowerCase();
      for (const secret of SECRETS) expect(text.includes(secret.toLowerCase()), `${secret} in ${file}`).toBe(false);
    }
    const key = await unwrapSiteKey(readSite(root, 'index.html'), PASSPHRASE);
    if (!key.ok) throw new Error(key.message);
    const opened = await Promise.all(result.files.filter((path) => path.startsWith('p/')).map((path) => decryptPage(readSite(root, path), key.key, path)));
    expect(opened.filter((page) => page.ok && page.html.includes('<h1>My crisis plan</h1>'))).toHaveLength(1);
  });

  it('is not made from a page without a <main>, where its own content cannot be told apart', () => {
    expect(publicCrisisPage('<html><body><p>Call 112</p></body></html>', { path: 'crisis.html', leaveTo: 'https://www.example.org/', rewrite: (url) => url })).toBeNull();
  });
});
