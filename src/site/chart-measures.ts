// A questionnaire's totals over time: one dot per review, joined by a line, on the questionnaire's whole scale.

import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { bandWords, type MeasurePoint } from '../analyze/measures.js';
import type { Questionnaire } from '../schema/measures.js';
import { formatDate } from './format-figures.js';
import { round, svgFrame, svgText, type Chart } from './svg-chart.js';

const WIDTH = 300;
const HEIGHT = 150;
const MARGIN = { top: 18, right: 14, bottom: 28, left: 30 };

export function measureChart(questionnaire: Questionnaire, points: readonly MeasurePoint[], idPrefix = 'measure'): Chart {
  const count = questionnaire.items.length;
  const [low, high] = [questionnaire.min * count, questionnaire.max * count];
  const ticks = [low, Math.round((low + high) / 2), high];
  const x = scaleLinear().domain([0, Math.max(1, points.length - 1)]).range([MARGIN.left + 6, WIDTH - MARGIN.right - 6]);
  const y = scaleLinear().domain([low, high]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const grid = ticks.map((tick) => `<line class="chart-grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(tick))}" y2="${round(y(tick))}"/>` + svgText(MARGIN.left - 6, y(tick) + 4, String(tick), 'class="chart-label" text-anchor="end"'));
  const first = points[0];
  const last = points.at(-1);
  const xLabels = [first, points.length > 1 ? last : undefined].flatMap((point, n) =>
    point ? [svgText(points.length === 1 ? x(0) : n === 0 ? MARGIN.left : WIDTH - MARGIN.right, HEIGHT - 8, formatDate(point.date, 'short'), `class="chart-label" text-anchor="${points.length === 1 ? 'middle' : n === 0 ? 'start' : 'end'}"`)] : [],
  );
  const path = line<MeasurePoint>()
    .x((_, i) => round(x(points.length === 1 ? 0 : i)))
    .y((point) => round(y(point.total)))(points as MeasurePoint[]);
  const dots = points.map((point, i) => `<circle class="measure-point" cx="${round(x(i))}" cy="${round(y(point.total))}" r="3.5"/>`);
  const id = `${idPrefix}-${questionnaire.key}`;
  const title = `${questionnaire.name} (${questionnaire.about}) over time`;
  const span = first && last ? (points.length === 1 ? `on ${formatDate(first.date)}` : `from ${formatDate(first.date)} to ${formatDate(last.date)}`) : '';
  const description = `${questionnaire.name} totals from ${low} to ${high}, ${points.length} ${points.length === 1 ? 'review' : 'reviews'} ${span}; the latest is ${last ? describe(last) : 'none'}.`;
  return {
    id,
    title,
    svg: svgFrame({ id, title, description, width: WIDTH, height: HEIGHT, className: 'chart-measure' }, [...grid, ...xLabels, path && points.length > 1 ? `<path class="measure-line" d="${path}"/>` : '', ...dots].join('')),
    table: {
      caption: `${questionnaire.name} totals, review by review`,
      columns: ['Date', `Total (${low} to ${high})`, questionnaire.key === 'barc10' ? 'Note' : 'Band'],
      rows: points.map((point) => [formatDate(point.date), String(point.total), bandWords(point) || '–']),
    },
  };
}

function describe(point: MeasurePoint): string {
  const band = bandWords(point);
  return band ? `${point.total}, ${band}` : String(point.total);
}
