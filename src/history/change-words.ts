// Each change to the plan as a sentence a person reads: "Added a trigger: Payday, with coping: Walk".

import { isCalendarDate } from '../schema/common.js';
import type { PlanFields } from '../schema/plan.js';
import { formatDate, formatNumber } from '../site/format-figures.js';
import { planNames, type ListName } from '../site/plan-names.js';
import type { Change, FieldChange } from './plan-changes.js';
import { valueAt } from '../validate/describe-schema.js';

/** Each list's entry, with its article, and the same entry named definitely. */
const NOUNS: Record<string, [string, string]> = {
  triggers: ['a trigger', 'the trigger'],
  warning_signs: ['a warning sign', 'the warning sign'],
  coping: ['a coping strategy', 'the coping strategy'],
  resources: ['a resource', 'the resource'],
  supports: ['a person who supports you', 'the details of'],
  goals: ['a goal', 'the goal'],
  strengths: ['a strength', 'the strength'],
  challenges: ['a challenge', 'the challenge'],
  growth_areas: ['an area to grow in', 'the area to grow in'],
  values: ['a value', 'the value'],
  reasons: ['a reason', 'the reason'],
  daily: ['a daily practice', 'the daily practice'],
  'crisis.warning_signs': ['a warning sign to the crisis plan', 'the crisis plan’s warning sign'],
  'crisis.coping': ['something to do on your own to the crisis plan', 'the crisis plan’s coping step'],
  'crisis.distractions': ['a distraction to the crisis plan', 'the crisis plan’s distraction'],
  'crisis.contacts': ['a person to ask for help to the crisis plan', 'the crisis plan’s contact'],
  'crisis.professionals': ['a professional to the crisis plan', 'the crisis plan’s professional'],
  'crisis.emergency': ['an emergency number to the crisis plan', 'the emergency number'],
  'crisis.safe_environment': ['a step to keep your surroundings safe to the crisis plan', 'the crisis plan’s safety step'],
  'crisis.reasons_to_live': ['a reason to live to the crisis plan', 'the crisis plan’s reason to live'],
};

const PLAN_LABELS: Record<string, string> = {
  title: 'the plan’s title',
  started: 'your start date',
  review_every: 'how often you review',
  cost_per_day: 'the cost per day',
  currency: 'the currency',
  timezone: 'the time zone',
  person: 'the name the site calls you',
  'crisis.public': 'whether the crisis plan stays readable in an encrypted site',
};

const FIELD_LABELS: Record<string, string> = {
  due: 'due date',
  start: 'start date',
  why: 'why it matters',
  action: 'what to turn to',
  check_in_every: 'how often to be in touch',
  'measure.target': 'target',
  'measure.metric': 'what it counts',
  'measure.per': 'period',
  'measure.direction': 'direction',
  'measure.unit': 'unit',
};

/** Fields that hold ids of another list, so the sentence names them. */
const REFERENCES: Record<string, ListName[]> = {
  coping: ['coping'],
  action: ['coping', 'supports'],
  resources: ['resources'],
  supports: ['supports'],
};

/** `before` and `after` are the two readable versions compared. */
export function changeWords(change: Change, before: PlanFields, after: PlanFields): string {
  if (change.list === 'plan') return planFieldWords(change, before, after);
  const fields = change.change === 'removed' ? before : after;
  const [noun, definite] = NOUNS[change.list] ?? [`an entry to ${change.list}`, `the entry of ${change.list}`];
  const name = itemName(change.list, change.id, fields);
  switch (change.change) {
    case 'added': {
      const details = addedDetails(change.list, change.id, after);
      return `Added ${noun}: ${name}${details}`;
    }
    case 'removed':
      return `Removed ${noun.replace(/ to the crisis plan$/, ' from the crisis plan')}: ${name}`;
    case 'changed': {
      const parts = Object.entries(change.fields ?? {}).map(([path, values]) => fieldWords(path, values, before, after));
      return `Changed ${definite} ${name}: ${parts.join('; ')}`;
    }
  }
}

