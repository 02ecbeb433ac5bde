// A periodic goal's chart: one bar per complete day, week or month, against a line at the target.

import { scaleBand, scaleLinear } from 'd3-scale';
import type { GoalPeriod } from '../analyze/goal-periods.js';
import type { Measure } from '../schema/goal.js';
import { formatDate, formatNumber } from './format-figures.js';
import { round, svgFrame, svgText, type Chart } from './svg-chart.js';

const WIDTH = 480;
const HEIGHT = 200;
const MARGIN = { top: 16, right: 12, bottom: 28, left: 34 };
/** How many of the latest periods the chart shows, so that bars stay wide enough to read. */
const SHOWN: Record<Exclude<Measure['per'], 'total'>, number> = { day: 28, week: 26, month: 24 };

export function periodLabel(period: GoalPeriod, per: Measure['per']): string {
  if (per === 'month') return formatDate(period.start, 'month');
  if (per === 'week') return `Week of ${formatDate(period.start, 'short')}`;
  return formatDate(period.start, 'short');
}

export function periodsChart(id: string, goalTitle: string, measure: Measure, periods: readonly GoalPeriod[]): Chart {
  const per = measure.per === 'total' ? 'day' : measure.per;
  const shown = periods.slice(-SHOWN[per]);
  const unit = measure.unit ?? measure.metric.replaceAll('_', ' ');
  const maxSum = Math.max(measure.target, ...shown.map((period) => period.sum), 1);
  const x = scaleBand<number>().domain(shown.map((_, i) => i)).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.2);
  const y = scaleLinear().domain([0, maxSum]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = y.ticks(4);
  const grid = ticks.map((tick) => `<line class="chart-grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(tick))}" y2="${round(y(tick))}"/>` + svgText(MARGIN.left - 8, y(tick) + 4, formatNumber(tick), 'class="chart-label" text-anchor="end"'));
  const bars = shown.map((period, i) => {
    const top = y(period.sum);
    return `<rect class="${period.met ? 'bar-met' : 'bar-unmet'}" x="${round(x(i)!)}" y="${round(top)}" width="${round(x.bandwidth())}" height="${round(y(0) - top)}"/>`;
  });
  const target =
    `<line class="chart-target" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(measure.target))}" y2="${round(y(measure.target))}"/>` +
    svgText(WIDTH - MARGIN.right, y(measure.target) - 5, `target ${formatNumber(measure.target)}`, 'class="chart-label chart-target-label" text-anchor="end"');
  const firstPeriod = shown[0];
  const lastPeriod = shown.at(-1);
  const xLabels = [
    firstPeriod ? svgText(MARGIN.left, HEIGHT - 8, periodLabel(firstPeriod, per), 'class="chart-label"') : '',
    lastPeriod && shown.length > 1 ? svgText(WIDTH - MARGIN.right, HEIGHT - 8, periodLabel(lastPeriod, per), 'class="chart-label" text-anchor="end"') : '',
  ];
  const met = shown.filter((period) => period.met).length;
  const perWord = per === 'day' ? 'day' : per === 'week' ? 'week' : 'month';
  const limit = measure.direction === 'at_most' ? 'at most' : 'at least';
  const title = `${goalTitle}: ${unit} per ${perWord}`;
  const description = `${shown.length} complete ${perWord}s as bars against the target of ${limit} ${formatNumber(measure.target)} ${unit}, drawn as a line; the target was met in ${met} of them.`;
  return {
    id,
    title,
    svg: svgFrame({ id, title, description, width: WIDTH, height: HEIGHT, className: 'chart-periods' }, [...grid, ...bars, target, ...xLabels].join('')),
    table: {
      caption: `${unit} per ${perWord}`,
      columns: [per === 'day' ? 'Day' : per === 'week' ? 'Week' : 'Month', unit[0]!.toUpperCase() + unit.slice(1), 'Target met'],
      rows: shown.map((period) => [periodLabel(period, per), formatNumber(period.sum, 2), period.met ? 'Yes' : 'Not this time']),
    },
  };
}
