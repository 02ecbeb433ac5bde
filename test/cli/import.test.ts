// `waymark import`: each app's export becomes check-in files that pass `check`; a second run creates nothing; a file of the wrong kind writes nothing.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchangeFixture, type ExchangeFixture } from '../exchange-fixture.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { zipFolder } from '../import/loop-zip.js';
import { FIXTURES } from '../plan-fixture.js';
import { waymark } from './run-cli.js';

const IMPORTS = join(FIXTURES, 'imports');
const TODAY = ['--today', '2025-03-10'];
const MODELINE = '# yaml-language-server: $schema=../../../../../schemas/checkin.rowan.schema.json\n';

/** Every file of the plan, by path, with its text. */
function planFiles(fixture: ExchangeFixture): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(fixture.plan, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(fixture.plan);
  return files;
}

/** The files an import added to the fixture. */
function added(fixture: ExchangeFixture, before: Record<string, string>): Record<string, string> {
  const after = planFiles(fixture);
  for (const [path, text] of Object.entries(before)) expect(after[path], path).toBe(text);
  return Object.fromEntries(Object.entries(after).filter(([path]) => !(path in before)));
}

/** Every diagnostic `waymark check` would print for the plan, warnings included. */
function problems(fixture: ExchangeFixture): string[] {
  const checked = checkPlans(fixture.plans, '2025-03-10');
  if (!checked.ok) throw new Error(checked.message);
  return checked.plans.flatMap((plan) => plan.diagnostics.map((d) => `${d.file}:${d.line}: ${d.rule}: ${d.message}`));
}

/** Runs the import twice, then checks the plan as `waymark check` does; returns what the first run added and printed. */
function importTwice(fixture: ExchangeFixture, args: string[]): { files: Record<string, string>; stdout: string; again: string } {
  const before = planFiles(fixture);
  const first = waymark(['import', ...args, ...TODAY], { cwd: fixture.cwd });
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  const files = added(fixture, before);
  const afterFirst = planFiles(fixture);
  const second = waymark(['import', ...args, ...TODAY], { cwd: fixture.cwd });
  expect(second.code).toBe(0);
  expect(planFiles(fixture)).toEqual(afterFirst);
  expect(problems(fixture)).toEqual([]);
  return { files, stdout: first.stdout, again: second.stdout };
}

