// `waymark lsp` diagnostics: the problems `check` finds, in the editor's unsaved text, in the context of its plan, cleared when fixed.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planFixture, problems, type Fixture } from '../plan-fixture.js';
import { asCheck, startLsp, type LspClient } from './lsp-client.js';

const CHECKIN = `---
mood: 4
craving: 2
used: false
triggers: [payday]
coping: [urge-surf, walk]
contacted: [jo]
meetings: 1
---

A good day.
`;

const UNKNOWN_WALK = {
  range: { start: { line: 5, character: 20 }, end: { line: 5, character: 24 } },
  severity: 1,
  code: 'unknown-ref',
  source: 'waymark',
  message: "coping strategy 'walk' is not in plan.md: add it to coping in plan.md, or correct the id",
};

/** Every file under `dir` with its text, to show that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('waymark lsp: diagnostics', () => {
  let fixture: Fixture;
  let client: LspClient;
  let before: Record<string, string>;
  let checkin: string;
  let plan: string;

  beforeAll(async () => {
    fixture = planFixture();
    before = snapshot(fixture.plans);
    checkin = join(fixture.plan, 'checkins/2026-11-20.md');
    plan = join(fixture.plan, 'plan.md');
    client = await startLsp(fixture.plans);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  test('on open: an unknown id in the unsaved text, at its exact place, with the rule as code', async () => {
    const published = client.diagnostics(checkin);
    await client.open(checkin, CHECKIN);
    expect(await published).toEqual([UNKNOWN_WALK]);
  });

  test('on change: cleared once fixed, back when broken again', async () => {
    let published = client.diagnostics(checkin);
    await client.change(checkin, CHECKIN.replace(', walk', ''));
    expect(await published).toEqual([]);
    published = client.diagnostics(checkin);
    await client.change(checkin, CHECKIN.replace('mood: 4', 'mood: 9'));
    expect(await published).toEqual([
      {
        range: { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } },
        severity: 1,
        code: 'schema',
        source: 'waymark',
        message: 'mood is 9, but it must be a whole number from 1 to 5',
      },
      UNKNOWN_WALK,
    ]);
  });

  test('the same problems as `check` on the same text saved', async () => {
    const text = CHECKIN.replace('mood: 4', 'mood: 9').replace('used: false', 'used: sometimes\nslept: 7');
    const published = client.diagnostics(checkin);
    await client.change(checkin, text);
    const saved = problems(planFixture({ 'checkins/2026-11-20.md': text }));
    expect(asCheck('checkins/2026-11-20.md', await published)).toEqual(saved);
    expect(saved).toHaveLength(4);
  });

  test('editing plan.md re-checks the open check-ins against its unsaved text; closing it goes back to the file on disk', async () => {
    await client.change(checkin, CHECKIN);
    const planText = readFileSync(plan, 'utf8').replace('    type: internal\n', '    type: internal\n  - id: walk\n    name: A walk\n');
    const cleared = client.diagnostics(checkin, (d) => d.length === 0);
    const planChecked = client.diagnostics(plan);
    await client.open(plan, planText);
    expect(await cleared).toEqual([]);
    expect(await planChecked).toEqual([]);

    const back = client.diagnostics(checkin, (d) => d.length > 0);
    const planCleared = client.diagnostics(plan);
    await client.close(plan);
    expect(await planCleared).toEqual([]);
    expect(await back).toEqual([UNKNOWN_WALK]);
  });

  test('a check-in not yet saved is checked too, with the rest of the plan from disk', async () => {
    const draft = join(fixture.plan, 'checkins/2026-11-23.md');
    const published = client.diagnostics(draft);
    await client.open(draft, '---\nmood: 3\ncontacted: [sam]\n---\n');
    expect(await published).toEqual([
      {
        range: { start: { line: 2, character: 12 }, end: { line: 2, character: 15 } },
        severity: 1,
        code: 'unknown-ref',
        source: 'waymark',
        message: "support 'sam' is not in plan.md: add it to supports in plan.md, or correct the id",
      },
    ]);
  });

  test('nothing on disk was written', () => {
    expect(snapshot(fixture.plans)).toEqual(before);
  });

  test('plan.md saved outside the editor re-checks the open check-ins', async () => {
    const cleared = client.diagnostics(checkin, (d) => d.length === 0);
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('    type: internal\n', '    type: internal\n  - id: walk\n    name: A walk\n'));
    expect(await cleared).toEqual([]);
  });
});
