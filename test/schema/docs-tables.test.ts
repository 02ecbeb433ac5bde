// The field tables in docs/format.md list exactly the fields of the zod schemas, so the two cannot drift.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { checkinFields } from '../../src/schema/checkin.js';
import { goal, measure, step } from '../../src/schema/goal.js';
import { coping, crisis, emergency, planFields, resource, support, trigger, warningSign } from '../../src/schema/plan.js';
import { recovery } from '../../src/schema/recovery.js';
import { reviewFields } from '../../src/schema/review.js';

const DOC = readFileSync(join(import.meta.dirname, '../../docs/format.md'), 'utf8');

/** The backticked names in the first column of the first table under `heading`. */
function documentedFields(heading: string): string[] {
  const start = DOC.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/format.md has no heading '${heading}'`);
  const lines = DOC.slice(start).split('\n');
  const header = lines.findIndex((line) => line.startsWith('| field |'));
  const rows: string[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows.flatMap((line) => /^\| `([^`]+)`/.exec(line)?.[1] ?? []);
}

const TABLES: [string, z.ZodObject][] = [
  ['## plan.md', planFields],
  ['### What the plan is recovery from (`recovery`)', recovery],
  ['### A trigger', trigger],
  ['### A warning sign', warningSign],
  ['### A coping strategy', coping],
  ['### A resource', resource],
  ['### A support', support],
  ['### A goal', goal],
  ['### A measure', measure],
  ['### A step', step],
  ['### The crisis plan (`crisis`)', crisis],
  ['### An emergency contact', emergency],
  ['## Check-ins: `checkins/**/YYYY-MM-DD.md`', checkinFields],
  ['## Reviews: `reviews/**/YYYY-MM-DD.md`', reviewFields],
];

describe('docs/format.md', () => {
  for (const [heading, schema] of TABLES) {
    it(`${heading} lists the schema's fields in order`, () => {
      expect(documentedFields(heading)).toEqual(Object.keys(schema.shape));
    });
  }
});
