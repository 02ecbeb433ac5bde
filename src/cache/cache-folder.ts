// Where `build` and `serve` keep their cache, and the folder made private (0700) before anything is written to it.

import { chmodSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `node_modules/.cache/waymark/` when the working folder has `node_modules/` (where build tools keep
 * their caches), else `$XDG_CACHE_HOME/waymark/`, else `~/.cache/waymark/`.
 */
export function cacheFolder(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  if (existsSync(join(cwd, 'node_modules'))) return resolve(cwd, 'node_modules/.cache/waymark');
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says to ignore a relative path.
  const base = xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache');
  return join(base, 'waymark');
}

/**
 * Makes `folder` (and any folder above it that is missing) with mode 0700, and takes a folder of
 * ours that is wider back to 0700: the cache holds plan text. Null when it cannot be made or is not
 * a real folder (a symlink is not followed): the build then runs without a cache.
 */
export function privateFolder(folder: string): string | null {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stat = lstatSync(folder);
    if (!stat.isDirectory()) return null;
    if ((stat.mode & 0o777) !== 0o700) chmodSync(folder, 0o700);
    return folder;
  } catch {
    return null;
  }
}
