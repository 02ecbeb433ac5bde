// The commented review that `waymark new review` writes.

import { QUESTIONNAIRES, type Questionnaire } from '../schema/measures.js';

export function reviewTemplate(date: string, schemaPath: string, supports: string[]): string {
  return `---
# yaml-language-server: $schema=${schemaPath}
# Review of ${date}: look back together, then change plan.md as you decide.
with: []            # who took part: ${supports.length > 0 ? `any of ${supports.join(', ')}, or names` : 'names, or ids from supports'}
went_well: []       # what went well
hard: []            # what was hard
changes: []         # what you decided to change in the plan
recovery_capital:   # optional: your BARC-10 total, 10 to 60 (or answer barc10 below)
measures:           # optional questionnaires: answer every item in order, such as [0, 1, 0, 2, 1, 0, 0, 1, 0], or leave one empty
${QUESTIONNAIRES.map(questionnaireLines).join('\n')}
next:               # when to review again (YYYY-MM-DD); empty: after review_every
---

How is the plan working for me?
`;
}

function questionnaireLines(questionnaire: Questionnaire): string {
  const items = questionnaire.items.map((item, i) => `  #   ${String(i + 1).padStart(2)}. ${item}`);
  return [`  ${`${questionnaire.key}:`.padEnd(18)}# ${questionnaire.name}, ${questionnaire.about}; ${questionnaire.answers}`, ...items].join('\n');
}
