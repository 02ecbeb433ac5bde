// The calendar as a phone reads it: parsed back with ical.js (not the library that wrote it), event by event.

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planCalendar } from '../../src/export/calendar-ics.js';
import { analysed, exchangeFixture } from '../exchange-fixture.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
  end: string;
  stamp: string;
  rrule: string | null;
  alarms: { action: string; trigger: string; related: string | null; description: string }[];
}

function parse(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((event): ParsedEvent => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const rrule = event.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      start: start.toString(),
      allDay: start.isDate,
      end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toString(),
      stamp: (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      rrule: rrule ? rrule.toString() : null,
      alarms: event.getAllSubcomponents('valarm').map((alarm) => {
        const trigger = alarm.getFirstProperty('trigger')!;
        return {
          action: String(alarm.getFirstPropertyValue('action')),
          trigger: String(trigger.getFirstValue()),
          related: (trigger.getParameter('related') as string | undefined) ?? null,
          description: String(alarm.getFirstPropertyValue('description')),
        };
      }),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const stamp = '2025-03-08T00:00:00Z';
const dayBefore = (title: string) => [{ action: 'DISPLAY', trigger: '-PT15H', related: 'START', description: title }];
const onTheDay = (title: string) => [{ action: 'DISPLAY', trigger: 'PT9H', related: 'START', description: title }];

describe('planCalendar', () => {
  it("holds the next review, each support's repeating check-in, the open steps with a due date and the goals' due dates, with neutral titles", () => {
    const { plan, report } = analysed(exchangeFixture());
    const calendar = parse(planCalendar(plan, report));
    expect(calendar.name).toBe('Waymark');
    expect(calendar.events).toEqual([
      // The review of 2025-03-06 + review_every 4w; a reminder at nine the day before.
      { uid: 'review-rowan-next@waymark', summary: 'Review', start: '2025-04-03', allDay: true, end: '2025-04-04', stamp, rrule: null, alarms: dayBefore('Review') },
      // Mei: last contacted 2025-03-03, every week; Dr Okafor: in the review of 2025-03-06, every calendar month. Gran has no cadence.
      { uid: 'support-rowan-mei@waymark', summary: 'Call Mei', start: '2025-03-10', allDay: true, end: '2025-03-11', stamp, rrule: 'FREQ=DAILY;INTERVAL=7', alarms: onTheDay('Call Mei') },
      { uid: 'support-rowan-dr-okafor@waymark', summary: 'Call Dr Okafor', start: '2025-04-06', allDay: true, end: '2025-04-07', stamp, rrule: 'FREQ=MONTHLY', alarms: onTheDay('Call Dr Okafor') },
      // The done step and the step without a due date have no event; the dropped goal has none at all.
      { uid: 'step-rowan-meetings-2@waymark', summary: 'Step: Ask Mei to come along once', start: '2025-03-20', allDay: true, end: '2025-03-21', stamp, rrule: null, alarms: dayBefore('Step: Ask Mei to come along once') },
      { uid: 'goal-rowan-meetings@waymark', summary: 'Goal due', start: '2025-06-30', allDay: true, end: '2025-07-01', stamp, rrule: null, alarms: [] },
      { uid: 'step-rowan-debts-1@waymark', summary: 'Step: Call the bank about a payment plan', start: '2025-03-25', allDay: true, end: '2025-03-26', stamp, rrule: null, alarms: dayBefore('Step: Call the bank about a payment plan') },
      { uid: 'goal-rowan-debts@waymark', summary: 'Goal due', start: '2025-12-01', allDay: true, end: '2025-12-02', stamp, rrule: null, alarms: [] },
      { uid: 'goal-rowan-walking@waymark', summary: 'Goal due', start: '2025-08-31', allDay: true, end: '2025-09-01', stamp, rrule: null, alarms: [] },
    ]);
  });

  it("shows nothing of the plan's own words but supports' names and steps' text (UIDs, which calendars do not show, carry the slug)", () => {
    const { plan, report } = analysed(exchangeFixture());
    const text = planCalendar(plan, report);
    const shown = text.split('\r\n').filter((line) => !line.startsWith('UID:')).join('\n').toLowerCase();
    for (const word of ['gambl', 'bet', 'rowan', 'plan.md', 'meeting every week', 'credit card', 'poker', 'spectator']) expect(shown).not.toContain(word);
    expect(text).toContain('\r\nRRULE:FREQ=MONTHLY;INTERVAL=1\r\n');
  });

  it('gives the same bytes for the same plan, and for a check-in changed in a way that moves no date', () => {
    const first = analysed(exchangeFixture());
    const again = analysed(exchangeFixture());
    const bytes = planCalendar(first.plan, first.report);
    expect(planCalendar(again.plan, again.report)).toBe(bytes);
    const moodChanged = analysed(exchangeFixture({ 'checkins/2025/03/2025-03-05.md': '---\nmood: 3\ncraving: 2\n---\n\nA different note.\n' }));
    expect(planCalendar(moodChanged.plan, moodChanged.report)).toBe(bytes);
    expect(bytes.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(bytes.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it("moves a support's event when a check-in records the contact, and the stamp to the last check-in", () => {
    const { plan, report } = analysed(exchangeFixture({ 'checkins/2025/03/2025-03-09.md': '---\ncontacted: [mei]\n---\n' }));
    const events = parse(planCalendar(plan, report)).events;
    expect(events.find((event) => event.uid === 'support-rowan-mei@waymark')).toMatchObject({ start: '2025-03-16', stamp: '2025-03-09T00:00:00Z' });
  });

  it('a plan without check-ins or a start date still has its goals, stamped with today', () => {
    const fixture = exchangeFixture({ 'checkins/2025/03/2025-03-03.md': null, 'checkins/2025/03/2025-03-05.md': null, 'checkins/2025/03/2025-03-08.md': null, 'reviews/2025-03-06.md': null });
    const { plan, report } = analysed(fixture);
    const withoutStart = { ...plan, fields: { ...plan.fields, started: undefined } };
    const events = parse(planCalendar(withoutStart, { ...report, reviews: { ...report.reviews, next_due: null }, supports: report.supports.map((s) => ({ ...s, next_due: null })) })).events;
    expect(events.map((event) => event.uid)).toEqual(['step-rowan-meetings-2@waymark', 'goal-rowan-meetings@waymark', 'step-rowan-debts-1@waymark', 'goal-rowan-debts@waymark', 'goal-rowan-walking@waymark']);
    expect(new Set(events.map((event) => event.stamp))).toEqual(new Set(['2025-03-10T00:00:00Z']));
  });
});
