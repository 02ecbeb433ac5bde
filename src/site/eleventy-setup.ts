// Registers what Waymark's templates need with Eleventy: Nunjucks that escapes everything, YAML-only front matter, and the site data.

import { fileURLToPath } from 'node:url';
import type { EleventyUserConfig } from '@11ty/eleventy';
import { checkPlans } from '../validate/check-plans.js';
import { formatPretty } from '../validate/format-diagnostics.js';
import { analysePlans } from './analyse-plans.js';
import { compileNunjucksOnce } from './nunjucks-cache.js';
import { prepareRendering } from './render-markdown.js';
import { markOutputFolder } from './output-folder.js';
import { siteData, type SiteData } from './site-data.js';

/** The templates folder, beside src/ and dist/ in the package; Eleventy reads nothing else. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));

/** The name templates reach the site data by: `waymark.dashboards`, `waymark.crises`, … */
export const GLOBAL_DATA_NAME = 'waymark';

function refuseCode(): never {
  throw new Error('front matter that runs code is switched off for Waymark templates; use YAML');
}

/**
 * `liveReload` (for `waymark serve`) lets pages load the dev server's reload script and open its
 * socket, both on the site's own origin; built sites allow no script at all.
 */
export function eleventySetup(eleventyConfig: EleventyUserConfig, data: SiteData, liveReload = false): void {
  eleventyConfig.setTemplateFormats(['njk']);
  compileNunjucksOnce(eleventyConfig);
  // Everything the person wrote is escaped; only markup built (and sanitized) in src/site is printed with `| safe`.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.setFrontMatterParsingOptions({ language: 'yaml', engines: { javascript: refuseCode, js: refuseCode, jsLegacy: refuseCode, node: refuseCode } });
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData(GLOBAL_DATA_NAME, data);
  eleventyConfig.addGlobalData('liveReload', liveReload);
  eleventyConfig.on('eleventy.after', ({ directories }) => markOutputFolder(directories.output));
}

/**
 * For `npx @11ty/eleventy` in the repository (through .eleventy.js): checks and analyses the plans in
 * `plansDir` itself, refusing plans with errors as `waymark build` does.
 */
export async function eleventyFromPlans(eleventyConfig: EleventyUserConfig, plansDir: string): Promise<{ dir: { input: string; output: string } }> {
  await prepareRendering();
  const checked = checkPlans(plansDir);
  if (!checked.ok) throw new Error(checked.message);
  const errors = checked.plans.flatMap((plan) => plan.diagnostics.filter((d) => d.severity === 'error'));
  if (errors.length > 0) throw new Error(`the plans have errors; fix them first (waymark check):\n${errors.map((d) => formatPretty(d)).join('\n')}`);
  eleventySetup(eleventyConfig, siteData(analysePlans(checked.plans, { history: true })));
  return { dir: { input: 'templates', output: '_site' } };
}
