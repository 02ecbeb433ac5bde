// `waymark export ics|csv` as a person runs it, and the calendar.ics that `waymark build` writes beside the pages (never in an encrypted build).

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exchangeFixture } from '../exchange-fixture.js';
import { listFiles } from '../site/built-site.js';
import { waymark } from './run-cli.js';

const TODAY = ['--today', '2025-03-10'];

describe('waymark export', () => {
  it('ics prints the calendar with CRLF line ends; --out writes the same bytes and says how many events', () => {
    const fixture = exchangeFixture();
    const printed = waymark(['export', 'ics', ...TODAY], { cwd: fixture.cwd });
    expect(printed.code).toBe(0);
    expect(printed.stderr).toBe('');
    expect(printed.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//waymark//waymark//EN\r\n')).toBe(true);
    expect(printed.stdout.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(8);
    const written = waymark(['export', 'ics', 'rowan', '--out', 'rowan.ics', ...TODAY], { cwd: fixture.cwd });
    expect(written).toEqual({ code: 0, stdout: 'wrote rowan.ics: 8 events\n', stderr: '' });
    expect(readFileSync(join(fixture.cwd, 'rowan.ics'), 'utf8')).toBe(printed.stdout);
  });

  it('csv prints the check-ins; --no-journal leaves the journal out', () => {
    const fixture = exchangeFixture();
    const printed = waymark(['export', 'csv', ...TODAY], { cwd: fixture.cwd });
    expect(printed.code).toBe(0);
    expect(printed.stdout.split('\r\n')[0]).toBe('\uFEFFdate,mood,craving,used,difficulty,sleep,triggers,warning_signs,coping,contacted,gratitude,meetings,walk_km,journal');
    const written = waymark(['export', 'csv', '--no-journal', '--out', 'checkins.csv', ...TODAY], { cwd: fixture.cwd });
    expect(written).toEqual({ code: 0, stdout: 'wrote checkins.csv: 3 check-ins\n', stderr: '' });
    expect(readFileSync(join(fixture.cwd, 'checkins.csv'), 'utf8')).toBe(
      '\uFEFFdate,mood,craving,used,difficulty,sleep,triggers,warning_signs,coping,contacted,gratitude,meetings,walk_km\r\n' +
        '2025-03-03,4,6,false,hard,7.5,sport-ads,checking-odds,walk;call-someone,mei,"Mei\'s text, early;the river",1,4.5\r\n' +
        '2025-03-05,2,8,true,,,,,,,,,\r\n' +
        '2025-03-08,3,,,,,,,,,,,6\r\n',
    );
  });

  it('refuses a plan with errors (exit 1), an --out among the plan files and a mistaken call (exit 2)', () => {
    const fixture = exchangeFixture({ 'checkins/2025/03/2025-03-09.md': '---\ncoping: [wlak]\n---\n' });
    expect(waymark(['export', 'csv', ...TODAY], { cwd: fixture.cwd })).toEqual({
      code: 1,
      stdout: '',
      stderr: "plans/rowan/checkins/2025/03/2025-03-09.md:2:10: error unknown-ref: coping strategy 'wlak' is not in plan.md (did you mean 'walk'?)\nwaymark: 'rowan' has an error to fix before it can be exported (see above, or run 'waymark check')\n",
    });
    const clean = exchangeFixture();
    expect(waymark(['export', 'ics', '--out', 'plans/rowan/calendar.ics', ...TODAY], { cwd: clean.cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'waymark: export: plans/rowan/calendar.ics is inside the plans folder; write the export somewhere else, so it never mixes with your plan files\n',
    });
    expect(existsSync(join(clean.plan, 'calendar.ics'))).toBe(false);
    expect(waymark(['export', 'pdf'], { cwd: clean.cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: export: say what to export: 'ics' (calendar reminders) or 'csv' (check-ins for a spreadsheet); see 'waymark export --help'\n" });
    expect(waymark(['export', 'ics', '--no-journal'], { cwd: clean.cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: export: --no-journal goes with 'export csv'\n" });
    expect(waymark(['export', 'ics', 'sam'], { cwd: clean.cwd })).toEqual({ code: 2, stdout: '', stderr: "waymark: export: there is no plan 'sam' in plans; plans: rowan\n" });
  });
});

describe('waymark build and the calendar', () => {
  it('writes /<slug>/calendar.ics, byte for byte what export ics prints; an encrypted build into the same folder leaves none', () => {
    const fixture = exchangeFixture();
    const out = join(mkdtempSync(join(tmpdir(), 'waymark-calendar-')), 'site');
    expect(waymark(['build', '--out', out, ...TODAY], { cwd: fixture.cwd }).code).toBe(0);
    const exported = waymark(['export', 'ics', ...TODAY], { cwd: fixture.cwd }).stdout;
    expect(readFileSync(join(out, 'rowan/calendar.ics'), 'utf8')).toBe(exported);

    const sealed = waymark(['build', '--encrypt', '--replace', '--out', out, ...TODAY], { cwd: fixture.cwd, env: { WAYMARK_PASSPHRASE: 'lantern quiet harbour morning' } });
    expect(sealed.code).toBe(0);
    expect(listFiles(out).filter((file) => file.endsWith('.ics'))).toEqual([]);
    expect(listFiles(out).every((file) => !readFileSync(join(out, file), 'latin1').includes('VCALENDAR'))).toBe(true);
  }, 120_000);
});
