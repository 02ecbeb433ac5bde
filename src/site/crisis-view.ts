// The crisis plan in the Stanley–Brown order, with the people to call and the emergency numbers as tel: links.

import type { Crisis } from '../schema/plan.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { contactLink, telHref, webLink, type ContactLink } from './contact-link.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { pagePaths } from './page-paths.js';
import { planNames } from './plan-names.js';

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
  text: string | null;
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
  const names = planNames(fields);
  const plain = (text: string): CrisisItem => ({ text, contact: null, detail: null });
  const refOrText = (list: 'warning_signs' | 'coping') => (item: string) => plain(names.of(list, item));
  const contacts = crisis.contacts.map((item): CrisisItem => {
    const support = fields.supports.find((entry) => entry.id === item);
    return support ? { text: support.name, contact: support.contact ? contactLink(support.contact) : null, detail: null } : plain(item);
  });
  const professionals = crisis.professionals.map((item): CrisisItem => {
    const resource = fields.resources.find((entry) => entry.id === item);
    return resource ? { text: resource.name, contact: resource.contact ? contactLink(resource.contact) : null, detail: resource.when ?? null } : plain(item);
  });
  const emergency = crisis.emergency.map((line) => ({
    name: line.name,
    phone: line.phone ? { before: '', text: line.phone, href: telHref(line.phone), after: '' } : null,
    text: line.text ?? null,
    url: line.url ? webLink(line.url) : null,
  }));
  const firstPhone = emergency.find((line) => line.phone !== null);
  return {
    frame: pageFrame(input, pagePaths.crisis(plan.slug), 'My crisis plan', 'crisis'),
    urgent: firstPhone?.phone ? { name: firstPhone.name, phone: firstPhone.phone } : null,
    steps: [
      step(1, 'warning-signs', 'Warning signs that a crisis may be coming', crisis.warning_signs.map(refOrText('warning_signs'))),
      step(2, 'coping', 'Things I can do on my own', crisis.coping.map(refOrText('coping'))),
      step(3, 'distractions', 'People and places that take my mind off things', crisis.distractions.map(plain)),
      step(4, 'contacts', 'People I can ask for help', contacts),
      step(5, 'professionals', 'Professionals, crisis lines and emergency numbers', professionals, emergency),
      step(6, 'safe-environment', 'Making my surroundings safe', crisis.safe_environment.map(plain)),
    ],
    reasons: crisis.reasons_to_live,
    empty: 'Nothing here yet. Add it to your plan when you feel able.',
  };
}

function step(number: number, id: string, heading: string, items: CrisisItem[], emergency: EmergencyLine[] = []): CrisisStep {
  return { number, id, heading, items, emergency, empty: items.length === 0 && emergency.length === 0 };
}
