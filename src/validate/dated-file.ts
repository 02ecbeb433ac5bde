// Check-in and review files: the date in the file name, the front matter against the schema, and references.

import { basename } from 'node:path';
import type { z } from 'zod';
import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { DATED_FILE } from '../load/find-plans.js';
import { isCalendarDate } from '../schema/common.js';
import { FILE_START } from '../problem/diagnostic.js';
import { isRecord } from './field-label.js';
import { valueSpan } from './locate.js';
import { checkSchema } from './schema-problems.js';

export interface DatedFile<T> {
  /** The date from the file name, when it is a real date. */
  date: string | undefined;
  value: T | undefined;
  problems: Problem[];
}

const WHAT = { checkin: 'check-in', review: 'review' } as const;

/** `extraKeys` ends the unknown-field message (" or a goal's metric"); null when unknown keys cannot be judged (plan.md unreadable). */
export function checkDatedFile<S extends z.ZodType>(source: Source, kind: 'checkin' | 'review', schema: S, extraKeys: string | null): DatedFile<z.infer<S>> {
  const problems: Problem[] = [...source.problems];
  const named = DATED_FILE.exec(basename(source.file))?.[1];
  let date: string | undefined = named;
  if (named !== undefined && !isCalendarDate(named)) {
    date = undefined;
    problems.push({
      span: FILE_START,
      severity: 'error',
      rule: 'invalid-date',
      message: `the file name's date ${named} is not a real calendar date: rename the file to the ${WHAT[kind]}'s date, written YYYY-MM-DD`,
    });
  }
  if (source.data === undefined) return { date, value: undefined, problems };

  const checked = checkSchema(source, schema, source.data, extraKeys === null ? null : (key, path) => (path.length === 0 ? `'${key}' is not a ${WHAT[kind]} field${extraKeys}` : `'${key}' is not a field of ${path.join('.')}`));
  problems.push(...checked.problems);
  const written = isRecord(source.data) ? source.data.date : undefined;
  if (date !== undefined && typeof written === 'string' && isCalendarDate(written) && written !== date) {
    problems.push({
      span: valueSpan(source, ['date']),
      severity: 'error',
      rule: 'date-mismatch',
      message: `date is ${written}, but the file name says ${date}: correct the date or rename the file (the file name decides)`,
    });
  }
  return { date, value: checked.value, problems };
}
