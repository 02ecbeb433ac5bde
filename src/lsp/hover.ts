// Hover in front matter: a key's description from the schema, an id's item from plan.md.

import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { Source } from '../load/read-source.js';
import { fieldAt, fileSchema, type Field } from './field-schema.js';
import { KIND_NAME } from '../validate/raw-plan.js';
import { findItem, idLists, itemName, type PlanItem } from './plan-ids.js';
import type { PlanFileKind } from './plan-folder.js';
import { lineRange } from './positions.js';
import { ANY_ITEM, type CursorContext } from './yaml-context.js';

export function hover(context: CursorContext, kind: PlanFileKind, schema: Record<string, unknown>, plan: Source | null): Hover | null {
  const range = lineRange(context.line, context.start, context.end);
  if (context.role === 'key') {
    const field = fieldAt(schema, [...context.path, context.name]);
    return field ? { contents: { kind: MarkupKind.Markdown, value: describeField(field) }, range } : null;
  }
  if (context.text === '') return null;
  const lists = idLists(kind, context.role, context.path);
  if (lists) {
    const item = findItem(plan, context.text, lists);
    return item ? { contents: { kind: MarkupKind.Markdown, value: describeItem(item) }, range } : null;
  }
  // A word of a field that takes one of a few: what it means.
  const choice = context.role === 'value' ? fieldAt(schema, context.path)?.choices.find((c) => c.value === context.text) : undefined;
  return choice?.meaning ? { contents: { kind: MarkupKind.Markdown, value: `\`${choice.value}\`: ${choice.meaning}` }, range } : null;
}

function describeField(field: Field): string {
  const lines = [`**${field.name}**${field.description ? `: ${field.description}` : ''}`];
  if (field.choices.length > 0 && field.choices.length <= 12) {
    lines.push(field.choices.map((c) => `- \`${c.value}\`${c.meaning ? `: ${c.meaning}` : ''}`).join('\n'));
  }
  return lines.join('\n\n');
}

function describeItem(item: PlanItem): string {
  const name = itemName(item);
  const lines = [`${name ? `**${name}**, ` : ''}${KIND_NAME[item.list]} \`${item.id}\` in plan.md`];
  if (item.list === 'supports') {
    const { role, contact } = item.item;
    if (typeof role === 'string') {
      const meaning = fieldAt(fileSchema('plan', '', null), ['supports', ANY_ITEM, 'role'])?.choices.find((c) => c.value === role)?.meaning;
      lines.push(`role: ${role}${meaning ? ` (${meaning})` : ''}`);
    }
    if (typeof contact === 'string') lines.push(`contact: ${contact}`);
  }
  return lines.join('\n\n');
}
