// A goal's progress per period: one bar per complete day, week or month, against a line at the target where each period has one.

import { scaleBand, scaleLinear } from 'd3-scale';
import type { Measure } from '../schema/goal.js';
import { formatDate, formatNumber } from './format-figures.js';
import { round, svgFrame, svgText, type Chart } from './svg-chart.js';
import { capitalised } from '../words/capitalised.js';

const WIDTH = 360;
const HEIGHT = 200;
const MARGIN = { top: 20, right: 12, bottom: 32, left: 46 };

export type PeriodKind = Exclude<Measure['per'], 'total'>;

/** How many of the latest periods the chart shows, so that bars stay wide enough to read. */
const SHOWN: Record<PeriodKind, number> = { day: 28, week: 26, month: 24 };

export interface ChartPeriod {
  start: string;
  sum: number;
  /** Whether the period met its target; null when periods have no target of their own (a `total` goal's months). */
  met: boolean | null;
}

export interface PeriodsSpec {
  per: PeriodKind;
  unit: string;
  /** The target each period is held to, or null. */
  target: number | null;
  direction: Measure['direction'];
}

export function periodLabel(start: string, per: PeriodKind): string {
  if (per === 'month') return formatDate(start, 'month');
  if (per === 'week') return `Week of ${formatDate(start, 'short')}`;
  return formatDate(start, 'short');
}

export function periodsChart(id: string, goalTitle: string, spec: PeriodsSpec, periods: readonly ChartPeriod[]): Chart {
  const { per, unit, target } = spec;
  const shown = periods.slice(-SHOWN[per]);
  const maxSum = Math.max(target ?? 0, ...shown.map((period) => period.sum), 1);
  const x = scaleBand<number>().domain(shown.map((_, i) => i)).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.2);
  const y = scaleLinear().domain([0, maxSum]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const grid = y.ticks(4).map((tick) => `<line class="chart-grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(tick))}" y2="${round(y(tick))}"/>` + svgText(MARGIN.left - 7, y(tick) + 5, formatNumber(tick), 'class="chart-label" text-anchor="end"'));
  const bars = shown.map((period, i) => {
    const top = y(period.sum);
    const className = period.met === null ? 'bar-all' : period.met ? 'bar-met' : 'bar-unmet';
    return `<rect class="${className}" x="${round(x(i)!)}" y="${round(top)}" width="${round(x.bandwidth())}" height="${round(y(0) - top)}"/>`;
  });
  const targetLine =
    target === null
      ? ''
      : `<line class="chart-target" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(target))}" y2="${round(y(target))}"/>` +
        svgText(WIDTH - MARGIN.right, y(target) - 5, `target ${formatNumber(target)}`, 'class="chart-label chart-target-label" text-anchor="end"');
  const first = shown[0];
  const last = shown.at(-1);
  const xLabels = [
    first ? svgText(MARGIN.left, HEIGHT - 8, periodLabel(first.start, per), 'class="chart-label"') : '',
    last && shown.length > 1 ? svgText(WIDTH - MARGIN.right, HEIGHT - 8, periodLabel(last.start, per), 'class="chart-label" text-anchor="end"') : '',
  ];
  const noun = per === 'day' ? 'Day' : per === 'week' ? 'Week' : 'Month';
  const title = `${goalTitle}: ${unit} per ${per}`;
  const met = shown.filter((period) => period.met === true).length;
  const limit = spec.direction === 'at_most' ? 'at most' : 'at least';
  const description =
    target === null
      ? `${shown.length} ${per === 'month' ? 'months' : `${per}s`} as bars, each the ${unit} recorded in it.`
      : `${shown.length} complete ${per}s as bars against the target of ${limit} ${formatNumber(target)} ${unit}, drawn as a dashed line; the target was met in ${met} of them.`;
  return {
    id,
    title,
    svg: svgFrame({ id, title, description, width: WIDTH, height: HEIGHT, className: 'chart-periods' }, [...grid, ...bars, targetLine, ...xLabels].join('')),
    table: {
      caption: `${capitalised(unit)} per ${per}`,
      columns: target === null ? [noun, capitalised(unit)] : [noun, capitalised(unit), 'Target met'],
      rows: shown.map((period) => {
        const row = [periodLabel(period.start, per), formatNumber(period.sum, 2)];
        return period.met === null ? row : [...row, period.met ? 'Yes' : 'Not this time'];
      }),
    },
  };
}
