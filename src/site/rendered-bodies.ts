// Renders the plans' Markdown bodies on a second thread, started before validation, so that a build's first thread spends almost nothing on Markdown.

import { Worker } from 'node:worker_threads';
import type { BuildCache } from '../cache/build-cache.js';
import { htmlCache, type HtmlCache } from '../cache/derived-files.js';
import { ENTRY_HEADING_SHIFT, renderMarkdown, type RenderBody } from './render-markdown.js';

/** What the second thread sends back: a body's key and its HTML. */
export type RenderedBody = [key: string, html: string];

/** The HTML depends on the body's text and heading shift, and on nothing else. */
export function bodyKey(markdown: string, headingShift: number): string {
  return `${headingShift}\n${markdown}`;
}

/**
 * Renders each distinct body once: `known` holds what was rendered before (by the second thread, or by
 * an earlier rebuild in `waymark serve`), and `cache` what earlier runs rendered.
 */
export function rememberingRenderer(known = new Map<string, string>(), cache?: HtmlCache | null): RenderBody {
  return (body, headingShift = ENTRY_HEADING_SHIFT) => {
    const key = bodyKey(body.markdown, headingShift);
    let html = known.get(key) ?? cache?.get(key);
    if (html === undefined) {
      html = renderMarkdown(body, headingShift);
      cache?.set(key, html);
    }
    known.set(key, html);
    return html;
  };
}

// From src/ (tests) and from dist/ alike, the compiled worker in dist/.
const WORKER = new URL('../../dist/site/render-bodies-worker.js', import.meta.url);

export interface RenderedBodies {
  /**
   * Waits for the second thread, then renders from what it sent, and any body it did not have (a
   * file saved since) as usual; `fromSecondThread` counts the bodies it sent.
   */
  renderer(): Promise<{ render: RenderBody; fromSecondThread: number }>;
  /** Ends the second thread when the build stops early. */
  stop(): void;
}

/** `cache`: the build cache, which the second thread opens too (null: none). */
export function renderBodiesAside(plansDir: string, cache: BuildCache | null = null): RenderedBodies {
  const worker = new Worker(WORKER, { workerData: { plansDir, cacheFolder: cache?.folder ?? null } });
  // Never keeps the command running: a build that stops early just leaves it.
  worker.unref();
  // A thread that fails leaves every body to the first thread: slower, the same pages.
  const rendered = new Promise<Map<string, string>>((resolve) => {
    worker.once('message', (bodies: RenderedBody[]) => resolve(new Map(bodies)));
    worker.once('error', () => resolve(new Map()));
    worker.once('exit', () => resolve(new Map()));
  });
  return {
    async renderer() {
      const bodies = await rendered;
      void worker.terminate();
      return { render: rememberingRenderer(bodies, cache && htmlCache(cache)), fromSecondThread: bodies.size };
    },
    stop() {
      void worker.terminate();
    },
  };
}
