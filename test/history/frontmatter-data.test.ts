// Reading front matter field by field, remembered across versions, gives what reading it whole gives.

import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { frontmatterReader } from '../../src/history/frontmatter-data.js';
import { yamlDocument } from '../../src/load/parse-yaml.js';

function whole(yaml: string): { ok: true; data: unknown } | { ok: false } {
  const doc = yamlDocument(yaml);
  return doc.errors.length > 0 ? { ok: false } : { ok: true, data: doc.toJS() };
}

describe('frontmatterReader', () => {
  it('reads every mapping of fields as the whole text reads, whatever versions came before', () => {
    const read = frontmatterReader();
    const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
    const fields = fc.dictionary(key, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
    fc.assert(
      fc.property(fields, fc.boolean(), (data, flow) => {
        const yaml = stringify(data, { version: '1.2', collectionStyle: flow ? 'flow' : 'any' });
        expect(read(yaml)).toEqual(whole(yaml));
      }),
      { numRuns: 200 },
    );
  });

  it('reads YAML that ties fields together, or repeats a key, whole', () => {
    const read = frontmatterReader();
    const cases = [
      'coping: &tools [walk]\ntriggers: [{ id: a, name: A, coping: *tools }]\n',
      'title: A\ntitle: B\n',
      'title: A\n# a note\n\nnotes: |\n  line one\n\n  line two\n',
      'title: "A\n  long title"\nperson: Sam\n',
      '  title: indented\n',
      '- a list\n',
      '',
      'title: broken "\nperson: [Sam\n',
      'goals:\n  - id: a\n    why: |\n      - not an item\n  # a note\n  - id: b\n    steps:\n      - do: one\n  -\n    id: c\n',
      'goals:\n  - id: a\n  id: b\n',
      'goals:\n  - [a, b]\n  - "c"\n  - d: 1\n    e: 2\n',
    ];
    // Twice each: the second time from what the first reading remembered.
    for (const yaml of [...cases, ...cases]) expect(read(yaml), yaml).toEqual(whole(yaml));
  });
});
