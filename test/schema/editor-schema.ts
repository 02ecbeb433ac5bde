// A real JSON Schema validator (ajv, draft-07) set up as editors read Waymark's schemas, and a walk over every schema they nest.

import { Ajv, type ErrorObject } from 'ajv';
import formats from 'ajv-formats';
import { readSource, type FileKind } from '../../src/load/read-source.js';
import { children } from '../../src/schema/json-schema.js';

export type JsonSchema = Record<string, unknown>;

/** Strict ajv with the `date` format; `enumDescriptions` is an editor annotation (VS Code, yaml-language-server), not a rule. */
export function validator(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  (formats as unknown as (ajv: Ajv) => void)(ajv);
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  return ajv;
}

/** The errors of `data` against `schema`, as `path: message` lines; empty when it is valid. */
export function schemaErrors(schema: JsonSchema, data: unknown): string[] {
  const validate = validator().compile(schema);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'}: ${e.message}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : ''}`);
}

/** A plan file's front matter as Waymark's loader reads it (YAML 1.2 core, positions and all). */
export function frontMatter(file: string, kind: FileKind): unknown {
  const source = readSource(file, kind);
  if (source.problems.length > 0) throw new Error(`${file} does not load: ${source.problems.map((p) => p.message).join('; ')}`);
  return source.data ?? {};
}

/** Every object schema in `schema` with the path of the field it describes, at every depth. */
export function objectSchemas(schema: JsonSchema, path = ''): { path: string; schema: JsonSchema }[] {
  const found = schema.properties ? [{ path: path || '/', schema }] : [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const child of children(schema)) {
    const name = Object.entries(properties).find(([, value]) => value === child)?.[0];
    found.push(...objectSchemas(child, name === undefined ? `${path}[]` : `${path}/${name}`));
  }
  return found;
}

/** Every schema with an `enum`, with its path, at every depth. */
export function enumSchemas(schema: JsonSchema, path = ''): { path: string; schema: JsonSchema }[] {
  const found = Array.isArray(schema.enum) ? [{ path, schema }] : [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const child of children(schema)) {
    const name = Object.entries(properties).find(([, value]) => value === child)?.[0];
    found.push(...enumSchemas(child, name === undefined ? `${path}[]` : `${path}/${name}`));
  }
  return found;
}
