// Reading one file: UTF-8 and size limits, BOM and CRLF positions, code front matter refused, never a throw.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSource, readSource } from '../../src/load/read-source.js';
import { prepareMarkdown } from '../../src/load/body.js';

const dir = mkdtempSync(join(tmpdir(), 'waymark-read-'));
function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('readSource', () => {
  it('parses the front matter and keeps the body for later', async () => {
    await prepareMarkdown();
    const source = readSource(write('2026-11-20.md', '---\nmood: 3\n---\nA good day.\n'), 'checkin');
    expect(source.data).toEqual({ mood: 3 });
    expect(source.problems).toEqual([]);
    expect(source.body.markdown).toBe('A good day.\n');
    expect(source.body.tree().children.map((n) => n.type)).toEqual(['paragraph']);
  });

  it('keeps dates and yes/no as strings (YAML 1.2 core schema)', () => {
    const source = parseSource('x.md', 'checkin', '---\ndate: 2026-11-20\nused: yes\nsleep: 0o7\n---\n');
    expect(source.data).toEqual({ date: '2026-11-20', used: 'yes', sleep: 7 });
  });

  it('points at the duplicate key in the file, past a BOM and CRLF line ends', () => {
    const source = readSource(write('dup.md', '\uFEFF---\r\nmood: 3\r\nmood: 4\r\n---\r\n'), 'checkin');
    expect(source.problems).toEqual([
      {
        span: { line: 3, column: 1, endLine: 3, endColumn: 5 },
        severity: 'error',
        rule: 'duplicate-key',
        message: 'this key appears twice in the same mapping; keep one of them (YAML uses only one value per key)',
      },
    ]);
  });

  it('reports a YAML syntax error once, where the person can fix it (the bracket never closed)', () => {
    const source = parseSource('x.md', 'checkin', '---\nmood: 3\ncraving: [1, 2\n---\n');
    expect(source.problems.map((p) => [p.rule, p.severity, p.span.line, p.span.column])).toEqual([['yaml-syntax', 'error', 3, 10]]);
    expect(source.data).toBeUndefined();
  });

  it('never runs ---js front matter', () => {
    const marker = join(dir, 'ran.txt');
    const text = `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') }\n---\n`;
    const source = readSource(write('plan.md', text), 'plan');
    expect(source.problems.map((p) => [p.rule, p.span.line, p.span.column])).toEqual([['frontmatter-code', 1, 1]]);
    expect(source.data).toBeUndefined();
    expect(() => readSource(marker, 'plan')).not.toThrow();
    expect(readSource(marker, 'plan').problems[0]?.message).toMatch(/could not be read \(ENOENT\)/);
  });

  it('refuses files that are not UTF-8 or larger than 1 MiB', () => {
    const latin1 = readSource(write('latin1.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d])), 'checkin');
    expect(latin1.problems.map((p) => [p.rule, p.message])).toEqual([['file-unreadable', 'the file is not UTF-8 text; save it as UTF-8 in your editor']]);
    const big = readSource(write('big.md', `---\n---\n${'x'.repeat(1024 * 1024)}`), 'checkin');
    expect(big.problems.map((p) => [p.rule, p.message])).toEqual([['file-unreadable', 'the file is 1,048,584 bytes; plan files can be at most 1 MiB (1,048,576 bytes). Split it or move large content elsewhere']]);
  });

  it('bounds alias expansion', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const source = parseSource('x.md', 'checkin', `---\n${laughs.join('\n')}\n---\n`);
    expect(source.data).toBeUndefined();
    expect(source.problems.map((p) => p.rule)).toEqual(['yaml-syntax']);
    expect(source.problems[0]?.message).toMatch(/^the front matter is not valid YAML: excessive alias count/);
  });

  it('returns problems, never throws, for any text, bytes or YAML-ish front matter', () => {
    const yamlish = fc.array(fc.constantFrom('---', 'a: 1', '- x', '  b: [', '&a x', '*a', '"', "'", '? k', ': v', '%YAML 1.2', '!!str', '\t', '{', '}', '#', '...', ''), { maxLength: 12 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), yamlish.map((y) => `---\n${y}\n---\n`)), (text) => {
        const source = parseSource('x.md', 'checkin', text);
        for (const p of source.problems) expect(p.span.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const file = write('bytes.md', Buffer.from(bytes));
        expect(() => readSource(file, 'plan')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
