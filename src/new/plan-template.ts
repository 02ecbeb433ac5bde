// The commented plan.md that `waymark new plan` writes: every field, with what it is for.

import { stringify } from 'yaml';

/** `name` (from `waymark init --name`) fills in the title and how the site greets the person. */
export function planTemplate(slug: string, today: string, schemaPath: string, name?: string): string {
  const text = (value: string) => stringify(value).trimEnd();
  const title = name === undefined ? 'My recovery plan' : text(`${name}'s recovery plan`);
  const person = `person: ${name === undefined ? '' : text(name)} `.padEnd(28);
  return `---
# yaml-language-server: $schema=${schemaPath}
# Your recovery support plan. Lines starting with # are notes for you; Waymark ignores them.
# Fill in what fits you now and come back to the rest: the plan grows with you.
# Check it at any time with: waymark check
title: ${title}
${person}# how the site greets you; a first name or a pseudonym
started: ${today}         # your start date (YYYY-MM-DD): days count from here
timezone:                   # such as Europe/London; leave empty to use this computer's
review_every: 30d           # how often to review the plan: 30d, 2w, 1m...
cost_per_day:               # what the habit cost per day, to count money saved
currency:                   # your currency's code, such as GBP, EUR or USD
recovery:
  from:                     # what this plan is recovery from, in your words: alcohol, gambling, self-harm...
  counter:                  # how the site names the day count, such as: days sober; default: days free of ...
  tracks_use: true          # false when there is nothing to count days free of (recovery from depression, say)

# 1. Where I am: strengths, challenges, what I want to grow
strengths:
  - I ask for help when I need it
challenges:
  - Evenings alone
growth_areas:
  - Sleeping better
values:                     # what matters most, most important first
  - My family
reasons:                    # why I am doing this
  - To be present for the people I love
daily:                      # what I do every day to stay well
  - A short walk in the morning

# 2. What sets me off, and what helps
triggers:
  - id: evenings-alone      # ids: lowercase letters, digits and hyphens
    name: Evenings alone
    type: situations        # people, places, emotions, situations, physical or thoughts
    coping: [call-someone]  # ids from coping below
warning_signs:              # early signs that things are slipping
  - id: skipping-meals
    name: Skipping meals
    action: [call-someone]  # ids from coping or supports
coping:                     # my toolbox
  - id: call-someone
    name: Call someone I trust
    type: social            # internal, social, activity or professional

# 3. Who and what supports me
resources:
  - id: local-group
    name: A local support group
    type: support-group     # professional, support-group, self-help, community, crisis-line, medical or other
    when: Tuesdays 7pm
supports:                   # people I check in with
  - id: friend
    name: A friend
    role: friend            # sponsor, therapist, counselor, peer, friend, family, doctor or other
    check_in_every: 1w      # how often to be in touch: 3d, 1w, 1m...

# 4. SMART goals: specific, measurable, achievable, relevant, time-bound
goals:
  - id: weekly-group
    title: Go to a support group every week
    horizon: short          # short or long
    priority: 1             # 1 (highest) to 5
    why: Being with people who understand keeps me going
    measure:
      metric: meetings      # a number you write in your check-ins (meetings: 1)
      target: 1
      per: week             # day, week, month or total
      direction: at_least   # at_least or at_most
    due:                    # the date to reach it by (YYYY-MM-DD)
    supports: [friend]
    resources: [local-group]
    steps:
      - do: Find a group that meets near me
        due:
        done:

# 5. My crisis plan, step by step. In an emergency, call your local emergency number.
crisis:
  warning_signs: [skipping-meals]   # ids from warning_signs, or your own words
  coping: [call-someone]            # things I can do on my own
  distractions: []                  # people and places that take my mind off things
  contacts: [friend]                # people I can ask for help
  professionals: []                 # clinicians and services
  emergency:
    - name: Emergency services
      phone: "112"
  safe_environment: []              # steps to make my surroundings safe
  reasons_to_live: []               # what matters most to me
  public: false                     # true: publish this page unencrypted on an encrypted site
---

# Why I am doing this

Write here, in your own words, what you want your life to look like.
`;
}
