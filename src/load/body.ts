// A file's Markdown body, with its syntax tree parsed by remark only when a page needs it.

import type { Root } from 'mdast';
import type { Body } from '../schema/model.js';

type Parse = (text: string) => Root;
let parse: Parse | undefined;

/**
 * Loads remark (with remark-frontmatter) once. Commands that render bodies call it first; the
 * others never pay for it, which keeps `waymark check` quick to start.
 */
export async function prepareMarkdown(): Promise<void> {
  if (parse) return;
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
  ]);
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  parse = (text) => parser.parse(text) as Root;
}

export class MarkdownBody implements Body {
  private parsed: Root | undefined;

  /** `text` is the whole file (without BOM); `bodyStart` is where the body begins in it. */
  constructor(
    private readonly text: string,
    private readonly bodyStart: number,
  ) {}

  get markdown(): string {
    return this.text.slice(this.bodyStart);
  }

  tree(): Root {
    if (!parse) throw new Error('MarkdownBody.tree() needs `await prepareMarkdown()` (src/load/body.ts) first');
    this.parsed ??= parse(this.text);
    return this.parsed;
  }
}
