// A past version of plan.md reads as `check` reads it: the same fields, and no plan where check finds an error in plan.md alone.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VersionReader } from '../../src/history/parse-version.js';
import { checkPlans } from '../../src/validate/check-plans.js';

const ROOT = join(import.meta.dirname, '../..');

describe('VersionReader', () => {
  it.each(['plans', 'test/fixtures/base', 'test/fixtures/exchange', 'test/fixtures/long-words'])('gives the fields check gives for the plans in %s', (plans) => {
    const checked = checkPlans(join(ROOT, plans), '2026-11-24');
    if (!checked.ok) throw new Error(checked.message);
    const reader = new VersionReader();
    for (const { plan } of checked.plans) {
      const text = readFileSync(plan!.file);
      // Twice: the second time every field comes from what the first reading remembered.
      expect(reader.bytes(text)).toEqual(plan!.fields);
      expect(reader.bytes(text)).toEqual(plan!.fields);
    }
  });

  it('reads no plan from a version check would stop at', () => {
    const reader = new VersionReader();
    expect(reader.text('---\ntitle: My plan\n---\n')).not.toBeNull();
    for (const text of [
      'title: My plan\n',
      '---\ntitle: My plan\n',
      '---\ntitle: [My plan\n---\n',
      '---\ntitle: My plan\ntitle: Again\n---\n',
      '---\ntitle: My plan\nreview_every: monthly\n---\n',
      '---\nperson: Sam\n---\n',
      '---\ntitle: My plan\ncoping: [{ id: walk, name: Walk }, { id: walk, name: A walk }]\n---\n',
      '---js\n{ title: "My plan" }\n---\n',
    ]) {
      expect(reader.text(text), text).toBeNull();
    }
    expect(reader.bytes(Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]))).toBeNull();
  });
});
