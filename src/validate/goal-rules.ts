// The SMART rules and due-before-start, read from each goal in plan.md.

import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { isCalendarDate } from '../schema/common.js';
import { isRecord } from './field-label.js';
import { valueSpan } from './locate.js';
import { rawField, rawList } from './raw-plan.js';

/** `firstCheckin` is the earliest check-in's date, the last fallback for a goal's start. */
export function goalRules(source: Source, data: unknown, firstCheckin: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const started = rawField(data, 'started');
  for (const { index, id, item } of rawList(data, 'goals')) {
    const name = `goal '${id ?? index + 1}'`;
    const at = valueSpan(source, ['goals', index]);
    const warn = (rule: string, message: string, span = at): void => {
      problems.push({ span, severity: 'warning', rule, message });
    };
    const steps = Array.isArray(item.steps) ? item.steps : [];
    const title = typeof item.title === 'string' ? item.title.trim() : '';
    if (title && title.split(/\s+/).length < 3 && steps.length === 0) {
      warn('smart-specific', `${name} is only '${title}' and has no steps: say exactly what you will do, or break it into steps`, valueSpan(source, ['goals', index, 'title']));
    }
    if (!isRecord(item.measure) && steps.length === 0) {
      warn('smart-measurable', `${name} has neither a measure nor steps: add a measure (a check-in metric and a target) or a few steps, so progress can be seen`);
    }
    if (item.why === undefined) {
      warn('smart-relevant', `${name} has no why: add a line on why it matters to you`);
    }
    if (item.due === undefined) {
      warn('smart-time-bound', `${name} has no due date`);
    }
    const start = [item.start, started, firstCheckin].find((d): d is string => typeof d === 'string');
    const due = item.due;
    if (typeof start === 'string' && typeof due === 'string' && isCalendarDate(start) && isCalendarDate(due) && due < start) {
      const from = item.start !== undefined ? 'its start' : started !== undefined ? "the plan's started date" : 'the first check-in';
      problems.push({
        span: valueSpan(source, ['goals', index, 'due']),
        severity: 'error',
        rule: 'due-before-start',
        message: `${name} is due ${due}, before ${from} (${start}): move the due date, or set start`,
      });
    }
  }
  return problems;
}
