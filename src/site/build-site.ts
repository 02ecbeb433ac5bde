// Renders the site with Eleventy from templates/ into an output folder, with the analysed plans as global data.

import type { AnalysedPlan } from './analysed-plan.js';
import { prepareRendering, type RenderBody } from './render-markdown.js';
import { eleventySetup, TEMPLATES_DIR } from './eleventy-setup.js';
import { prepareOutputFolder, pruneOutputFolder } from './output-folder.js';
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
}

/** Writes every page into `outDir` (new, empty, or an earlier build's) and removes what is left of the last build; or, with `changedCheckins`, writes only what they touch. */
export async function buildSite(plans: readonly AnalysedPlan[], outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const [{ default: Eleventy }, renderBody] = await Promise.all([import('@11ty/eleventy'), options.renderBody, prepareRendering()]);
  const changed = options.changedCheckins;
  const months = changed && new Set([...changed].map((day) => day.slice(0, -'-DD'.length)));
  const data = siteData(plans, months ? (slug, month) => months.has(`${slug}/${month}`) : undefined, renderBody, options.calendars ?? true);
  const refused = changed ? null : prepareOutputFolder(outDir);
  if (refused) return { ok: false, message: refused };
  // configPath false: no .eleventy.js is read (it would load plans from WAYMARK_PLANS); the set-up comes from here.
  const eleventy = new Eleventy(TEMPLATES_DIR, outDir, { configPath: false, quietMode: true, config: (eleventyConfig) => eleventySetup(eleventyConfig, data, options.liveReload) });
  eleventy.disableLogger();
  const [, templates] = await eleventy.write();
  const files = templates.flatMap((template) => (typeof template.outputPath === 'string' ? [template.outputPath] : []));
  if (!changed) pruneOutputFolder(outDir, files);
  return { ok: true, pages: files.filter((file) => file.endsWith('.html')).length, files, ms: performance.now() - started };
}
