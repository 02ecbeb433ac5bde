// The version a cache entry is keyed by: Waymark's own, and the code that derives what the cache keeps.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * The modules whose output the cache keeps (parsed front matter and its problems, journals as HTML),
 * relative to this one. Their text is part of the version, so a change to how a file is read or a
 * journal rendered never meets an entry made by the code before it, even before the version is bumped.
 */
const DERIVING = ['../load/read-source', '../load/parse-yaml', '../load/split-frontmatter', '../load/line-index', '../load/body', '../site/render-markdown'];

let known: string | undefined;

export function cacheVersion(): string {
  if (known) return known;
  const hash = createHash('sha256');
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown; dependencies?: unknown };
  // The package's version, and the ranges of the parsers it uses (yaml, remark, rehype).
  hash.update(JSON.stringify([manifest.version, manifest.dependencies, process.versions.v8]));
  // From dist/ these are .js files, from src/ (the tests) .ts files.
  const extension = extname(new URL(import.meta.url).pathname);
  for (const module of DERIVING) hash.update(readFileSync(new URL(`${module}${extension}`, import.meta.url)));
  return (known = `${String(manifest.version)}+${hash.digest('hex').slice(0, 16)}`);
}
