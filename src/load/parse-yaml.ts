// Parses front matter as YAML 1.2 (core schema) with positions, turning every YAML problem into data.

import { parseDocument, type Document } from 'yaml';
import type { LineIndex } from './line-index.js';
import type { Problem, Span } from '../problem/diagnostic.js';

export type { Problem };

export interface ParsedYaml {
  /** The plain data, or undefined when the YAML could not be read. */
  data: unknown;
  doc: Document.Parsed | null;
  problems: Problem[];
}

/** Aliases may be expanded at most this many times: enough for any plan, too few for a "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

/**
 * `offset` is where `yaml` starts in the file, so that every position points into the file itself.
 */
export function parseYaml(yaml: string, offset: number, lines: LineIndex): ParsedYaml {
  const doc = yamlDocument(yaml);
  const problems: Problem[] = [];
  const place = (pos: [number, number]): Span => lines.span(offset + pos[0], offset + pos[1]);

  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      problems.push({
        span: place([error.pos[0], keyEnd(yaml, error.pos[0], error.pos[1])]),
        severity: 'error',
        rule: 'duplicate-key',
        message: `this key appears twice in the same mapping; keep one of them (YAML uses only one value per key)`,
      });
    } else {
      const start = error.code === 'MISSING_CHAR' ? openingQuote(yaml, error.message, error.pos[0]) : error.pos[0];
      problems.push({ span: place([start, Math.max(start, error.pos[1])]), severity: 'error', rule: 'yaml-syntax', message: yamlMessage(error.message) });
    }
  }
  const repeated = repeatedYamlDirective(yaml);
  if (repeated !== undefined) {
    problems.push({ span: place([repeated, repeated + 5]), severity: 'error', rule: 'yaml-syntax', message: 'the front matter is not valid YAML: the %YAML directive may appear only once' });
  }
  for (const warning of doc.warnings) {
    problems.push({ span: place(warning.pos), severity: 'warning', rule: 'yaml-syntax', message: yamlMessage(warning.message) });
  }
  if (problems.some((p) => p.severity === 'error')) return { data: undefined, doc, problems };

  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { data, doc, problems };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const span = doc.contents?.range ? place([doc.contents.range[0], doc.contents.range[0]]) : lines.span(offset);
    problems.push({ span, severity: 'error', rule: 'yaml-syntax', message: yamlMessage(reason) });
    return { data: undefined, doc, problems };
  }
}

/** The YAML syntax tree with positions: YAML 1.2, core schema, duplicate keys as errors. */
export function yamlDocument(yaml: string): Document.Parsed {
  // YAML 1.2 breaks lines at a lone CR too, which the yaml package does not; LF keeps every offset where it was.
  const text = yaml.includes('\r') ? yaml.replace(/\r(?!\n)/g, '\n') : yaml;
  return parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true, stringKeys: false, logLevel: 'error' });
}

/** For a quote never closed, the yaml package points at the end of the text; the quote that opened it helps more. */
function openingQuote(yaml: string, message: string, end: number): number {
  const quote = /closing (["'])quote/.exec(message)?.[1];
  if (!quote) return end;
  for (let i = Math.min(end, yaml.length) - 1; i >= 0; i--) {
    if (yaml[i] !== quote || (quote === '"' && yaml[i - 1] === '\\')) continue;
    // An opening quote starts a value: at the start of a line, or after ':', '-', '[', ',', '{' or '?'.
    const lineStart = yaml.lastIndexOf('\n', i - 1) + 1;
    if (/^(?:[ \t]*|.*[:\-[,{?][ \t]*)$/.test(yaml.slice(lineStart, i))) return i;
  }
  return end;
}

/** Where the key that starts at `start` ends (before its colon), so the whole key is underlined. */
function keyEnd(yaml: string, start: number, fallback: number): number {
  const key = /("[^"\r\n]*"|'[^'\r\n]*'|[^:\r\n]*?)[ \t]*:(?:[ \t]|$)/my;
  key.lastIndex = start;
  const match = key.exec(yaml);
  return match?.[1] ? start + match[1].length : fallback;
}

/** The offset of a second `%YAML` directive before the first document, which the yaml package lets pass. */
function repeatedYamlDirective(yaml: string): number | undefined {
  let seen = false;
  for (const match of yaml.matchAll(/^(%YAML\b|---|\.\.\.|[^%#\s])/gm)) {
    if (match[1] !== '%YAML') return undefined;
    if (seen) return match.index;
    seen = true;
  }
  return undefined;
}

/** The yaml package's message, first line only, as a sentence a person can act on. */
function yamlMessage(message: string): string {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) return `the front matter is not valid YAML: the quote (${quote}) opened here is never closed; add the closing ${quote} at the end of the text`;
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  const text = first.charAt(0).toLowerCase() + first.slice(1);
  return `the front matter is not valid YAML: ${text}`;
}
