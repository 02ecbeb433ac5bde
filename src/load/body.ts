// A file's Markdown body, with its syntax tree parsed by remark only when a page needs it.

import type { Root } from 'mdast';
import type { Body } from '../schema/model.js';
import { splitFrontmatter, type FrontmatterSplit } from './split-frontmatter.js';

type Parse = (text: string) => Root;
let parse: Parse | undefined;

/**
 * Loads remark once. Commands that render bodies call it first; the
 * others never pay for it, which keeps `waymark check` quick to start.
 */
export async function prepareMarkdown(): Promise<void> {
  if (parse) return;
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  // The body alone: the front matter was split off by remark-frontmatter's rules (split-frontmatter.ts), and a
  // '---' at the top of the body is the writer's own Markdown, not a second front matter.
  const parser = unified().use(remarkParse);
  parse = (text) => parser.parse(text) as Root;
}

export class MarkdownBody implements Body {
  /** `text` is the whole file (without BOM); `bodyStart` is where the body begins in it. */
  constructor(
    private readonly text: string,
    private readonly bodyStart: number,
  ) {}

  get markdown(): string {
    return this.text.slice(this.bodyStart);
  }

  /**
   * Only the body is parsed (the front matter is already read): less than half the work of the whole
   * file. Not kept: a build renders each body once, and years of trees would only hold memory.
   */
  tree(): Root {
    if (!parse) throw new Error('MarkdownBody.tree() needs `await prepareMarkdown()` (src/load/body.ts) first');
    return parse(this.markdown);
  }
}

/** The Markdown body of a file's text, as the loader finds it: after the front matter, or all of it when there is none. */
export function bodyOf(text: string, split: FrontmatterSplit = splitFrontmatter(text)): MarkdownBody {
  return new MarkdownBody(text, split.kind === 'yaml' ? split.bodyStart : 0);
}
