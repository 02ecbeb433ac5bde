// Validates one loaded plan: every file on its own, then the rules across files; returns the plan and its diagnostics.

import { relative } from 'node:path';
import { isAfterToday } from '../analyze/timeline.js';
import type { LoadedPlan } from '../load/load-plans.js';
import type { Problem } from '../problem/diagnostic.js';
import type { Source } from '../load/read-source.js';
import { checkinSchema, type CheckinFields } from '../schema/checkin.js';
import { ID_PATTERN, isTimeZone } from '../schema/common.js';
import type { Checkin, Plan, Review } from '../schema/model.js';
import { planFields } from '../schema/plan.js';
import { reviewFields } from '../schema/review.js';
import { byPlace, diagnostic, FILE_START, type Diagnostic } from '../problem/diagnostic.js';
import { checkDatedFile } from './dated-file.js';
import { duplicateIds } from './duplicate-ids.js';
import { fileResult } from './file-results.js';
import { fieldLabel } from './field-label.js';
import { withoutEmptyFields } from './empty-fields.js';
import { goalAchievable } from './goal-achievable.js';
import { goalRules } from './goal-rules.js';
import { keySpan, valueSpan } from './locate.js';
import { crisisIncomplete, triggersWithoutCoping } from './plan-advice.js';
import { crisisRefs } from './crisis-refs.js';
import { planRefs } from './plan-refs.js';
import { idSets, idSuggestion, rawField, rawMetrics, type IdSets } from './raw-plan.js';
import { checkRefs } from './references.js';
import { checkSchema } from './schema-problems.js';

export interface ValidatedPlan {
  slug: string;
  /** The plan as far as it could be read; null when plan.md itself could not be. */
  plan: Plan | null;
  today: string;
  diagnostics: Diagnostic[];
}

/** `todayFor` gives today in a time zone (the plan's, when it names a valid one). */
export function validatePlan(loaded: LoadedPlan, todayFor: (timeZone: string | undefined) => string): ValidatedPlan {
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, problems: Problem[]): void => {
    for (const p of problems) diagnostics.push(diagnostic(file, p.span, p.severity, p.rule, p.message));
  };

  const source = loaded.plan;
  const data = source?.data === undefined ? undefined : withoutEmptyFields(source.data);
  const timezone = rawField(data, 'timezone');
  const today = todayFor(typeof timezone === 'string' && isTimeZone(timezone) ? timezone : undefined);
  const ids = idSets(data);
  const metrics = rawMetrics(data);
  const recovery = rawField(data, 'recovery');
  const tracksUse = rawField(recovery, 'tracks_use') !== false;

  let fields: Plan['fields'] | undefined;
  if (!source) {
    report(loaded.planFile, [{ span: FILE_START, severity: 'error', rule: 'frontmatter-missing', message: `the plan folder has no plan.md: create one with 'waymark new plan ${loaded.slug}'` }]);
  } else {
    report(source.file, source.problems);
    if (data !== undefined) {
      const checked = checkSchema(source, planFields, data, (key, path) => `'${key}' is not a field of ${path.length === 0 ? 'plan.md' : fieldLabel(path, data)}`);
      fields = checked.value;
      report(source.file, [...checked.problems, ...duplicateIds(source, data), ...planRefs(source, data, ids), ...crisisRefs(source, data, ids), ...triggersWithoutCoping(source, data), ...crisisIncomplete(source, data)]);
    }
  }

  // Without a readable plan.md there are no ids or metrics to check against: check-ins are checked on their own.
  const planKnown = data !== undefined;
  const checkinFields = checkinSchema(metrics);
  // A check-in's own checks depend on plan.md only through its metrics and ids: while those stay, a saved check-in is the only one checked again.
  const context = JSON.stringify([planKnown, metrics, tracksUse, Object.entries(ids).map(([list, set]) => [list, [...set]])]);
  const checkins = datedFiles<Checkin>(loaded.checkins, 'checkin', today, report, (source) =>
    fileResult(source, context, (file) => {
      const checked = checkDatedFile(file, 'checkin', checkinFields, planKnown ? " or a goal's metric" : null);
      if (planKnown) checked.problems.push(...checkinRefs(file, ids));
      if (!tracksUse && rawField(file.data, 'used') !== undefined) checked.problems.push(useNotTracked(file));
      return { ...checked, value: checked.value && checked.date ? toCheckin(file, checked.date, checked.value, metrics) : undefined };
    }),
  );
  const reviews = datedFiles<Review>(loaded.reviews, 'review', today, report, (file) => {
    const checked = checkDatedFile(file, 'review', reviewFields, '');
    return { ...checked, value: checked.value && checked.date ? { ...checked.value, date: checked.date, file: file.file, body: file.body } : undefined };
  });

  for (const file of loaded.strayFiles) {
    report(file, [{ span: FILE_START, severity: 'warning', rule: 'stray-file', message: `'${relative(loaded.dir, file)}' is not read: check-ins and reviews are named by their date, YYYY-MM-DD.md (or YYYY-MM-DD-anything.md); rename it, or move it out of the plan` }]);
  }
  if (!ID_PATTERN.test(loaded.slug)) {
    report(loaded.planFile, [{ span: FILE_START, severity: 'error', rule: 'invalid-slug', message: `the plan's folder name '${loaded.slug}' cannot name a plan (it becomes part of the site's links): rename the folder using lowercase letters, digits and hyphens${idSuggestion(loaded.slug)}` }]);
  }

  if (source && data !== undefined) report(source.file, goalRules(source, data, checkins[0]?.date));

  const plan: Plan | null =
    source && fields ? { slug: loaded.slug, dir: loaded.dir, file: source.file, fields, body: source.body, checkins, reviews } : null;
  if (plan && source) report(source.file, goalAchievable(source, plan, today));

  return { slug: loaded.slug, plan, today, diagnostics: diagnostics.sort(byPlace) };
}

