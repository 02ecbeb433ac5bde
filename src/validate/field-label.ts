// Names a place in the front matter the way a person would: "goal 'walk', step 2, due".

import type { Path } from './locate.js';

const ITEM_NAMES: Record<string, string> = {
  goals: 'goal',
  triggers: 'trigger',
  warning_signs: 'warning sign',
  coping: 'coping strategy',
  resources: 'resource',
  supports: 'support',
  steps: 'step',
  emergency: 'emergency contact',
  contacted: 'contacted',
  phq9: 'PHQ-9 item',
  gad7: 'GAD-7 item',
  barc10: 'BARC-10 item',
};

export function fieldLabel(path: Path, data: unknown): string {
  const parts: string[] = [];
  let field = '';
  let node: unknown = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      node = Array.isArray(node) ? node[segment] : undefined;
      const name = ITEM_NAMES[lastKey(field)] ?? `${field} item`;
      const id = isRecord(node) && typeof node.id === 'string' ? node.id : undefined;
      const owner = field.includes('.') ? field.slice(0, field.lastIndexOf('.')) : '';
      if (owner) parts.push(owner);
      parts.push(id !== undefined && name !== `${field} item` ? `${name} '${id}'` : `${name} ${segment + 1}`);
      field = '';
    } else {
      node = isRecord(node) ? node[segment] : undefined;
      field = field ? `${field}.${segment}` : segment;
    }
  }
  if (field) parts.push(field);
  return parts.join(', ');
}

function lastKey(field: string): string {
  return field.slice(field.lastIndexOf('.') + 1);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
