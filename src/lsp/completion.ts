// Completion in front matter: the plan's ids inside a reference list, a field's names where a key starts, a field's words where its value goes.

import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver/node';
import type { Source } from '../load/read-source.js';
import { fieldAt, fieldsAt, holdsMappings, type Field } from './field-schema.js';
import { KIND_NAME } from '../validate/raw-plan.js';
import { itemName, planItems, referenceLists } from './plan-ids.js';
import type { PlanFileKind } from './plan-folder.js';
import { lineRange } from './positions.js';
import { ANY_ITEM, type CursorContext } from './yaml-context.js';

export interface CompletionPlace {
  context: CursorContext;
  /** The text of the cursor's line. */
  lineText: string;
  kind: PlanFileKind;
  schema: Record<string, unknown>;
  /** plan.md as the editor has it. */
  plan: Source | null;
}

export function completions(place: CompletionPlace): CompletionItem[] {
  const { context, schema, kind } = place;
  // The whole word under the cursor is replaced, so that completing inside `urge-su` gives `urge-surf`, not `urge-urge-surf`.
  const range = lineRange(context.line, context.start, context.end);
  switch (context.role) {
    case 'key': {
      const present = new Set(context.present.filter((name) => name !== context.name));
      const colon = /^[ \t]*:/.test(place.lineText.slice(context.end));
      return fieldsAt(schema, context.path)
        .filter((field) => !present.has(field.name))
        .map((field) => keyItem(field, range, colon));
    }
    case 'item': {
      const lists = referenceLists(kind, context.path);
      if (lists) {
        const listed = new Set(context.listed);
        return planItems(place.plan, lists)
          .filter((item) => !listed.has(item.id))
          .map((item) => ({
            label: item.id,
            kind: CompletionItemKind.Reference,
            ...(itemName(item) === undefined ? {} : { detail: itemName(item) }),
            documentation: `${KIND_NAME[item.list]} in plan.md`,
            textEdit: { range, newText: item.id },
          }));
      }
      // `- ` in a list of mappings starts an item: its first key is typed here.
      if (holdsMappings(schema, context.path) && !/[:[]/.test(context.text)) return fieldsAt(schema, [...context.path, ANY_ITEM]).map((field) => keyItem(field, range, false));
      return [];
    }
    case 'value': {
      const field = fieldAt(schema, context.path);
      return (field?.choices ?? []).map((choice) => ({
        label: choice.value,
        kind: CompletionItemKind.EnumMember,
        ...(choice.meaning === undefined ? {} : { detail: choice.meaning }),
        textEdit: { range, newText: choice.value },
      }));
    }
  }
}

function keyItem(field: Field, range: Range, colon: boolean): CompletionItem {
  return {
    label: field.name,
    kind: CompletionItemKind.Property,
    ...(field.description === undefined ? {} : { detail: field.description }),
    textEdit: { range, newText: colon ? field.name : `${field.name}: ` },
  };
}
