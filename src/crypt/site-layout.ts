// Decides what becomes of each file of a built site when it is encrypted: sealed under an opaque name, kept as an asset, or deleted.

import { posix } from 'node:path';
import { SITE_MARKER } from '../output/manifest.js';
import { opaqueName } from './seal.js';

export const SEALED_FOLDER = 'p';
export const ASSETS_FOLDER = 'assets';
export const UNLOCK_PAGE = 'index.html';
export const UNLOCK_SCRIPT = `${ASSETS_FOLDER}/unlock.js`;
export const UNLOCK_STYLE = `${ASSETS_FOLDER}/unlock.css`;

/** Assets that may stay in the clear: styles, pictures and fonts. Anything else (sitemaps, feeds, search indexes, scripts, SVG, text) is deleted. */
const ASSET_EXTENSIONS = new Set(['.css', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.woff', '.woff2']);

export interface SiteLayout {
  /** Original page → its new path: `index.html` stays (the unlock page holds it), every other page becomes `p/<random>.html`. */
  pages: Map<string, string>;
  /** Original asset → its new path: the site's own `assets/NAME` keep their name, any other moves to `assets/<random>.EXT`. */
  assets: Map<string, string>;
  /** Files deleted because they would stand in the clear. */
  removed: string[];
}

/** `files` are paths relative to the site's root with `/` separators. */
export function siteLayout(files: readonly string[]): SiteLayout {
  const pages = new Map<string, string>();
  const assets = new Map<string, string>();
  const removed: string[] = [];
  const taken = new Set<string>([UNLOCK_PAGE, UNLOCK_SCRIPT, UNLOCK_STYLE]);
  const fresh = (folder: string, extension: string) => {
    for (;;) {
      const name = `${folder}/${opaqueName()}${extension}`;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  for (const file of [...files].sort()) {
    const extension = posix.extname(file).toLowerCase();
    if (file === SITE_MARKER) continue;
    if (extension === '.html' || extension === '.htm') {
      pages.set(file, file === UNLOCK_PAGE ? UNLOCK_PAGE : fresh(SEALED_FOLDER, '.html'));
    } else if (ASSET_EXTENSIONS.has(extension)) {
      const ownAsset = posix.dirname(file) === ASSETS_FOLDER && !taken.has(file);
      if (ownAsset) taken.add(file);
      assets.set(file, ownAsset ? file : fresh(ASSETS_FOLDER, extension));
    } else {
      removed.push(file);
    }
  }
  return { pages, assets, removed };
}
