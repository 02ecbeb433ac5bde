// Mood and craving week by week, as two lines on their own scales; the weekly table beside it is its text alternative.

import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatDate, formatMean } from '../site/format-figures.js';
import { round, svgFrame, svgText } from '../site/svg-chart.js';
import type { WeekMeans } from './weekly-means.js';

const WIDTH = 330;
const HEIGHT = 150;
const MARGIN = { top: 10, right: 28, bottom: 24, left: 28 };

export function weeklyChart(weeks: readonly WeekMeans[], tableId: string): string {
  const x = scaleLinear().domain([0, Math.max(1, weeks.length - 1)]).range([MARGIN.left, WIDTH - MARGIN.right]);
  const mood = scaleLinear().domain([1, 5]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const craving = scaleLinear().domain([0, 10]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const grid = [1, 2, 3, 4, 5].map((tick) => `<line class="chart-grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(mood(tick))}" y2="${round(mood(tick))}"/>` + svgText(MARGIN.left - 6, mood(tick) + 4, String(tick), 'class="chart-label mood-label" text-anchor="end"'));
  const cravingTicks = [0, 5, 10].map((tick) => svgText(WIDTH - MARGIN.right + 6, craving(tick) + 4, String(tick), 'class="chart-label craving-label"'));
  const path = (field: 'mood' | 'craving', y: (n: number) => number) =>
    line<WeekMeans>()
      .defined((week) => week[field] !== null)
      .x((_, i) => round(x(i)))
      .y((week) => round(y(week[field] ?? 0)))(weeks as WeekMeans[]) ?? '';
  const dots = (field: 'mood' | 'craving', y: (n: number) => number) =>
    weeks.flatMap((week, i) => (week[field] === null ? [] : [`<circle class="dot-${field}" cx="${round(x(i))}" cy="${round(y(week[field]))}" r="2.5"/>`]));
  const first = weeks[0];
  const last = weeks.at(-1);
  const labels = first && last ? [svgText(MARGIN.left, HEIGHT - 6, formatDate(first.start, 'short'), 'class="chart-label"'), svgText(WIDTH - MARGIN.right, HEIGHT - 6, formatDate(last.start, 'short'), 'class="chart-label" text-anchor="end"')] : [];
  const title = 'Mood and craving, week by week';
  const description = `Weekly means: mood from 1 (very low) to 5 (very good) on the left scale, solid; craving from 0 (none) to 10 (strongest) on the right scale, dashed. The latest week: mood ${formatMean(last?.mood ?? null)}, craving ${formatMean(last?.craving ?? null)}. The table "${tableId}" holds every week.`;
  return svgFrame(
    { id: 'weekly', title, description, width: WIDTH, height: HEIGHT, className: 'weekly' },
    [...grid, ...cravingTicks, ...labels, `<path class="line-mood" d="${path('mood', mood)}"/>`, `<path class="line-craving" d="${path('craving', craving)}"/>`, ...dots('mood', mood), ...dots('craving', craving)].join(''),
  );
}
