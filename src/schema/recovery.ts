// plan.md's `recovery`: what the plan is recovery from, whether there is a behaviour to count days free of, and the counter's name.

import { z } from 'zod';
import { text } from './common.js';

export const recovery = z.object({
  from: text.optional().meta({ description: 'what the plan is recovery from, in your words, such as gambling, alcohol or self-harm' }),
  tracks_use: z
    .boolean()
    .default(true)
    .meta({ description: 'false when there is no behaviour to count days free of (recovery from depression, say): no day counter, no money saved, no used in check-ins' }),
  counter: text.optional().meta({ description: 'how the day count is named, such as "days sober" or "days gamble-free"; default "days free of <from>"' }),
});

export type Recovery = z.infer<typeof recovery>;
