// References inside plan.md: triggers to coping, warning signs to coping or supports, goals to resources and supports.

import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { checkRefs } from './references.js';
import { rawList, type IdSets } from './raw-plan.js';

export function planRefs(source: Source, data: unknown, ids: IdSets): Problem[] {
  const problems: Problem[] = [];
  for (const { index, item } of rawList(data, 'triggers')) {
    problems.push(...checkRefs(source, item.coping, ['triggers', index, 'coping'], ['coping'], ids));
  }
  for (const { index, item } of rawList(data, 'warning_signs')) {
    problems.push(...checkRefs(source, item.action, ['warning_signs', index, 'action'], ['coping', 'supports'], ids));
  }
  for (const { index, item } of rawList(data, 'goals')) {
    problems.push(...checkRefs(source, item.resources, ['goals', index, 'resources'], ['resources'], ids));
    problems.push(...checkRefs(source, item.supports, ['goals', index, 'supports'], ['supports'], ids));
  }
  return problems;
}
