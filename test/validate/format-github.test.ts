// GitHub annotations: the workflow-command syntax and its escaping, byte for byte.

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/problem/diagnostic.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/validate/format-github.js';

const problem: Diagnostic = {
  file: '/work/repo/plans/sam/checkins/2026-11-21.md',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 6,
  severity: 'warning',
  rule: 'unknown-field',
  message: "'moood' is not a check-in field",
};

describe('formatGithub', () => {
  it('writes one ::error or ::warning command with the file relative to the repository root', () => {
    expect(formatGithub(problem, '/work/repo')).toBe("::warning file=plans/sam/checkins/2026-11-21.md,line=3,col=1,endLine=3,endColumn=6,title=unknown-field::'moood' is not a check-in field");
    expect(formatGithub({ ...problem, severity: 'error', rule: 'unknown-ref' }, '/work/repo')).toBe(
      "::error file=plans/sam/checkins/2026-11-21.md,line=3,col=1,endLine=3,endColumn=6,title=unknown-ref::'moood' is not a check-in field",
    );
  });

  it('escapes %, CR and LF in the message, and : and , as well in properties', () => {
    const odd: Diagnostic = { ...problem, file: '/work/repo/plans/sam/checkins/2026-11-21-a:b,c%.md', message: '50% of\r\nthe day: a, b' };
    expect(formatGithub(odd, '/work/repo')).toBe(
      '::warning file=plans/sam/checkins/2026-11-21-a%3Ab%2Cc%25.md,line=3,col=1,endLine=3,endColumn=6,title=unknown-field::50%25 of%0D%0Athe day: a, b',
    );
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('a:b,c\r%')).toBe('a%3Ab%2Cc%0D%25');
  });
});
