// Warnings about a plan that can be analysed but is missing something: triggers without coping, crisis steps left empty.

import type { Source } from '../load/read-source.js';
import type { Problem } from '../problem/diagnostic.js';
import { isRecord } from './field-label.js';
import { keySpan, frontmatterStart, valueSpan } from './locate.js';
import { rawField, rawList } from './raw-plan.js';

export function triggersWithoutCoping(source: Source, data: unknown): Problem[] {
  return rawList(data, 'triggers')
    .filter(({ item }) => !Array.isArray(item.coping) || item.coping.length === 0)
    .map(({ index, id, item }) => ({
      span: valueSpan(source, item.coping === undefined ? ['triggers', index] : ['triggers', index, 'coping']),
      severity: 'warning' as const,
      rule: 'trigger-without-coping',
      message: `trigger '${id ?? index + 1}' has no coping strategy: add coping: [id] with what helps when it comes`,
    }));
}

/** The Stanley–Brown steps a crisis plan needs, in order. */
const CRISIS_STEPS: { keys: string[]; message: string }[] = [
  { keys: ['warning_signs'], message: 'the crisis plan has no warning signs: list the signs that a crisis may be coming (crisis.warning_signs)' },
  { keys: ['coping'], message: 'the crisis plan has nothing to do on your own: list a few things that help (crisis.coping)' },
  { keys: ['contacts', 'professionals'], message: 'the crisis plan names no one to ask for help: add people (crisis.contacts) or professionals (crisis.professionals)' },
  { keys: ['emergency'], message: 'the crisis plan has no emergency numbers: add crisis lines and emergency services (crisis.emergency) with their phone numbers' },
];

export function crisisIncomplete(source: Source, data: unknown): Problem[] {
  const crisis = rawField(data, 'crisis');
  const span = crisis === undefined ? frontmatterStart(source) : keySpan(source, ['crisis']);
  const filled = (key: string): boolean => {
    const value = isRecord(crisis) ? crisis[key] : undefined;
    return Array.isArray(value) && value.length > 0;
  };
  return CRISIS_STEPS.filter((step) => !step.keys.some(filled)).map((step) => ({
    span,
    severity: 'warning' as const,
    rule: 'crisis-incomplete',
    message: step.message,
  }));
}
