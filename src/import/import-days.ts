// Decides what an import creates (never a day that already has a check-in, never a day after today), then writes it.

import { basename, join } from 'node:path';
import { DATED_FILE, planFiles } from '../load/find-plans.js';
import type { Plan } from '../schema/model.js';
import { createFile, schemaPath } from '../new/create-file.js';
import { SCHEMA_FILES } from '../schema/json-schema.js';
import { checkinFromDay, type ImportedCheckin, type PlanTargets } from './checkin-from-day.js';
import { checkinText } from './checkin-text.js';
import type { DayRecord } from './day-record.js';
import type { ImportMap, Target } from './import-map.js';

export interface NewCheckin {
  file: string;
  text: string;
  checkin: ImportedCheckin;
}

export interface ImportWork {
  create: NewCheckin[];
  /** Days that already have a check-in, with its file: left as they are. */
  skipped: { date: string; file: string }[];
  /** Days after today, which a check-in cannot have yet. */
  future: string[];
  /** Map entries naming something the plan does not have, each once. */
  unplaced: Target[];
}

export interface ImportSource {
  /** "Daylio" */
  app: string;
  /** The file or folder imported, as given. */
  path: string;
}

export function planImport(days: readonly DayRecord[], map: ImportMap, plan: Plan, today: string, source: ImportSource): ImportWork {
  const existing = new Map<string, string>();
  for (const file of planFiles(plan.dir).checkinFiles) {
    const date = DATED_FILE.exec(basename(file))?.[1];
    if (date !== undefined && !existing.has(date)) existing.set(date, file);
  }
  const targets = planTargets(plan);
  const work: ImportWork = { create: [], skipped: [], future: [], unplaced: [] };
  for (const day of days) {
    const file = existing.get(day.date);
    if (file !== undefined) {
      work.skipped.push({ date: day.date, file });
      continue;
    }
    if (day.date > today) {
      work.future.push(day.date);
      continue;
    }
    const checkin = checkinFromDay(day, map, targets, source.app);
    for (const target of checkin.unplaced) {
      if (!work.unplaced.some((known) => known.field === target.field && known.name === target.name)) work.unplaced.push(target);
    }
    const path = join(plan.dir, 'checkins', day.date.slice(0, 4), day.date.slice(5, 7), `${day.date}.md`);
    const text = checkinText(checkin, schemaPath(path, SCHEMA_FILES.checkin(plan.slug), 'schemas'), `Imported from ${source.app} (${basename(source.path)}).`);
    work.create.push({ file: path, text, checkin });
  }
  return work;
}

/** Writes each new check-in; a file that appeared meanwhile is left alone and counted as skipped. */
export function writeImport(work: ImportWork): ImportWork {
  const created: NewCheckin[] = [];
  const skipped = [...work.skipped];
  for (const item of work.create) {
    const result = createFile(item.file, item.text);
    if (result.ok) created.push(item);
    else skipped.push({ date: item.checkin.date, file: item.file });
  }
  return { ...work, create: created, skipped };
}

function planTargets(plan: Plan): PlanTargets {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((item) => item.id));
  return {
    coping: ids(plan.fields.coping),
    triggers: ids(plan.fields.triggers),
    contacted: ids(plan.fields.supports),
    metrics: [...new Set(plan.fields.goals.flatMap((goal) => (goal.measure ? [goal.measure.metric] : [])))],
  };
}
