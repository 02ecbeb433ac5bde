// `waymark schema`: write the JSON Schemas that let an editor check plan files as they are typed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, SCHEMA_FILES } from '../schema/json-schema.js';
import { displayPath } from '../validate/format-diagnostics.js';
import { parseCommand, stringOption } from './args.js';
import type { Output } from './output.js';

export const HELP = `Usage: waymark schema [--out DIR]

Writes JSON Schemas (draft-07) for plan.md, check-ins and reviews, for editors that
check YAML as you type (VS Code with the YAML extension, and others using yaml-language-server).

  --out DIR   where to write them (default: ./schemas)`;

export function schema(argv: string[], output: Output): number {
  const { values } = parseCommand('schema', argv, { out: { type: 'string' } }, 0);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const out = stringOption(values, 'out') ?? 'schemas';
  mkdirSync(out, { recursive: true });
  const schemas = jsonSchemas();
  for (const kind of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
    const file = join(out, SCHEMA_FILES[kind]);
    writeFileSync(file, `${JSON.stringify(schemas[kind], null, 2)}\n`);
    output.out(`wrote ${displayPath(file)}`);
  }
  return 0;
}
