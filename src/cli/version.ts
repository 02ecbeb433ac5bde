// Waymark's version, read from the package.json that ships with it (one source: npm's own field).

import { readFileSync } from 'node:fs';

/** The `version` of the installed package: dist/cli/ sits two folders below package.json. */
export function waymarkVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
