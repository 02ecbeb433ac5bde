// Where a relative URL in a page of the site leads, and how to write the way from one new name to another.

import { posix } from 'node:path';

export interface LinkTarget {
  /** The file in the site, relative to its root, with `/` separators. */
  path: string;
  /** `#fragment`, or '' */
  hash: string;
}

const BASE = 'https://site.invalid/';

/** The file in the site `url` (as written in the page at `from`) leads to, or null for URLs that leave the site or stay on the page. */
export function linkTarget(from: string, url: string): LinkTarget | null {
  if (url === '' || url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  let resolved: URL;
  try {
    resolved = new URL(url, BASE + from);
  } catch {
    return null;
  }
  if (resolved.origin !== new URL(BASE).origin) return null;
  let path = safeDecode(resolved.pathname.slice(1));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return { path, hash: resolved.hash };
}

/** The relative URL from the page at `from` to the file at `to` (both relative to the site's root). */
export function relativeHref(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to);
  return relative.split('/').map(encodeURIComponent).join('/');
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
