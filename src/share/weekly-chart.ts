// Mood and craving week by week, as lines on their own scales; the weekly table beside it is its text alternative.
// A measure no check-in in the range recorded (craving, in a plan for depression) is not drawn at all.

import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatDate, formatMean } from '../site/format-figures.js';
import { round, svgFrame, svgText } from '../site/svg-chart.js';
import type { WeekMeans } from './weekly-means.js';
import { capitalised } from '../words/capitalised.js';

const WIDTH = 330;
const HEIGHT = 150;
const MARGIN = { top: 10, right: 28, bottom: 24, left: 28 };

export type WeeklyMeasure = 'mood' | 'craving';

/** What each measure's scale reads, and where its ticks stand. */
export const WEEKLY_SCALES: Record<WeeklyMeasure, { from: number; to: number; words: string; ticks: number[] }> = {
  mood: { from: 1, to: 5, words: 'from 1 (very low) to 5 (very good)', ticks: [1, 2, 3, 4, 5] },
  craving: { from: 0, to: 10, words: 'from 0 (none) to 10 (strongest)', ticks: [0, 5, 10] },
};

/** The measures some week of the range has a mean for, mood first. */
export function weeklyMeasures(weeks: readonly WeekMeans[]): WeeklyMeasure[] {
  return (['mood', 'craving'] as const).filter((field) => weeks.some((week) => week[field] !== null));
}

/** The chart of `measures` (one or two): the first on the left scale, solid, with the grid; a second on the right scale, dashed. */
export function weeklyChart(weeks: readonly WeekMeans[], measures: readonly WeeklyMeasure[], tableId: string): string {
  const x = scaleLinear().domain([0, Math.max(1, weeks.length - 1)]).range([MARGIN.left, WIDTH - MARGIN.right]);
  const scaleOf = (field: WeeklyMeasure) => scaleLinear().domain([WEEKLY_SCALES[field].from, WEEKLY_SCALES[field].to]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const [left, right] = measures;
  const parts: string[] = [];
  if (left) {
    const y = scaleOf(left);
    parts.push(...WEEKLY_SCALES[left].ticks.map((tick) => `<line class="chart-grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(tick))}" y2="${round(y(tick))}"/>` + svgText(MARGIN.left - 6, y(tick) + 4, String(tick), `class="chart-label ${left}-label" text-anchor="end"`)));
  }
  if (right) {
    const y = scaleOf(right);
    parts.push(...WEEKLY_SCALES[right].ticks.map((tick) => svgText(WIDTH - MARGIN.right + 6, y(tick) + 4, String(tick), `class="chart-label ${right}-label"`)));
  }
  const first = weeks[0];
  const last = weeks.at(-1);
  if (first && last) parts.push(svgText(MARGIN.left, HEIGHT - 6, formatDate(first.start, 'short'), 'class="chart-label"'), svgText(WIDTH - MARGIN.right, HEIGHT - 6, formatDate(last.start, 'short'), 'class="chart-label" text-anchor="end"'));
  for (const field of measures) {
    const y = scaleOf(field);
    const path =
      line<WeekMeans>()
        .defined((week) => week[field] !== null)
        .x((_, i) => round(x(i)))
        .y((week) => round(y(week[field] ?? 0)))(weeks as WeekMeans[]) ?? '';
    parts.push(`<path class="line-${field}" d="${path}"/>`);
  }
  for (const field of measures) {
    const y = scaleOf(field);
    parts.push(...weeks.flatMap((week, i) => (week[field] === null ? [] : [`<circle class="dot-${field}" cx="${round(x(i))}" cy="${round(y(week[field]))}" r="2.5"/>`])));
  }
  const named = measures.join(' and ');
  const title = `${capitalised(named)}, week by week`;
  const scales = measures.map((field, i) => `${field} ${WEEKLY_SCALES[field].words}${measures.length > 1 ? ` on the ${i === 0 ? 'left scale, solid' : 'right scale, dashed'}` : ''}`).join('; ');
  const latest = measures.map((field) => `${field} ${formatMean(last?.[field] ?? null)}`).join(', ');
  const description = `Weekly means: ${scales}. The latest week: ${latest}. The table "${tableId}" holds every week.`;
  return svgFrame({ id: 'weekly', title, description, width: WIDTH, height: HEIGHT, className: 'weekly' }, parts.join(''));
}
