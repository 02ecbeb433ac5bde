// Checks front matter against its zod schema and turns each issue into a problem at the field's place.

import type { z } from 'zod';
import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { SENTENCE } from '../schema/measures.js';
import { suggestion } from './did-you-mean.js';
import { allowed, describeValue, enumValues, expectsValueList, expectsBoolean, objectKeys, schemaAt, valueAt } from './describe-schema.js';
import { withoutEmptyFields } from './empty-fields.js';
import { idSuggestion } from './raw-plan.js';
import { fieldLabel, isRecord } from './field-label.js';
import { frontmatterStart, keySpan, valueSpan, type Path } from './locate.js';
import { dateHint } from './date-hint.js';

export interface Checked<T> {
  /** The parsed value with defaults, or undefined when the schema rejected the front matter. */
  value: T | undefined;
  problems: Problem[];
}

/**
 * A field left empty (`mood:`) is read as a field left out, so templates can list every field;
 * empty front matter is read as no fields at all.
 */
export function checkSchema<S extends z.ZodType>(source: Source, schema: S, data: unknown, unknownField: ((key: string, path: Path) => string) | null): Checked<z.infer<S>> {
  const input = withoutEmptyFields(data ?? {});
  const result = schema.safeParse(input);
  const problems: Problem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(issueProblem(source, schema, input, issue));
  }
  if (unknownField) problems.push(...unknownFields(source, schema, input, unknownField));
  return { value: result.success ? result.data : undefined, problems: distinct(problems) };
}

function issueProblem(source: Source, root: z.ZodType, data: unknown, issue: z.core.$ZodIssue): Problem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const value = valueAt(data, path);
  const schema = schemaAt(root, path);
  const label = fieldLabel(path, data) || 'the front matter';
  const span = path.length === 0 ? frontmatterStart(source) : valueSpan(source, path);
  const problem = (message: string, rule = 'schema'): Problem => ({ span, severity: 'error', rule, message });

  if (issue.code === 'custom' && (issue.params as { rule?: string } | undefined)?.rule === 'invalid-date') {
    const hint = dateHint(value);
    if (hint) return problem(`${label} is ${describeValue(value)}: write dates as YYYY-MM-DD, like ${hint}`, 'invalid-date');
    return problem(`${label} is ${describeValue(value)}, which is not a real calendar date: write it as YYYY-MM-DD, such as 2026-11-24`, 'invalid-date');
  }
  if (issue.code === 'custom' && (issue.params as { rule?: string } | undefined)?.rule === SENTENCE) return problem(`${label} ${issue.message}`);
  if (value === undefined) {
    const what = schema ? `: add it (${allowed(schema)})` : '';
    return problem(`${label} is missing${what}`);
  }
  if (!schema) return problem(`${label}: ${issue.message}`);
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type': {
      let hint = '';
      if (expectsBoolean(schema) && typeof value === 'string') hint = `; in YAML 1.2 '${value}' is text, so write true or false`;
      else if (expectsValueList(schema) && (typeof value === 'string' || typeof value === 'number')) hint = `, such as [${value}]`;
      else if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) hint = '; write it as a plain number, without quotes or tags';
      return problem(`${label} is ${found}, but it must be ${allowed(schema)}${hint}`);
    }
    case 'invalid_value': {
      const options = enumValues(schema) ?? [];
      return problem(`${label} is ${found}, but it must be ${allowed(schema)}${typeof value === 'string' ? suggestion(value, options) : ''}`);
    }
    case 'too_small':
      if (typeof value === 'string') return problem(`${label} is empty: write something, or remove the line`);
      return problem(`${label} is ${found}, but it must be ${allowed(schema)}`);
    case 'too_big':
      return problem(`${label} is ${found}, but it must be ${allowed(schema, true)}`);
    case 'invalid_format': {
      const hint = typeof value === 'string' && path.at(-1) === 'id' ? idSuggestion(value) : '';
      return problem(`${label} is ${found}, but it must be ${allowed(schema)}${hint}`);
    }
    default:
      return problem(`${label} is ${found}, which ${issue.message}`);
  }
}

/** zod may report one value twice (an integer check and a range check): say it once. */
function distinct(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.span.line}:${p.span.column}:${p.rule}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Past this many unknown keys in one file, the rest are counted in one line (a pasted blob should not bury the other problems). */
const MAX_UNKNOWN_FIELDS = 20;

/** Keys the schema does not know, in every mapping it describes. */
function unknownFields(source: Source, root: z.ZodType, data: unknown, message: (key: string, path: Path) => string): Problem[] {
  const problems: Problem[] = [];
  let more = 0;
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'object' && item !== null) walk(item, [...path, index]);
      });
      return;
    }
    if (!isRecord(value)) return;
    const schema = schemaAt(root, path);
    const keys = schema && objectKeys(schema);
    if (!keys) return;
    for (const [key, child] of Object.entries(value)) {
      if (keys.includes(key)) walk(child, [...path, key]);
      else if (problems.length >= MAX_UNKNOWN_FIELDS) {
        more++;
      } else {
        problems.push({
          span: keySpan(source, [...path, key]),
          severity: 'warning',
          rule: 'unknown-field',
          message: `${message(key, path)}${suggestion(key, keys)}`,
        });
      }
    }
  };
  walk(data, []);
  if (more > 0) {
    problems.push({ span: frontmatterStart(source), severity: 'warning', rule: 'unknown-field', message: `and ${more} more unknown ${more === 1 ? 'field' : 'fields'} in this file` });
  }
  return problems;
}
