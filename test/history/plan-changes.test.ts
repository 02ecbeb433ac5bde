// Changes between two versions of plan.md: single values, lists by id, by text and by name, field by field.

import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/history/parse-version.js';
import { planChanges } from '../../src/history/plan-changes.js';
import { changeWords } from '../../src/history/change-words.js';
import type { PlanFields } from '../../src/schema/plan.js';

const plan = (yaml: string): PlanFields => {
  const fields = parsePlanText(`---\n${yaml}\n---\n`);
  if (!fields) throw new Error(`not a valid plan:\n${yaml}`);
  return fields;
};

const BEFORE = plan(`title: My plan
currency: GBP
coping: [{ id: walk, name: Walk }, { id: call-jo, name: Call Jo }]
supports: [{ id: jo, name: Jo, role: friend }]
goals:
  - id: savings
    title: Save for a bike
    steps: [{ do: Open an account }]
crisis:
  distractions: [The park]
  emergency: [{ name: Samaritans, phone: "116 123" }]`);

const AFTER = plan(`title: My recovery plan
person: Sam
coping: [{ id: walk, name: Walk }, { id: call-jo, name: Call Jo }]
supports: [{ id: jo, name: Jo, role: friend, check_in_every: 1w }]
warning_signs: [{ id: skipping-meals, name: Skipping meals, action: [walk, jo] }]
goals:
  - id: savings
    title: Save for a bike
    measure: { metric: saved, target: 300, unit: GBP }
    steps: [{ do: Open an account, done: 2026-10-02 }, { do: Set up a standing order }]
crisis:
  distractions: [The park, The library]
  emergency: [{ name: Samaritans, phone: "116 123", text: "85258" }]
  public: true`);

describe('planChanges', () => {
  it('lists single values, then each list in the contract order, then by id', () => {
    expect(planChanges(BEFORE, AFTER)).toEqual([
      { list: 'plan', id: 'title', change: 'changed', fields: { title: { from: 'My plan', to: 'My recovery plan' } } },
      { list: 'plan', id: 'currency', change: 'changed', fields: { currency: { from: 'GBP', to: 'USD' } } },
      { list: 'plan', id: 'person', change: 'added' },
      { list: 'plan', id: 'crisis.public', change: 'changed', fields: { 'crisis.public': { from: false, to: true } } },
      { list: 'warning_signs', id: 'skipping-meals', change: 'added' },
      { list: 'supports', id: 'jo', change: 'changed', fields: { check_in_every: { from: null, to: '1w' } } },
      {
        list: 'goals',
        id: 'savings',
        change: 'changed',
        fields: {
          'measure.metric': { from: null, to: 'saved' },
          'measure.target': { from: null, to: 300 },
          'measure.per': { from: null, to: 'total' },
          'measure.direction': { from: null, to: 'at_least' },
          'measure.unit': { from: null, to: 'GBP' },
          steps: { from: [{ do: 'Open an account' }], to: [{ do: 'Open an account', done: '2026-10-02' }, { do: 'Set up a standing order' }] },
        },
      },
      { list: 'crisis.distractions', id: 'The library', change: 'added' },
      { list: 'crisis.emergency', id: 'Samaritans', change: 'changed', fields: { text: { from: null, to: '85258' } } },
    ]);
  });

  it('says each change in words, naming what ids stand for', () => {
    expect(planChanges(BEFORE, AFTER).map((change) => changeWords(change, BEFORE, AFTER))).toEqual([
      'Changed the plan’s title from My plan to My recovery plan',
      'Changed the currency from GBP to USD',
      'Set the name the site calls you: Sam',
      'Changed whether the crisis plan stays readable in an encrypted site from no to yes',
      'Added a warning sign: Skipping meals, turning to: Walk, Jo',
      'Changed the details of Jo: how often to be in touch set to 1w',
      'Changed the goal “Save for a bike”: what it counts set to saved; target set to 300; period set to total; direction set to at least; unit set to GBP; steps added Set up a standing order; done: Open an account',
      'Added a distraction to the crisis plan: The library',
      'Changed the emergency number Samaritans: text set to 85258',
    ]);
  });

  it('finds nothing between versions that differ only in comments, spacing and the order of keys', () => {
    const tidied = plan(`# A comment
crisis:
  emergency:
    - phone: "116 123"
      name: Samaritans
  distractions: [ The park ]
goals:
  - title: Save for a bike
    id: savings
    steps:
      - do: Open an account
supports: [{ role: friend, name: Jo, id: jo }]
coping: [{ id: walk, name: Walk }, { id: call-jo, name: Call Jo }]
currency: GBP
title: "My plan"`);
    expect(planChanges(BEFORE, tidied)).toEqual([]);
  });
});