describe('waymark import daylio', () => {
  it('merges the entries of each day, maps moods and activities, keeps the rest in the journal, and skips a day that has a check-in', () => {
    const fixture = exchangeFixture();
    const result = importTwice(fixture, ['daylio', join(IMPORTS, 'daylio/full-date.csv'), '--map', join(IMPORTS, 'daylio/map.yaml')]);
    const origin = '# Imported from Daylio (full-date.csv).\n';
    expect(result.files).toEqual({
      'checkins/2025/02/2025-02-24.md': `---\n${MODELINE}${origin}mood: 2\n---\n\nA slow day\n\nAlso recorded in Daylio:\n\n- activities: cinema\n`,
      'checkins/2025/02/2025-02-25.md': `---\n${MODELINE}${origin}mood: 5\ncoping: [walk]\nmeetings: 1\n---\n`,
      // meh (3) at 8:15 and good (4) at 21:40: the rounded mean is 4; the notes come in time order.
      'checkins/2025/02/2025-02-26.md': `---\n${MODELINE}${origin}mood: 4\ntriggers: [sport-ads]\ncoping: [walk]\ncontacted: [mei]\n---\n\n**Morning**\n\nSaw the betting ads again\n\nWalked along the Yarra.  \nFelt lighter.\n\nMei texted, "proud of you".\n\nAlso recorded in Daylio:\n\n- activities: reading\n`,
    });
    expect(result.stdout).toBe(
      [
        'created plans/rowan/checkins/2025/02/2025-02-24.md',
        'created plans/rowan/checkins/2025/02/2025-02-25.md',
        'created plans/rowan/checkins/2025/02/2025-02-26.md',
        'skipped 2025-03-03: it already has a check-in (plans/rowan/checkins/2025/03/2025-03-03.md), left as it is',
        "note: the map says coping:reading, but plan.md has no coping strategy 'reading'; those days keep it in the journal as text",
        "3 check-ins created from Daylio; 1 day already had one and was left as it was. 'waymark check' checks them, and 'waymark report' counts them.",
        '',
      ].join('\n'),
    );
    expect(result.again).toBe(
      [
        'skipped 2025-02-24: it already has a check-in (plans/rowan/checkins/2025/02/2025-02-24.md), left as it is',
        'skipped 2025-02-25: it already has a check-in (plans/rowan/checkins/2025/02/2025-02-25.md), left as it is',
        'skipped 2025-02-26: it already has a check-in (plans/rowan/checkins/2025/02/2025-02-26.md), left as it is',
        'skipped 2025-03-03: it already has a check-in (plans/rowan/checkins/2025/03/2025-03-03.md), left as it is',
        'nothing new from Daylio: every day in it already has a check-in.',
        '',
      ].join('\n'),
    );
    expect(waymark(['check', '--strict', ...TODAY], { cwd: fixture.cwd })).toEqual({ code: 0, stdout: 'no problems in 8 files\n', stderr: '' });
  });

  it("reads the older year + date export and one with scales; without a map, Daylio's own moods still count", () => {
    const fixture = exchangeFixture();
    const older = importTwice(fixture, ['daylio', join(IMPORTS, 'daylio/year-date.csv')]);
    const origin = '# Imported from Daylio (year-date.csv).\n';
    expect(older.files).toEqual({
      'checkins/2024/05/2024-05-17.md': `---\n${MODELINE}${origin}mood: 1\n---\n\nHard day\n`,
      'checkins/2024/05/2024-05-18.md': `---\n${MODELINE}${origin}mood: 3\n---\n\nPayday ads everywhere  \nDidn't bet.\n\nQuiet night in\n\nAlso recorded in Daylio:\n\n- activities: news, walk, reading\n`,
    });
    const scales = importTwice(fixture, ['daylio', join(IMPORTS, 'daylio/with-scales.csv'), '--map', join(IMPORTS, 'daylio/map.yaml')]);
    expect(scales.files).toEqual({
      'checkins/2024/11/2024-11-02.md': `---\n${MODELINE}# Imported from Daylio (with-scales.csv).\nmood: 3\ncoping: [walk]\n---\n\n**Work**\n\nLong shift\n\nAlso recorded in Daylio:\n\n- scales: Energy 2, Anxiety 4\n`,
    });
  });

  it('--dry-run prints each file it would create and writes nothing', () => {
    const fixture = exchangeFixture();
    const before = planFiles(fixture);
    const run = waymark(['import', 'daylio', join(IMPORTS, 'daylio/year-date.csv'), '--dry-run', ...TODAY], { cwd: fixture.cwd });
    expect(run).toEqual({
      code: 0,
      stdout: [
        'would create plans/rowan/checkins/2024/05/2024-05-17.md:',
        '    ---',
        `    ${MODELINE.trim()}`,
        '    # Imported from Daylio (year-date.csv).',
        '    mood: 1',
        '    ---',
        '',
        '    Hard day',
        '',
        'would create plans/rowan/checkins/2024/05/2024-05-18.md:',
        '    ---',
        `    ${MODELINE.trim()}`,
        '    # Imported from Daylio (year-date.csv).',
        '    mood: 3',
        '    ---',
        '',
        '    Payday ads everywhere  ',
        "    Didn't bet.",
        '',
        '    Quiet night in',
        '',
        '    Also recorded in Daylio:',
        '',
        '    - activities: news, walk, reading',
        '',
        'dry run: 2 check-ins would be created from Daylio. Nothing was written.',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(planFiles(fixture)).toEqual(before);
  });
});

describe('waymark import loop', () => {
  it("reads the zip Loop writes: a done habit mapped to a metric gives 1, a numeric habit its amount, an unmapped habit goes to the journal", async () => {
    const fixture = exchangeFixture();
    const zip = await zipFolder(join(IMPORTS, 'loop/words'));
    const result = importTwice(fixture, ['loop', zip, '--map', join(IMPORTS, 'loop/map.yaml')]);
    const origin = '# Imported from Loop Habit Tracker (Loop Habits CSV 2025-02-27.zip).\n';
    expect(result.files).toEqual({
      'checkins/2025/02/2025-02-25.md': `---\n${MODELINE}${origin}meetings: 1\nwalk_km: 2.25\n---\n`,
      // Called Mei: NO, so no contact; Walk 0 km is a walk of 0 km.
      'checkins/2025/02/2025-02-26.md': `---\n${MODELINE}${origin}walk_km: 0\n---\n\nAlso recorded in Loop Habit Tracker:\n\n- Journal: yes\n`,
      'checkins/2025/02/2025-02-27.md': `---\n${MODELINE}${origin}contacted: [mei]\nwalk_km: 4.5\n---\n\nAlso recorded in Loop Habit Tracker:\n\n- Journal: no\n`,
    });
    expect(result.again).toContain('nothing new from Loop Habit Tracker: every day in it already has a check-in.');
  });

  it('reads the unpacked folder of an older export with integer codes', () => {
    const fixture = exchangeFixture();
    const result = importTwice(fixture, ['loop', join(IMPORTS, 'loop/integers'), '--map', join(IMPORTS, 'loop/map.yaml')]);
    const origin = '# Imported from Loop Habit Tracker (integers).\n';
    expect(result.files).toEqual({
      'checkins/2019/06/2019-06-10.md': `---\n${MODELINE}${origin}meetings: 1\n---\n`,
      'checkins/2019/06/2019-06-12.md': `---\n${MODELINE}${origin}contacted: [mei]\n---\n`,
    });
  });
});

describe('waymark import bearable', () => {
  it("maps the Mood category to mood, sleep to hours, other items by the map, and keeps the rest in the journal", () => {
    const fixture = exchangeFixture();
    const result = importTwice(fixture, ['bearable', join(IMPORTS, 'bearable/date-formatted.csv'), '--map', join(IMPORTS, 'bearable/map.yaml')]);
    const origin = '# Imported from Bearable (date-formatted.csv).\n';
    expect(result.files).toEqual({
      'checkins/2025/02/2025-02-25.md': `---\n${MODELINE}${origin}meetings: 1\n---\n`,
      'checkins/2025/02/2025-02-26.md': `---\n${MODELINE}${origin}mood: 3\nsleep: 7.5\ntriggers: [sport-ads]\ncoping: [walk]\n---\n\nWoke up calm\n\nRang Mei instead\n\nAlso recorded in Bearable:\n\n- Mood: 😟 Anxious\n- Symptoms: Urge to gamble (Moderate) (3)\n`,
    });
  });

  it("reads the older 'date' column and a 1–10 mood scale", () => {
    const fixture = exchangeFixture();
    const result = importTwice(fixture, ['bearable', join(IMPORTS, 'bearable/ordinal-date.csv')]);
    const origin = '# Imported from Bearable (ordinal-date.csv).\n';
    expect(result.files).toEqual({
      'checkins/2024/09/2024-09-01.md': `---\n${MODELINE}${origin}mood: 2\n---\n`,
      'checkins/2024/09/2024-09-21.md': `---\n${MODELINE}${origin}sleep: 6.5\n---\n`,
      // 7 and 9 out of 10 are 4 and 5: the rounded mean is 5.
      'checkins/2024/09/2024-09-22.md': `---\n${MODELINE}${origin}mood: 5\n---\n\nGood day at the footy without a bet\n`,
    });
  });
});

describe('waymark import: what it refuses', () => {
  it('a file of another kind: exit 1, the file, the line and what was expected, and nothing written', () => {
    const fixture = exchangeFixture();
    const before = planFiles(fixture);
    const checkmarks = join(IMPORTS, 'loop/words/Checkmarks.csv');
    const run = waymark(['import', 'daylio', checkmarks, ...TODAY], { cwd: fixture.cwd });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `waymark: ${relative(fixture.cwd, checkmarks)}:1: this does not look like a Daylio export: expected the columns full_date or year, date, time, mood, activities, note; missing full_date or year, time, mood, activities, note (found: Date, GA meeting, Walk, Called Mei, Journal)\nNothing was written.\n`,
    });
    const broken = join(fixture.cwd, 'bearable.csv');
    writeFileSync(broken, 'date formatted,category,rating/amount,detail\n2025-02-26,Mood,4,\n2025-02-31,Mood,3,\n');
    expect(waymark(['import', 'bearable', broken, ...TODAY], { cwd: fixture.cwd })).toEqual({
      code: 1,
      stdout: '',
      stderr: "waymark: bearable.csv:3: '2025-02-31' is not a date: expected 'date formatted' written YYYY-MM-DD, or 'date' such as '22nd Sep 2020'\nNothing was written.\n",
    });
    expect(waymark(['import', 'loop', join(IMPORTS, 'daylio/full-date.csv'), ...TODAY], { cwd: fixture.cwd }).code).toBe(1);
    const badMap = join(fixture.cwd, 'map.yaml');
    writeFileSync(badMap, 'activities:\n  walk: exercise:walk\n');
    expect(waymark(['import', 'daylio', join(IMPORTS, 'daylio/year-date.csv'), '--map', badMap, ...TODAY], { cwd: fixture.cwd })).toEqual({
      code: 1,
      stdout: '',
      stderr: "waymark: map.yaml:2: 'activities.walk': expected coping:<id>, triggers:<id>, contacted:<id> or metric:<name>, such as 'coping:walk'\nNothing was written.\n",
    });
    expect(planFiles(fixture)).toEqual(before);
  });

  it('a mistake in the call: exit 2', () => {
    const fixture = exchangeFixture();
    expect(waymark(['import', 'moodpath', 'x.csv'], { cwd: fixture.cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: import: say which app the export comes from: daylio, loop, bearable (such as 'waymark import daylio daylio_export.csv')\n" });
    expect(waymark(['import', 'daylio'], { cwd: fixture.cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: import daylio: name the file to import, such as 'waymark import daylio daylio.csv'\n" });
    expect(waymark(['import', 'daylio', 'x.csv', '--plan', 'sam'], { cwd: fixture.cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: import: there is no plan 'sam' in plans; plans: rowan\n" });
  });

  it('a plan.md with errors: exit 1, nothing written', () => {
    const fixture = exchangeFixture({ 'plan.md': '---\ntitle: Rowan\ncoping:\n  - id: Walk\n    name: A walk\n---\n' });
    const run = waymark(['import', 'daylio', join(IMPORTS, 'daylio/year-date.csv'), ...TODAY], { cwd: fixture.cwd });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').at(-2)).toBe("waymark: plan.md of 'rowan' has errors to fix first (see above): an import needs its ids and goals. Nothing was written.");
  });
});
