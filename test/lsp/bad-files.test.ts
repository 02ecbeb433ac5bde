// `waymark lsp` never stops on a bad file: garbage and binary-ish text get their problems, and the server keeps answering.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planFixture, problems, type Fixture } from '../plan-fixture.js';
import { asCheck, startLsp, type LspClient } from './lsp-client.js';

const GARBAGE = '---\n: : - [ {{ ]] "\n\tcoping: [urge-surf,\n  - - - id: : :\n&a *a *b !!binary |\n---\n---\n%%%% }}}\n';
/** Every byte value, as an editor shows a binary file it was asked to open as text. */
const BINARY = `---\n${Array.from({ length: 512 }, (_, i) => String.fromCharCode((i * 37) % 256)).join('')}\n---\n\u0000\u0001\uFFFD`;
/** Not UTF-8 at all, on disk. */
const NOT_UTF8 = Buffer.from([0xff, 0xfe, 0x00, 0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]);

describe('waymark lsp: bad files', () => {
  let fixture: Fixture;
  let client: LspClient;

  beforeAll(async () => {
    fixture = planFixture({ 'checkins/2026-11-19.md': NOT_UTF8 });
    client = await startLsp(fixture.plans);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  test('a file of garbage and a binary-ish file get the problems `check` finds in them', async () => {
    const garbage = join(fixture.plan, 'checkins/2026-11-21.md');
    const binary = join(fixture.plan, 'checkins/2026-11-22.md');
    const first = client.diagnostics(garbage);
    const second = client.diagnostics(binary);
    await client.open(garbage, GARBAGE);
    await client.open(binary, BINARY);
    const saved = problems(planFixture({ 'checkins/2026-11-19.md': NOT_UTF8, 'checkins/2026-11-21.md': GARBAGE, 'checkins/2026-11-22.md': BINARY }));
    const garbageProblems = asCheck('checkins/2026-11-21.md', await first);
    expect(garbageProblems).toEqual(saved.filter((p) => p.file === 'checkins/2026-11-21.md'));
    expect(garbageProblems[0]?.rule).toBe('yaml-syntax');
    const binaryProblems = asCheck('checkins/2026-11-22.md', await second);
    expect(binaryProblems).toEqual(saved.filter((p) => p.file === 'checkins/2026-11-22.md'));
    expect(binaryProblems.length).toBeGreaterThan(0);
  });

  test('completion, hover and definition anywhere in them answer, and the server goes on answering the good files', async () => {
    const garbage = join(fixture.plan, 'checkins/2026-11-21.md');
    const binary = join(fixture.plan, 'checkins/2026-11-22.md');
    for (const [file, text] of [[garbage, GARBAGE], [binary, BINARY]] as const) {
      const lines = text.split('\n');
      for (let line = 0; line <= lines.length + 1; line++) {
        for (const character of [0, 1, 3, 7, 12, 40, 600]) {
          expect(Array.isArray(await client.completion(file, line, character))).toBe(true);
          await client.hover(file, line, character);
          await client.definition(file, line, character);
        }
      }
    }
    const checkin = join(fixture.plan, 'checkins/2026-11-20.md');
    await client.open(checkin, readFileSync(checkin, 'utf8'));
    expect(await client.hover(checkin, 6, 13)).toMatchObject({ contents: { value: '**Jo**, support `jo` in plan.md\n\nrole: sponsor (a sponsor or mentor in a mutual-help group)' } });
    expect(client.process.exitCode).toBeNull();
    expect(client.log.join('')).not.toMatch(/failed|unexpected/);
  });
});
