// Whether a build may publish into an output folder: never over files it did not write, never mixing a plain site with an encrypted one.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { isOwnersEntry, readManifest, SITE_MARKER, type SiteKind } from './manifest.js';

/** Why the site of `kind` must not be published into `out`, or null when it may. `replace` allows replacing a site of the other kind. */
export function outputRefusal(out: string, kind: SiteKind, replace = false): string | null {
  if (!existsSync(out)) return null;
  if (!statSync(out).isDirectory()) return `${out} is a file, not a folder: pick a folder for the site with --out`;
  const previous = readManifest(out);
  if (previous === null) {
    const foreign = readdirSync(out).filter((name) => name !== SITE_MARKER && !isOwnersEntry(name));
    if (foreign.length > 0) return `${out} already holds files that waymark build did not write; to keep them safe nothing was deleted. Pick an empty or new folder with --out, or empty this one yourself`;
    return null;
  }
  if (previous.kind === kind || replace) return null;
  return kind === 'plain'
    ? `${out} holds an encrypted site, and this build would put your plan there unencrypted in its place; nothing was written. Build somewhere else with --out, or add --replace to replace the encrypted site`
    : `${out} holds a plain (unencrypted) site; nothing was written. Add --replace to replace it with the encrypted one, or pick another folder with --out`;
}
