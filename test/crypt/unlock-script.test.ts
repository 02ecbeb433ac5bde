// assets/unlock.js is plain, self-contained script: it parses, it carries the shared crypto functions, and nothing that needs a bundler or a network.

import { describe, expect, it } from 'vitest';
import { OPEN_FUNCTIONS } from '../../src/crypt/open.js';
import { unlockScript } from '../../src/crypt/unlock-script.js';

const script = unlockScript('https://www.example.org/');

describe('unlockScript', () => {
  it('parses as a classic script', () => {
    expect(() => new Function(script)).not.toThrow();
  });

  it('declares every shared function by name and hands them to the page logic', () => {
    for (const fn of OPEN_FUNCTIONS) expect(script).toContain(`function ${fn.name}(`);
    expect(script).toContain(`{ ${OPEN_FUNCTIONS.map((fn) => fn.name).join(', ')} }`);
  });

  it('refers to no module, bundler helper or other site, and never to localStorage, cookies or a service worker', () => {
    expect(script).not.toMatch(/\bimport\s*[({'"]|\brequire\(|__vi|__name|\bexport\b/);
    expect(script).not.toMatch(/localStorage|document\.cookie|serviceWorker|fetch\(|XMLHttpRequest|eval\(/);
    expect(script.match(/https?:\/\/[^"'\s]+/g)).toEqual(['https://www.example.org/']);
  });

  it('is ASCII, so any declared encoding reads it the same', () => {
    expect(/^[\x00-\x7f]*$/.test(script)).toBe(true);
  });
});
