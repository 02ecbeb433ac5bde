// The versions of a plan read from a real git repository: renames followed, broken and comment-only commits, work not yet committed.

import { afterAll, describe, expect, it } from 'vitest';
import { historyJson, planHistory, type HistoryMemo } from '../../src/history/plan-history.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import type { Plan } from '../../src/schema/model.js';
import { samRepository, samVersions, TODAY } from './sam-history.js';
import { TestRepository } from './git-repository.js';
import { join } from 'node:path';
import { rmSync } from 'node:fs';

const made: TestRepository[] = [];
afterAll(() => made.forEach((repo) => rmSync(repo.root, { recursive: true, force: true })));

function planIn(repo: TestRepository): Plan {
  const checked = checkPlans(join(repo.root, 'plans'), TODAY);
  if (!checked.ok) throw new Error(checked.message);
  const plan = checked.plans[0]!;
  expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return plan.plan!;
}

function hashes(repo: TestRepository): Record<string, string> {
  return Object.fromEntries(
    repo
      .git('log', '--format=%s%x09%h')
      .trim()
      .split('\n')
      .map((line) => line.split('\t')),
  );
}

/** Sam's repository, made once for the tests that only read it. */
let shared: TestRepository | undefined;
function sam(): TestRepository {
  if (!shared) made.push((shared = samRepository()));
  return shared;
}

describe('planHistory', () => {
  it('lists each version that changed what the plan says, oldest first, with its changes, review and the 28 days either side', () => {
    const repo = sam();
    const by = hashes(repo);
    const history = planHistory(planIn(repo), TODAY);
    expect(historyJson(history)).toEqual({
      slug: 'samantha',
      git: 'ok',
      versions: samVersions({ start: by['Start my plan']!, broken: by['Half-finished edit']!, payday: by['Payday, and a higher target']!, reviewed: by['Changes from my review']! }),
    });
  });

  it('says each change in words', () => {
    const repo = sam();
    const history = planHistory(planIn(repo), TODAY);
    expect(history.versions.map((version) => version.words)).toEqual([
      [],
      [],
      ['Added a trigger: Payday, with coping: Walk', 'Changed the goal “Go to meetings every week”: target from 2 to 3', 'Removed a strength: Honest', 'Added a strength: Patient'],
      ['Changed the goal “Go to meetings every week”: due date from 31 December 2026 to 31 January 2027; status from active to paused'],
      ['Added a person who supports you: Jo'],
    ]);
  });

  it('has no version for work not yet committed when it changes nothing the plan says', () => {
    const repo = samRepository();
    made.push(repo);
    repo.git('checkout', '-q', '--', 'plans/samantha/plan.md');
    repo.write('plans/samantha/plan.md', `${repo.git('show', 'HEAD:plans/samantha/plan.md')}\nA note in the body only.\n`);
    const history = planHistory(planIn(repo), TODAY);
    expect(history.versions.map((version) => version.subject)).toEqual(['Start my plan', 'Half-finished edit', 'Payday, and a higher target', 'Changes from my review']);
  });

  it('reads the current branch only: a merge is one version, compared with the branch it was merged into', () => {
    const repo = new TestRepository();
    made.push(repo);
    // Lines apart, so that git merges the two edits without a conflict.
    const plan = (walk: string, payday: string) => `---\ncoping: [{ id: walk, name: ${walk} }]\ntitle: My plan\nstrengths: [Honest]\nvalues: [Family]\ntriggers: [{ id: payday, name: ${payday}, coping: [walk] }]\n---\n`;
    repo.write('plans/sam/plan.md', plan('Walk', 'Payday')).commit('Start', '2026-10-01T12:00:00Z');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('plans/sam/plan.md', plan('Walk', 'Payday Friday')).commit('Payday on a branch', '2026-10-02T12:00:00Z');
    repo.git('checkout', '-q', 'main');
    repo.write('plans/sam/plan.md', plan('A walk', 'Payday')).commit('A walk on main', '2026-10-03T12:00:00Z');
    repo.git('-c', 'user.name=Sam', '-c', 'user.email=sam@example.org', 'merge', '-q', '--no-edit', 'side');
    const history = planHistory(planIn(repo), TODAY);
    expect(history.versions.map((version) => [version.subject, version.changes])).toEqual([
      ['Start', []],
      ['A walk on main', [{ list: 'coping', id: 'walk', change: 'changed', fields: { name: { from: 'Walk', to: 'A walk' } } }]],
      ["Merge branch 'side'", [{ list: 'triggers', id: 'payday', change: 'changed', fields: { name: { from: 'Payday', to: 'Payday Friday' } } }]],
    ]);
  });

  it('says the plan was never committed when git has no history for plan.md', () => {
    const repo = new TestRepository();
    made.push(repo);
    repo.write('README.md', 'My plan.\n').commit('Start', '2026-09-01T12:00:00Z');
    repo.write('plans/sam/plan.md', '---\ntitle: My plan\n---\n');
    expect(historyJson(planHistory(planIn(repo), TODAY))).toEqual({ slug: 'sam', git: 'not-committed', versions: [] });
  });

  it('says the plan was never committed in a repository without any commit', () => {
    const repo = new TestRepository();
    made.push(repo);
    repo.write('plans/sam/plan.md', '---\ntitle: My plan\n---\n');
    expect(historyJson(planHistory(planIn(repo), TODAY))).toEqual({ slug: 'sam', git: 'not-committed', versions: [] });
  });

  it('with a memo (as serve keeps one), runs no git while HEAD stays, and reads again after a commit, an amend, a checkout and a gc', () => {
    const repo = new TestRepository();
    made.push(repo);
    repo.write('plans/sam/plan.md', '---\ntitle: My plan\n---\n').commit('Start', '2026-09-01T12:00:00Z');
    const memo: HistoryMemo = new Map();
    const subjects = () => planHistory(planIn(repo), TODAY, memo).versions.map((version) => version.subject);
    /** With no git on the PATH: what the memo alone gives (a run of git would say 'no-git' and no versions). */
    const withoutGit = () => {
      const path = process.env.PATH;
      process.env.PATH = '';
      try {
        return planHistory(planIn(repo), TODAY, memo);
      } finally {
        process.env.PATH = path;
      }
    };
    expect(subjects()).toEqual(['Start']);
    repo.write('plans/sam/plan.md', '---\ntitle: My plan\nvalues: [Family]\n---\n');
    expect(withoutGit().versions.map((version) => version.subject)).toEqual(['Start', 'not yet committed']);
    repo.commit('Add a value', '2026-09-02T12:00:00Z');
    expect(subjects()).toEqual(['Start', 'Add a value']);
    expect(withoutGit().git).toBe('ok');
    repo.git('commit', '-q', '--amend', '-m', 'Add what matters');
    expect(subjects()).toEqual(['Start', 'Add what matters']);
    repo.git('checkout', '-q', '-b', 'other', 'HEAD~1');
    expect(subjects()).toEqual(['Start']);
    repo.git('checkout', '-q', 'main');
    repo.git('gc', '-q');
    expect(subjects()).toEqual(['Start', 'Add what matters']);
    expect(withoutGit().versions).toHaveLength(2);
  });
});
