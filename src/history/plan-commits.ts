// The commits that touched one file, oldest first, following renames of the file and its folders, in one `git log` pass.

import { runGit } from './run-git.js';

export interface FileCommit {
  hash: string;
  short: string;
  /** The author date, in seconds since 1970. */
  time: number;
  subject: string;
  /** The file's blob in this commit (abbreviated as git abbreviates it). */
  blob: string;
}

const DELETED = /^0+$/;

/**
 * `path` is relative to the repository's root. The history of the current branch only
 * (--first-parent): a merge is one version, compared with the branch it was merged into.
 * Null when the log cannot be read (no commit yet).
 */
export function planCommits(root: string, path: string): FileCommit[] | null {
  const run = runGit(root, ['log', '--first-parent', '--follow', '-M', '--raw', '--no-color', '--format=%x00%H%x1f%h%x1f%at%x1f%s', '--', path]);
  if (!run.ok) return null;
  const commits: FileCommit[] = [];
  for (const record of run.stdout.toString('utf8').split('\0')) {
    if (record === '') continue;
    const lines = record.split('\n');
    const [hash = '', short = '', time = '', subject = ''] = lines[0]!.split('\x1f');
    // A raw line: ":100644 100644 <old blob> <new blob> M\tpath" (R087 and two paths for a rename).
    const raw = lines.find((line) => line.startsWith(':'));
    const blob = raw?.split(' ')[3];
    if (blob === undefined || DELETED.test(blob)) continue;
    commits.push({ hash, short, time: Number(time), subject, blob });
  }
  return commits.reverse();
}
