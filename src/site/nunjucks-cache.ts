// Nunjucks for Eleventy with each template compiled once per process: Eleventy 3.1 recompiles a Nunjucks template (and its permalink) for every page it paginates.

import type { EleventyUserConfig } from '@11ty/eleventy';

interface NunjucksTemplate {
  render(context: object, callback: (error: Error | null, result: string | null) => void): void;
}

interface NunjucksLib {
  Template: new (source: string, environment: unknown, path: string | null, eagerCompile: boolean) => NunjucksTemplate;
}

type Render = (data: object) => Promise<string>;

/**
 * Compiled templates by path and text, kept across Eleventy instances: `waymark serve` makes one per
 * save, and a template compiled before is not compiled again (and its code stays optimised).
 */
const compiled = new Map<string, Render>();

/**
 * Registers `njk` as an engine whose compiled templates Eleventy may cache (one compile per
 * template file, not per page), on Eleventy's own Nunjucks environment, so its options and
 * loader stay as configured. Permalinks are compiled once per distinct string.
 */
export function compileNunjucksOnce(eleventyConfig: EleventyUserConfig): void {
  let nunjucks: NunjucksLib | undefined;
  let environment: unknown;
  eleventyConfig.on('eleventy.engine.njk', (event) => {
    nunjucks = event.nunjucks as NunjucksLib;
    environment = event.environment;
  });
  const compile = (source: string, path: string | null): Render => {
    const key = `${path ?? ''}\0${source}`;
    let render = compiled.get(key);
    if (render) return render;
    if (!nunjucks) throw new Error('Eleventy did not hand over its Nunjucks environment');
    const template = new nunjucks.Template(source, environment, path, true);
    render = (data) => new Promise((resolve, reject) => template.render(data, (error, result) => (error ? reject(error) : resolve(result ?? ''))));
    compiled.set(key, render);
    return render;
  };
  eleventyConfig.addExtension('njk', {
    compile: (source: string, inputPath: string) => compile(source, inputPath),
    compileOptions: {
      cache: true,
      permalink: (source: unknown) => (typeof source === 'string' ? compile(source, null) : source),
    },
  });
}
