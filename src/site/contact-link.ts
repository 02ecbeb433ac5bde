// Makes a contact detail tappable where it holds a phone number (tel:) or is an e-mail address (mailto:), and a web address a link.

export interface ContactLink {
  /** Text before the linked part (such as "Through the Northside service, "). */
  before: string;
  text: string;
  /** Null when nothing in the text can be dialled, mailed or opened. */
  href: string | null;
  after: string;
}

const PHONE = /\+?\d[\d ().-]{4,}\d/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export function contactLink(text: string): ContactLink {
  const trimmed = text.trim();
  if (EMAIL.test(trimmed)) return { before: '', text: trimmed, href: `mailto:${trimmed}`, after: '' };
  const phone = PHONE.exec(text);
  if (phone && phone[0].replace(/\D/g, '').length >= 3) {
    return { before: text.slice(0, phone.index), text: phone[0], href: telHref(phone[0]), after: text.slice(phone.index + phone[0].length) };
  }
  return { before: '', text, href: null, after: '' };
}

/** `tel:` with only the digits (and a leading +): "01 555 0142" → "tel:015550142". */
export function telHref(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${phone.replace(/\D/g, '')}`;
}

/** A web address from the plan as a link, only for http and https (never javascript: or file:). */
export function webLink(url: string): ContactLink {
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s<>"]+$/i.test(trimmed)) return { before: '', text: url, href: null, after: '' };
  return { before: '', text: trimmed.replace(/^https?:\/\//i, '').replace(/\/$/, ''), href: trimmed, after: '' };
}
