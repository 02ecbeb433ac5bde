// The ids and metrics of a plan, read leniently from plan.md, for the hints in a new check-in or review.

import type { LoadedPlan } from '../load/load-plans.js';
import { isRecord } from '../validate/field-label.js';
import { idSets, rawList } from '../validate/raw-plan.js';
import type { CheckinHints } from './checkin-template.js';

export function checkinHints(plan: LoadedPlan): CheckinHints {
  const data = plan.plan?.data;
  const ids = idSets(data);
  const metrics: CheckinHints['metrics'] = [];
  for (const { id, item } of rawList(data, 'goals')) {
    const measure = item.measure;
    if (!isRecord(measure) || typeof measure.metric !== 'string' || metrics.some((m) => m.name === measure.metric)) continue;
    metrics.push({ name: measure.metric, goal: id ?? measure.metric, unit: typeof measure.unit === 'string' ? measure.unit : undefined });
  }
  const recovery = isRecord(data) ? data.recovery : undefined;
  const from = isRecord(recovery) && typeof recovery.from === 'string' ? recovery.from : 'use';
  return {
    use: isRecord(recovery) && recovery.tracks_use === false ? null : from,
    triggers: [...ids.triggers],
    warningSigns: [...ids.warning_signs],
    coping: [...ids.coping],
    supports: [...ids.supports],
    metrics,
  };
}

export function planTimezone(plan: LoadedPlan): string | undefined {
  const data = plan.plan?.data;
  const zone = isRecord(data) ? data.timezone : undefined;
  return typeof zone === 'string' ? zone : undefined;
}
