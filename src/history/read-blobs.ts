// Reads many blobs from a repository with one `git cat-file --batch`, as bytes.

import { runGit } from './run-git.js';

/** Each blob's bytes by the id asked for (full or abbreviated); blobs git cannot find are left out. */
export function readBlobs(root: string, ids: readonly string[]): Map<string, Buffer> {
  const wanted = [...new Set(ids)];
  const blobs = new Map<string, Buffer>();
  if (wanted.length === 0) return blobs;
  // Each line asks for a blob and names it again after a space: git echoes that name as %(rest).
  const run = runGit(root, ['cat-file', '--batch=%(objecttype) %(objectsize) %(rest)'], `${wanted.map((id) => `${id} ${id}`).join('\n')}\n`);
  if (!run.ok) return blobs;
  const out = run.stdout;
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(10, at);
    if (end < 0) break;
    // "blob <size> <id>", or "<id> missing".
    const [type, size, id] = out.toString('latin1', at, end).split(' ');
    at = end + 1;
    if (id === undefined || size === undefined) continue;
    const length = Number(size);
    if (type === 'blob') blobs.set(id, out.subarray(at, at + length));
    at += length + 1;
  }
  return blobs;
}
