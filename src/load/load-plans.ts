// Reads every file of every plan once, keeping the parsed sources for validation and for re-reading one file.

import { existsSync, lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { findPlans, planFiles, type PlanFiles } from './find-plans.js';
import { readSource, type FrontMatterCache, type Source } from './read-source.js';
import { sourcePath } from './source-path.js';

export interface LoadedPlan {
  slug: string;
  dir: string;
  /** The plans folder (see PlanFiles). */
  root: string;
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
  return assemble(files, (file, kind) => readSource(file, kind, files.root, cache));
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
  const files = listingKept(previous, saved) ?? planFiles(previous.dir, previous.root);
  return assemble(files, (file, kind) => known.get(file) ?? readSource(file, kind, previous.root, cache));
}

/**
 * The plan's files as the last reading listed them, when every saved file was one of them and is a file still: the
 * watcher names every file added or removed, so nothing else in the folders moved, and 3,650 check-ins need no new listing.
 */
function listingKept(previous: LoadedPlan, saved: ReadonlySet<string>): PlanFiles | null {
  const sources = new Set([previous.plan, ...previous.checkins, ...previous.reviews].flatMap((source) => (source ? [sourcePath(source)] : [])));
  for (const path of saved) if (!sources.has(path) || lstatSync(path, { throwIfNoEntry: false })?.isFile() !== true) return null;
  const { slug, dir, root, planFile, strayFiles } = previous;
  return { slug, dir, root, planFile, checkinFiles: previous.checkins.map((source) => source.file), reviewFiles: previous.reviews.map((source) => source.file), strayFiles };
}

function assemble(files: PlanFiles, read: (file: string, kind: Source['kind']) => Source): LoadedPlan {
  return {
    slug: files.slug,
    dir: files.dir,
    root: files.root,
    planFile: files.planFile,
    plan: existsSync(files.planFile) ? read(files.planFile, 'plan') : null,
    checkins: files.checkinFiles.map((file) => read(file, 'checkin')),
    reviews: files.reviewFiles.map((file) => read(file, 'review')),
    strayFiles: files.strayFiles,
  };
}
