// The commented check-in that `waymark new checkin` writes: every field, with the plan's own ids as hints.

export interface CheckinHints {
  triggers: string[];
  warningSigns: string[];
  coping: string[];
  supports: string[];
  metrics: { name: string; goal: string; unit: string | undefined }[];
}

export function checkinTemplate(date: string, schemaPath: string, hints: CheckinHints): string {
  const any = (ids: string[]) => (ids.length > 0 ? `any of: ${ids.join(', ')}` : 'none in plan.md yet');
  const metrics = hints.metrics
    .map((m) => `${`${m.name}:`.padEnd(16)}# for goal '${m.goal}'${m.unit ? ` (${m.unit})` : ''}`)
    .join('\n');
  return `---
# yaml-language-server: $schema=${schemaPath}
# Check-in for ${date}. Fill in what you like; empty fields are simply not recorded.
mood:           # 1 very low, 2 low, 3 okay, 4 good, 5 very good
craving:        # strongest urge today, 0 (none) to 10
used:           # true if today was a day of use, false if not
difficulty:     # easy, ok, hard or very-hard
sleep:          # hours of sleep
triggers: []    # ${any(hints.triggers)}
warning_signs: []  # ${any(hints.warningSigns)}
coping: []      # ${any(hints.coping)}
contacted: []   # ${any(hints.supports)}
gratitude: []   # a few things I am grateful for
${metrics ? `${metrics}\n` : ''}---

How did today go?
`;
}
