// The duplicate-id rule: an id names one entry of its list.

import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { valueSpan } from './locate.js';
import { ID_LISTS, rawList } from './raw-plan.js';

export function duplicateIds(source: Source, data: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const list of ID_LISTS) {
    const first = new Map<string, number>();
    for (const { index, id } of rawList(data, list)) {
      if (id === undefined) continue;
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, index);
        continue;
      }
      const line = valueSpan(source, [list, earlier, 'id']).line;
      problems.push({
        span: valueSpan(source, [list, index, 'id']),
        severity: 'error',
        rule: 'duplicate-id',
        message: `the id '${id}' is already used in ${list} (line ${line}): give each entry its own id`,
      });
    }
  }
  return problems;
}
