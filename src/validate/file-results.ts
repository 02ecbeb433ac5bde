// Remembers what each file's own checks found, by its parsed source, so `waymark serve` re-checks only the file that was saved.

import type { Source } from '../load/read-source.js';

const results = new WeakMap<Source, { context: string; result: unknown }>();

/**
 * `compute(source)` once per source and `context` (everything besides the file that the result
 * depends on, as a string); a source that was re-read is a new object, so it is checked again.
 */
export function fileResult<T>(source: Source, context: string, compute: (source: Source) => T): T {
  const known = results.get(source);
  if (known && known.context === context) return known.result as T;
  const result = compute(source);
  results.set(source, { context, result });
  return result;
}
