// Reading a plan again after a save: a save of files the plan had re-reads only them; a file added, removed or turned into a link lists the folders again.

import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlans, reloadPlan, type LoadedPlan } from '../../src/load/load-plans.js';
import { planFixture } from '../plan-fixture.js';

function loaded(plans: string): LoadedPlan {
  const result = loadPlans(plans);
  if (!result.ok) throw new Error(result.message);
  return result.plans[0]!;
}

const dates = (plan: LoadedPlan) => plan.checkins.map((source) => source.file.slice(-'YYYY-MM-DD.md'.length));

describe('reloadPlan', () => {
  it('re-reads a saved check-in and keeps the listing: a file the watcher did not name is not looked for', () => {
    const fixture = planFixture({ 'checkins/2026-11-21.md': '---\nmood: 3\n---\n' });
    const first = loaded(fixture.plans);
    expect(dates(first)).toEqual(['2026-11-20.md', '2026-11-21.md']);
    const saved = join(fixture.plan, 'checkins/2026-11-21.md');
    writeFileSync(saved, '---\nmood: 5\n---\n');
    writeFileSync(join(fixture.plan, 'checkins/2026-11-22.md'), '---\nmood: 2\n---\n');
    const again = reloadPlan(first, new Set([saved]));
    expect(dates(again)).toEqual(['2026-11-20.md', '2026-11-21.md']);
    expect(again.checkins[0]).toBe(first.checkins[0]);
    expect(again.checkins[1]!.data).toEqual({ mood: 5 });
  });

  it('lists the folders again for a file added or removed', () => {
    const fixture = planFixture({ 'checkins/2026-11-21.md': '---\nmood: 3\n---\n' });
    const first = loaded(fixture.plans);
    const added = join(fixture.plan, 'checkins/2026-11-22.md');
    writeFileSync(added, '---\nmood: 2\n---\n');
    const withAdded = reloadPlan(first, new Set([added]));
    expect(dates(withAdded)).toEqual(['2026-11-20.md', '2026-11-21.md', '2026-11-22.md']);
    const removed = join(fixture.plan, 'checkins/2026-11-21.md');
    rmSync(removed);
    expect(dates(reloadPlan(withAdded, new Set([removed])))).toEqual(['2026-11-20.md', '2026-11-22.md']);
  });

  it('refuses a saved check-in that became a link out of the plans folder', () => {
    const fixture = planFixture({ 'checkins/2026-11-21.md': '---\nmood: 3\n---\n' });
    const first = loaded(fixture.plans);
    const saved = join(fixture.plan, 'checkins/2026-11-21.md');
    rmSync(saved);
    symlinkSync('/etc/passwd', saved);
    const again = reloadPlan(first, new Set([saved]));
    expect(again.checkins[1]!.problems.map((problem) => problem.rule)).toEqual(['file-unreadable']);
    expect(again.checkins[1]!.text).toBe('');
  });
});
