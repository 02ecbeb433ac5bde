// The triggers and coping page: how often each trigger came, cravings and use on those days, and which strategies went with fewer days of use.

import type { CopingReport } from '../analyze/triggers.js';
import { recoveryWords } from '../analyze/recovery-words.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { barsChart } from './chart-bars.js';
import { formatCount, formatMean, formatPercent } from './format-figures.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { anchorId, pagePaths, relativeHref } from './page-paths.js';
import { planNames } from './plan-names.js';
import type { Chart } from './svg-chart.js';
import { capitalised } from '../words/capitalised.js';

/** The fewest check-ins on each side before a strategy's comparison is shown. */
export const MIN_COMPARED = 5;

export interface NamedLink {
  text: string;
  href: string;
}

export interface TriggersView {
  frame: PageFrame;
  chart: Chart | null;
  /** The table's columns after the trigger's name; no days of use for a plan that does not count them. */
  columns: string[];
  tracksUse: boolean;
  triggers: { anchor: string; name: string; type: string | null; count: string; count30: string; craving: string; useRate: string; coping: NamedLink[] }[];
  warningSigns: { anchor: string; name: string; actions: NamedLink[] }[];
  coping: { anchor: string; name: string; type: string | null; count: string; count30: string; turnedTo: string; comparison: string | null }[];
  comparisons: number;
}

const TYPE_WORDS: Record<string, string> = {
  people: 'People',
  places: 'Places',
  emotions: 'Feelings',
  situations: 'Situations',
  physical: 'Body',
  thoughts: 'Thoughts',
  internal: 'On my own',
  social: 'With others',
  activity: 'Activity',
  professional: 'Professional help',
};

export function triggersView(input: AnalysedPlan): TriggersView {
  const { plan, report } = input;
  const path = pagePaths.triggers(plan.slug);
  const names = planNames(plan.fields);
  const words = recoveryWords(plan.fields);
  const copingLink = (id: string): NamedLink => ({ text: names.of('coping', id), href: relativeHref(path, path, anchorId('coping', id)) });
  const actionLink = (id: string): NamedLink =>
    names.has('supports', id) ? { text: names.of('supports', id), href: relativeHref(path, pagePaths.people(plan.slug), anchorId('support', id)) } : copingLink(id);

  const triggers = plan.fields.triggers.map((trigger, i) => {
    const figures = report.triggers[i];
    return {
      anchor: anchorId('trigger', trigger.id),
      name: trigger.name,
      type: trigger.type ? (TYPE_WORDS[trigger.type] ?? trigger.type) : null,
      count: String(figures?.count ?? 0),
      count30: String(figures?.count_30 ?? 0),
      craving: formatMean(figures?.avg_craving ?? null),
      useRate: formatPercent(figures?.use_rate ?? null),
      coping: trigger.coping.map(copingLink),
    };
  });
  const coping = plan.fields.coping.map((strategy, i) => {
    const figures = report.coping[i];
    return {
      anchor: anchorId('coping', strategy.id),
      name: strategy.name,
      type: strategy.type ? (TYPE_WORDS[strategy.type] ?? strategy.type) : null,
      count: String(figures?.count ?? 0),
      count30: String(figures?.count_30 ?? 0),
      turnedTo: `Turned to on ${formatCount(figures?.count ?? 0, 'day')}, ${figures?.count_30 ?? 0} in the last 30.`,
      comparison: figures && words.tracksUse ? comparison(figures, words.useDay) : null,
    };
  });
  const counted = plan.fields.triggers.map((trigger, i) => ({ label: trigger.name, value: report.triggers[i]?.count ?? 0, recent: report.triggers[i]?.count_30 ?? 0 })).sort((a, b) => b.value - a.value);
  const total = counted.reduce((sum, bar) => sum + bar.value, 0);
  return {
    frame: pageFrame(input, path, 'Triggers and coping', 'triggers'),
    columns: ['Times', 'Last 30 days', 'Average craving', ...(words.tracksUse ? [capitalised(words.useDays)] : []), 'What helps'],
    tracksUse: words.tracksUse,
    chart:
      total === 0
        ? null
        : barsChart(counted, {
            id: 'trigger-frequency',
            title: 'How often each trigger came up',
            description: `Check-ins naming each trigger, most often first: a wide bar for all ${formatCount(total, 'time')}, a thin bar inside it for the last 30 days. The figures are in the table below.`,
            table: { caption: 'How often each trigger came up', columns: ['Trigger', 'All told', 'Last 30 days'], rows: counted.map((bar) => [bar.label, String(bar.value), String(bar.recent)]) },
          }),
    triggers,
    warningSigns: plan.fields.warning_signs.map((sign) => ({ anchor: anchorId('warning', sign.id), name: sign.name, actions: sign.action.map(actionLink) })),
    coping,
    comparisons: coping.filter((entry) => entry.comparison !== null).length,
  };
}

/** "A day of use on 5% of 20 triggered days with it, and on 33% of 12 without", only when both sides have at least 5 days. */
function comparison(figures: CopingReport, useDay: string): string | null {
  if (figures.n_with < MIN_COMPARED || figures.n_without < MIN_COMPARED) return null;
  return `On days with a trigger, a ${useDay} came on ${formatPercent(figures.use_rate_with)} of ${formatCount(figures.n_with, 'day')} with it, and on ${formatPercent(figures.use_rate_without)} of ${formatCount(figures.n_without, 'day')} without it.`;
}
