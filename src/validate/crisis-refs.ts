// Items of the crisis lists that look like an id but name nothing in plan.md: a slip in an id, caught before a crisis.

import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import { isRecord } from './field-label.js';
import { valueSpan } from './locate.js';
import { rawStrings, type IdList, type IdSets } from './raw-plan.js';

/** The crisis lists whose items may name a warning sign, a coping strategy, a support or a resource, whichever list it stands in. */
export const CRISIS_REF_LISTS = ['warning_signs', 'coping', 'distractions', 'contacts', 'professionals'] as const;

/** The plan's lists a crisis item may name. */
const NAMED: readonly IdList[] = ['warning_signs', 'coping', 'supports', 'resources'];

/** Lower-case words joined by hyphens, no spaces: `dr-patel`, `urge-surf`. */
const ID_LIKE = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
/** One lower-case word, which is as likely text ("music") as an id: reported only when an id is close to it. */
const ONE_WORD = /^[a-z0-9]+$/;

export function crisisRefs(source: Source, data: unknown, ids: IdSets): Problem[] {
  const crisis = isRecord(data) ? data.crisis : undefined;
  if (!isRecord(crisis)) return [];
  const known = NAMED.flatMap((list) => [...ids[list]]);
  const problems: Problem[] = [];
  for (const key of CRISIS_REF_LISTS) {
    for (const { index, text } of rawStrings(crisis[key])) {
      if (known.includes(text) || !(ID_LIKE.test(text) || ONE_WORD.test(text))) continue;
      const close = didYouMean(text, known);
      if (close === undefined && !ID_LIKE.test(text)) continue;
      problems.push({
        span: valueSpan(source, ['crisis', key, index]),
        severity: 'warning',
        rule: 'unknown-ref',
        message:
          close === undefined
            ? `crisis.${key} has '${text}', which looks like an id but names no warning sign, coping strategy, support or resource in plan.md: correct the id, or write it in words with spaces to keep it as text`
            : `crisis.${key} has '${text}', which names nothing in plan.md (did you mean '${close}'?): correct the id, or write it in words with spaces to keep it as text`,
      });
    }
  }
  return problems;
}
