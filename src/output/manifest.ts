// The list of files a build wrote into its output folder, kept in the folder itself: what the next build may replace or delete, and nothing else.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KEY_ELEMENT } from '../crypt/envelope.js';

/** Written into every output folder; it says a build wrote there, of which kind, and which files. */
export const SITE_MARKER = '.waymark-site';

const NOTE = 'Written by waymark build. The next build replaces or deletes only the files listed here; anything else in this folder is left alone.';

export const SiteKind = z.enum(['plain', 'encrypted']);
export type SiteKind = z.infer<typeof SiteKind>;

export const Manifest = z.object({
  note: z.string().optional(),
  kind: SiteKind,
  /** Relative to the output folder, with `/` separators. */
  files: z.array(z.string().refine((path) => !path.split('/').includes('..') && !path.startsWith('/'))),
});
export type Manifest = z.infer<typeof Manifest>;

/** Entries a person keeps beside a published site (a gh-pages checkout), which no build writes. */
export function isOwnersEntry(name: string): boolean {
  return name.startsWith('.') || name === 'CNAME';
}

/**
 * The last build's manifest; null when no build wrote the folder. A marker from before manifests (plain
 * text) stands for every file there but the person's own entries: those builds emptied the folder of all else.
 */
export function readManifest(out: string): Manifest | null {
  const marker = join(out, SITE_MARKER);
  if (!existsSync(marker)) return null;
  const text = readFileSync(marker, 'utf8');
  try {
    const parsed = Manifest.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // An older marker: plain text.
  }
  const files = listFolder(out).filter((path) => !path.split('/').some(isOwnersEntry));
  const index = join(out, 'index.html');
  const encrypted = existsSync(index) && readFileSync(index, 'utf8').includes(`id="${KEY_ELEMENT}"`);
  return { kind: encrypted ? 'encrypted' : 'plain', files };
}

export function writeManifest(out: string, kind: SiteKind, files: Iterable<string>): void {
  const manifest: Manifest = { note: NOTE, kind, files: [...new Set(files)].sort() };
  writeFileSync(join(out, SITE_MARKER), `${JSON.stringify(manifest, null, 1)}\n`);
}

/** Every regular file under `root` (a folder, or nothing yet), relative with `/` separators, sorted; links and special files are not followed. */
export function listFolder(root: string): string[] {
  return existsSync(root) && statSync(root).isDirectory() ? listTree(root).files : [];
}

export interface FolderTree {
  /** Regular files, relative to the root with `/` separators, sorted. */
  files: string[];
  /** Anything else (symbolic links, sockets…), never followed. */
  others: string[];
}

/** Everything under the folder `root`, walked without following a link. */
export function listTree(root: string): FolderTree {
  const found: FolderTree = { files: [], others: [] };
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else if (entry.isFile()) found.files.push(path);
      else found.others.push(path);
    }
  };
  walk(root, '');
  found.files.sort();
  found.others.sort();
  return found;
}
