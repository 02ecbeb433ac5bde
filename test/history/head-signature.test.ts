// Telling whether HEAD moved from .git's files: the folders git names, read through a link, and the repositories where only git can tell.

import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRepository, type FoundRepository } from '../../src/history/find-repository.js';
import { headSignature } from '../../src/history/head-signature.js';
import { TestRepository } from './git-repository.js';

const made: TestRepository[] = [];
afterAll(() => made.forEach((repo) => rmSync(repo.root, { recursive: true, force: true })));

function repository(): TestRepository {
  const repo = new TestRepository();
  made.push(repo);
  return repo.write('sub/plans/sam/plan.md', '---\ntitle: My plan\n---\n').commit('Start', '2026-09-01T12:00:00Z');
}

function found(folder: string): FoundRepository {
  const result = findRepository(folder);
  if (!result.found) throw new Error(`no repository at ${folder}`);
  return result;
}

describe.skipIf(process.platform === 'win32')('headSignature', () => {
  it('finds .git from a plan folder reached through a link, and changes with a commit and a gc', () => {
    const repo = repository();
    const link = join(repo.root, '../', `link-${Date.now()}`);
    symlinkSync(join(repo.root, 'sub/plans'), link);
    try {
      const through = found(join(link, 'sam'));
      expect(through.commonDir).toBe(join(realpathSync(repo.root), '.git'));
      const before = headSignature(through);
      repo.write('sub/plans/sam/plan.md', '---\ntitle: My own plan\n---\n').commit('Rename', '2026-09-02T12:00:00Z');
      const committed = headSignature(through);
      expect(committed).not.toBe(before);
      repo.git('gc', '-q');
      expect(headSignature(through)).not.toBe(committed);
    } finally {
      rmSync(link);
    }
  });

  it('leaves it to git in a reftable repository and for a ref that names another ref', () => {
    const repo = repository();
    const plain = found(join(repo.root, 'sub/plans/sam'));
    expect(headSignature(plain)).toMatch(/^ref: refs\/heads\/main\n\|[0-9a-f]{40}\n\|/);
    writeFileSync(join(repo.root, '.git/refs/heads/alias'), 'ref: refs/heads/main\n');
    repo.git('symbolic-ref', 'HEAD', 'refs/heads/alias');
    expect(headSignature(plain)).toBeNull();
    mkdirSync(join(repo.root, '.git/reftable'));
    repo.git('symbolic-ref', 'HEAD', 'refs/heads/main');
    expect(headSignature(plain)).toBeNull();
  });
});
