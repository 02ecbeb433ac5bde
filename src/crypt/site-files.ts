// Lists the files of a built site folder and removes the folders encryption leaves empty.

import { readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteFiles {
  /** Regular files, relative to the root with `/` separators, sorted. */
  files: string[];
  /** Anything else (symbolic links, sockets…), which an encrypted site does not keep. */
  others: string[];
}

export function siteFiles(root: string): SiteFiles {
  const found: SiteFiles = { files: [], others: [] };
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

/** Removes every empty folder under `root` (never `root` itself), deepest first. */
export function removeEmptyFolders(root: string): void {
  const sweep = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && sweep(join(folder, entry.name))) rmdirSync(join(folder, entry.name));
      else empty = false;
    }
    return empty;
  };
  sweep(root);
}
