// plan.md's front matter: the assessment, toolbox, people, goals and crisis plan.

import { z } from 'zod';
import { choice, date, duration, id, refs, refsOrText, text, texts, timezone } from './common.js';
import { goal } from './goal.js';
import { recovery } from './recovery.js';
import { shares } from './share-sections.js';

export const trigger = z.object({
  id,
  name: text.meta({ description: 'the trigger in a few words, as the site shows it' }),
  type: choice({
    people: 'certain people, or people in general',
    places: 'places, such as a bar, a street or a shop',
    emotions: 'feelings, such as stress, loneliness or anger',
    situations: 'situations, such as payday, a party or an evening alone',
    physical: 'the body: pain, tiredness, hunger, being unwell',
    thoughts: 'thoughts, such as "just one will not hurt"',
  })
    .optional()
    .meta({ description: 'what kind of trigger it is' }),
  coping: refs.default([]).meta({ description: 'ids of coping strategies that help with this trigger' }),
});

export const warningSign = z.object({
  id,
  name: text.meta({ description: 'the sign in a few words, such as Skipping meals' }),
  action: refs.default([]).meta({ description: 'ids of coping strategies or supports to turn to' }),
});

export const coping = z.object({
  id,
  name: text.meta({ description: 'the strategy in a few words, such as Urge surfing' }),
  type: choice({
    internal: 'something I do on my own, in my head: breathing, urge surfing, a mantra',
    social: 'being with or reaching out to someone',
    activity: 'something to do: a walk, cooking, music',
    professional: 'help from a professional or a service',
  })
    .optional()
    .meta({ description: 'what kind of strategy it is' }),
});

export const resource = z.object({
  id,
  name: text.meta({ description: 'the name of the service, group or resource' }),
  type: choice({
    professional: 'a therapist, counsellor or other professional service',
    'support-group': 'a mutual-help group, such as a 12-step or SMART Recovery meeting',
    'self-help': 'a book, app, course or website to use on my own',
    community: 'a community place or activity: a club, a class, a faith group',
    'crisis-line': 'a helpline or crisis line to call or text',
    medical: 'a doctor, clinic, pharmacy or treatment service',
    other: 'anything else that helps',
  }).meta({ description: 'what kind of resource it is' }),
  contact: text.optional().meta({ description: 'phone, email or address' }),
  when: text.optional().meta({ description: 'opening or meeting times, such as Tuesdays 7pm' }),
  url: text.optional().meta({ description: 'a web address' }),
  notes: text.optional().meta({ description: 'anything else worth remembering about it' }),
});

export const support = z.object({
  id,
  name: text.meta({ description: 'their name, or how you call them' }),
  role: choice({
    sponsor: 'a sponsor or mentor in a mutual-help group',
    therapist: 'a therapist or psychologist',
    counselor: 'a counsellor or key worker',
    peer: 'a peer in recovery',
    friend: 'a friend',
    family: 'a member of the family',
    doctor: 'a doctor or nurse',
    other: 'someone else who supports you',
  }).meta({ description: 'who they are to you' }),
  contact: text.optional().meta({ description: 'how to reach them: a phone number, an email' }),
  check_in_every: duration.optional().meta({ description: 'how often to be in touch, such as 1w' }),
  shares,
});

export const emergency = z.object({
  name: text.meta({ description: 'who to call, such as Emergency services or a crisis line' }),
  phone: text.optional().meta({ description: 'the number to call; write it in quotes, such as "999", so it stays text' }),
  text: text
    .regex(/^\+?[0-9][0-9 ]*$/, { message: 'must be a number to text: digits and spaces, with + at the start for a country code' })
    .optional()
    .meta({ description: 'a number to text, such as 85258: shown as "Text 85258" with a link that opens messages' }),
  text_message: text.optional().meta({ description: 'what to send to the text number, such as SHOUT: shown as "Text SHOUT to 85258"' }),
  url: text.optional().meta({ description: 'a web address, such as a crisis chat' }),
}).refine((line) => line.text_message === undefined || line.text !== undefined, {
  message: 'needs a number to send it to: add text beside it, such as text: "85258"',
  path: ['text_message'],
});

