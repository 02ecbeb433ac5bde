// What an import decides before it writes: a day with a check-in (under any file name) is skipped, a day after today waits, a missing target is named once.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DayRecord } from '../../src/import/day-record.js';
import { planImport } from '../../src/import/import-days.js';
import { importMap } from '../../src/import/import-map.js';
import { analysed, exchangeFixture } from '../exchange-fixture.js';

const day = (date: string, activities: string[]): DayRecord => ({ date, moods: ['good'], items: activities.map((name) => ({ keys: [name], group: 'activities', text: name, amount: null })), notes: [] });

describe('planImport', () => {
  it('skips days that have a check-in, leaves days after today, and names each map target the plan lacks once', () => {
    const fixture = exchangeFixture({ 'checkins/2025-02-20-evening.md': '---\nmood: 3\n---\n' });
    const { plan } = analysed(fixture);
    const map = importMap({ good: 4 });
    if (!map.ok) throw new Error('map');
    map.value.activities.set('yoga', { field: 'coping', name: 'yoga' });
    map.value.activities.set('pages', { field: 'metric', name: 'pages_read' });
    const days = [day('2025-02-19', ['yoga', 'pages']), day('2025-02-20', ['yoga']), day('2025-02-21', ['yoga']), day('2025-03-03', []), day('2025-03-11', [])];
    const work = planImport(days, map.value, plan, '2025-03-10', { app: 'Daylio', path: '/exports/daylio_export.csv' });
    expect(work.create.map((item) => item.file)).toEqual([join(fixture.plan, 'checkins/2025/02/2025-02-19.md'), join(fixture.plan, 'checkins/2025/02/2025-02-21.md')]);
    expect(work.skipped).toEqual([
      { date: '2025-02-20', file: join(fixture.plan, 'checkins/2025-02-20-evening.md') },
      { date: '2025-03-03', file: join(fixture.plan, 'checkins/2025/03/2025-03-03.md') },
    ]);
    expect(work.future).toEqual(['2025-03-11']);
    expect(work.unplaced).toEqual([
      { field: 'coping', name: 'yoga' },
      { field: 'metric', name: 'pages_read' },
    ]);
    expect(work.create[0]!.checkin).toEqual({ date: '2025-02-19', fields: { mood: 4 }, journal: 'Also recorded in Daylio:\n\n- activities: yoga, pages', unplaced: [{ field: 'coping', name: 'yoga' }, { field: 'metric', name: 'pages_read' }] });
  });
});
