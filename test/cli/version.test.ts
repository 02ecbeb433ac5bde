// `waymark --version` prints the version from package.json, the one place it is written.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { waymark } from './run-cli.js';

it('waymark --version (and -V) prints the version in package.json', () => {
  const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
  expect(waymark(['--version'], { cwd: '/' })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  expect(waymark(['-V'], { cwd: '/' }).stdout).toBe(`${version}\n`);
});