function planFieldWords(change: Change, before: PlanFields, after: PlanFields): string {
  const label = PLAN_LABELS[change.id] ?? change.id.replaceAll('_', ' ').replaceAll('.', ': ');
  const from = valueWords(change.id, valueAt(before, change.id.split('.')), before);
  const to = valueWords(change.id, valueAt(after, change.id.split('.')), after);
  if (change.change === 'added') return `Set ${label}: ${to}`;
  if (change.change === 'removed') return `Took out ${label} (it was ${from})`;
  return `Changed ${label} from ${from} to ${to}`;
}

function itemName(list: string, id: string, fields: PlanFields): string {
  if (list === 'goals') return `“${fields.goals.find((goal) => goal.id === id)?.title ?? id}”`;
  const entries = valueAt(fields, list.split('.'));
  if (!Array.isArray(entries)) return id;
  for (const entry of entries as unknown[]) {
    if (typeof entry === 'object' && entry !== null && 'id' in entry && entry.id === id && 'name' in entry) return String(entry.name);
  }
  return id;
}

function addedDetails(list: string, id: string, after: PlanFields): string {
  const names = planNames(after);
  const refs = (ids: string[], lists: ListName[]) => ids.map((ref) => nameOf(ref, lists, names)).join(', ');
  if (list === 'triggers') {
    const coping = after.triggers.find((entry) => entry.id === id)?.coping ?? [];
    return coping.length > 0 ? `, with coping: ${refs(coping, ['coping'])}` : '';
  }
  if (list === 'warning_signs') {
    const action = after.warning_signs.find((entry) => entry.id === id)?.action ?? [];
    return action.length > 0 ? `, turning to: ${refs(action, ['coping', 'supports'])}` : '';
  }
  if (list === 'goals') {
    const due = after.goals.find((entry) => entry.id === id)?.due;
    return due ? `, due ${formatDate(due)}` : '';
  }
  return '';
}

function fieldWords(path: string, { from, to }: FieldChange, before: PlanFields, after: PlanFields): string {
  const label = FIELD_LABELS[path] ?? path.replaceAll('_', ' ').replaceAll('.', ' ');
  if (path === 'steps') return stepsWords(from, to);
  const was = valueWords(path, from, before);
  const now = valueWords(path, to, after);
  if (from === null) return `${label} set to ${now}`;
  if (to === null) return `${label} taken out (it was ${was})`;
  return `${label} from ${was} to ${now}`;
}

function stepsWords(from: unknown, to: unknown): string {
  const was = Array.isArray(from) ? (from as { do: string; done?: string }[]) : [];
  const now = Array.isArray(to) ? (to as { do: string; done?: string }[]) : [];
  const parts: string[] = [];
  const added = now.filter((step) => !was.some((old) => old.do === step.do)).map((step) => step.do);
  const removed = was.filter((step) => !now.some((next) => next.do === step.do)).map((step) => step.do);
  const done = now.filter((step) => step.done && was.some((old) => old.do === step.do && !old.done)).map((step) => step.do);
  if (added.length > 0) parts.push(`added ${added.join(', ')}`);
  if (done.length > 0) parts.push(`done: ${done.join(', ')}`);
  if (removed.length > 0) parts.push(`took out ${removed.join(', ')}`);
  return `steps ${parts.length > 0 ? parts.join('; ') : 'reworded or rescheduled'}`;
}

function valueWords(path: string, value: unknown, fields: PlanFields): string {
  if (value === null || value === undefined) return 'nothing';
  const lists = REFERENCES[path];
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const names = planNames(fields);
    return value.map((item) => (typeof item === 'string' && lists ? nameOf(item, lists, names) : valueWords('', item, fields))).join(', ');
  }
  if (typeof value === 'string') return isCalendarDate(value) ? formatDate(value) : path.startsWith('measure.') || path === 'status' ? value.replaceAll('_', ' ') : value;
  if (typeof value === 'number') return formatNumber(value, 2);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return JSON.stringify(value);
}

function nameOf(id: string, lists: ListName[], names: ReturnType<typeof planNames>): string {
  const list = lists.find((candidate) => names.has(candidate, id));
  return list ? names.of(list, id) : id;
}

