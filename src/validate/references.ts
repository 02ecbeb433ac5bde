// The unknown-ref rule: every reference must name an id of the right list in plan.md.

import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { suggestion } from './did-you-mean.js';
import { valueSpan, type Path } from './locate.js';
import { KIND_NAME, rawStrings, type IdList, type IdSets } from './raw-plan.js';

/** Checks the string items of the list at `path` against the ids of `lists` (the first names the kind). */
export function checkRefs(source: Source, value: unknown, path: Path, lists: readonly IdList[], ids: IdSets): Problem[] {
  const problems: Problem[] = [];
  for (const { index, text } of rawStrings(value)) {
    if (lists.some((list) => ids[list].has(text))) continue;
    const candidates = lists.flatMap((list) => [...ids[list]]);
    const kind = lists.map((list) => KIND_NAME[list]).join(' or ');
    const close = suggestion(text, candidates);
    const fix = close || `: add it to ${lists.join(' or ')} in plan.md, or correct the id`;
    problems.push({
      span: valueSpan(source, [...path, index]),
      severity: 'error',
      rule: 'unknown-ref',
      message: `${kind} '${text}' is not in plan.md${fix}`,
    });
  }
  return problems;
}
