// The JSON Schemas agree with `check`: what `new` writes is valid as written, an empty field is a field left
// out, what check refuses the schema refuses, and every field and choice says what it means.

import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../src/schema/common.js';
import { checkinJsonSchema, planJsonSchema, reviewJsonSchema } from '../../src/schema/json-schema.js';
import { waymark } from '../cli/run-cli.js';
import { planFixture, problems } from '../plan-fixture.js';
import { enumSchemas, frontMatter, objectSchemas, schemaErrors, validator, type JsonSchema } from './editor-schema.js';

const EXAMPLE = join(import.meta.dirname, '../../plans/example');
const SAM_METRICS = [{ name: 'meetings', goal: 'meetings', unit: undefined }];
const SCHEMAS: [string, JsonSchema][] = [
  ['plan', planJsonSchema()],
  ['review', reviewJsonSchema()],
  ['checkin', checkinJsonSchema('sam', SAM_METRICS)],
];

describe('every schema, at every depth', () => {
  for (const [name, schema] of SCHEMAS) {
    it(`${name}: is a valid draft-07 schema that ajv compiles in strict mode`, () => {
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(() => validator().compile(schema)).not.toThrow();
    });

    it(`${name}: every object refuses keys it does not list, and every field has a description`, () => {
      const objects = objectSchemas(schema);
      expect(objects.length).toBeGreaterThan(0);
      for (const { path, schema: object } of objects) {
        expect(object.additionalProperties, path).toBe(false);
        for (const [field, property] of Object.entries(object.properties as Record<string, JsonSchema>)) {
          expect(typeof property.description === 'string' && property.description.length > 0, `${path}/${field} has no description`).toBe(true);
        }
      }
    });

    it(`${name}: every value of every enum has a description beside it (enumDescriptions)`, () => {
      for (const { path, schema: choice } of enumSchemas(schema)) {
        const values = choice.enum as unknown[];
        const descriptions = choice.enumDescriptions as unknown[] | undefined;
        expect(descriptions?.length, `${path}: ${values.length} values`).toBe(values.length);
        for (const [i, text] of (descriptions ?? []).entries()) expect(typeof text === 'string' && text.length > 0, `${path}: ${String(values[i])}`).toBe(true);
      }
    });

    it(`${name}: a field that is not required may be left empty (null); a required one may not`, () => {
      for (const { path, schema: object } of objectSchemas(schema)) {
        const required = new Set((object.required as string[] | undefined) ?? []);
        for (const [field, property] of Object.entries(object.properties as Record<string, JsonSchema>)) {
          const types = [property.type].flat();
          expect(types.includes('null'), `${path}/${field}`).toBe(!required.has(field));
          if (Array.isArray(property.enum)) expect(property.enum.includes(null), `${path}/${field}`).toBe(!required.has(field));
        }
      }
    });
  }

  it('holds choices to describe: the walks above are not empty', () => {
    const enums = SCHEMAS.flatMap(([, schema]) => enumSchemas(schema).map(({ path }) => path));
    expect(enums).toEqual(expect.arrayContaining(['/timezone', '/triggers[]/type', '/goals[]/measure/per', '/goals[]/status', '/difficulty']));
    expect(SCHEMAS.flatMap(([, schema]) => objectSchemas(schema).map(({ path }) => path))).toEqual(expect.arrayContaining(['/', '/goals[]', '/goals[]/measure', '/goals[]/steps[]', '/crisis', '/crisis/emergency[]']));
  });

  it("lists a plan's metrics in its check-in schema, described by their goal", () => {
    const schema = checkinJsonSchema('river', [{ name: 'walk_km', goal: 'walking', unit: 'km' }]);
    expect(schema.title).toBe("Waymark check-in (plan 'river')");
    expect((schema.properties as Record<string, JsonSchema>).walk_km).toEqual({
      type: ['number', 'null'],
      minimum: 0,
      maximum: 1e9,
      description: "goal 'walking': how much today (in km); a goal's metric: a number, 0 or more",
    });
    expect(schemaErrors(schema, { walk_km: 3.5, mood: 4 })).toEqual([]);
    expect(schemaErrors(schema, { meetings: 1 })).toEqual(["/: must NOT have additional properties 'meetings'"]);
  });

  it('offers every zone of Intl.supportedValuesOf and UTC for timezone, each with a description, and check accepts each', () => {
    const timezone = (planJsonSchema().properties as Record<string, JsonSchema>).timezone!;
    const zones = timezone.enum as (string | null)[];
    for (const zone of [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Asia/Kolkata', 'Europe/Kyiv']) expect(zones).toContain(zone);
    for (const zone of zones) if (zone !== null) expect(isTimeZone(zone), zone).toBe(true);
    const descriptions = timezone.enumDescriptions as string[];
    expect(descriptions[zones.indexOf('UTC')]).toBe('Coordinated Universal Time: GMT+0');
    expect(descriptions[zones.indexOf('Asia/Kolkata')]).toMatch(/: GMT\+5:30; the same zone as Asia\/(Calcutta|Kolkata)$/);
    expect(descriptions[zones.indexOf('Europe/London')]).toMatch(/: GMT\+0 in January, GMT\+1 in July$/);
    expect(schemaErrors(planJsonSchema(), { title: 'A plan', timezone: 'Mars/Olympus' })).toContain('/timezone: must be equal to one of the allowed values');
  });
});

/** Files under `dir`, recursively. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** The schema a file's `# yaml-language-server: $schema=` modeline names, read from disk. */
function modelineSchema(file: string): JsonSchema {
  const line = /^# yaml-language-server: \$schema=(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
  if (!line) throw new Error(`${file} has no modeline`);
  return JSON.parse(readFileSync(resolve(dirname(file), line), 'utf8')) as JsonSchema;
}

describe('the files Waymark writes are valid against their schema, as written', () => {
  it('new plan, new checkin and new review: every field present, most of them empty, each valid against the schema its modeline names', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-schema-'));
    expect(waymark(['new', 'plan', 'river', '--date', '2026-11-24'], { cwd }).code).toBe(0);
    expect(waymark(['new', 'checkin', '--date', '2026-11-24'], { cwd }).code).toBe(0);
    expect(waymark(['new', 'review', '--date', '2026-11-24'], { cwd }).code).toBe(0);
    expect(waymark(['schema'], { cwd })).toEqual({
      code: 0,
      stdout: 'wrote schemas/plan.schema.json\nwrote schemas/review.schema.json\nwrote schemas/checkin.river.schema.json\n',
      stderr: '',
    });
    const files = {
      plan: join(cwd, 'plans/river/plan.md'),
      checkin: join(cwd, 'plans/river/checkins/2026/11/2026-11-24.md'),
      review: join(cwd, 'plans/river/reviews/2026/11/2026-11-24.md'),
    } as const;
    for (const [kind, file] of Object.entries(files) as [keyof typeof files, string][]) {
      const data = frontMatter(file, kind);
      expect(Object.values(data as object)).toContain(null);
      expect(schemaErrors(modelineSchema(file), data), file).toEqual([]);
    }
    // The check-in names the plan's own schema, which lists the template's metric.
    expect(readFileSync(files.checkin, 'utf8').split('\n')[1]).toBe('# yaml-language-server: $schema=../../../../../schemas/checkin.river.schema.json');
    expect(frontMatter(files.checkin, 'checkin')).toHaveProperty('meetings', null);
  });

  it("the example plan's files, against the schemas written for it", () => {
    const cwd = mkdtempSync(join(tmpdir(), 'waymark-schema-'));
    expect(waymark(['schema', '--plans', dirname(EXAMPLE), '--out', 'schemas'], { cwd }).stdout).toContain('wrote schemas/checkin.example.schema.json');
    const schema = (name: string) => JSON.parse(readFileSync(join(cwd, 'schemas', name), 'utf8')) as JsonSchema;
    expect(schemaErrors(schema('plan.schema.json'), frontMatter(join(EXAMPLE, 'plan.md'), 'plan'))).toEqual([]);
    const checkins = markdownFiles(join(EXAMPLE, 'checkins'));
    const reviews = markdownFiles(join(EXAMPLE, 'reviews'));
    expect(checkins.length).toBeGreaterThan(100);
    const checkin = validator().compile(schema('checkin.example.schema.json'));
    for (const file of checkins) expect(checkin(frontMatter(file, 'checkin')), file).toBe(true);
    for (const file of reviews) expect(schemaErrors(schema('review.schema.json'), frontMatter(file, 'review')), file).toEqual([]);
  });
});

/** Front matter that `check` refuses (an error, or an unknown-field warning), and the schema with it. */
const REFUSED: { what: string; kind: 'plan' | 'checkin' | 'review'; file: string; yaml: string; schema: string; rule: string }[] = [
  { what: 'a misspelt check-in field', kind: 'checkin', file: 'checkins/2026-11-21.md', yaml: 'moood: 3', schema: "/: must NOT have additional properties 'moood'", rule: 'unknown-field' },
  { what: 'a mood out of range', kind: 'checkin', file: 'checkins/2026-11-21.md', yaml: 'mood: 6', schema: '/mood: must be <= 5', rule: 'schema' },
  { what: 'a difficulty that is not one of the choices', kind: 'checkin', file: 'checkins/2026-11-21.md', yaml: 'difficulty: awful', schema: '/difficulty: must be equal to one of the allowed values', rule: 'schema' },
  { what: 'an empty item in a list', kind: 'checkin', file: 'checkins/2026-11-21.md', yaml: 'triggers: [payday, null]', schema: '/triggers/1: must be string', rule: 'schema' },
  { what: 'a metric that is not a number', kind: 'checkin', file: 'checkins/2026-11-21.md', yaml: 'meetings: two', schema: '/meetings: must be number,null', rule: 'schema' },
  { what: 'a title left empty', kind: 'plan', file: 'plan.md', yaml: 'title:', schema: '/title: must be string', rule: 'schema' },
  { what: 'an unknown key deep in plan.md', kind: 'plan', file: 'plan.md', yaml: 'title: A plan\ngoals:\n  - id: walk\n    title: Walk every day\n    measure: { metric: walk_km, target: 1, per: day }\n    owner: me', schema: "/goals/0: must NOT have additional properties 'owner'", rule: 'unknown-field' },
  { what: 'a time zone that does not exist', kind: 'plan', file: 'plan.md', yaml: 'title: A plan\ntimezone: Mars/Olympus', schema: '/timezone: must be equal to one of the allowed values', rule: 'schema' },
  { what: 'a duration in years', kind: 'plan', file: 'plan.md', yaml: 'title: A plan\nreview_every: 1y', schema: '/review_every: must match pattern "^[1-9]\\d*[dwm]$"', rule: 'schema' },
  { what: 'a date that is not in the calendar', kind: 'review', file: 'reviews/2026-11-21.md', yaml: 'next: 2026-02-30', schema: '/next: must match format "date"', rule: 'invalid-date' },
  { what: 'a BARC-10 total out of range', kind: 'review', file: 'reviews/2026-11-21.md', yaml: 'recovery_capital: 70', schema: '/recovery_capital: must be <= 60', rule: 'schema' },
  { what: 'a PHQ-9 answer out of range', kind: 'review', file: 'reviews/2026-11-21.md', yaml: 'measures:\n  phq9: [0, 1, 2, 4, 0, 0, 0, 0, 0]', schema: '/measures/phq9/3: must be <= 3', rule: 'schema' },
  { what: 'a GAD-7 with an answer missing', kind: 'review', file: 'reviews/2026-11-21.md', yaml: 'measures:\n  gad7: [0, 1, 2, 3, 0, 0]', schema: '/measures/gad7: must NOT have fewer than 7 items', rule: 'schema' },
  { what: 'a section a support may not be shared', kind: 'plan', file: 'plan.md', yaml: 'title: A plan\nsupports:\n  - id: jo\n    name: Jo\n    role: sponsor\n    shares: [goals, journal]', schema: '/supports/0/shares/1: must be equal to one of the allowed values', rule: 'schema' },
  { what: 'an unknown review field', kind: 'review', file: 'reviews/2026-11-21.md', yaml: 'with: [jo]\nmood: 3', schema: "/: must NOT have additional properties 'mood'", rule: 'unknown-field' },
];

describe('what check refuses, the schema refuses', () => {
  const schemas = { plan: planJsonSchema(), review: reviewJsonSchema(), checkin: checkinJsonSchema('sam', SAM_METRICS) };
  for (const refused of REFUSED) {
    it(`${refused.kind}: ${refused.what}`, () => {
      const fixture = planFixture({ [refused.file]: `---\n${refused.yaml}\n---\n` });
      const file = join(fixture.plan, refused.file);
      expect(schemaErrors(schemas[refused.kind], frontMatter(file, refused.kind))).toContain(refused.schema);
      expect(problems(fixture).filter((p) => p.file === refused.file).map((p) => p.rule)).toContain(refused.rule);
    });
  }

  it('and what check reads as left out, the schema takes: a check-in of empty fields', () => {
    const fixture = planFixture({ 'checkins/2026-11-21.md': '---\nmood:\ncraving:\nused:\ndifficulty:\nsleep:\ntriggers:\nmeetings:\n---\n' });
    expect(schemaErrors(schemas.checkin, frontMatter(join(fixture.plan, 'checkins/2026-11-21.md'), 'checkin'))).toEqual([]);
    expect(problems(fixture)).toEqual([]);
  });
});
