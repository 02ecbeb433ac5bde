// The common YAML slips, each a plan.md a person could write: one plain problem, at the line they got wrong.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, planFixture, problems } from '../plan-fixture.js';

/** What `waymark check` says about the base plan with plan.md replaced by a fixture from test/fixtures/yaml-mistakes. */
function checked(name: string) {
  return problems(planFixture({ 'plan.md': readFileSync(join(FIXTURES, 'yaml-mistakes', name), 'utf8') }));
}

function syntax(line: number, column: number, message: string) {
  return [{ file: 'plan.md', line, column, severity: 'error', rule: 'yaml-syntax', message }];
}

describe('a YAML slip in plan.md', () => {
  it('a key indented more than the key above it', () => {
    expect(checked('indented-more.md')).toEqual(
      syntax(7, 6, 'line 7 is indented one space more than `name:` above it: start `role:` in the same column as `name:`'),
    );
  });

  it('a key indented less than the key above it', () => {
    expect(checked('indented-less.md')).toEqual(
      syntax(6, 2, 'line 6 is indented one space less than `contacts:` above it: line `reasons_to_live:` up with `contacts:`, or with `crisis:` if it belongs there'),
    );
  });

  it('a tab in the indentation', () => {
    expect(checked('tab.md')).toEqual(syntax(6, 1, 'line 6 is indented with a tab; YAML indents with spaces only: replace the tab with spaces'));
  });

  it('no space after a colon', () => {
    expect(checked('no-space-after-colon.md')).toEqual(syntax(3, 7, 'line 3 needs a space after the colon: write `person: Sam`'));
  });

  it('a quote never closed', () => {
    expect(checked('unclosed-quote.md')).toEqual(syntax(2, 8, 'line 2 opens a quote (") that is never closed: add " at the end of the text'));
  });

  it('a bracket never closed', () => {
    expect(checked('unclosed-bracket.md')).toEqual(syntax(4, 8, 'line 4 opens a list with [ that is never closed: add ] after its last item'));
  });

  it('an apostrophe inside single quotes', () => {
    expect(checked('apostrophe-in-single-quotes.md')).toEqual(
      syntax(2, 12, "line 2 has an apostrophe inside single quotes, which ends the quoted text early: write it twice ('') or put the whole text in double quotes"),
    );
  });

  it('a rare slip keeps the parser\'s words, after a plain sentence', () => {
    const plan = "---\ntitle: Sam's plan\nsupports:\n- id: jo\n  name: Jo\n- [x\n  y]: z\n---\n";
    expect(problems(planFixture({ 'plan.md': plan }))).toEqual(
      syntax(6, 3, 'line 6 is not valid YAML: look at the spaces, colons, quotes and brackets on it and on the line above (the YAML reader says: implicit keys need to be on a single line)'),
    );
  });
});
