// A plan's reminders as an iCalendar file (RFC 5545), made with ical-generator: all-day events, alarms, stable UIDs and stamp.

import ical, { ICalAlarmType, ICalEventRepeatingFreq } from 'ical-generator';
import type { PlanReport } from '../analyze/report.js';
import { addDays } from '../analyze/dates.js';
import type { Plan } from '../schema/model.js';
import { calendarEvents, type CalendarEvent } from './calendar-events.js';

/** Seconds from the all-day event's start (midnight): 9 in the morning, the day before or on the day. */
const DAY_BEFORE_AT_NINE = 15 * 3600;
const ON_THE_DAY_AT_NINE = 9 * 3600;

/**
 * The plan's calendar. DTSTAMP is the last check-in's date (else `started`, else today), so the
 * same plan gives the same bytes, and a check-in that moves no date changes nothing.
 */
export function planCalendar(plan: Plan, report: PlanReport): string {
  const stamp = report.checkins.last ?? plan.fields.started ?? report.today;
  return calendarText(calendarEvents(plan, report), stamp);
}

export function calendarText(events: readonly CalendarEvent[], stamp: string): string {
  // The name is the tool's, never the plan's title: a phone shows it beside every event.
  const calendar = ical({ name: 'Waymark', prodId: { company: 'waymark', product: 'waymark', language: 'EN' } });
  for (const event of events) {
    const created = calendar.createEvent({
      id: event.uid,
      start: event.date,
      end: addDays(event.date, 1),
      allDay: true,
      summary: event.title,
      stamp: `${stamp}T00:00:00Z`,
      ...(event.repeat ? { repeating: { freq: event.repeat.freq === 'monthly' ? ICalEventRepeatingFreq.MONTHLY : ICalEventRepeatingFreq.DAILY, interval: event.repeat.interval } } : {}),
    });
    if (event.reminder === 'day-before') created.createAlarm({ type: ICalAlarmType.display, triggerBefore: DAY_BEFORE_AT_NINE, description: event.title }).relatesTo('START');
    if (event.reminder === 'on-the-day') created.createAlarm({ type: ICalAlarmType.display, triggerAfter: ON_THE_DAY_AT_NINE, description: event.title }).relatesTo('START');
  }
  // Every content line ends with CRLF (RFC 5545 §3.1), the last one too.
  return `${calendar.toString()}\r\n`;
}
