// The check-ins as a table for a spreadsheet: one row per check-in the analysis counts, oldest first, in exchange.md's columns.

import { buildTimeline } from '../analyze/timeline.js';
import type { Checkin, Plan } from '../schema/model.js';

export interface CheckinTable {
  columns: string[];
  /** Cells as text; '' where the check-in left a field out. */
  rows: string[][];
}

const FIXED_COLUMNS = ['date', 'mood', 'craving', 'used', 'difficulty', 'sleep', 'triggers', 'warning_signs', 'coping', 'contacted', 'gratitude'] as const;

/** Lists are joined with ';' (ids never hold one). */
const LIST_SEPARATOR = ';';

export function checkinTable(plan: Plan, today: string, options: { journal: boolean }): CheckinTable {
  const metrics = planMetrics(plan);
  const columns = [...FIXED_COLUMNS, ...metrics, ...(options.journal ? ['journal'] : [])];
  const rows = buildTimeline(plan, today).checkins.map((checkin) => [
    ...FIXED_COLUMNS.map((field) => cell(checkin[field])),
    ...metrics.map((metric) => cell(Object.hasOwn(checkin.metrics, metric) ? checkin.metrics[metric] : undefined)),
    ...(options.journal ? [journalOf(checkin)] : []),
  ]);
  return { columns, rows };
}

/** The metrics the plan's goals measure, each once, in plan order. */
export function planMetrics(plan: Plan): string[] {
  return [...new Set(plan.fields.goals.flatMap((goal) => (goal.measure ? [goal.measure.metric] : [])))];
}

function cell(value: Checkin[(typeof FIXED_COLUMNS)[number]] | number | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

/** The check-in's Markdown body as written, without the blank lines around it. */
function journalOf(checkin: Checkin): string {
  return checkin.body.markdown.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}
