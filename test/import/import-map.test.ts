// The --map file: moods and activity targets added over the app's own moods, and a clear problem with its line for anything else.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAYLIO_MOODS } from '../../src/import/daylio.js';
import { importMap } from '../../src/import/import-map.js';

function mapFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'waymark-map-')), 'map.yaml');
  writeFileSync(file, text);
  return file;
}

describe('importMap', () => {
  it("without a file: the app's own moods", () => {
    expect(importMap(DAYLIO_MOODS)).toEqual({ ok: true, value: { mood: new Map([['awful', 1], ['bad', 2], ['meh', 3], ['good', 4], ['rad', 5]]), activities: new Map() } });
  });

  it("adds the file's moods over the app's, and reads each activity's target; names match without regard to case", () => {
    const file = mapFile('mood:\n  Meh: 2\n  Numb: 2\nactivities:\n  Walk: coping:walk\n  GA meeting: metric:meetings\n  call mum: contacted:mum\n  payday: triggers:payday\n');
    expect(importMap(DAYLIO_MOODS, file)).toEqual({
      ok: true,
      value: {
        mood: new Map([['awful', 1], ['bad', 2], ['meh', 2], ['good', 4], ['rad', 5], ['numb', 2]]),
        activities: new Map([
          ['walk', { field: 'coping', name: 'walk' }],
          ['ga meeting', { field: 'metric', name: 'meetings' }],
          ['call mum', { field: 'contacted', name: 'mum' }],
          ['payday', { field: 'triggers', name: 'payday' }],
        ]),
      },
    });
  });

  it('names the line of a target it cannot read, a mood out of range, an unknown key and broken YAML', () => {
    const target = mapFile('activities:\n  walk: coping:walk\n  run: exercise:run\n');
    expect(importMap({}, target)).toEqual({ ok: false, problems: [{ file: target, line: 3, message: "'activities.run': expected coping:<id>, triggers:<id>, contacted:<id> or metric:<name>, such as 'coping:walk'" }] });
    const mood = mapFile('mood:\n  great: 6\n');
    expect(importMap({}, mood)).toEqual({ ok: false, problems: [{ file: mood, line: 2, message: "'mood.great': expected a mood from 1 (very low) to 5 (very good)" }] });
    const key = mapFile('moods:\n  great: 5\n');
    expect(importMap({}, key)).toEqual({ ok: false, problems: [{ file: key, line: 1, message: `only 'mood' and 'activities' belong in a map file, such as "mood: {awful: 1, rad: 5}" and "activities: {walk: coping:walk}"` }] });
    const yaml = mapFile('mood:\n  great: 5\n  great: 4\n');
    expect(importMap({}, yaml)).toEqual({ ok: false, problems: [{ file: yaml, line: 3, message: 'is not valid YAML: Map keys must be unique' }] });
    expect(importMap({}, '/nowhere/map.yaml')).toEqual({ ok: false, problems: [{ file: '/nowhere/map.yaml', line: null, message: 'cannot be read (ENOENT)' }] });
  });
});
