// Parses front matter as YAML 1.2 (core schema) with positions, turning every YAML problem into data.

import { parseDocument, type Document } from 'yaml';
import type { LineIndex } from './line-index.js';
import { yamlMistake } from './yaml-mistakes.js';
import type { Problem, Span } from '../problem/diagnostic.js';


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

  const syntax = doc.errors.filter((error) => error.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
  for (const error of doc.errors) {
    if (error.code !== 'DUPLICATE_KEY') continue;
    problems.push({
      span: place([error.pos[0], keyEnd(yaml, error.pos[0], error.pos[1])]),
      severity: 'error',
      rule: 'duplicate-key',
      message: `this key appears twice in the same mapping; keep one of them (YAML uses only one value per key)`,
    });
  }
  // One problem for the first syntax error: the ones after it mostly follow from it.
  const first = syntax[0];
  if (first) {
    const lineOf = (at: number) => lines.position(offset + at).line;
    const error = { start: first.pos[0], end: first.pos[1], message: first.message };
    const mistake = yamlMistake(yaml, error, lineOf);
    if (mistake) problems.push({ span: place([mistake.start, mistake.end]), severity: 'error', rule: 'yaml-syntax', message: mistake.message });
    else problems.push({ span: place([error.start, Math.max(error.start, error.end)]), severity: 'error', rule: 'yaml-syntax', message: unknownMistake(lineOf(error.start), error.message) });
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
  return `the front matter is not valid YAML: ${parserWords(message)}`;
}

/** A mistake none of the common ones explains: a plain sentence first, then the parser's own words. */
function unknownMistake(line: number, message: string): string {
  return `line ${line} is not valid YAML: look at the spaces, colons, quotes and brackets on it and on the line above (the YAML reader says: ${parserWords(message)})`;
}

function parserWords(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  return first.charAt(0).toLowerCase() + first.slice(1);
}
