// Renders a journal or narrative body to safe HTML: remark's tree → remark-rehype → rehype-sanitize → rehype-stringify.

import type { Heading, Nodes, Root, RootContent, Text } from 'mdast';
import { prepareMarkdown } from '../load/body.js';
import { markdownLimit } from '../load/markdown-limits.js';
import { escapeHtml } from './escape-html.js';
import type { Body } from '../schema/model.js';

let toHtml: ((tree: Root) => string) | undefined;

/**
 * Loads remark and rehype once. Whatever renders bodies calls it first; loaded on demand, they
 * cost nothing to `check`, and `build` loads them while its second thread works.
 */
export async function prepareRendering(): Promise<void> {
  if (toHtml) return;
  const [, { unified }, { default: remarkRehype }, { default: rehypeSanitize, defaultSchema }, { default: rehypeStringify }] = await Promise.all([
    prepareMarkdown(),
    import('unified'),
    import('remark-rehype'),
    import('rehype-sanitize'),
    import('rehype-stringify'),
  ]);
  // GitHub's sanitize schema without images: a picture from elsewhere would be a request outside the site.
  const schema = { ...defaultSchema, tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img') };
  // Raw HTML is dropped by remark-rehype (no allowDangerousHtml); the sanitizer is the second lock on the door.
  const processor = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);
  toHtml = (tree) => processor.stringify(processor.runSync(tree)).trim();
}

/** plan.md's narrative sits right under its page's h1, so its top headings become h2s; journals and reviews sit under h2s. */
export const PLAN_HEADING_SHIFT = 1;
export const ENTRY_HEADING_SHIFT = 2;

/** Renders a body as `renderMarkdown` does; `waymark build` passes one that has most bodies ready (rendered-bodies.ts). */
export type RenderBody = (body: Body, headingShift?: number) => string;

/**
 * The body as HTML. `headingShift` moves the writer's headings down (a `#` becomes an `h3` under
 * the page's `h2`s) so the page keeps one `h1` and an unbroken outline.
 */
export function renderMarkdown(body: Body, headingShift = ENTRY_HEADING_SHIFT): string {
  // Too deep or too dense for remark to take in time (check warns of it): plain text, in time linear in its size.
  if (markdownLimit(body.markdown) !== null) return plainText(body.markdown);
  const source = body.tree();
  const tree: Root = { type: 'root', children: source.children.map((node) => adapt(node, headingShift)) };
  if (tree.children.length === 0) return '';
  if (!toHtml) throw new Error('renderMarkdown() needs `await prepareRendering()` (src/site/render-markdown.ts) first');
  return toHtml(tree);
}

/** Paragraphs at blank lines, lines kept, everything escaped. */
function plainText(markdown: string): string {
  return markdown
    .split(/\r?\n[ \t]*\r?\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\r?\n/g, '<br>\n')}</p>`)
    .join('\n');
}

/** A copy of `node` with headings shifted and images replaced by their description (the tree from the body is left as it was). */
function adapt<T extends Nodes>(node: T, headingShift: number): T {
  if (node.type === 'image' || node.type === 'imageReference') {
    const text: Text = { type: 'text', value: node.alt ? `[${node.alt}]` : '' };
    return text as unknown as T;
  }
  const copy = { ...node } as T & { children?: Nodes[] };
  if (copy.type === 'heading') (copy as Heading).depth = Math.min(6, (copy as Heading).depth + headingShift) as Heading['depth'];
  if ('children' in node && Array.isArray(node.children)) copy.children = (node.children as RootContent[]).map((child) => adapt(child, headingShift));
  return copy;
}
