// The second thread of `waymark build`: reads the plans' files and renders every Markdown body to HTML while the first thread validates them.

import { parentPort, workerData } from 'node:worker_threads';
import { BuildCache } from '../cache/build-cache.js';
import { htmlCache } from '../cache/derived-files.js';
import { findPlans } from '../load/find-plans.js';
import { bodyOf } from '../load/body.js';
import { readText } from '../load/read-text.js';
import { bodyKey, type RenderedBody } from './rendered-bodies.js';
import { ENTRY_HEADING_SHIFT, PLAN_HEADING_SHIFT, prepareRendering, renderMarkdown } from './render-markdown.js';
import type { Body } from '../schema/model.js';

const { plansDir, cacheFolder } = workerData as { plansDir: string; cacheFolder: string | null };
const opened = cacheFolder === null ? null : BuildCache.open(cacheFolder, plansDir);
const cache = opened && htmlCache(opened);
const rendered: RenderedBody[] = [];
// Bodies the cache did not have: rendered once remark and rehype are loaded (a daily build never loads them here).
const missing: [key: string, body: Body, shift: number][] = [];
const found = findPlans(plansDir);
for (const plan of found.ok ? found.plans : []) {
  const files: [string, number][] = [[plan.planFile, PLAN_HEADING_SHIFT], ...[...plan.checkinFiles, ...plan.reviewFiles].map((file): [string, number] => [file, ENTRY_HEADING_SHIFT])];
  for (const [file, shift] of files) {
    const read = readText(file);
    // Files that cannot be read are the first thread's to report; their pages are never built.
    if (!read.ok) continue;
    const body = bodyOf(read.text);
    const key = bodyKey(body.markdown, shift);
    const html = cache?.get(key);
    if (html === undefined) missing.push([key, body, shift]);
    else rendered.push([key, html]);
  }
}
if (missing.length > 0) await prepareRendering();
for (const [key, body, shift] of missing) {
  const html = renderMarkdown(body, shift);
  rendered.push([key, html]);
  cache?.set(key, html);
}
// Every body of the plans passed through here: the pack keeps only theirs.
opened?.flush('html', { prune: true });
parentPort?.postMessage(rendered);
