// The terminal summary of `waymark report`: short, aligned, leading with what needs attention, in warm words.

import type { Plan } from '../schema/model.js';
import { EARLY_WARNING_CODES, type Alert } from '../analyze/alerts.js';
import { bandWords } from '../analyze/measures.js';
import { QUESTIONNAIRES } from '../schema/measures.js';
import type { GoalReport } from '../analyze/goals.js';
import { goalVerdict } from '../analyze/goal-verdict.js';
import { recoveryWords } from '../analyze/recovery-words.js';
import { formatAmountOf } from '../words/amount.js';
import { formatCount, unitFor } from '../words/count.js';
import { formatMoney } from '../words/money.js';
import type { PlanReport } from '../analyze/report.js';
import { showControls as shown } from './show-controls.js';
import { capitalised } from '../words/capitalised.js';

export type Style = 'bold' | 'dim' | 'yellow' | 'green' | 'cyan';
export type Paint = (style: Style, text: string) => string;

const plain: Paint = (_style, text) => text;

export function reportText(plan: Plan, report: PlanReport, paint: Paint = plain): string {
  const lines: string[] = [];
  const heading = (text: string) => {
    lines.push('', paint('bold', text));
  };
  const row = (name: string, value: string, note = '') => {
    const label = name.length > 23 ? `${name.slice(0, 22)}…` : name;
    lines.push(`  ${label.padEnd(24)}${value.padStart(10)}${note ? `   ${paint('dim', note)}` : ''}`);
  };
  const { recovery, checkins, trends } = report;

  // Every string from the plan goes through `shown`: its control characters are shown, not obeyed.
  lines.push(paint('bold', shown(plan.fields.title)) + paint('dim', `  (${shown(plan.slug)}, as of ${report.today})`));

  const attention = report.alerts.map((alert) => alertText(plan, alert));
  if (attention.length > 0) {
    heading('Needs attention');
    for (const text of attention) lines.push(`  ${paint('yellow', '•')} ${text}`);
    if (report.alerts.some((a) => EARLY_WARNING_CODES.includes(a.code))) {
      lines.push(`  ${paint('dim', 'Your crisis plan is on the site, one tap from every page, if you need it.')}`);
    }
  }

  const words = recoveryWords(plan.fields);
  if (words.tracksUse) {
    heading('Recovery');
    if (recovery.days_sober === null) lines.push('  No start date or check-ins yet: add started: to plan.md, or write a first check-in.');
    else {
      const counter = words.counter(recovery.days_sober);
      row(capitalised(counter), String(recovery.days_sober), `since ${recovery.sober_since}`);
      row('Longest stretch', `${recovery.longest_streak}`, unitFor(recovery.longest_streak ?? 0, 'days'));
      if (recovery.next_milestone) row('Next milestone', `${recovery.next_milestone.days}`, `days, on ${recovery.next_milestone.date}`);
      const used = recovery.use_days_30 ? `; ${formatCount(recovery.use_days_30, words.useDay, words.useDays)}` : '';
      row('Free days, last 30', `${recovery.free_days_30}`, `of ${formatCount(recovery.checkin_days_30 ?? 0, 'check-in')}${used}`);
      if (recovery.strength !== null) row('Strength of the habit', `${Math.round(recovery.strength * 100)}%`, 'a setback dents it; it does not reset');
      if (recovery.money_saved !== null) row('Money saved', formatMoney(recovery.money_saved, plan.fields.currency));
    }
  }

  heading('Check-ins');
  if (checkins.count === 0) lines.push('  None yet: start one with `waymark new checkin`.');
  else {
    row('Check-ins', String(checkins.count), `${checkins.first} to ${checkins.last}`);
    row('In a row', String(checkins.streak), unitFor(checkins.streak, 'days'));
    if (checkins.gaps_30 !== null) row('Days missed, last 30', String(checkins.gaps_30));
  }
  // As on the dashboard, a measure no check-in recorded in four weeks (craving, in a plan for depression, say) is left out.
  if (trends.mood_28 !== null) row('Mood, 7 / 28 days', `${mean(trends.mood_7)} / ${mean(trends.mood_28)}`, 'of 5');
  if (trends.craving_28 !== null) row('Craving, 7 / 28 days', `${mean(trends.craving_7)} / ${mean(trends.craving_28)}`, 'of 10');

  if (report.goals.length > 0) {
    heading('Goals');
    const titles = report.goals.map((g) => shown(g.title));
    const width = Math.min(36, Math.max(...titles.map((t) => t.length)));
    for (const [i, goal] of report.goals.entries()) {
      const full = titles[i]!;
      const title = full.length > width ? `${full.slice(0, width - 1)}…` : full.padEnd(width);
      const status = goalVerdict(goal);
      const colour: Style = goal.status === 'done' || goal.status === 'on_track' ? 'green' : goal.status === 'behind' || goal.status === 'missed' ? 'yellow' : 'dim';
      lines.push(`  ${title}  ${paint(colour, status.padEnd(21))}${paint('dim', goalProgress(goal, plan))}`);
    }
  }

  if (report.supports.length > 0) {
    heading('People');
    for (const support of report.supports) {
      const due = support.next_due === null ? '' : support.overdue_days ? `due since ${support.next_due}` : `next by ${support.next_due}`;
      row(shown(support.name), support.last_contact ?? 'no contact yet', due);
    }
  }

  heading('Reviews');
  const reviews = report.reviews;
  row('Last review', reviews.last ?? 'none yet', reviews.next_due ? `next due ${reviews.next_due}` : '');
  for (const questionnaire of QUESTIONNAIRES) {
    const points = report.measures[questionnaire.key];
    const latest = points?.at(-1);
    if (!points || !latest) continue;
    const before = points.at(-2);
    row(questionnaire.name, String(latest.total), [bandWords(latest), `on ${latest.date}`, before ? `(${before.total} on ${before.date})` : ''].filter(Boolean).join(' '));
  }
  return `${lines.join('\n')}\n`;
}

