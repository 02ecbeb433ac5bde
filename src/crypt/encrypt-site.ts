// Rewrites a built site folder in place into an encrypted one: an unlock page, sealed pages under opaque names, assets, nothing of the plan in the clear.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ITERATIONS, type KeyEnvelope } from './envelope.js';
import { linkTarget, relativeHref } from './link-target.js';
import { publicCrisisPage } from './public-crisis.js';
import { rewriteCssUrls, rewriteHtmlUrls, type RewriteUrl } from './rewrite-links.js';
import { newSiteKey, sealPage, wrapSiteKey } from './seal.js';
import { inlineStylesheets } from './sealed-styles.js';
import { shellPage } from './shell-page.js';
import { removeEmptyFolders, siteFiles } from './site-files.js';
import { siteLayout, UNLOCK_PAGE, UNLOCK_SCRIPT, UNLOCK_STYLE, type SiteLayout } from './site-layout.js';
import { unlockScript } from './unlock-script.js';
import { UNLOCK_CSS } from './unlock-style.js';

/** Shorter passphrases are refused (privacy.md); counted in characters as a person types them. */
export const MIN_PASSPHRASE_LENGTH = 12;
/** Where "Leave quickly" goes unless the build says otherwise: a page that says nothing about anyone. */
export const LEAVE_TO = 'https://www.example.org/';

export interface EncryptOptions {
  /** The original path of the crisis page to publish in the clear (such as `sam/crisis.html`), one per plan with `crisis.public: true`. */
  publicCrisis?: string | readonly string[] | null;
  /** PBKDF2 rounds; at least (and by default) 1,000,000. */
  iterations?: number;
  /** Where "Leave quickly" and Escape twice go. */
  leaveTo?: string;
}

export interface EncryptedSite {
  /** Pages sealed (the unlock page holds the site's own index.html). */
  pages: number;
  /** Every file now in the folder, relative to it, with `/` separators. */
  files: string[];
  /** Files deleted because they would have stood in the clear (sitemaps, feeds, search indexes…). */
  removed: string[];
  /** Links that led to no file of the site, as `page: url`; they now lead nowhere. Plan text: show it only to the owner. */
  unresolved: string[];
  /** Public crisis pages written, such as `crisis.html`. */
  crisis: string[];
  iterations: number;
  ms: number;
}

