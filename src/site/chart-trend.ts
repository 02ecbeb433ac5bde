// The mood or craving chart: each day's value as a dot and the 7-day mean as a line, over the last 28 days.

import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { DailyPoint } from './daily-series.js';
import { formatDate, formatMean, moodWord } from './format-figures.js';
import { round, svgFrame, svgText, type Chart } from './svg-chart.js';

export type TrendField = 'mood' | 'craving';

const WIDTH = 360;
const HEIGHT = 200;
const MARGIN = { top: 12, right: 10, bottom: 32, left: 30 };

const FIELDS: Record<TrendField, { domain: [number, number]; ticks: number[]; noun: string; scale: string }> = {
  mood: { domain: [1, 5], ticks: [1, 2, 3, 4, 5], noun: 'Mood', scale: 'from 1 (very low) to 5 (very good)' },
  craving: { domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10], noun: 'Craving', scale: 'from 0 (none) to 10 (strongest)' },
};

export function trendChart(field: TrendField, points: readonly DailyPoint[], idPrefix = 'trend'): Chart {
  const spec = FIELDS[field];
  const x = scaleLinear().domain([0, Math.max(1, points.length - 1)]).range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear().domain(spec.domain).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const grid = spec.ticks.map((tick) => `<line class="chart-grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(tick))}" y2="${round(y(tick))}"/>` + svgText(MARGIN.left - 7, y(tick) + 5, String(tick), 'class="chart-label" text-anchor="end"'));
  const labelled = [0, Math.floor((points.length - 1) / 2), points.length - 1];
  const xLabels = labelled.flatMap((i, n) => {
    const point = points[i];
    if (!point) return [];
    const anchor = n === 0 ? 'start' : n === 2 ? 'end' : 'middle';
    return [svgText(x(i), HEIGHT - 8, formatDate(point.date, 'short'), `class="chart-label" text-anchor="${anchor}"`)];
  });
  const meanPath = line<DailyPoint>()
    .defined((point) => point.mean !== null)
    .x((_, i) => round(x(i)))
    .y((point) => round(y(point.mean ?? 0)))(points);
  const dots = points.flatMap((point, i) => (point.value === null ? [] : [`<circle class="trend-point trend-${field}" cx="${round(x(i))}" cy="${round(y(point.value))}" r="3.5"/>`]));
  const recorded = points.filter((point) => point.value !== null).length;
  const first = points[0];
  const last = points.at(-1);
  const id = `${idPrefix}-${field}`;
  const title = `${spec.noun} over the last ${points.length} days`;
  const span = first && last ? `${formatDate(first.date)} to ${formatDate(last.date)}` : '';
  const description = `${spec.noun} ${spec.scale}, ${span}: ${recorded} days recorded, shown as dots, with the 7-day mean as a line; the latest 7-day mean is ${formatMean(last?.mean ?? null)}.`;
  return {
    id,
    title,
    svg: svgFrame({ id, title, description, width: WIDTH, height: HEIGHT, className: 'chart-trend' }, [...grid, ...xLabels, meanPath ? `<path class="trend-mean trend-${field}" d="${meanPath}"/>` : '', ...dots].join('')),
    table: {
      caption: `${spec.noun}, day by day`,
      columns: ['Date', spec.noun, '7-day mean'],
      rows: points.map((point) => [formatDate(point.date, 'short'), point.value === null ? '–' : field === 'mood' ? `${point.value} (${moodWord(point.value)})` : String(point.value), formatMean(point.mean)]),
    },
  };
}
