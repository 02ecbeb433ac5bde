// What the build cache keeps per file, read back only in the shape it was written: parsed front matter with its problems, and a body's HTML.

import type { Problem } from '../problem/diagnostic.js';
import type { FileKind, FrontMatterCache, ParsedFrontMatter } from '../load/read-source.js';
import type { BuildCache } from './build-cache.js';

const SEVERITIES = new Set(['error', 'warning']);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPosition = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 1;

function isProblem(value: unknown): value is Problem {
  if (!isRecord(value) || !isRecord(value.span)) return false;
  const { span } = value;
  return isPosition(span.line) && isPosition(span.column) && isPosition(span.endLine) && isPosition(span.endColumn) && SEVERITIES.has(value.severity as string) && typeof value.rule === 'string' && typeof value.message === 'string';
}

/** Parsed front matter by the file's kind and text; an entry of any other shape is none. */
export function frontMatterCache(cache: BuildCache): FrontMatterCache {
  const key = (kind: FileKind, text: string) => `${kind}\n${text}`;
  return {
    get(kind, text) {
      const entry = cache.read('front-matter', key(kind, text));
      if (!isRecord(entry) || !Object.hasOwn(entry, 'data') || !Array.isArray(entry.problems) || !entry.problems.every(isProblem)) return undefined;
      return { data: entry.data, problems: entry.problems };
    },
    set(kind, text, parsed: ParsedFrontMatter) {
      cache.write('front-matter', key(kind, text), { data: parsed.data, problems: parsed.problems });
    },
  };
}

/** A body's HTML by its key (its text and heading shift: `bodyKey`). */
export interface HtmlCache {
  get(key: string): string | undefined;
  set(key: string, html: string): void;
}

export function htmlCache(cache: BuildCache): HtmlCache {
  return {
    get(key) {
      const html = cache.read('html', key);
      return typeof html === 'string' ? html : undefined;
    },
    set(key, html) {
      cache.write('html', key, html);
    },
  };
}
