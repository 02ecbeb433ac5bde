// One `waymark serve` session: the plans as last read, re-read file by file on each save, and the last good build.

import { basename, resolve, sep } from 'node:path';
import type { BuildCache } from '../cache/build-cache.js';
import { frontMatterCache } from '../cache/derived-files.js';
import { DATED_FILE } from '../load/find-plans.js';
import { fileCount, loadPlans, reloadPlan, type LoadedPlan } from '../load/load-plans.js';
import type { HistoryMemo } from '../history/plan-history.js';
import type { FrontMatterCache } from '../load/read-source.js';
import { sourcePath } from '../load/source-path.js';
import { todayIn } from '../load/today.js';
import { analysePlans } from '../site/analyse-plans.js';
import { buildSite } from '../site/build-site.js';
import type { RenderBody } from '../site/render-markdown.js';
import { rememberingRenderer, renderBodiesAside } from '../site/rendered-bodies.js';
import type { Diagnostic } from '../problem/diagnostic.js';
import { validatePlan, type ValidatedPlan } from '../validate/validate-plan.js';

export type Outcome =
  | { kind: 'built'; pages: number; ms: number; diagnostics: Diagnostic[] }
  | { kind: 'errors'; diagnostics: Diagnostic[]; files: number }
  | { kind: 'refused'; message: string };

export class ServeSession {
  private loaded: LoadedPlan[] = [];
  private validated = new Map<string, ValidatedPlan>();
  /** Whether the site on disk is a complete build of the plans as they were last read. */
  private lastBuildOk = false;
  /** Bodies as HTML by their text, kept across rebuilds: a save renders only the body that changed. */
  private renderBody: RenderBody = rememberingRenderer();
  private readonly frontMatter: FrontMatterCache | undefined;
  /** What git said of each plan.md, kept until HEAD moves: a save with no commit does not walk the log again. */
  private readonly history: HistoryMemo = new Map();

  /** `cache`: the build cache `waymark build` uses too (null with --no-cache). */
  constructor(
    private readonly plansDir: string,
    private readonly outDir: string,
    private readonly today: string | undefined,
    private readonly cache: BuildCache | null = null,
    /** Replace an encrypted site in the output folder (serve's --replace), on the first build. */
    private replace = false,
  ) {
    this.frontMatter = cache ? frontMatterCache(cache) : undefined;
  }

  /** Reads every plan and builds the site. */
  async start(): Promise<Outcome> {
    // The bodies are rendered on a second thread while this one reads and validates the plans.
    const bodies = renderBodiesAside(this.plansDir, this.cache);
    const result = loadPlans(this.plansDir, this.frontMatter);
    if (!result.ok) {
      bodies.stop();
      return { kind: 'refused', message: result.message };
    }
    this.loaded = result.plans;
    this.cache?.flush('front-matter', { prune: true });
    this.validated = new Map(this.loaded.map((plan) => [plan.dir, this.validate(plan)]));
    this.renderBody = (await bodies.renderer()).render;
    return this.build();
  }

  /** Re-reads only the files in `changed` (a new plan folder means reading the plans again), then rebuilds. */
  async update(changed: ReadonlySet<string>): Promise<Outcome> {
    const paths = new Set([...changed].map((path) => resolve(path)));
    const owner = (path: string) => this.loaded.find((plan) => path.startsWith(resolve(plan.dir) + sep));
    if ([...paths].some((path) => owner(path) === undefined)) return this.start();
    // Only edits of check-ins that were there before and are there still leave the other check-in pages as they were.
    let onlyCheckins = this.lastBuildOk;
    const checkins = new Set<string>();
    for (const [index, plan] of this.loaded.entries()) {
      const mine = new Set([...paths].filter((path) => owner(path) === plan));
      if (mine.size === 0) continue;
      const reloaded = reloadPlan(plan, mine, this.frontMatter);
      const before = new Set(plan.checkins.map(sourcePath));
      const after = new Set(reloaded.checkins.map(sourcePath));
      for (const path of mine) {
        const date = DATED_FILE.exec(basename(path))?.[1];
        if (before.has(path) && after.has(path) && date) checkins.add(`${reloaded.slug}/${date}`);
        else onlyCheckins = false;
      }
      this.loaded[index] = reloaded;
      this.validated.set(reloaded.dir, this.validate(reloaded));
    }
    return this.build(onlyCheckins ? checkins : undefined);
  }

  private validate(plan: LoadedPlan): ValidatedPlan {
    return validatePlan(plan, this.today ? () => this.today! : todayIn);
  }

  private async build(changedCheckins?: ReadonlySet<string>): Promise<Outcome> {
    const validated = this.loaded.map((plan) => this.validated.get(plan.dir)!);
    const diagnostics = validated.flatMap((plan) => plan.diagnostics);
    this.lastBuildOk = false;
    if (validated.some((plan) => plan.plan === null || plan.diagnostics.some((d) => d.severity === 'error'))) {
      return { kind: 'errors', diagnostics, files: fileCount(this.loaded) };
    }
    const built = await buildSite(analysePlans(validated, { history: true, memo: this.history }), this.outDir, { liveReload: true, renderBody: this.renderBody, replace: this.replace, ...(changedCheckins ? { changedCheckins } : {}) });
    if (!built.ok) return { kind: 'refused', message: built.message };
    this.replace = false;
    this.lastBuildOk = true;
    // Once the pages are written and the browser told: a save shows before the cache learns of it.
    setImmediate(() => {
      this.cache?.flush('front-matter');
      this.cache?.flush('html');
    });
    return { kind: 'built', pages: built.pages, ms: built.ms, diagnostics };
  }
}
