// `waymark lsp` completion: ids of the right kind inside reference lists, field names where a key starts, with descriptions.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { startLsp, type LspClient } from './lsp-client.js';

const edit = (line: number, start: number, end: number, newText: string) => ({ range: { start: { line, character: start }, end: { line, character: end } }, newText });

describe('waymark lsp: completion', () => {
  let client: LspClient;
  let checkin: string;
  let plan: string;

  beforeAll(async () => {
    const fixture = planFixture();
    checkin = join(fixture.plan, 'checkins/2026-11-20.md');
    plan = join(fixture.plan, 'plan.md');
    client = await startLsp(fixture.plans);
    // Being typed: an open list, a blank line where a key goes.
    await client.open(checkin, '---\nmood: 4\ntriggers: []\ncoping: [\ncontacted: [jo, ]\n\n---\n');
    const planText = readFileSync(plan, 'utf8')
      .replace('    coping: [urge-surf]', '    coping: []')
      .replace('    action: [urge-surf, jo]', '    action: [u]')
      .replace('    check_in_every: 1w\n', '    check_in_every: 1w\n    \n')
      .replace('  contacts: [jo]', '  contacts: [')
      .replace('coping:\n  - id: urge-surf', 'coping:\n  - \n  - id: urge-surf');
    await client.open(plan, planText);
  });
  afterAll(async () => {
    await client.stop();
  });

  test("a check-in's `coping: [` offers the coping strategies, not the triggers", async () => {
    expect(await client.completion(checkin, 3, 9)).toEqual([
      { label: 'urge-surf', kind: 18, detail: 'Urge surfing', documentation: 'coping strategy in plan.md', textEdit: edit(3, 9, 9, 'urge-surf') },
    ]);
  });

  test('`triggers: []` offers the triggers, `contacted` the supports not listed yet', async () => {
    expect(await client.completion(checkin, 2, 11)).toEqual([
      { label: 'payday', kind: 18, detail: 'Payday', documentation: 'trigger in plan.md', textEdit: edit(2, 11, 11, 'payday') },
    ]);
    expect(await client.completion(checkin, 4, 16)).toEqual([]);
  });

  test("at the start of a key: the check-in's fields not yet there, the plan's metric among them, with their descriptions", async () => {
    const items = await client.completion(checkin, 5, 0);
    expect(items.map((item) => [item.label, item.detail])).toEqual([
      ['date', "optional; must equal the file name's date"],
      ['craving', 'strongest urge of the day, 0 (none) to 10'],
      ['used', 'true on a day of use; false on a day without; leave out if not recorded'],
      ['difficulty', 'how hard the day was'],
      ['sleep', 'hours of sleep'],
      ['warning_signs', 'ids of warning signs in plan.md'],
      ['gratitude', 'a few things I am grateful for today'],
      ['meetings', "goal 'meetings': how much today; a goal's metric: a number, 0 or more"],
    ]);
    expect(items[0]).toEqual({ label: 'date', kind: 10, detail: "optional; must equal the file name's date", textEdit: edit(5, 0, 0, 'date: ') });
  });

  test("in plan.md: a trigger's coping takes coping ids, a warning sign's action coping or supports, the crisis contacts supports", async () => {
    expect((await client.completion(plan, 9, 13)).map((item) => item.label)).toEqual(['urge-surf']);
    expect(await client.completion(plan, 13, 14)).toEqual([
      { label: 'urge-surf', kind: 18, detail: 'Urge surfing', documentation: 'coping strategy in plan.md', textEdit: edit(13, 13, 14, 'urge-surf') },
      { label: 'jo', kind: 18, detail: 'Jo', documentation: 'support in plan.md', textEdit: edit(13, 13, 14, 'jo') },
    ]);
    expect((await client.completion(plan, 43, 13)).map((item) => item.label)).toEqual(['jo']);
  });

  test("in plan.md: a new item's fields after `- `, a support's missing field on a blank line, a field's words", async () => {
    expect((await client.completion(plan, 15, 4)).map((item) => [item.label, item.detail])).toEqual([
      ['id', 'an id: lowercase letters, digits and hyphens, starting with a letter or digit'],
      ['name', 'the strategy in a few words, such as Urge surfing'],
      ['type', 'what kind of strategy it is'],
    ]);
    expect(await client.completion(plan, 29, 4)).toEqual([
      { label: 'contact', kind: 10, detail: 'how to reach them: a phone number, an email', textEdit: edit(29, 4, 4, 'contact: ') },
      { label: 'shares', kind: 10, detail: 'what this person may see in a summary made with waymark share: recovery, checkins, goals, triggers, measures, crisis; never the journal', textEdit: edit(29, 4, 4, 'shares: ') },
    ]);
    expect((await client.completion(plan, 27, 10)).map((item) => [item.label, item.detail])).toEqual([
      ['sponsor', 'a sponsor or mentor in a mutual-help group'],
      ['therapist', 'a therapist or psychologist'],
      ['counselor', 'a counsellor or key worker'],
      ['peer', 'a peer in recovery'],
      ['friend', 'a friend'],
      ['family', 'a member of the family'],
      ['doctor', 'a doctor or nurse'],
      ['other', 'someone else who supports you'],
    ]);
  });

  test('outside the front matter, nothing', async () => {
    expect(await client.completion(plan, 50, 0)).toEqual([]);
  });
});
