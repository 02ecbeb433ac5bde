// The commented review that `waymark new review` writes.

export function reviewTemplate(date: string, schemaPath: string, supports: string[]): string {
  return `---
# yaml-language-server: $schema=${schemaPath}
# Review of ${date}: look back together, then change plan.md as you decide.
with: []            # who took part: ${supports.length > 0 ? `any of ${supports.join(', ')}, or names` : 'names, or ids from supports'}
went_well: []       # what went well
hard: []            # what was hard
changes: []         # what you decided to change in the plan
recovery_capital:   # optional: your BARC-10 total, 10 to 60
next:               # when to review again (YYYY-MM-DD); empty: after review_every
---

How is the plan working for me?
`;
}
