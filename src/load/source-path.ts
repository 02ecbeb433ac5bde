// The absolute path of a parsed file, worked out once per source: `waymark serve` compares every file of a plan with the saved one on each save.

import { resolve } from 'node:path';
import type { Source } from './read-source.js';

const paths = new WeakMap<Source, string>();

export function sourcePath(source: Source): string {
  let path = paths.get(source);
  if (path === undefined) paths.set(source, (path = resolve(source.file)));
  return path;
}
