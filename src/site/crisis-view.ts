// The crisis plan in the Stanley–Brown order, with the people to call and the emergency numbers as tel: links.

import type { Crisis, Emergency, PlanFields } from '../schema/plan.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { contactLink, telHref, webLink, type ContactLink } from './contact-link.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { pagePaths } from './page-paths.js';
import { ROLE_WORDS } from './people-view.js';

export interface CrisisItem {
  text: string;
  contact: ContactLink | null;
  detail: string | null;
}

export interface CrisisStep {
  number: number;
  id: string;
  heading: string;
  items: CrisisItem[];
  /** Crisis lines and emergency numbers: step 5's, beside the professionals. */
  emergency: EmergencyLine[];
  /** Nothing in the step at all: the page says so gently. */
  empty: boolean;
}

export interface EmergencyLine {
  name: string;
  phone: ContactLink | null;
  /** "Text 85258", "Text SHOUT to 85258", as an sms: link. */
  text: ContactLink | null;
  url: ContactLink | null;
}

export interface CrisisView {
  frame: PageFrame;
  /** The first emergency number, offered at the very top. */
  urgent: { name: string; phone: ContactLink } | null;
  steps: CrisisStep[];
  reasons: string[];
  empty: string;
}

export function crisisView(input: AnalysedPlan): CrisisView {
  const { plan } = input;
  const { fields } = plan;
  const crisis: Crisis = fields.crisis;
  const item = crisisItems(fields);
  const emergency = crisis.emergency.map((line) => ({
    name: line.name,
    phone: line.phone ? { before: '', text: line.phone, href: telHref(line.phone), after: '' } : null,
    text: textLink(line),
    url: line.url ? webLink(line.url) : null,
  }));
  const firstPhone = emergency.find((line) => line.phone !== null);
  return {
    frame: pageFrame(input, pagePaths.crisis(plan.slug), 'My crisis plan', 'crisis'),
    urgent: firstPhone?.phone ? { name: firstPhone.name, phone: firstPhone.phone } : null,
    steps: [
      step(1, 'warning-signs', 'Warning signs that a crisis may be coming', crisis.warning_signs.map(item)),
      step(2, 'coping', 'Things I can do on my own', crisis.coping.map(item)),
      step(3, 'distractions', 'People and places that take my mind off things', crisis.distractions.map(item)),
      step(4, 'contacts', 'People I can ask for help', crisis.contacts.map(item)),
      step(5, 'professionals', 'Professionals, crisis lines and emergency numbers', crisis.professionals.map(item), emergency),
      step(6, 'safe-environment', 'Making my surroundings safe', crisis.safe_environment.map((text) => ({ text, contact: null, detail: null }))),
    ],
    reasons: crisis.reasons_to_live,
    empty: 'Nothing here yet. Add it to your plan when you feel able.',
  };
}

function step(number: number, id: string, heading: string, items: CrisisItem[], emergency: EmergencyLine[] = []): CrisisStep {
  return { number, id, heading, items, emergency, empty: items.length === 0 && emergency.length === 0 };
}

/**
 * What a crisis item shows: a support with its role and contact, a resource with its contact and
 * hours, a warning sign or coping strategy by its name, whichever crisis list it stands in; any
 * other text as written.
 */
function crisisItems(fields: PlanFields): (item: string) => CrisisItem {
  return (item) => {
    const support = fields.supports.find((entry) => entry.id === item);
    if (support) return { text: support.name, contact: support.contact ? contactLink(support.contact) : null, detail: ROLE_WORDS[support.role] ?? null };
    const resource = fields.resources.find((entry) => entry.id === item);
    if (resource) return { text: resource.name, contact: resource.contact ? contactLink(resource.contact) : null, detail: resource.when ?? null };
    const named = fields.warning_signs.find((entry) => entry.id === item) ?? fields.coping.find((entry) => entry.id === item);
    return { text: named?.name ?? item, contact: null, detail: null };
  };
}

/** "Text 85258" (`sms:85258`), or with a message to send, "Text SHOUT to 85258" (`sms:85258?&body=SHOUT`). */
export function textLink(line: Pick<Emergency, 'text' | 'text_message'>): ContactLink | null {
  if (!line.text) return null;
  const number = line.text.trim();
  const digits = `${number.startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}`;
  if (!line.text_message) return { before: '', text: `Text ${number}`, href: `sms:${digits}`, after: '' };
  return { before: '', text: `Text ${line.text_message} to ${number}`, href: `sms:${digits}?&body=${encodeURIComponent(line.text_message)}`, after: '' };
}
