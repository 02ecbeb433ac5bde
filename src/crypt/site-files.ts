// Lists the files of a built site folder and removes the folders encryption leaves empty.

import { readdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

/** A built site's regular files (`files`) and anything else in it (`others`: links, sockets…, which an encrypted site does not keep). */
export { listTree as siteFiles, type FolderTree as SiteFiles } from '../output/manifest.js';

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
