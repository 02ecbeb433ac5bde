// The root page: the plans in the site, or a link (and a refresh) straight to the only one.

import type { AnalysedPlan } from './analysed-plan.js';
import { recoveryWords } from '../analyze/recovery-words.js';
import { formatNumber } from './format-figures.js';
import { rootFrame, type PageFrame } from './page-frame.js';
import { pagePaths } from './page-paths.js';

export interface RootView {
  frame: PageFrame;
  plans: { title: string; person: string | null; href: string; figure: string | null }[];
  /** The only plan's dashboard, to go straight to; null with several plans or none. */
  redirect: string | null;
}

export function rootView(plans: readonly AnalysedPlan[]): RootView {
  const entries = plans.map(({ plan, report }) => ({
    title: plan.fields.title,
    person: plan.fields.person ?? null,
    href: pagePaths.dashboard(plan.slug),
    figure: report.recovery.days_sober === null ? null : `${formatNumber(report.recovery.days_sober)} ${recoveryWords(plan.fields).counter(report.recovery.days_sober)}`,
  }));
  return {
    frame: rootFrame(plans.length === 1 ? plans[0]!.plan.fields.title : 'Recovery plans'),
    plans: entries,
    redirect: entries.length === 1 ? entries[0]!.href : null,
  };
}
