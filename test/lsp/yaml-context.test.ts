// What the cursor is on in front matter being typed: read from the lines' indentation, for any text.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cursorContext } from '../../src/lsp/yaml-context.js';

const PLAN = `---
triggers:
  - id: payday
    na
    coping: [urge-surf, wa]
crisis:
  contacts:
    - jo
    - 
---
body: not front matter
`;

describe('cursorContext', () => {
  test("a key being typed in a trigger: the trigger's mapping, with the keys it has", () => {
    expect(cursorContext(PLAN, 3, 6)).toEqual({ role: 'key', line: 3, start: 4, end: 6, path: ['triggers', '*'], name: 'na', present: ['id', 'coping'] });
  });

  test("an item of a flow list: the list's path, the item, and the list's other items", () => {
    expect(cursorContext(PLAN, 4, 25)).toEqual({ role: 'item', line: 4, start: 24, end: 26, path: ['triggers', '*', 'coping'], text: 'wa', listed: ['urge-surf'] });
  });

  test('an item of a block list, and an empty one after its dash', () => {
    expect(cursorContext(PLAN, 7, 7)).toEqual({ role: 'item', line: 7, start: 6, end: 8, path: ['crisis', 'contacts'], text: 'jo', listed: [] });
    expect(cursorContext(PLAN, 8, 6)).toEqual({ role: 'item', line: 8, start: 6, end: 6, path: ['crisis', 'contacts'], text: '', listed: [] });
  });

  test("a field's value, and a key on an item's first line, whose mapping starts there", () => {
    expect(cursorContext(PLAN, 2, 10)).toEqual({ role: 'value', line: 2, start: 8, end: 14, path: ['triggers', '*', 'id'], text: 'payday' });
    expect(cursorContext(PLAN, 2, 4)).toEqual({ role: 'key', line: 2, start: 4, end: 6, path: ['triggers', '*'], name: 'id', present: ['coping'] });
    const second = PLAN.replace('crisis:', '  - id: lonely\n    name: Lonely\ncrisis:');
    expect(cursorContext(second, 5, 5)).toEqual({ role: 'key', line: 5, start: 4, end: 6, path: ['triggers', '*'], name: 'id', present: ['name'] });
  });

  test('outside the front matter: nothing', () => {
    expect(cursorContext(PLAN, 0, 1)).toBeNull();
    expect(cursorContext(PLAN, 10, 2)).toBeNull();
    expect(cursorContext('no front matter\n', 0, 3)).toBeNull();
  });

  test('never throws, for any text and any place', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('-', ' ', ':', '[', ']', ',', '\n', '\r', '#', '"', 'a', 'b', '\t', '{', '\u0000') }), fc.nat(40), fc.nat(40), (body, line, character) => {
        const result = cursorContext(`---\n${body}`, line, character);
        expect(result === null || typeof result.role === 'string').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
