// Markdown too deep or too dense to render in time is found in one pass, at the place where it passes the limit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownLimit } from '../../src/load/markdown-limits.js';

describe('markdownLimit', () => {
  it('finds the 101st level of quotes or lists, and lets 100 pass', () => {
    expect(markdownLimit(`${'>'.repeat(100)} deep`)).toBe(null);
    expect(markdownLimit(`A day.\n\n${'>'.repeat(8000)}`)).toEqual({ offset: 8 + 100, reason: 'nesting' });
    // The 68th marker: 68 levels and 67 spaces between them (33 more).
    expect(markdownLimit(`${'* '.repeat(90)}x`)).toEqual({ offset: 134, reason: 'nesting' });
    expect(markdownLimit(Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'))?.reason).toBe('nesting');
  });

  it('finds the mark past 5,000 in a text, or past 1,000 in a paragraph', () => {
    const paragraphs = `${'*a'.repeat(900)}\n\n`.repeat(6);
    expect(markdownLimit(paragraphs)).toEqual({ offset: 5 * 1802 + 2 * 500, reason: 'marks' });
    expect(markdownLimit('['.repeat(1001))).toEqual({ offset: 1000, reason: 'marks' });
    expect(markdownLimit('A **good** day with [Jo](https://example.org) and `tea`.\n\n> - a quote\n> - in a list\n')).toBe(null);
  });

  it('takes time linear in the text: a mebibyte of any marks in well under a second', () => {
    for (const unit of ['*', '[', '>', '`', '* ', '*a', '  - ']) {
      const text = unit.repeat(Math.floor(1_048_576 / unit.length));
      const started = performance.now();
      markdownLimit(text);
      expect(performance.now() - started, JSON.stringify(unit)).toBeLessThan(1000);
    }
  });

  it('never throws, on any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('>', '*', '-', ' ', '\t', '\n', '1', '.', '[', 'a') }), (text) => {
      const limit = markdownLimit(text);
      return limit === null || (limit.offset >= 0 && limit.offset < text.length);
    }));
  });
});
