// The check-ins as a spreadsheet reads them: parsed back with d3-dsv (not the library that wrote them), cell by cell.

import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkinTable } from '../../src/export/checkin-table.js';
import { checkinsCsv } from '../../src/export/checkins-csv.js';
import { defuseCell } from '../../src/export/spreadsheet-cell.js';
import { analysed, exchangeFixture, TODAY } from '../exchange-fixture.js';

const HEADER = ['date', 'mood', 'craving', 'used', 'difficulty', 'sleep', 'triggers', 'warning_signs', 'coping', 'contacted', 'gratitude', 'meetings', 'walk_km'];

function rows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return csvParseRows(text.slice(1).replaceAll('\r\n', '\n'));
}

describe('checkinsCsv', () => {
  it('has one row per check-in up to today, oldest first, with every field, the metrics and the journal as written', () => {
    // A check-in after today is left out, as the analysis leaves it out.
    const { plan } = analysed(exchangeFixture({ 'checkins/2025/03/2025-03-20.md': '---\nmood: 5\n---\n' }));
    const text = checkinsCsv(checkinTable(plan, TODAY, { journal: true }));
    expect(rows(text)).toEqual([
      [...HEADER, 'journal'],
      ['2025-03-03', '4', '6', 'false', 'hard', '7.5', 'sport-ads', 'checking-odds', 'walk;call-someone', 'mei', "Mei's text, early;the river", '1', '4.5', "'- Went to the meeting in Fitzroy\n=SUM(A1:A3) is not a formula here, \"just\" words."],
      ['2025-03-05', '2', '8', 'true', '', '', '', '', '', '', '', '', '', "'+61 is the code I dialled; a setback, and I talked it through."],
      ['2025-03-08', '3', '', '', '', '', '', '', '', '', '', '', '6', "'@home, quiet day. Café by the river: ça va."],
    ]);
  });

  it('is RFC 4180: CRLF between records, quotes around cells with commas, quotes or line breaks, doubled quotes inside', () => {
    const { plan } = analysed(exchangeFixture());
    const text = checkinsCsv(checkinTable(plan, TODAY, { journal: true }));
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${[...HEADER, 'journal'].join(',')}`);
    expect(text).toContain(`,"Mei's text, early;the river",1,4.5,"'- Went to the meeting in Fitzroy\n=SUM(A1:A3) is not a formula here, ""just"" words."\r\n`);
    expect(text.endsWith('"\'@home, quiet day. Café by the river: ça va."\r\n')).toBe(true);
  });

  it('--no-journal leaves the journal column out', () => {
    const { plan } = analysed(exchangeFixture());
    const parsed = rows(checkinsCsv(checkinTable(plan, TODAY, { journal: false })));
    expect(parsed[0]).toEqual(HEADER);
    expect(parsed.map((row) => row.length)).toEqual([13, 13, 13, 13]);
  });

  it('a plan without check-ins gives the header alone', () => {
    const fixture = exchangeFixture({ 'checkins/2025/03/2025-03-03.md': null, 'checkins/2025/03/2025-03-05.md': null, 'checkins/2025/03/2025-03-08.md': null });
    expect(checkinsCsv(checkinTable(analysed(fixture).plan, TODAY, { journal: true }))).toBe(`\uFEFF${[...HEADER, 'journal'].join(',')}\r\n`);
  });
});

/** Characters that matter to a spreadsheet or to CSV, and a few that do not. */
const CELL_CHARACTERS = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', "'", ' ', 'a', '1', 'é', '\u{1F6B6}');

describe('defuseCell', () => {
  it("puts a ' before a cell that starts with =, +, -, @, a tab or a carriage return, and nothing before any other", () => {
    expect(['=1+1', '+61', '-2', '@SUM(A1)', '\tx', '\rx', '1', 'walk', '', "'quoted", ' =x'].map(defuseCell)).toEqual(["'=1+1", "'+61", "'-2", "'@SUM(A1)", "'\tx", "'\rx", '1', 'walk', '', "'quoted", ' =x']);
  });

  it('no cell of the file starts a formula, and every cell reads back as the defused text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: CELL_CHARACTERS, maxLength: 8 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (cells) => {
        // Every row starts with its date, as every check-in's does.
        const width = Math.max(...cells.map((row) => row.length));
        const table = { columns: ['date', ...Array.from({ length: width }, (_, i) => `c${i}`)], rows: cells.map((row) => ['2025-03-03', ...row, ...Array<string>(width - row.length).fill('')]) };
        const parsed = csvParseRows(checkinsCsv(table).slice(1));
        const expected = [table.columns, ...table.rows.map((row) => row.map(defuseCell))];
        return JSON.stringify(parsed) === JSON.stringify(expected) && parsed.slice(1).every((row) => row.every((cell) => !/^[=+\-@\t\r]/.test(cell)));
      }),
      { numRuns: 300 },
    );
  });
});
