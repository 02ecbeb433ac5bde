// Go to definition: from an id anywhere in a plan's files to the item's id in plan.md.

import type { Location } from 'vscode-languageserver/node';
import type { Source } from '../load/read-source.js';
import { findItem, idLists, idSpan } from './plan-ids.js';
import type { PlanFileKind } from './plan-folder.js';
import { rangeOf } from './positions.js';
import type { CursorContext } from './yaml-context.js';

export function definition(context: CursorContext, kind: PlanFileKind, plan: Source | null, planUri: string): Location | null {
  if (context.role === 'key' || context.text === '' || !plan) return null;
  const lists = idLists(kind, context.role, context.path);
  const item = lists ? findItem(plan, context.text, lists) : undefined;
  return item ? { uri: planUri, range: rangeOf(idSpan(plan, item)) } : null;
}
