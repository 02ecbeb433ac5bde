// The markup of each section of a shared summary, built from escaped text only.

import type { ContactLink } from '../site/contact-link.js';
import { escapeHtml as e } from '../site/escape-html.js';
import { formatCount, formatDate, formatMean, formatPercent } from '../site/format-figures.js';
import { measureChart } from '../site/chart-measures.js';
import type { FigureTable } from '../site/svg-chart.js';
import { followbackCalendar } from './followback-calendar.js';
import type { ShareSummary } from './share-summary.js';
import { WEEKLY_SCALES, weeklyChart, weeklyMeasures } from './weekly-chart.js';
import { capitalised } from '../words/capitalised.js';

type Section<K extends keyof ShareSummary> = NonNullable<ShareSummary[K]>;

function figure(label: string, value: string, note = ''): string {
  return `<div><dt>${e(label)}</dt><dd class="value">${e(value)}</dd>${note ? `<dd class="note">${e(note)}</dd>` : ''}</div>`;
}

function table(data: FigureTable, id = ''): string {
  const head = data.columns.map((column) => `<th scope="col">${e(column)}</th>`).join('');
  const rows = data.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${e(cell)}</th>` : `<td>${e(cell)}</td>`)).join('')}</tr>`).join('');
  return `<table${id ? ` id="${id}"` : ''}><caption>${e(data.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function link(contact: ContactLink): string {
  const text = contact.href ? `<a href="${e(contact.href)}">${e(contact.text)}</a>` : e(contact.text);
  return `${e(contact.before)}${text}${e(contact.after)}`;
}

export function recoveryMarkup(recovery: Section<'recovery'>, to: string): string {
  const { words } = recovery;
  const days = recovery.days.length;
  const heading = '<section class="recovery" aria-labelledby="recovery-h"><h2 id="recovery-h">Recovery</h2>';
  if (!words.tracksUse) {
    // A plan with nothing to count days free of (recovery from depression, say): no counter, no days of use.
    const checkedIn = days - recovery.missingDays;
    return [heading, `<p>This plan counts no days free of anything${words.what === 'use' ? '' : `: it is recovery from ${e(words.what)}`}. Check-ins on ${checkedIn} of ${formatCount(days, 'day')} in these dates.</p>`, '</section>'].join('\n');
  }
  const counter = recovery.daysFree === null ? figure('Current stretch', '–', 'no start date or check-ins yet') : figure('Current stretch', `${recovery.daysFree} ${words.counter(recovery.daysFree)}`, `on ${formatDate(to)}, since ${formatDate(recovery.since!)}`);
  const useDays = capitalised(words.useDays);
  return [
    heading,
    '<div class="recovery-top">',
    '<dl class="figures">',
    counter,
    figure('Longest stretch', recovery.longest === null ? '–' : formatCount(recovery.longest, 'day')),
    figure(`Days without ${words.what}`, `${recovery.freeDays} of ${days}`, 'in these dates'),
    figure(useDays, String(recovery.useDays), 'in these dates'),
    figure('No check-in', String(recovery.missingDays), 'days in these dates'),
    '</dl>',
    `<figure class="calendar">${followbackCalendar(recovery.days, words)}`,
    `<figcaption><span class="key tl-free"></span> without ${e(words.what)} <span class="key tl-use"></span> a ${e(words.useDay)} <span class="key tl-unrecorded"></span> check-in, ${e(words.what)} not noted <span class="key tl-none"></span> no check-in</figcaption></figure>`,
    '</div>',
    '</section>',
  ].join('\n');
}

export function checkinsMarkup(checkins: Section<'checkins'>, days: number): string {
  const count = `${e(formatCount(checkins.count, 'check-in'))} in these ${days} days.`;
  // Only what the check-ins recorded: a plan for depression that never notes a craving gets no craving column or line.
  const measures = weeklyMeasures(checkins.weeks);
  if (measures.length === 0) {
    return ['<section class="checkins" aria-labelledby="checkins-h"><h2 id="checkins-h">Check-ins</h2>', `<p>${count} None of them noted mood or craving.</p>`, '</section>'].join('\n');
  }
  const named = measures.join(' and ');
  const caption = `${capitalised(named)} by week`;
  const scales = measures.map((field, i) => (i === 0 ? `${capitalised(field)} is` : field) + ` ${WEEKLY_SCALES[field].words}`).join('; ');
  const keys = measures.map((field, i) => `<span class="key line-${field}"></span> ${field}${measures.length > 1 ? ` (${i === 0 ? 'left' : 'right'} scale)` : ''}`).join(' ');
  const rows = checkins.weeks.map((week) => [
    week.start === week.end ? formatDate(week.start, 'short') : `${formatDate(week.start, 'short')} – ${formatDate(week.end, 'short')}`,
    String(week.checkins),
    ...measures.map((field) => formatMean(week[field])),
  ]);
  return [
    '<section class="checkins" aria-labelledby="checkins-h"><h2 id="checkins-h">Check-ins</h2>',
    `<p>${count} ${e(scales)}.</p>`,
    '<div class="pair">',
    `<figure>${weeklyChart(checkins.weeks, measures, caption)}<figcaption>${keys}</figcaption></figure>`,
    table({ caption, columns: ['Week', 'Check-ins', ...measures.map((field) => capitalised(field))], rows }, 'weekly-table'),
    '</div>',
    '</section>',
  ].join('\n');
}

export function goalsMarkup(goals: Section<'goals'>): string {
  const cards = goals.map((goal) =>
    [
      `<li class="goal"><h3>${e(goal.title)} <span class="badge">${e(goal.status.label)}</span></h3>`,
      goal.measure ? `<p class="note">${e(goal.measure)}</p>` : '',
      goal.progress ? `<p>${e(goal.progress.label)}</p>` : '',
      ...goal.details.map((detail) => `<p class="note">${e(detail)}</p>`),
      `<p class="note">${e(goal.due)}</p></li>`,
    ].join(''),
  );
  return [
    '<section class="goals" aria-labelledby="goals-h"><h2 id="goals-h">Goals</h2>',
    goals.length === 0 ? '<p>No active goals.</p>' : `<ul class="goal-list">${cards.join('\n')}</ul>`,
    '</section>',
  ].join('\n');
}

export function triggersMarkup(figures: Section<'triggers'>): string {
  const triggers = figures.triggers.length === 0 ? '<p>No triggers were noted in these dates.</p>' : table({ caption: 'Triggers noted most', columns: ['Trigger', 'Days noted'], rows: figures.triggers.map((t) => [t.name, String(t.count)]) });
  const rate = (share: number | null, n: number) => (share === null ? '–' : `${formatPercent(share)} of ${n}`);
  const coping =
    figures.coping.length === 0
      ? '<p class="note">Coping figures appear once a strategy has been noted on at least 5 days with a trigger.</p>'
      : table({
          caption: 'Coping on days with a trigger: how often they were days of use',
          columns: ['Strategy', 'Days noted', 'Use, with it', 'Use, without it'],
          rows: figures.coping.map((c) => [c.name, String(c.days), rate(c.useRateWith, c.withDays), rate(c.useRateWithout, c.withoutDays)]),
        });
  return ['<section class="triggers" aria-labelledby="triggers-h"><h2 id="triggers-h">Triggers and coping</h2>', '<div class="pair">', triggers, coping, '</div>', '<p class="note">An association over few days, not proof of what helps.</p>', '</section>'].join('\n');
}

export function measuresMarkup(series: Section<'measures'>): string {
  const blocks = series.map(({ questionnaire, points }) => {
    const chart = measureChart(questionnaire, points, 'share');
    return `<div class="measure">${chart.svg}${table(chart.table)}</div>`;
  });
  return [
    '<section class="measures" aria-labelledby="measures-h"><h2 id="measures-h">Questionnaires</h2>',
    series.length === 0 ? '<p>No questionnaires were answered in reviews in these dates.</p>' : `<div class="pair">${blocks.join('\n')}</div>`,
    '<p class="note">PHQ-9 (depression) and GAD-7 (anxiety) bands as published; BARC-10 (recovery capital): 47 or more is the level linked with lasting recovery.</p>',
    '</section>',
  ].join('\n');
}

export function crisisMarkup(crisis: Section<'crisis'>): string {
  const steps = crisis.steps
    .filter((step) => !step.empty)
    .map((step) => {
      const items = step.items.map((item) => `<li>${item.contact ? `${e(item.text)}: ${link(item.contact)}` : e(item.text)}${item.detail ? ` <span class="note">(${e(item.detail)})</span>` : ''}</li>`);
      const lines = step.emergency.map((line) => `<li>${e(line.name)}${line.phone ? `: ${link(line.phone)}` : ''}${line.text ? `, ${link(line.text)}` : ''}${line.url ? `, ${link(line.url)}` : ''}</li>`);
      return `<li><h3>${step.number}. ${e(step.heading)}</h3><ul>${[...items, ...lines].join('')}</ul></li>`;
    });
  const reasons = crisis.reasons.length > 0 ? `<h3>What matters most</h3><ul>${crisis.reasons.map((reason) => `<li>${e(reason)}</li>`).join('')}</ul>` : '';
  const body = steps.length === 0 ? '<p>The crisis plan is still empty.</p>' : `<ol class="steps">${steps.join('\n')}</ol>`;
  return ['<section class="crisis" aria-labelledby="crisis-h"><h2 id="crisis-h">Crisis plan</h2>', `<div class="crisis-body">${body}${reasons}</div>`, '</section>'].join('\n');
}