type Checked<T> = { date: string | undefined; value: T | undefined; problems: Problem[] };

/** Validates each dated file, then one file per date and none after today; returns the readable ones by date. */
function datedFiles<T extends { date: string }>(
  files: Source[],
  kind: 'checkin' | 'review',
  today: string,
  report: (file: string, problems: Problem[]) => void,
  check: (file: Source) => Checked<T>,
): T[] {
  const byDate = new Map<string, Source>();
  const values: T[] = [];
  const what = kind === 'checkin' ? 'check-in' : 'review';
  for (const file of files) {
    const checked = check(file);
    report(file.file, checked.problems);
    if (checked.date === undefined) continue;
    const other = byDate.get(checked.date);
    if (other) {
      report(file.file, [{ span: FILE_START, severity: 'error', rule: 'duplicate-date', message: `there is already a ${what} for ${checked.date} (${relative(process.cwd(), other.file)}): keep one per day, merging the two files` }]);
      continue;
    }
    byDate.set(checked.date, file);
    if (isAfterToday(checked.date, today)) {
      const span = valueSpanOrStart(file);
      report(file.file, [{ span, severity: 'warning', rule: 'future-date', message: `this ${what} is dated ${checked.date}, after today (${today}): it is left out until that day comes` }]);
    }
    if (checked.value) values.push(checked.value);
  }
  return values.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function valueSpanOrStart(file: Source) {
  return file.yaml !== null ? valueSpan(file, ['date']) : FILE_START;
}

/** A plan with `recovery.tracks_use: false` counts no days of use, so a check-in's `used` would be kept but never shown. */
function useNotTracked(file: Source): Problem {
  return {
    span: keySpan(file, ['used']),
    severity: 'warning',
    rule: 'use-not-tracked',
    message: "this plan has 'tracks_use: false' under 'recovery', so 'used' is not counted anywhere: remove it, or set 'tracks_use: true' in plan.md",
  };
}

function checkinRefs(file: Source, ids: IdSets): Problem[] {
  const data = file.data;
  return [
    ...checkRefs(file, rawField(data, 'triggers'), ['triggers'], ['triggers'], ids),
    ...checkRefs(file, rawField(data, 'warning_signs'), ['warning_signs'], ['warning_signs'], ids),
    ...checkRefs(file, rawField(data, 'coping'), ['coping'], ['coping'], ids),
    ...checkRefs(file, rawField(data, 'contacted'), ['contacted'], ['supports'], ids),
  ];
}

/** Every check-in gets the same shape (same keys, same order), so later stages read their fields fast. */
function toCheckin(file: Source, date: string, value: CheckinFields, metrics: readonly string[]): Checkin {
  const recorded: Record<string, number> = {};
  const values = value as Record<string, unknown>;
  for (const metric of metrics) {
    const amount = values[metric];
    if (typeof amount === 'number') recorded[metric] = amount;
  }
  return {
    date,
    mood: value.mood,
    craving: value.craving,
    used: value.used,
    difficulty: value.difficulty,
    sleep: value.sleep,
    triggers: value.triggers,
    warning_signs: value.warning_signs,
    coping: value.coping,
    contacted: value.contacted,
    gratitude: value.gratitude,
    file: file.file,
    metrics: recorded,
    body: file.body,
  };
}
