// The example plan's check-ins are exactly what the deterministic generator writes.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('scripts/generate-example.js --check finds the committed check-ins as generated', () => {
  const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/generate-example.js'), '--check'], { encoding: 'utf8' });
  expect({ code: run.status, stdout: run.stdout }).toEqual({ code: 0, stdout: '114 check-ins are as generated\n' });
});
