// Moves a rendered (and, with --encrypt, sealed) site from its staging folder into the output folder: only changed bytes are written, only listed files removed.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { listFolder, readManifest, SITE_MARKER, writeManifest, type SiteKind } from './manifest.js';

export interface Published {
  /** Every file of the site now in the output folder, relative with `/` separators. */
  files: string[];
  /** Those whose bytes changed (or that are new), and so were written. */
  written: string[];
  /** Files of the last build that this one no longer makes, removed. */
  removed: string[];
}

/**
 * `partial`: the staging folder holds only some pages (a save in `waymark serve`); the rest of the
 * last build stays, and nothing is removed. Otherwise files the last build listed and this one did not make are removed.
 */
export function publishSite(staging: string, out: string, kind: SiteKind, partial = false): Published {
  mkdirSync(out, { recursive: true });
  const previous = readManifest(out)?.files ?? [];
  const staged = listFolder(staging).filter((path) => path !== SITE_MARKER);
  // Listed before anything is written: a build stopped halfway leaves every file it may have written on the list.
  writeManifest(out, kind, [...previous, ...staged]);
  const written: string[] = [];
  for (const path of staged) {
    const bytes = readFileSync(join(staging, path));
    const target = join(out, path);
    if (sameBytes(target, bytes)) continue;
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target) && statSync(target).isDirectory()) rmSync(target, { recursive: true });
    writeFileSync(target, bytes);
    written.push(path);
  }
  const made = new Set(staged);
  const removed = partial ? [] : previous.filter((path) => !made.has(path));
  for (const path of removed) {
    rmSync(join(out, path), { force: true });
    removeEmptyParents(out, path);
  }
  const files = partial ? [...new Set([...previous, ...staged])].sort() : staged;
  writeManifest(out, kind, files);
  return { files, written, removed };
}

function sameBytes(path: string, bytes: Buffer): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat !== undefined && stat.isFile() && stat.size === bytes.length && readFileSync(path).equals(bytes);
}

/** Removes the folders above `path` that its removal left empty, up to (never) `root`. */
function removeEmptyParents(root: string, path: string): void {
  for (let folder = posix.dirname(path); folder !== '.'; folder = posix.dirname(folder)) {
    const full = join(root, folder);
    if (!existsSync(full) || readdirSync(full).length > 0) return;
    rmdirSync(full);
  }
}
