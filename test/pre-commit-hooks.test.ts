// .pre-commit-hooks.yaml declares the waymark-check hook for the pre-commit framework.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const hooks = parse(readFileSync(join(import.meta.dirname, '../.pre-commit-hooks.yaml'), 'utf8'), { strict: true, uniqueKeys: true }) as Record<string, unknown>[];

describe('.pre-commit-hooks.yaml', () => {
  it('declares waymark-check: a node hook that runs check once, not once per file', () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'waymark-check', entry: 'waymark check', language: 'node', pass_filenames: false });
    // pre-commit installs a node hook with npm, as `npm install --global` from this repository: the package's bin must be waymark.
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(manifest.bin)).toContain('waymark');
  });

  it("runs when a Markdown file under plans/ is staged, and for nothing else", () => {
    // pre-commit matches `files` with Python's re.search on paths from the repository root; this pattern reads the same in JavaScript.
    const files = new RegExp(hooks[0]!.files as string);
    for (const path of ['plans/my-plan/plan.md', 'plans/river/checkins/2026/11/2026-11-24.md', 'plans/river/reviews/2026-11-30-with-jo.md']) expect(files.test(path), path).toBe(true);
    for (const path of ['README.md', 'docs/plans/notes.md', 'plans/river/plan.md.bak', 'plans/river/photo.png', 'myplans/a/plan.md', '.github/workflows/waymark.yml']) expect(files.test(path), path).toBe(false);
  });
});
