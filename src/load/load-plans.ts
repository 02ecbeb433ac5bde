// Reads every file of every plan once, keeping the parsed sources for validation and for re-reading one file.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findPlans, planFiles, type PlanFiles } from './find-plans.js';
import { readSource, type FrontMatterCache, type Source } from './read-source.js';
import { sourcePath } from './source-path.js';

export interface LoadedPlan {
  slug: string;
  dir: string;
  planFile: string;
  /** null when the folder has no plan.md. */
  plan: Source | null;
  checkins: Source[];
  reviews: Source[];
  strayFiles: string[];
}

export type LoadResult = { ok: true; plans: LoadedPlan[]; files: number } | { ok: false; message: string };

/** `cache` (for `build` and `serve`) keeps each file's parsed front matter across runs. */
export function loadPlans(plansDir: string, cache?: FrontMatterCache): LoadResult {
  const found = findPlans(plansDir);
  if (!found.ok) return found;
  const plans = found.plans.map((files) => loadPlan(files, cache));
  return { ok: true, plans, files: fileCount(plans) };
}

/** How many files the plans hold, for "in N files" summaries. */
export function fileCount(plans: readonly LoadedPlan[]): number {
  return plans.reduce((n, p) => n + (p.plan ? 1 : 0) + p.checkins.length + p.reviews.length + p.strayFiles.length, 0);
}

export function loadPlan(files: PlanFiles, cache?: FrontMatterCache): LoadedPlan {
  return assemble(files, (file, kind) => readSource(file, kind, cache));
}

/**
 * Re-reads a plan after some of its files changed: files whose text is unchanged keep their
 * parsed source, so a save costs one file's parse, not the plan's.
 */
export function reloadPlan(previous: LoadedPlan, changed: ReadonlySet<string>, cache?: FrontMatterCache): LoadedPlan {
  const saved = new Set([...changed].map((file) => resolve(file)));
  const known = new Map<string, Source>();
  for (const source of [previous.plan, ...previous.checkins, ...previous.reviews]) {
    if (source && !saved.has(sourcePath(source))) known.set(source.file, source);
  }
  return assemble(planFiles(previous.dir), (file, kind) => known.get(file) ?? readSource(file, kind, cache));
}

function assemble(files: PlanFiles, read: (file: string, kind: Source['kind']) => Source): LoadedPlan {
  return {
    slug: files.slug,
    dir: files.dir,
    planFile: files.planFile,
    plan: existsSync(files.planFile) ? read(files.planFile, 'plan') : null,
    checkins: files.checkinFiles.map((file) => read(file, 'checkin')),
    reviews: files.reviewFiles.map((file) => read(file, 'review')),
    strayFiles: files.strayFiles,
  };
}
