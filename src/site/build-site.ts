// Renders the site with Eleventy from templates/ into an output folder, with the analysed plans as global data.

import { join } from 'node:path';
import type { AnalysedPlan } from './analysed-plan.js';
import { prepareRendering, type RenderBody } from './render-markdown.js';
import { eleventySetup, TEMPLATES_DIR } from './eleventy-setup.js';
import { closeStaging, openStaging } from '../output/staging.js';
import { outputRefusal } from '../output/output-refusal.js';
import { publishSite } from '../output/publish-site.js';
import { siteData } from './site-data.js';

export type BuildResult = { ok: true; pages: number; files: string[]; ms: number } | { ok: false; message: string };

export interface BuildOptions {
  /** For `waymark serve`: pages may load the dev server's reload script. */
  liveReload?: boolean;
  /**
   * For `waymark serve` after a save that only changed these check-ins (`slug/YYYY-MM-DD`): rewrite
   * their months' pages and the plan-wide pages, and leave every other month page of the last build as it is.
   */
  changedCheckins?: ReadonlySet<string>;
  /**
   * Bodies to HTML; default renderMarkdown. `waymark build` passes the bodies rendered on a second
   * thread, as a promise: Eleventy is loaded while that thread finishes.
   */
  renderBody?: RenderBody | Promise<RenderBody>;
  /** Write each plan's `calendar.ics` (default true); `waymark build --encrypt` says false, so it never stands in the clear. */
  calendars?: boolean;
  /** Seals the rendered site in its staging folder before any of it reaches `outDir` (`waymark build --encrypt`). */
  seal?: (staging: string) => Promise<void>;
  /** Replace a site of the other kind (encrypted or plain) in `outDir`, which is otherwise refused. */
  replace?: boolean;
  /** Ctrl+C removes the staging folder (`waymark build`). */
  interruptible?: boolean;
}

/**
 * Renders every page into a private staging folder, seals it there with `seal`, then publishes it into
 * `outDir` (new, empty, or an earlier build's of the same kind): changed files are written, files the
 * last build listed and this one does not make are removed. With `changedCheckins`, only what they touch.
 */
export async function buildSite(plans: readonly AnalysedPlan[], outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const [{ default: Eleventy }, renderBody] = await Promise.all([import('@11ty/eleventy'), options.renderBody, prepareRendering()]);
  const changed = options.changedCheckins;
  const months = changed && new Set([...changed].map((day) => day.slice(0, -'-DD'.length)));
  const data = siteData(plans, months ? (slug, month) => months.has(`${slug}/${month}`) : undefined, renderBody, options.calendars ?? true);
  const kind = options.seal ? 'encrypted' : 'plain';
  const refused = outputRefusal(outDir, kind, options.replace);
  if (refused) return { ok: false, message: refused };
  const staging = openStaging(options.interruptible);
  try {
    // configPath false: no .eleventy.js is read (it would load plans from WAYMARK_PLANS); the set-up comes from here.
    const eleventy = new Eleventy(TEMPLATES_DIR, staging, { configPath: false, quietMode: true, config: (eleventyConfig) => eleventySetup(eleventyConfig, data, options.liveReload) });
    eleventy.disableLogger();
    const [, templates] = await eleventy.write();
    const pages = templates.filter((template) => typeof template.outputPath === 'string' && template.outputPath.endsWith('.html')).length;
    const ms = performance.now() - started;
    await options.seal?.(staging);
    const published = publishSite(staging, outDir, kind, changed !== undefined);
    return { ok: true, pages, files: published.files.map((file) => join(outDir, file)), ms };
  } finally {
    closeStaging(staging);
  }
}