function alertText(plan: Plan, alert: Alert): string {
  const name = (list: { id: string; name: string }[], id: string) => shown(list.find((item) => item.id === id)?.name ?? id);
  switch (alert.code) {
    case 'safety_check':
      return `Your review on ${alert.date} noted thoughts of being better off dead or of hurting yourself. You do not have to hold that alone: your crisis plan is ready, and the people in it want to hear from you.`;
    case 'recent_use':
      return `A ${recoveryWords(plan.fields).useDay} on ${alert.date}. A setback to learn from: what you have built still stands.`;
    case 'warning_sign':
      return `Warning signs this week: ${alert.ids.map((id) => name(plan.fields.warning_signs, id)).join(', ')} (latest ${alert.date}).`;
    case 'craving_rising':
      return 'Cravings have been stronger this week than over the last four. A good time to lean on your coping plan.';
    case 'mood_falling':
      return 'Your mood has been lower this week than over the last four. Be kind to yourself, and reach out.';
    case 'checkin_gap':
      return `No check-in for a few days (the last was ${alert.last}). A short one today is enough.`;
    case 'review_overdue':
      return `Your plan review is ${days(alert.days)} overdue.`;
    case 'contact_overdue':
      return `Time to be in touch with ${name(plan.fields.supports, alert.id)} (due ${days(alert.days)} ago).`;
    case 'step_overdue': {
      const goal = plan.fields.goals.find((g) => g.id === alert.goal);
      return `${formatCount(alert.count, 'step')} of "${shown(goal?.title ?? alert.goal)}" past the date you set.`;
    }
  }
}

function goalProgress(goal: GoalReport, plan: Plan): string {
  const measure = plan.fields.goals.find((g) => g.id === goal.id)?.measure;
  const parts: string[] = [];
  if (measure && goal.progress !== null && goal.current) parts.push(`${formatAmountOf(goal.current.sum, goal.current.target, measure, plan.fields.currency)} (${Math.round(goal.progress * 100)}%)`);
  if (goal.adherence !== null && goal.periods) parts.push(`${goal.periods.filter((p) => p.met).length} of ${formatCount(goal.periods.length, 'period')} met`);
  if (goal.steps_total > 0) parts.push(`${goal.steps_done} of ${formatCount(goal.steps_total, 'step')}`);
  if (goal.due) parts.push(`due ${goal.due}`);
  return parts.join(', ');
}

function mean(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}


function days(n: number): string {
  return formatCount(n, 'day');
}
