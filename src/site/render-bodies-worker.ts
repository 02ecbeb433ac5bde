// The second thread of `waymark build`: reads the plans' files and renders every Markdown body to HTML while the first thread validates them.

import { parentPort, workerData } from 'node:worker_threads';
import { findPlans } from '../load/find-plans.js';
import { bodyOf } from '../load/body.js';
import { readText } from '../load/read-text.js';
import { bodyKey, type RenderedBody } from './rendered-bodies.js';
import { ENTRY_HEADING_SHIFT, PLAN_HEADING_SHIFT, prepareRendering, renderMarkdown } from './render-markdown.js';

const { plansDir } = workerData as { plansDir: string };
await prepareRendering();
const rendered: RenderedBody[] = [];
const found = findPlans(plansDir);
for (const plan of found.ok ? found.plans : []) {
  const files: [string, number][] = [[plan.planFile, PLAN_HEADING_SHIFT], ...[...plan.checkinFiles, ...plan.reviewFiles].map((file): [string, number] => [file, ENTRY_HEADING_SHIFT])];
  for (const [file, shift] of files) {
    const read = readText(file, plan.root);
    // Files that cannot be read are the first thread's to report; their pages are never built.
    if (!read.ok) continue;
    const body = bodyOf(read.text);
    rendered.push([bodyKey(body.markdown, shift), renderMarkdown(body, shift)]);
  }
}
parentPort?.postMessage(rendered);
