// Reads one plan file: checks it is UTF-8 text of a sane size, splits and parses its front matter.

import type { Document } from 'yaml';
import { LineIndex } from './line-index.js';
import { splitFrontmatter } from './split-frontmatter.js';
import { parseYaml, yamlDocument, type Problem } from './parse-yaml.js';
import { bodyOf, MarkdownBody } from './body.js';
import { readText } from './read-text.js';
import { FILE_START } from '../validate/diagnostic.js';

export type FileKind = 'plan' | 'checkin' | 'review';

export interface Source {
  file: string;
  kind: FileKind;
  /** The text without a leading BOM ('' when unreadable). */
  text: string;
  lines: LineIndex;
  /** The front matter's plain data; undefined when absent or unreadable, null when empty. */
  data: unknown;
  /** The YAML syntax tree, kept only for files with problems: use `documentOf`, which re-parses on demand. */
  doc: Document.Parsed | null;
  /** The front matter's YAML text, or null when there is none. */
  yaml: string | null;
  hasFrontmatter: boolean;
  /** Where the YAML text begins in `text` (node ranges count from there). */
  yamlStart: number;
  body: MarkdownBody;
  problems: Problem[];
}

/** What a file's front matter parsed to: its plain data (undefined when unreadable) and its own problems. */
export interface ParsedFrontMatter {
  data: unknown;
  problems: Problem[];
}

/** Keeps parsed front matter by the file's kind and text, across builds (src/cache/); `waymark check` reads without one. */
export interface FrontMatterCache {
  get(kind: FileKind, text: string): ParsedFrontMatter | undefined;
  set(kind: FileKind, text: string, parsed: ParsedFrontMatter): void;
}

export function readSource(file: string, kind: FileKind, cache?: FrontMatterCache): Source {
  const read = readText(file);
  return read.ok ? parseSource(file, kind, read.text, cache) : unreadable(file, kind, read.message);
}

/** Parses text already in memory (the decoder has removed any BOM); YAML that `cache` has seen is not parsed again. */
export function parseSource(file: string, kind: FileKind, input: string, cache?: FrontMatterCache): Source {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = new LineIndex(text);
  const split = splitFrontmatter(text);
  const source: Source = {
    file,
    kind,
    text,
    lines,
    data: undefined,
    doc: null,
    yaml: null,
    hasFrontmatter: split.kind === 'yaml',
    yamlStart: split.kind === 'yaml' ? split.yamlStart : 0,
    body: bodyOf(text, split),
    problems: [],
  };
  switch (split.kind) {
    case 'none':
      if (/^\s+(---|\+\+\+)[^\S\r\n]*\S*[^\S\r\n]*(\r\n|\r|\n)/.test(text)) {
        const fence = text.search(/\S/);
        source.problems.push({
          span: lines.span(fence, fence + 3),
          severity: 'error',
          rule: 'frontmatter-missing',
          message: "the front matter must begin on the very first line: remove the blank lines or spaces before '---'",
        });
        return source;
      }
      if (kind === 'plan') {
        source.problems.push({
          span: FILE_START,
          severity: 'error',
          rule: 'frontmatter-missing',
          message: "plan.md has no front matter: start the file with a line '---', then the plan's fields (at least 'title: ...'), then a line '---'",
        });
      } else {
        source.data = null;
      }
      return source;
    case 'unclosed':
      source.problems.push({
        span: lines.span(0, split.fenceEnd),
        severity: 'error',
        rule: 'frontmatter-missing',
        message: "the front matter opened with '---' on line 1 is never closed: add a line '---' after the last field",
      });
      return source;
    case 'code':
      source.problems.push({
        span: lines.span(0, split.fenceEnd),
        severity: 'error',
        rule: 'frontmatter-code',
        message:
          split.engine === 'toml'
            ? "front matter in TOML ('+++') is not supported: write it in YAML between two '---' lines"
            : `front matter asks for the '${split.engine}' engine, which could run code; Waymark reads YAML only and never runs it: start the file with a plain '---' line`,
      });
      return source;
    case 'yaml': {
      source.yaml = split.yaml;
      const known = cache?.get(kind, text);
      if (known) {
        // The syntax tree is parsed again only if a problem needs placing (documentOf).
        source.data = known.data;
        source.problems = known.problems;
        return source;
      }
      const parsed = parseYaml(split.yaml, split.yamlStart, lines);
      cache?.set(kind, text, { data: parsed.data, problems: parsed.problems });
      source.data = parsed.data;
      // Syntax trees are large; most files have no problem to place, so keep the tree only where one has.
      source.doc = parsed.problems.length > 0 ? parsed.doc : null;
      source.problems = parsed.problems;
      return source;
    }
  }
}

/** The file's YAML syntax tree, parsed again if it was let go. */
export function documentOf(source: Source): Document.Parsed | null {
  if (!source.doc && source.yaml !== null) source.doc = yamlDocument(source.yaml);
  return source.doc;
}

function unreadable(file: string, kind: FileKind, message: string): Source {
  return {
    file,
    kind,
    text: '',
    lines: new LineIndex(''),
    data: undefined,
    doc: null,
    yaml: null,
    hasFrontmatter: false,
    yamlStart: 0,
    body: new MarkdownBody('', 0),
    problems: [{ span: FILE_START, severity: 'error', rule: 'file-unreadable', message }],
  };
}
