// A horizontal bar chart with a label above each bar: how often each trigger came, all told and in the last 30 days.

import { scaleLinear } from 'd3-scale';
import { round, svgFrame, svgText, type Chart, type FigureTable } from './svg-chart.js';

export interface Bar {
  label: string;
  value: number;
  /** A second, smaller figure drawn inside the bar's track (such as the last 30 days). */
  recent: number;
}

const WIDTH = 480;
const ROW = 44;
const TOP = 8;
const VALUE_SPACE = 40;

export interface BarsChartOptions {
  id: string;
  title: string;
  description: string;
  table: FigureTable;
}

export function barsChart(bars: readonly Bar[], options: BarsChartOptions): Chart {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const x = scaleLinear().domain([0, max]).range([0, WIDTH - VALUE_SPACE]);
  const rows = bars.map((bar, i) => {
    const top = TOP + i * ROW;
    return (
      svgText(0, top + 13, bar.label, 'class="chart-label chart-label-strong"') +
      `<rect class="bar-track" x="0" y="${top + 20}" width="${WIDTH - VALUE_SPACE}" height="14" rx="3"/>` +
      `<rect class="bar-all" x="0" y="${top + 20}" width="${round(x(bar.value))}" height="14" rx="3"/>` +
      `<rect class="bar-recent" x="0" y="${top + 24}" width="${round(x(bar.recent))}" height="6" rx="2"/>` +
      svgText(WIDTH - VALUE_SPACE + 8, top + 32, String(bar.value), 'class="chart-label"')
    );
  });
  const height = TOP + Math.max(1, bars.length) * ROW;
  return {
    id: options.id,
    title: options.title,
    svg: svgFrame({ id: options.id, title: options.title, description: options.description, width: WIDTH, height, className: 'chart-bars' }, rows.join('')),
    table: options.table,
  };
}
