// What a support may see in a shared summary (`waymark share`), section by section, in the order the summary shows them.

import { z } from 'zod';
import { choice } from './common.js';

export const shareSection = choice({
  recovery: 'the day count, longest stretch and a day-by-day calendar of the range',
  checkins: 'how many check-ins, and mood and craving week by week',
  goals: 'each active goal with its status and progress',
  triggers: 'the triggers seen most, and how coping went',
  measures: 'PHQ-9, GAD-7 and BARC-10 totals from reviews',
  crisis: 'the crisis plan',
});

export type ShareSection = z.infer<typeof shareSection>;

/** Every section, in the summary's order. */
export const SHARE_SECTIONS = shareSection.options;

export const shares = z
  .array(shareSection)
  .default([])
  .meta({ description: 'what this person may see in a summary made with waymark share: recovery, checkins, goals, triggers, measures, crisis; never the journal' });
