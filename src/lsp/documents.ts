// The plans as the editor sees them: each open document's unsaved text over the files on disk, validated as `check` does.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { planFiles, type PlanFiles } from '../load/find-plans.js';
import type { LoadedPlan } from '../load/load-plans.js';
import { parseSource, readSource, type FileKind, type Source } from '../load/read-source.js';
import { sizeProblem } from '../load/read-text.js';
import { todayIn } from '../load/today.js';
import { FILE_START } from '../validate/diagnostic.js';
import { validatePlan, type ValidatedPlan } from '../validate/validate-plan.js';
import { planFileKind, planFolderOf } from './plan-folder.js';
import { watchPlan, type PlanWatcher } from './plan-watcher.js';

interface OpenDocument {
  uri: string;
  text: string;
  /** Parsed on first use, and again only when the text changes. */
  source: Source | undefined;
}

type Listing = PlanFiles & { hasPlanFile: boolean };

interface DiskPlan {
  /** The plan's files as last listed; null after a file was added or removed. */
  files: Listing | null;
  /** Files read from disk, by absolute path, until the watcher sees them change. */
  sources: Map<string, Source>;
  watcher: PlanWatcher;
}

export interface DocumentsOptions {
  /** --plans or WAYMARK_PLANS, when given. */
  plansDir: string | undefined;
  /** --today, when given; otherwise each plan's own time zone decides. */
  today: string | undefined;
  /** Called when a file of a plan changes on disk (not through the editor). */
  onDiskChange: (planDir: string) => void;
  log: (message: string) => void;
}

export class PlanDocuments {
  private readonly open = new Map<string, OpenDocument>();
  private readonly disk = new Map<string, DiskPlan>();

  constructor(private readonly options: DocumentsOptions) {}

  /** The plan folder of a file, or null for a file in no plan. */
  planOf(path: string): string | null {
    const dir = planFolderOf(path, this.options.plansDir);
    return dir !== null && planFileKind(dir, path) !== null ? dir : null;
  }

  /** Records the editor's text of a document (on open and on every change). */
  update(uri: string, path: string, text: string): void {
    const known = this.open.get(resolve(path));
    if (known && known.text === text) return;
    this.open.set(resolve(path), { uri, text, source: undefined });
  }

  close(path: string): void {
    this.open.delete(resolve(path));
  }

  /** The open documents of a plan, by path. */
  openIn(planDir: string): { path: string; uri: string }[] {
    return [...this.open].filter(([path]) => this.planOf(path) === planDir).map(([path, doc]) => ({ path, uri: doc.uri }));
  }

  /** The uri the editor knows an open file by. */
  uriOf(path: string): string | undefined {
    return this.open.get(resolve(path))?.uri;
  }

  /** plan.md as the editor has it (unsaved text) or as it is on disk; null when there is none. */
  planSource(planDir: string): Source | null {
    const files = this.filesOf(planDir);
    const path = resolve(files.planFile);
    return this.open.has(path) || files.hasPlanFile ? this.sourceOf(planDir, path, 'plan') : null;
  }

  /** The file at `path` as the editor has it, or as it is on disk. */
  sourceOf(planDir: string, path: string, kind: FileKind): Source {
    const doc = this.open.get(path);
    if (doc) return (doc.source ??= editorSource(path, kind, doc.text));
    const disk = this.diskPlan(planDir);
    let source = disk.sources.get(path);
    if (!source || source.kind !== kind) disk.sources.set(path, (source = readSource(path, kind)));
    return source;
  }

  /** Validates a whole plan, as `check` would with the editor's unsaved texts saved. */
  validate(planDir: string): ValidatedPlan {
    const files = this.filesOf(planDir);
    const lists = { checkin: files.checkinFiles, review: files.reviewFiles, stray: files.strayFiles };
    // A document opened before it was first saved is part of the plan too.
    for (const path of this.open.keys()) {
      const kind = this.planOf(path) === planDir ? planFileKind(planDir, path) : null;
      if (kind && kind !== 'plan' && !lists[kind].includes(path)) lists[kind] = [...lists[kind], path].sort();
    }
    const loaded: LoadedPlan = {
      slug: files.slug,
      dir: planDir,
      planFile: files.planFile,
      plan: this.planSource(planDir),
      checkins: lists.checkin.map((path) => this.sourceOf(planDir, path, 'checkin')),
      reviews: lists.review.map((path) => this.sourceOf(planDir, path, 'review')),
      strayFiles: lists.stray,
    };
    const today = this.options.today;
    return validatePlan(loaded, today ? () => today : todayIn);
  }

  /** Stops watching the plans' folders. */
  dispose(): void {
    for (const plan of this.disk.values()) plan.watcher.close();
    this.disk.clear();
  }

  private filesOf(planDir: string): Listing {
    const disk = this.diskPlan(planDir);
    if (!disk.files) {
      const files = planFiles(planDir);
      const planFile = resolve(files.planFile);
      // Paths resolved once per listing, not on every keystroke.
      disk.files = {
        ...files,
        planFile,
        checkinFiles: files.checkinFiles.map((file) => resolve(file)),
        reviewFiles: files.reviewFiles.map((file) => resolve(file)),
        strayFiles: files.strayFiles.map((file) => resolve(file)),
        hasPlanFile: existsSync(planFile),
      };
    }
    return disk.files;
  }

  private diskPlan(planDir: string): DiskPlan {
    let plan = this.disk.get(planDir);
    if (plan) return plan;
    const known: DiskPlan = { files: null, sources: new Map(), watcher: { close() {} } };
    known.watcher = watchPlan(
      planDir,
      (path, added) => {
        if (added) known.files = null;
        known.sources.delete(resolve(path));
        this.options.onDiskChange(planDir);
      },
      (error) => this.options.log(`waymark: watching ${planDir} failed (${error.message}); files changed outside the editor may show their old text until the server restarts`),
    );
    plan = known;
    this.disk.set(planDir, plan);
    return plan;
  }
}

/** The editor's text parsed as `check` parses a file, with the same size limit. */
function editorSource(path: string, kind: FileKind, text: string): Source {
  const tooLarge = sizeProblem(Buffer.byteLength(text, 'utf8'));
  if (!tooLarge) return parseSource(path, kind, text);
  return { ...parseSource(path, kind, ''), data: undefined, problems: [{ span: FILE_START, severity: 'error', rule: 'file-unreadable', message: tooLarge }] };
}
