// Text from plan files printed to a terminal: control characters (and the marks that reorder text) shown escaped, newlines, tabs and every other character kept.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/terminal/show-controls.js';

describe('showControls', () => {
  it('escapes escape sequences and other control characters', () => {
    expect(showControls('Jo\u001b]0;gone\u0007 \u009b2J')).toBe('Jo\\u001b]0;gone\\u0007 \\u009b2J');
  });

  it('keeps newlines, tabs, accents and emoji as they are', () => {
    expect(showControls('Tomás\tand 🌊\nnext')).toBe('Tomás\tand 🌊\nnext');
  });

  it('never leaves a control character other than newline and tab', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(showControls(text))));
  });
});