export const crisis = z.object({
  warning_signs: refsOrText.default([]).meta({ description: 'step 1, signs that a crisis may be coming: ids from warning_signs, or your own words' }),
  coping: refsOrText.default([]).meta({ description: 'step 2, things I can do on my own: ids from coping, or your own words' }),
  distractions: texts.default([]).meta({ description: 'step 3, people and places that take my mind off things' }),
  contacts: refsOrText.default([]).meta({ description: 'step 4, people I can ask for help: ids from supports, or names' }),
  professionals: refsOrText.default([]).meta({ description: 'step 5, clinicians and services: ids from resources, or names' }),
  emergency: z.array(emergency).default([]).meta({ description: 'emergency numbers, shown as links that call' }),
  safe_environment: texts.default([]).meta({ description: 'step 6, steps to make my surroundings safe' }),
  reasons_to_live: texts.default([]).meta({ description: 'what matters most to me, and is worth living for' }),
  public: z.boolean().default(false).meta({ description: 'publish the crisis page unencrypted when the site is encrypted' }),
});

export const planFields = z.object({
  title: text.meta({ description: "the plan's title, shown on the site" }),
  person: text.optional().meta({ description: 'how the site addresses you (a pseudonym is fine)' }),
  started: date.optional().meta({ description: 'your recovery start date' }),
  timezone: timezone.optional(),
  review_every: duration.default('30d'),
  cost_per_day: z.number().min(0).max(1e9).optional().meta({ description: 'what the habit cost per day, for money saved' }),
  currency: z.string().regex(/^[A-Z]{3}$/).default('USD').meta({ description: 'ISO 4217 code, such as GBP, EUR or USD' }),
  recovery: recovery.default({ tracks_use: true }).meta({ description: 'what the plan is recovery from, and how the site and report speak of it' }),
  strengths: texts.default([]).meta({ description: 'what I am good at, and what I have going for me' }),
  challenges: texts.default([]).meta({ description: 'what is hard for me now' }),
  growth_areas: texts.default([]).meta({ description: 'what I want to grow or get better at' }),
  values: texts.default([]).meta({ description: 'what matters most to me, most important first' }),
  reasons: texts.default([]).meta({ description: 'why I am doing this' }),
  daily: texts.default([]).meta({ description: 'what I do every day to stay well' }),
  triggers: z.array(trigger).default([]).meta({ description: 'what sets me off: each with an id, a name and what helps' }),
  warning_signs: z.array(warningSign).default([]).meta({ description: 'early signs that things are slipping, and what to turn to' }),
  coping: z.array(coping).default([]).meta({ description: 'my toolbox: coping strategies, each with an id' }),
  resources: z.array(resource).default([]).meta({ description: 'services, groups and other help, each with an id' }),
  supports: z.array(support).default([]).meta({ description: 'the people I check in with, each with an id' }),
  goals: z.array(goal).default([]).meta({ description: 'SMART goals: specific, measurable, achievable, relevant, time-bound' }),
  crisis: crisis.meta({ description: 'my crisis plan, step by step (the Stanley-Brown safety plan)' }).default({
    warning_signs: [],
    coping: [],
    distractions: [],
    contacts: [],
    professionals: [],
    emergency: [],
    safe_environment: [],
    reasons_to_live: [],
    public: false,
  }),
});

export type PlanFields = z.infer<typeof planFields>;
export type Trigger = z.infer<typeof trigger>;
export type WarningSign = z.infer<typeof warningSign>;
export type Coping = z.infer<typeof coping>;
export type Resource = z.infer<typeof resource>;
export type Support = z.infer<typeof support>;
export type Crisis = z.infer<typeof crisis>;
export type Emergency = z.infer<typeof emergency>;
