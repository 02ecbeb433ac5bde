// Whether a repository's HEAD may have moved, told from its files without running git: `waymark serve` asks on every save.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FoundRepository } from './find-repository.js';

/**
 * HEAD's text, the loose ref it names (a commit id), and the size and time of packed-refs and shallow: a commit, an amend,
 * a checkout, a pull or a `git gc` changes one of them. Null when HEAD cannot be read, so that git is asked instead.
 */
export function headSignature(repository: FoundRepository): string | null {
  // A repository that keeps its refs in a reftable says nothing of them in these files: git is asked every time.
  if (existsSync(join(repository.commonDir, 'reftable'))) return null;
  const head = readSmall(join(repository.gitDir, 'HEAD'));
  if (head === null) return null;
  const ref = /^ref: (\S+)/.exec(head)?.[1];
  const loose = ref === undefined ? '' : (readSmall(join(repository.commonDir, ref)) ?? readSmall(join(repository.gitDir, ref)) ?? '-');
  // A ref that names another ref: followed no further here, so git is asked.
  if (loose.startsWith('ref:')) return null;
  return [head, loose, stamp(join(repository.commonDir, 'packed-refs')), stamp(join(repository.commonDir, 'shallow'))].join('|');
}

function readSmall(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function stamp(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false, bigint: true });
  return stats ? `${stats.size}:${stats.mtimeNs}:${stats.ino}` : '-';
}
