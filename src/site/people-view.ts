// The people and resources page: supports with their cadence, last contact and what is due; resources by type with contact details.

import type { AnalysedPlan } from './analysed-plan.js';
import { contactLink, webLink, type ContactLink } from './contact-link.js';
import { formatCadence, formatDate, formatFromToday } from './format-figures.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { anchorId, pagePaths, relativeHref } from './page-paths.js';

export interface SupportCard {
  anchor: string;
  name: string;
  role: string;
  contact: ContactLink | null;
  cadence: string | null;
  lastContact: string | null;
  nextDue: string | null;
  late: boolean;
}

export interface ResourceCard {
  anchor: string;
  name: string;
  /** "Crisis line", "Support group", … */
  type: string;
  contact: ContactLink | null;
  when: string | null;
  url: ContactLink | null;
  notes: string | null;
}

export interface PeopleView {
  frame: PageFrame;
  supports: SupportCard[];
  /** Crisis lines first, then professional and medical help, then the rest. */
  resources: ResourceCard[];
  /** The link to the plan's `calendar.ics` (check-ins with supporters, the next review, goal dates); null when the site will be encrypted and has none. */
  calendar: string | null;
}

const ROLE_WORDS: Record<string, string> = {
  sponsor: 'Sponsor',
  therapist: 'Therapist',
  counselor: 'Counsellor',
  peer: 'Peer',
  friend: 'Friend',
  family: 'Family',
  doctor: 'Doctor',
  other: 'Support',
};

const RESOURCE_TYPES: [string, string][] = [
  ['crisis-line', 'Crisis line'],
  ['professional', 'Professional help'],
  ['medical', 'Medical'],
  ['support-group', 'Support group'],
  ['community', 'Community'],
  ['self-help', 'Self-help'],
  ['other', 'Other'],
];

export function peopleView(input: AnalysedPlan, withCalendar: boolean): PeopleView {
  const { plan, report } = input;
  const today = report.today;
  const supports = plan.fields.supports.map((support): SupportCard => {
    const figures = report.supports.find((entry) => entry.id === support.id);
    const due = figures?.next_due ?? null;
    return {
      anchor: anchorId('support', support.id),
      name: support.name,
      role: ROLE_WORDS[support.role] ?? support.role,
      contact: support.contact ? contactLink(support.contact) : null,
      cadence: support.check_in_every ? `Keep in touch ${formatCadence(support.check_in_every)}` : null,
      lastContact: figures ? (figures.last_contact ? `Last in touch ${formatDate(figures.last_contact, 'short')} (${formatFromToday(figures.last_contact, today)})` : 'Not in touch yet in your check-ins') : null,
      nextDue: due === null ? null : due < today ? `Was due ${formatDate(due, 'short')} (${formatFromToday(due, today)})` : `Next due ${formatFromToday(due, today)} (${formatDate(due, 'short')})`,
      late: due !== null && due < today,
    };
  });
  const resources = RESOURCE_TYPES.flatMap(([type, label]) =>
    plan.fields.resources
      .filter((resource) => resource.type === type)
      .map((resource): ResourceCard => ({
        anchor: anchorId('resource', resource.id),
        name: resource.name,
        type: label,
        contact: resource.contact ? contactLink(resource.contact) : null,
        when: resource.when ?? null,
        url: resource.url ? webLink(resource.url) : null,
        notes: resource.notes ?? null,
      })),
  );
  const path = pagePaths.people(plan.slug);
  const calendar = withCalendar ? relativeHref(path, pagePaths.calendar(plan.slug)) : null;
  return { frame: pageFrame(input, path, 'People and resources', 'people'), supports, resources, calendar };
}
