// The --map file: which mood each of the app's moods is (1 to 5), and what each activity or habit becomes in a check-in.

import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import type { ImportProblem, Read } from './import-problem.js';

export type TargetField = 'coping' | 'triggers' | 'contacted' | 'metric';

export interface Target {
  field: TargetField;
  /** An id of the plan's list, or a goal's metric. */
  name: string;
}

export interface ImportMap {
  /** By the app's mood, in lower case. */
  mood: Map<string, number>;
  /** By activity or habit name, in lower case. */
  activities: Map<string, Target>;
}

const TARGET = /^(coping|triggers|contacted|metric):(\S+)$/;

const MOOD = { message: 'expected a mood from 1 (very low) to 5 (very good)' };

const mapFile = z.strictObject({
  mood: z.record(z.string(), z.int(MOOD).min(1, MOOD).max(5, MOOD)).optional(),
  activities: z.record(z.string(), z.string().regex(TARGET, { message: "expected coping:<id>, triggers:<id>, contacted:<id> or metric:<name>, such as 'coping:walk'" })).optional(),
});

const normal = (key: string) => key.trim().toLowerCase();

/** The app's own moods, with the file's entries (if any) added over them. */
export function importMap(defaultMoods: Readonly<Record<string, number>>, file?: string): Read<ImportMap> {
  const map: ImportMap = { mood: new Map(Object.entries(defaultMoods).map(([key, value]) => [normal(key), value])), activities: new Map() };
  if (file === undefined) return { ok: true, value: map };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(file, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const line = (offset: number) => lines.linePos(offset).line;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return fail(file, line(error.pos[0]), `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  const parsed = mapFile.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const node = doc.getIn(issue.path as (string | number)[], true);
    const where = isNode(node) && node.range ? line(node.range[0]) : 1;
    const place = issue.path.length > 0 ? `'${issue.path.join('.')}': ` : '';
    const hint = issue.code === 'unrecognized_keys' ? `only 'mood' and 'activities' belong in a map file, such as "mood: {awful: 1, rad: 5}" and "activities: {walk: coping:walk}"` : issue.message;
    return fail(file, where, `${place}${hint}`);
  }
  for (const [key, value] of Object.entries(parsed.data.mood ?? {})) map.mood.set(normal(key), value);
  for (const [key, value] of Object.entries(parsed.data.activities ?? {})) {
    const [, field, name] = TARGET.exec(value)!;
    map.activities.set(normal(key), { field: field as TargetField, name: name! });
  }
  return { ok: true, value: map };
}

function fail(file: string, line: number | null, message: string): { ok: false; problems: ImportProblem[] } {
  return { ok: false, problems: [{ file, line, message }] };
}
