// The terminal summary of `waymark report`: short, aligned, leading with what needs attention, in warm words.

import type { Plan } from '../schema/model.js';
import { EARLY_WARNING_CODES, type Alert } from '../analyze/alerts.js';
import { bandWords } from '../analyze/measures.js';
import { QUESTIONNAIRES } from '../schema/measures.js';
import type { GoalReport } from '../analyze/goals.js';
import type { PlanReport } from '../analyze/report.js';

export type Style = 'bold' | 'dim' | 'yellow' | 'green' | 'cyan';
export type Paint = (style: Style, text: string) => string;

const plain: Paint = (_style, text) => text;

const STATUS_WORDS: Record<GoalReport['status'], string> = {
  not_started: 'not started yet',
  on_track: 'on track',
  behind: 'a little behind',
  done: 'done',
  missed: 'past its date',
  paused: 'paused',
  dropped: 'set aside',
};

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

  lines.push(paint('bold', `${plan.fields.title}`) + paint('dim', `  (${plan.slug}, as of ${report.today})`));

  const attention = report.alerts.map((alert) => alertText(plan, alert));
  if (attention.length > 0) {
    heading('Needs attention');
    for (const text of attention) lines.push(`  ${paint('yellow', '•')} ${text}`);
    if (report.alerts.some((a) => EARLY_WARNING_CODES.includes(a.code))) {
      lines.push(`  ${paint('dim', 'Your crisis plan is on the site, one tap from every page, if you need it.')}`);
    }
  }

  heading('Recovery');
  if (recovery.days_sober === null) lines.push('  No start date or check-ins yet: add started: to plan.md, or write a first check-in.');
  else {
    row('Days without use', String(recovery.days_sober), `since ${recovery.sober_since}`);
    row('Longest stretch', `${recovery.longest_streak}`, 'days');
    if (recovery.next_milestone) row('Next milestone', `${recovery.next_milestone.days}`, `days, on ${recovery.next_milestone.date}`);
    row('Free days, last 30', `${recovery.free_days_30}`, `of ${recovery.checkin_days_30} check-ins${recovery.use_days_30 > 0 ? `; ${recovery.use_days_30} with use` : ''}`);
    if (recovery.strength !== null) row('Strength of the habit', `${Math.round(recovery.strength * 100)}%`, 'a setback dents it; it does not reset');
    if (recovery.money_saved !== null) row('Money saved', money(recovery.money_saved, plan.fields.currency));
  }

  heading('Check-ins');
  if (checkins.count === 0) lines.push('  None yet: start one with `waymark new checkin`.');
  else {
    row('Check-ins', String(checkins.count), `${checkins.first} to ${checkins.last}`);
    row('In a row', String(checkins.streak), 'days');
    if (checkins.gaps_30 !== null) row('Days missed, last 30', String(checkins.gaps_30));
  }
  if (trends.mood_7 !== null || trends.craving_7 !== null) {
    row('Mood, 7 / 28 days', `${mean(trends.mood_7)} / ${mean(trends.mood_28)}`, 'of 5');
    row('Craving, 7 / 28 days', `${mean(trends.craving_7)} / ${mean(trends.craving_28)}`, 'of 10');
  }

  if (report.goals.length > 0) {
    heading('Goals');
    const width = Math.min(36, Math.max(...report.goals.map((g) => g.title.length)));
    for (const goal of report.goals) {
      const title = goal.title.length > width ? `${goal.title.slice(0, width - 1)}…` : goal.title.padEnd(width);
      const status = STATUS_WORDS[goal.status];
      const colour: Style = goal.status === 'done' || goal.status === 'on_track' ? 'green' : goal.status === 'behind' || goal.status === 'missed' ? 'yellow' : 'dim';
      lines.push(`  ${title}  ${paint(colour, status.padEnd(16))}${paint('dim', goalProgress(goal, plan))}`);
    }
  }

  if (report.supports.length > 0) {
    heading('People');
    for (const support of report.supports) {
      const due = support.next_due === null ? '' : support.overdue_days ? `due since ${support.next_due}` : `next by ${support.next_due}`;
      row(support.name, support.last_contact ?? 'no contact yet', due);
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
  const name = (list: { id: string; name: string }[], id: string) => list.find((item) => item.id === id)?.name ?? id;
  switch (alert.code) {
    case 'safety_check':
      return `Your review on ${alert.date} noted thoughts of being better off dead or of hurting yourself. You do not have to hold that alone: your crisis plan is ready, and the people in it want to hear from you.`;
    case 'recent_use':
      return `A day of use on ${alert.date}. A setback to learn from: what you have built still stands.`;
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
      return `${alert.count} ${alert.count === 1 ? 'step' : 'steps'} of "${goal?.title ?? alert.goal}" past the date you set.`;
    }
  }
}

function goalProgress(goal: GoalReport, plan: Plan): string {
  const unit = plan.fields.goals.find((g) => g.id === goal.id)?.measure?.unit;
  const withUnit = (n: number) => `${round(n)}${unit ? ` ${unit}` : ''}`;
  const parts: string[] = [];
  if (goal.progress !== null && goal.current) parts.push(`${withUnit(goal.current.sum)} of ${withUnit(goal.current.target)} (${Math.round(goal.progress * 100)}%)`);
  if (goal.adherence !== null && goal.periods) parts.push(`${goal.periods.filter((p) => p.met).length} of ${goal.periods.length} periods met`);
  if (goal.steps_total > 0) parts.push(`${goal.steps_done} of ${goal.steps_total} steps`);
  if (goal.due) parts.push(`due ${goal.due}`);
  return parts.join(', ');
}

function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}

function mean(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
