// A horizontal bar chart with a label above each bar: how often each trigger came, all told and in the last 30 days.

import { scaleLinear } from 'd3-scale';
import { round, svgFrame, svgText, type Chart, type FigureTable } from './svg-chart.js';

export interface Bar {
  label: string;
  value: number;
  /** A second, smaller figure drawn inside the bar's track (such as the last 30 days). */
  recent: number;
}

const WIDTH = 360;
const TOP = 8;
const VALUE_SPACE = 40;
/** A label's line: room for its words at the size a phone draws them. */
const LINE = 20;
const LINE_CHARACTERS = 34;
const BAR = 14;
const GAP = 12;

export interface BarsChartOptions {
  id: string;
  title: string;
  description: string;
  table: FigureTable;
}

export function barsChart(bars: readonly Bar[], options: BarsChartOptions): Chart {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const x = scaleLinear().domain([0, max]).range([0, WIDTH - VALUE_SPACE]);
  let top = TOP;
  const rows = bars.map((bar) => {
    const lines = labelLines(bar.label);
    const barTop = top + lines.length * LINE + 4;
    const row =
      lines.map((line, i) => svgText(2, top + 15 + i * LINE, line, 'class="chart-label chart-label-strong"')).join('') +
      `<rect class="bar-track" x="0" y="${barTop}" width="${WIDTH - VALUE_SPACE}" height="${BAR}" rx="3"/>` +
      `<rect class="bar-all" x="0" y="${barTop}" width="${round(x(bar.value))}" height="${BAR}" rx="3"/>` +
      `<rect class="bar-recent" x="0" y="${barTop + 4}" width="${round(x(bar.recent))}" height="6" rx="2"/>` +
      svgText(WIDTH - VALUE_SPACE + 8, barTop + 12, String(bar.value), 'class="chart-label"');
    top = barTop + BAR + GAP;
    return row;
  });
  const height = Math.max(top, TOP + LINE + BAR + GAP);
  return {
    id: options.id,
    title: options.title,
    svg: svgFrame({ id: options.id, title: options.title, description: options.description, width: WIDTH, height, className: 'chart-bars' }, rows.join('')),
    table: options.table,
  };
}

/** SVG text does not wrap: a long label is broken between words into lines that fit the chart's width. */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > LINE_CHARACTERS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}
