// No journal stalls or crashes a build: Markdown too deep or too dense is shown as plain text, with a warning that says where.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { waymark } from './run-cli.js';

const TODAY = ['--today', '2026-11-24'];

describe('pathological Markdown', () => {
  it('builds a journal of 8,000 > as plain text, with a warning at the 101st', { timeout: 60_000 }, () => {
    const fixture = planFixture({ 'checkins/2026-11-21.md': `---\nmood: 3\n---\n${'>'.repeat(8000)} deep\n` });
    const cwd = dirname(fixture.plans);
    const warning = "plans/sam/checkins/2026-11-21.md:4:101: warning markdown-too-complex: this text nests quotes or lists more than 100 levels deep, so the site shows it as plain text, without formatting; fewer '>' or list levels bring the formatting back";
    const checked = waymark(['check', ...TODAY], { cwd });
    expect(checked.stdout).toBe(`${warning}\n1 problem (0 errors, 1 warning) in 3 files\n`);
    const built = waymark(['build', '--out', 'site', ...TODAY], { cwd });
    expect(built.stderr).toBe(`${warning}\n`);
    expect(built.code).toBe(0);
    const page = readFileSync(join(cwd, 'site/sam/checkins/2026-11.html'), 'utf8');
    expect(page).toContain(`<p>${'&gt;'.repeat(8000)} deep</p>`);
  });

  it('builds 400 KB of * and of [, and a mebibyte of *a, in seconds', { timeout: 60_000 }, () => {
    const fixture = planFixture({
      'checkins/2026-11-21.md': `---\nmood: 3\n---\n${'*'.repeat(400_000)}\n`,
      'checkins/2026-11-22.md': `---\nmood: 3\n---\n${'['.repeat(400_000)}\n`,
      'checkins/2026-11-23.md': `---\nmood: 3\n---\n${'*a'.repeat(500_000)}\n`,
    });
    const cwd = dirname(fixture.plans);
    const started = performance.now();
    const built = waymark(['build', '--out', 'site', ...TODAY], { cwd });
    const seconds = (performance.now() - started) / 1000;
    expect(built.code).toBe(0);
    expect(built.stderr.split('\n').filter((line) => line.includes('markdown-too-complex'))).toEqual([
      'plans/sam/checkins/2026-11-21.md:4:1001: warning markdown-too-complex: this text has more formatting marks (*, _, [, ], `, <, ~) than the site can format quickly (5,000 in a text, 1,000 in a paragraph), so the site shows it as plain text; fewer marks bring the formatting back',
      'plans/sam/checkins/2026-11-22.md:4:1001: warning markdown-too-complex: this text has more formatting marks (*, _, [, ], `, <, ~) than the site can format quickly (5,000 in a text, 1,000 in a paragraph), so the site shows it as plain text; fewer marks bring the formatting back',
      'plans/sam/checkins/2026-11-23.md:4:2001: warning markdown-too-complex: this text has more formatting marks (*, _, [, ], `, <, ~) than the site can format quickly (5,000 in a text, 1,000 in a paragraph), so the site shows it as plain text; fewer marks bring the formatting back',
    ]);
    expect(readFileSync(join(cwd, 'site/sam/checkins/2026-11.html'), 'utf8')).toContain(`<p>${'['.repeat(400_000)}</p>`);
    // A build of this plan without them takes a few seconds on a busy machine; before the limits, each of these took minutes.
    expect(seconds).toBeLessThan(30);
  });
});
