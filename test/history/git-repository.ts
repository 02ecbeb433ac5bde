// Real git repositories for the history tests: files written, commits made with fixed dates, by the git binary.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** No global or system git configuration: the tests see the same git on every machine. */
export const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Sam', GIT_AUTHOR_EMAIL: 'sam@example.org', GIT_COMMITTER_NAME: 'Sam', GIT_COMMITTER_EMAIL: 'sam@example.org' };

export class TestRepository {
  readonly root: string;

  constructor(prefix = 'waymark-history-') {
    this.root = mkdtempSync(join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
  }

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), text);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.root, path), { recursive: true, force: true });
    return this;
  }

  /** Commits everything (`git add -A`) as authored at `when`, an ISO date and time. */
  commit(subject: string, when: string): this {
    this.git('add', '-A');
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', subject], { cwd: this.root, env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } });
    return this;
  }
}
