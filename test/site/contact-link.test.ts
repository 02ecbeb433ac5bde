// Contact details made tappable: phone numbers as tel: links, e-mail addresses as mailto:, only http(s) web links.

import { describe, expect, it } from 'vitest';
import { contactLink, telHref, webLink } from '../../src/site/contact-link.js';

describe('contactLink', () => {
  it('links a phone number with its digits only', () => {
    expect(contactLink('01 555 0142')).toEqual({ before: '', text: '01 555 0142', href: 'tel:015550142', after: '' });
    expect(telHref('+353 (0)87 555-0111')).toBe('tel:+3530875550111');
  });

  it('links the number inside a sentence and leaves the words around it', () => {
    expect(contactLink('Through the Northside service, 01 555 0142')).toEqual({ before: 'Through the Northside service, ', text: '01 555 0142', href: 'tel:015550142', after: '' });
  });

  it('links an e-mail address', () => {
    expect(contactLink('hello@example.org').href).toBe('mailto:hello@example.org');
  });

  it('leaves words alone', () => {
    expect(contactLink('Community hall on Harbour Road, side door').href).toBeNull();
  });
});

describe('webLink', () => {
  it('links http and https addresses, shown without the scheme', () => {
    expect(webLink('https://www.samaritans.org/')).toEqual({ before: '', text: 'www.samaritans.org', href: 'https://www.samaritans.org/', after: '' });
  });

  it('never links another scheme', () => {
    expect(webLink('javascript:alert(1)').href).toBeNull();
    expect(webLink('file:///etc/passwd').href).toBeNull();
  });
});
