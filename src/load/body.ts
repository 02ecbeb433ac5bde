// A file's Markdown body, with its syntax tree parsed by remark only when something asks for it.

import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Body } from '../schema/model.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

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
    this.parsed ??= parser.parse(this.text) as Root;
    return this.parsed;
  }
}
