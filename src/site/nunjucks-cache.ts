// Nunjucks for Eleventy with each template compiled once: Eleventy 3.1 recompiles a Nunjucks template (and its permalink) for every page it paginates.

import type { EleventyUserConfig } from '@11ty/eleventy';

interface NunjucksTemplate {
  render(context: object, callback: (error: Error | null, result: string | null) => void): void;
}

interface NunjucksLib {
  Template: new (source: string, environment: unknown, path: string | null, eagerCompile: boolean) => NunjucksTemplate;
}

type Render = (data: object) => Promise<string>;

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
    if (!nunjucks) throw new Error('Eleventy did not hand over its Nunjucks environment');
    const template = new nunjucks.Template(source, environment, path, true);
    return (data) =>
      new Promise((resolve, reject) => template.render(data, (error, result) => (error ? reject(error) : resolve(result ?? ''))));
  };
  const permalinks = new Map<string, Render>();
  eleventyConfig.addExtension('njk', {
    compile: (source: string, inputPath: string) => compile(source, inputPath),
    compileOptions: {
      cache: true,
      permalink: (source: string) => {
        if (typeof source !== 'string') return source;
        let render = permalinks.get(source);
        if (!render) permalinks.set(source, (render = compile(source, null)));
        return render;
      },
    },
  });
}
