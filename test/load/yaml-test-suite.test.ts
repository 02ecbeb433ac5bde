// Every case of the YAML test suite, fed in as a check-in's front matter, gives valid data or a clean diagnostic.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/load/line-index.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { parseSource } from '../../src/load/read-source.js';
import { checkinSchema } from '../../src/schema/checkin.js';
import { checkSchema } from '../../src/validate/schema-problems.js';

// A copy of the YAML test suite's cases with its licence (test/fixtures/yaml-test-suite/License), so a fresh clone needs nothing outside the repository.
const SUITE = join(import.meta.dirname, '../fixtures/yaml-test-suite');
const cases = readdirSync(SUITE).filter((name) => name.endsWith('.yaml')).sort();

describe('the YAML test suite as check-in front matter', () => {
  it('has all 402 cases', () => {
    expect(cases).toHaveLength(402);
  });

  for (const name of cases) {
    const yaml = readFileSync(join(SUITE, name), 'utf8');
    const expectError = name.endsWith('.error.yaml');

    it(`${name}: ${expectError ? 'an error' : 'data or a diagnostic'}, never a crash`, () => {
      // The case is the front matter's YAML text as a whole (it may hold '---' lines of its own).
      const text = `---\n${yaml}\n---\n`;
      const lines = new LineIndex(text);
      const parsed = parseYaml(yaml, 4, lines);
      const errors = parsed.problems.filter((p) => p.severity === 'error');
      if (expectError) expect(errors.length).toBeGreaterThan(0);
      for (const problem of parsed.problems) {
        expect(problem.span.line).toBeGreaterThanOrEqual(2);
        expect(problem.span.endLine).toBeLessThanOrEqual(lines.position(text.length).line);
        expect(problem.message).toMatch(/^the front matter is not valid YAML: \S|^this key appears twice|^line \d+ \S/);
      }
      if (errors.length === 0) {
        expect(parsed.data).not.toBeUndefined();
        const source = { ...parseSource('/plans/sam/checkins/2026-11-20.md', 'checkin', text), data: parsed.data, doc: parsed.doc, yaml, yamlStart: 4 };
        const checked = checkSchema(source, checkinSchema([]), parsed.data, (key) => `'${key}' is not a check-in field`);
        for (const problem of checked.problems) expect(problem.message).not.toMatch(/undefined|\[object/);
      }
    });
  }
});
