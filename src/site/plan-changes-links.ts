// Links from other pages to the history page: the versions that changed one goal, and the plan's latest change.

import type { AnalysedPlan } from './analysed-plan.js';
import { formatCount, formatDate } from './format-figures.js';
import { versionAnchor } from './history-view.js';
import { pagePaths, relativeHref } from './page-paths.js';

export interface ChangeLink {
  date: string;
  text: string;
  href: string;
}

/** Each change to the goal `id`, newest first, in words, linked to its version. */
export function goalChanges(input: AnalysedPlan, id: string, fromPath: string): ChangeLink[] {
  const versions = input.history?.versions ?? [];
  const page = pagePaths.history(input.plan.slug);
  const links: ChangeLink[] = [];
  for (let i = versions.length - 1; i >= 0; i--) {
    const version = versions[i]!;
    version.changes.forEach((change, index) => {
      if (change.list === 'goals' && change.id === id) links.push({ date: formatDate(version.date), text: version.words[index]!, href: relativeHref(fromPath, page, versionAnchor(version)) });
    });
  }
  return links;
}

/** "Your plan last changed on 20 October 2026: 2 changes.", linked to that version; null before any change. */
export function latestChange(input: AnalysedPlan, fromPath: string): ChangeLink | null {
  const versions = input.history?.versions ?? [];
  const latest = versions.findLast((version) => version.changes.length > 0);
  if (!latest) return null;
  const when = latest.commit === null ? 'Your plan has changes not yet committed' : `Your plan last changed on ${formatDate(latest.date)}`;
  return { date: formatDate(latest.date), text: `${when}: ${formatCount(latest.changes.length, 'change')}. See how the weeks before and after went`, href: relativeHref(fromPath, pagePaths.history(input.plan.slug), versionAnchor(latest)) };
}
