// Opens the build cache for `build` and `serve`, unless --no-cache says not to touch it.

import { BuildCache } from './build-cache.js';
import { cacheFolder } from './cache-folder.js';

/** Null with --no-cache, or when the cache folder cannot be made: the command then derives everything itself. */
export function openBuildCache(plansDir: string, noCache: boolean): BuildCache | null {
  return noCache ? null : BuildCache.open(cacheFolder(), plansDir);
}
