// Journals and narratives rendered from their Markdown tree: sanitized HTML, headings under the page's, nothing fetched from elsewhere.

import { beforeAll, describe, expect, it } from 'vitest';
import { MarkdownBody } from '../../src/load/body.js';
import { prepareRendering, renderMarkdown } from '../../src/site/render-markdown.js';

beforeAll(prepareRendering);

/** A body as the loader makes it: the whole file, with the front matter before the body. */
function render(markdown: string): string {
  const file = `---\nmood: 3\n---\n${markdown}`;
  return renderMarkdown(new MarkdownBody(file, file.length - markdown.length));
}

describe('renderMarkdown', () => {
  it('renders Markdown without the front matter', () => {
    expect(render('A *good* day, with [a link](https://example.org).')).toBe('<p>A <em>good</em> day, with <a href="https://example.org">a link</a>.</p>');
  });

  it('moves headings under the page’s own h2s, never below h6', () => {
    expect(render('# Morning\n\n###### Small')).toBe('<h3>Morning</h3>\n<h6>Small</h6>');
  });

  it('drops raw HTML, scripts and event handlers', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\nText <b onclick="x()">bold</b>');
    expect(html).not.toMatch(/<script|<img|onerror|onclick|alert/);
    expect(html).toContain('Text');
  });

  it('keeps no javascript: link', () => {
    expect(render('[click](javascript:alert(1))')).toBe('<p><a>click</a></p>');
  });

  it('shows an image as its description, so nothing is fetched from elsewhere', () => {
    expect(render('![the canal at dusk](https://tracker.example/pixel.png)')).toBe('<p>[the canal at dusk]</p>');
  });

  it("keeps a body that opens with '---' lines: the writer's Markdown, not a second front matter", () => {
    expect(render('---\nA line between rules\n---\n')).toBe('<hr>\n<h4>A line between rules</h4>');
  });

  it('is empty for an empty body', () => {
    expect(render('')).toBe('');
    expect(render('\n\n')).toBe('');
  });
});
