// Reviews' standard questionnaires, answered item by item in their published order: PHQ-9, GAD-7 and BARC-10.

import { z } from 'zod';

export interface Questionnaire {
  /** The field name under `measures`. */
  key: 'phq9' | 'gad7' | 'barc10';
  name: string;
  /** What it asks about, in plain words. */
  about: string;
  min: number;
  max: number;
  /** Each item's text, shortened, in the published order. */
  items: readonly string[];
  /** How each answer is scored. */
  answers: string;
}

export const PHQ9: Questionnaire = {
  key: 'phq9',
  name: 'PHQ-9',
  about: 'depression',
  min: 0,
  max: 3,
  answers: 'over the last 2 weeks: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day',
  items: [
    'little interest or pleasure in doing things',
    'feeling down, depressed or hopeless',
    'trouble falling or staying asleep, or sleeping too much',
    'feeling tired or having little energy',
    'poor appetite or overeating',
    'feeling bad about yourself, or that you have let yourself or your family down',
    'trouble concentrating on things, such as reading or watching television',
    'moving or speaking so slowly that others could notice, or being so fidgety or restless that you move around a lot more than usual',
    'thoughts that you would be better off dead, or of hurting yourself',
  ],
};

export const GAD7: Questionnaire = {
  key: 'gad7',
  name: 'GAD-7',
  about: 'anxiety',
  min: 0,
  max: 3,
  answers: 'over the last 2 weeks: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day',
  items: [
    'feeling nervous, anxious or on edge',
    'not being able to stop or control worrying',
    'worrying too much about different things',
    'trouble relaxing',
    'being so restless that it is hard to sit still',
    'becoming easily annoyed or irritable',
    'feeling afraid, as if something awful might happen',
  ],
};

export const BARC10: Questionnaire = {
  key: 'barc10',
  name: 'BARC-10',
  about: 'recovery capital',
  min: 1,
  max: 6,
  answers: '1 strongly disagree, 2 disagree, 3 somewhat disagree, 4 somewhat agree, 5 agree, 6 strongly agree',
  items: [
    'there are more important things to me in life than using substances',
    'in general I am happy with my life',
    'I have enough energy to complete the tasks I set myself',
    'I am proud of the community I live in and feel part of it',
    'I get lots of support from friends',
    'I regard my life as challenging and fulfilling without the need for using drugs or alcohol',
    'my living space has helped to drive my recovery journey',
    'I take full responsibility for my actions',
    'I am happy dealing with a range of professional people',
    'I am making good progress on my recovery journey',
  ],
};

export const QUESTIONNAIRES: readonly Questionnaire[] = [PHQ9, GAD7, BARC10];

/** Marks a custom issue whose message is a whole sentence about the value at its path. */
export const SENTENCE = 'sentence';

function answers(questionnaire: Questionnaire) {
  const count = questionnaire.items.length;
  return z
    .array(z.int().min(questionnaire.min).max(questionnaire.max))
    .superRefine((items, context) => {
      if (items.length === count) return;
      const extra = items.length > count;
      context.addIssue({
        code: 'custom',
        path: extra ? [count] : [],
        params: { rule: SENTENCE },
        message: extra
          ? `is answer ${count + 1}, but ${questionnaire.name} has ${count} items: remove the extra ${items.length - count === 1 ? 'answer' : 'answers'}`
          : `has ${items.length} ${items.length === 1 ? 'answer' : 'answers'}, but ${questionnaire.name} has ${count} items: answer each one, in the published order (see 'waymark new review')`,
      });
    })
    // The count is checked above, in words; editors get it from the JSON Schema's minItems and maxItems.
    .meta({ description: `${questionnaire.name} (${questionnaire.about}): ${count} answers, each ${questionnaire.min} to ${questionnaire.max} (${questionnaire.answers})`, minItems: count, maxItems: count });
}

export const measures = z.object({
  phq9: answers(PHQ9).optional(),
  gad7: answers(GAD7).optional(),
  barc10: answers(BARC10).optional(),
});

export type Measures = z.infer<typeof measures>;
