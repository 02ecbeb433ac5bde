// Puts a page's own stylesheets inside it before it is sealed: the site's class names and words then stand nowhere in the clear.

import { linkTarget } from './link-target.js';
import { decodeEntities } from './rewrite-links.js';

const LINK = /<link\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * Each `<link rel="stylesheet">` to a stylesheet of the site becomes `<script type="text/css">` with its text (`css` gives
 * it, already written for the page's new place, or null to leave the link). The unlock script applies
 * them as constructed stylesheets, which the Content-Security-Policy allows. Returns the paths inlined.
 */
export function inlineStylesheets(html: string, page: string, css: (path: string) => string | null): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const result = html.replace(LINK, (tag) => {
    if (!/\brel\s*=\s*["']?stylesheet\b/i.test(tag)) return tag;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const target = href ? linkTarget(page, decodeEntities(href[1] ?? href[2] ?? '')) : null;
    const text = target === null ? null : css(target.path);
    if (target === null || text === null) return tag;
    inlined.push(target.path);
    // Inert text (a script of a type no browser runs), so that parsing the page applies no inline style; `</script` would end it early.
    return `<script type="text/css">${text.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  });
  return { html: result, inlined };
}
