// Where a plan repository's CI installs Waymark from: what npm recorded for this copy, else package.json's repository.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installSource } from '../../src/init/install-source.js';

/** A global install's tree: <prefix>/lib/node_modules/waymark, with npm's hidden lockfile beside it. */
function installed(resolved: Record<string, unknown> | null, manifest: Record<string, unknown> = { name: 'waymark', version: '0.1.0' }): string {
  const modules = join(mkdtempSync(join(tmpdir(), 'waymark-prefix-')), 'lib', 'node_modules');
  const root = join(modules, 'waymark');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify(manifest));
  if (resolved) writeFileSync(join(modules, '.package-lock.json'), JSON.stringify({ name: 'lib', lockfileVersion: 3, packages: { 'node_modules/waymark': { version: '0.1.0', ...resolved } } }));
  return root;
}

describe('installSource', () => {
  it('is the git URL npm installed this copy from, over HTTPS so that CI needs no SSH key', () => {
    expect(installSource(installed({ resolved: 'git+ssh://git@github.com/someone/waymark.git#4b825dc642cb6eb9a060e54bf8d69288fbee4904' }))).toBe(
      'git+https://github.com/someone/waymark.git#4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    );
    expect(installSource(installed({ resolved: 'https://example.org/waymark-0.1.0.tgz' }))).toBe('https://example.org/waymark-0.1.0.tgz');
  });

  it('falls back to package.json\'s repository when the copy came from a folder or a local tarball', () => {
    const repository = { name: 'waymark', repository: { type: 'git', url: 'git+https://example.org/waymark.git' } };
    expect(installSource(installed({ resolved: 'file:/tmp/waymark-0.1.0.tgz' }, repository))).toBe('git+https://example.org/waymark.git');
    expect(installSource(installed({ resolved: '../../../home/sam/waymark', link: true }, { name: 'waymark', repository: 'someone/waymark' }))).toBe('github:someone/waymark');
    expect(installSource(installed(null, { name: 'waymark', repository: 'gitlab:someone/waymark' }))).toBe('gitlab:someone/waymark');
  });

  it('is null when neither says where, so the workflow asks for the repository variable', () => {
    expect(installSource(installed({ resolved: 'file:/tmp/waymark-0.1.0.tgz' }))).toBeNull();
    expect(installSource(installed(null))).toBeNull();
  });
});