/** Throws only on a caller's mistake (a short passphrase, a crisis page that is not in the site); the folder is left as it was then. */
export async function encryptSite(outDir: string, passphrase: string, options: EncryptOptions = {}): Promise<EncryptedSite> {
  const started = performance.now();
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new RangeError(`encryptSite: the passphrase is under ${MIN_PASSPHRASE_LENGTH} characters`);
  const iterations = options.iterations ?? ITERATIONS;
  if (!Number.isSafeInteger(iterations) || iterations < ITERATIONS) throw new RangeError(`encryptSite: iterations must be a whole number of at least ${ITERATIONS}`);
  const leaveTo = options.leaveTo ?? LEAVE_TO;
  const found = siteFiles(outDir);
  const layout = siteLayout(found.files);
  if (!layout.pages.has(UNLOCK_PAGE)) throw new Error(`encryptSite: ${outDir} has no ${UNLOCK_PAGE} to put behind the unlock page`);
  const crisisSources = [options.publicCrisis ?? []].flat().map((path) => path.replaceAll('\\', '/'));
  for (const path of crisisSources) if (!layout.pages.has(path)) throw new Error(`encryptSite: the crisis page ${path} is not a page of ${outDir}`);
  const crisisNames = crisisSources.map((_, i) => (i === 0 ? 'crisis.html' : `crisis-${i + 1}.html`));

  const siteKey = await newSiteKey();
  const key: KeyEnvelope = await wrapSiteKey(siteKey, passphrase, iterations);
  const outputs = new Map<string, string | Buffer>();
  const unresolved: string[] = [];
  const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
  // Every sealed page inlines the same few stylesheets: each is read once.
  const stylesheets = new Map<string, string>();
  const stylesheet = (path: string) => stylesheets.get(path) ?? stylesheets.set(path, read(path)).get(path)!;

  // The site's stylesheets go inside every sealed page; they stand in the clear only for a public crisis page.
  const inlined = new Set<string>();
  for (const [original, sealed] of layout.pages) {
    const styled = inlineStylesheets(read(original), original, (path) => (path.endsWith('.css') && layout.assets.has(path) ? rewriteCssUrls(stylesheet(path), sealedRewrite(layout, path, sealed, unresolved)) : null));
    for (const path of styled.inlined) inlined.add(path);
    const html = rewriteHtmlUrls(styled.html, sealedRewrite(layout, original, sealed, unresolved));
    const page = await sealPage(html, siteKey, sealed);
    outputs.set(sealed, shellPage({ path: sealed, key, page, leaveTo, crisis: crisisNames }));
  }
  crisisSources.forEach((original, i) => {
    const path = crisisNames[i] ?? 'crisis.html';
    const page = publicCrisisPage(read(original), { path, leaveTo, rewrite: crisisRewrite(layout, original, path, unresolved) });
    if (page === null) throw new Error(`encryptSite: the crisis page ${original} has no <main> element, so its own content cannot be told apart`);
    outputs.set(path, page);
  });
  for (const [original, next] of layout.assets) {
    if (inlined.has(original) && crisisSources.length === 0) continue;
    const bytes = readFileSync(join(outDir, original));
    outputs.set(next, next.endsWith('.css') ? rewriteCssUrls(bytes.toString('utf8'), sealedRewrite(layout, original, next, unresolved)) : bytes);
  }
  outputs.set(UNLOCK_SCRIPT, unlockScript(leaveTo));
  outputs.set(UNLOCK_STYLE, UNLOCK_CSS);

  // Everything is sealed in memory first, so a failure above leaves the folder untouched.
  for (const [path, content] of outputs) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
  const originals = [...layout.pages.keys(), ...layout.assets.keys(), ...layout.removed, ...found.others];
  for (const path of originals) if (!outputs.has(path)) rmSync(join(outDir, path), { force: true });
  removeEmptyFolders(outDir);

  return {
    pages: layout.pages.size,
    files: siteFiles(outDir).files,
    removed: layout.removed,
    unresolved,
    crisis: crisisNames,
    iterations,
    ms: performance.now() - started,
  };
}

/** A page's (or stylesheet's) URLs, for its new place among the sealed pages. */
function sealedRewrite(layout: SiteLayout, original: string, next: string, unresolved: string[]): RewriteUrl {
  return (url) => {
    const target = linkTarget(original, url);
    if (target === null) return url;
    const to = findFile(layout, target.path);
    if (to === null) {
      unresolved.push(`${original}: ${url}`);
      return '#';
    }
    return relativeHref(next, to) + target.hash;
  };
}

/** The public crisis page keeps its assets and its own fragments; every other page is reached through the unlock page. */
function crisisRewrite(layout: SiteLayout, original: string, next: string, unresolved: string[]): RewriteUrl {
  return (url) => {
    const target = linkTarget(original, url);
    if (target === null) return url;
    if (target.path === original) return target.hash || relativeHref(next, next);
    const asset = layout.assets.get(target.path);
    if (asset !== undefined) return relativeHref(next, asset);
    if (findFile(layout, target.path) !== null) return relativeHref(next, UNLOCK_PAGE);
    unresolved.push(`${original}: ${url}`);
    return '#';
  };
}

function findFile(layout: SiteLayout, path: string): string | null {
  return layout.pages.get(path) ?? layout.assets.get(path) ?? layout.pages.get(`${path}.html`) ?? layout.pages.get(`${path}/index.html`) ?? null;
}
