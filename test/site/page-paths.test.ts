// Links between pages: relative paths from one page's folder to another file, the same whether or not they share a folder.

import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayHref, relativeHref } from '../../src/site/page-paths.js';

describe('relativeHref', () => {
  it('links within a folder, up, down and across', () => {
    expect(relativeHref('sam/checkins/2026-11-20.html', 'sam/checkins/2026-11-21.html')).toBe('2026-11-21.html');
    expect(relativeHref('sam/checkins/2026-11-20.html', 'sam/checkins/index.html', 'top')).toBe('index.html#top');
    expect(relativeHref('sam/checkins/2026-11-20.html', 'sam/triggers.html', 'trigger-payday')).toBe('../triggers.html#trigger-payday');
    expect(relativeHref('sam/index.html', 'sam/goals/walking.html')).toBe('goals/walking.html');
    expect(relativeHref('index.html', 'assets/site.css')).toBe('assets/site.css');
    expect(relativeHref('sam/checkins/2026-11-20.html', 'sam/checkins/2026-11-20.html')).toBe('2026-11-20.html');
    expect(relativeHref('sam/goals/index.html', 'sam/checkins/index.html')).toBe('../checkins/index.html');
  });

  it("links to a day as its section on its month's page, from anywhere", () => {
    expect(dayHref('sam/index.html', 'sam', '2026-11-20')).toBe('checkins/2026-11.html#2026-11-20');
    expect(dayHref('sam/checkins/index.html', 'sam', '2026-11-20')).toBe('2026-11.html#2026-11-20');
    expect(dayHref('sam/goals/walking.html', 'sam', '2026-01-31')).toBe('../checkins/2026-01.html#2026-01-31');
  });

  it('agrees with path arithmetic for any two pages', () => {
    const segment = fc.constantFrom('sam', 'checkins', 'goals', 'a', 'index.html', 'x.html', 'sam-2');
    const page = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(page, page, (from, to) => {
        expect(relativeHref(from, to)).toBe(posix.relative(posix.dirname(from), to) || posix.basename(to));
      }),
    );
  });
});
