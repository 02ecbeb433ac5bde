// The commented check-in that `waymark new checkin` writes: every field, with the plan's own ids as hints.

export interface CheckinHints {
  triggers: string[];
  warningSigns: string[];
  coping: string[];
  supports: string[];
  metrics: { name: string; goal: string; unit: string | undefined }[];
  /** What a day of use is called in the plan's words ("gambling"), or null when the plan counts none (`tracks_use: false`). */
  use: string | null;
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
${hints.use === null ? '' : `used:           # true if today was a day of ${hints.use}, false if not\n`}difficulty:     # easy, ok, hard or very-hard
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
