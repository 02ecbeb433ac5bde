// Eleventy as Waymark sets it up: Nunjucks escapes everything, and front matter that would run code is refused, never run.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { describe, expect, it } from 'vitest';
import { eleventySetup } from '../../src/site/eleventy-setup.js';
import type { SiteData } from '../../src/site/site-data.js';

function templates(files: Record<string, string>): { input: string; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'waymark-eleventy-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return { input: root, output: join(root, 'out') };
}

/** The messages of an error and of every error that caused it (Eleventy keeps it as `originalError`). */
function messages(error: unknown): string {
  const found: string[] = [];
  for (let e = error; e instanceof Error; e = (e as Error & { originalError?: unknown }).originalError ?? e.cause) found.push(e.message);
  return found.join(' / ');
}

function eleventy(input: string, output: string, data: unknown): Eleventy {
  const instance = new Eleventy(input, output, { configPath: false, quietMode: true, config: (config) => eleventySetup(config, data as SiteData) });
  instance.disableLogger();
  return instance;
}

describe('eleventySetup', () => {
  it('escapes everything a template prints unless it is marked safe', async () => {
    const { input, output } = templates({ 'page.njk': '---\npermalink: page.html\n---\n{{ waymark.text }}' });
    await eleventy(input, output, { text: '<script>alert(1)</script> & "quotes"' }).write();
    expect(readFileSync(join(output, 'page.html'), 'utf8')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  }, 30_000);

  it('paginates a template into one page per entry, each at its own permalink, with its layout and imported macros', async () => {
    const { input, output } = templates({
      'day.njk': '---\npagination:\n  data: waymark.days\n  size: 1\n  alias: view\npermalink: "days/{{ view.slug }}.html"\nlayout: frame.njk\n---\n{% import "parts.njk" as parts %}{{ parts.note(view.text) }}',
      '_includes/frame.njk': '<h1>{{ view.title }}</h1>{{ content | safe }}',
      '_includes/parts.njk': '{% macro note(text) %}<p>{{ text }}</p>{% endmacro %}',
    });
    const days = [1, 2, 3].map((n) => ({ slug: `d${n}`, title: `Day ${n}`, text: `note <${n}>` }));
    await eleventy(input, output, { days }).write();
    expect(days.map((day) => readFileSync(join(output, 'days', `${day.slug}.html`), 'utf8'))).toEqual([
      '<h1>Day 1</h1><p>note &lt;1&gt;</p>',
      '<h1>Day 2</h1><p>note &lt;2&gt;</p>',
      '<h1>Day 3</h1><p>note &lt;3&gt;</p>',
    ]);
  }, 30_000);

  it('stops at a name the data does not have, rather than printing nothing', async () => {
    const { input, output } = templates({ 'page.njk': '---\npermalink: page.html\n---\n{{ waymark.missing.text }}' });
    const error = await eleventy(input, output, {}).write().then(() => undefined, (e: unknown) => e);
    expect(messages(error)).toContain('attempted to output null or undefined value');
  }, 30_000);

  it.each(['js', 'javascript'])('refuses ---%s front matter without running it (Eleventy alone would run it)', async (engine) => {
    const marker = `waymarkRan_${engine}`;
    const { input, output } = templates({ 'page.njk': `---${engine}\n{ permalink: (globalThis.${marker} = true, 'page.html') }\n---\nhello` });
    const error = await eleventy(input, output, {}).write().then(() => undefined, (e: unknown) => e);
    expect(messages(error)).toContain('front matter that runs code is switched off for Waymark templates');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  }, 30_000);
});
