// `waymark lsp` hover (a key's description, an id's item) and go to definition (an id's place in plan.md).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { startLsp, uri, type LspClient } from './lsp-client.js';

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

describe('waymark lsp: hover and go to definition', () => {
  let client: LspClient;
  let checkin: string;
  let plan: string;
  let review: string;

  beforeAll(async () => {
    const fixture = planFixture({ 'reviews/2026-11-22.md': '---\nwith: [jo, My sister]\nrecovery_capital: 40\n---\n' });
    checkin = join(fixture.plan, 'checkins/2026-11-20.md');
    plan = join(fixture.plan, 'plan.md');
    review = join(fixture.plan, 'reviews/2026-11-22.md');
    client = await startLsp(fixture.plans);
    await client.open(checkin, readFileSync(checkin, 'utf8'));
    await client.open(plan, readFileSync(plan, 'utf8'));
    await client.open(review, readFileSync(review, 'utf8'));
  });
  afterAll(async () => {
    await client.stop();
  });

  test("hover on a key: its description from the schema, and what each of its words means", async () => {
    expect(await client.hover(checkin, 2, 3)).toEqual({ contents: { kind: 'markdown', value: '**craving**: strongest urge of the day, 0 (none) to 10' }, range: range(2, 0, 7) });
    expect(await client.hover(checkin, 7, 0)).toEqual({ contents: { kind: 'markdown', value: "**meetings**: goal 'meetings': how much today; a goal's metric: a number, 0 or more" }, range: range(7, 0, 8) });
    expect(await client.hover(plan, 35, 7)).toEqual({
      contents: {
        kind: 'markdown',
        value: [
          '**per**: per day, ISO week, calendar month, or in total (default)',
          '- `day`: each day\n- `week`: each week, Monday to Sunday\n- `month`: each calendar month\n- `total`: in total, since the goal started (the default)',
        ].join('\n\n'),
      },
      range: range(35, 6, 9),
    });
    expect(await client.hover(review, 2, 1)).toEqual({ contents: { kind: 'markdown', value: '**recovery_capital**: optional BARC-10 total, 10 to 60' }, range: range(2, 0, 16) });
  });

  test("hover on an id: the item's name and kind; a support's role and contact", async () => {
    expect(await client.hover(checkin, 4, 12)).toEqual({ contents: { kind: 'markdown', value: '**Payday**, trigger `payday` in plan.md' }, range: range(4, 11, 17) });
    expect(await client.hover(checkin, 6, 13)).toEqual({
      contents: { kind: 'markdown', value: '**Jo**, support `jo` in plan.md\n\nrole: sponsor (a sponsor or mentor in a mutual-help group)' },
      range: range(6, 12, 14),
    });
    expect(await client.hover(plan, 42, 20)).toEqual({ contents: { kind: 'markdown', value: '**Local helpline**, resource `helpline` in plan.md' }, range: range(42, 18, 26) });
    expect(await client.hover(review, 1, 8)).toEqual({
      contents: { kind: 'markdown', value: '**Jo**, support `jo` in plan.md\n\nrole: sponsor (a sponsor or mentor in a mutual-help group)' },
      range: range(1, 7, 9),
    });
  });

  test('hover on words that name nothing: nothing', async () => {
    expect(await client.hover(review, 1, 14)).toBeNull();
    expect(await client.hover(checkin, 10, 3)).toBeNull();
  });

  test("go to definition from an id, in a check-in, a review or plan.md itself, to the item's id in plan.md", async () => {
    expect(await client.definition(checkin, 5, 12)).toEqual({ uri: uri(plan), range: range(15, 8, 17) });
    expect(await client.definition(review, 1, 7)).toEqual({ uri: uri(plan), range: range(24, 8, 10) });
    expect(await client.definition(plan, 13, 23)).toEqual({ uri: uri(plan), range: range(24, 8, 10) });
    expect(await client.definition(plan, 39, 19)).toEqual({ uri: uri(plan), range: range(11, 8, 17) });
    expect(await client.definition(checkin, 1, 7)).toBeNull();
  });
});
