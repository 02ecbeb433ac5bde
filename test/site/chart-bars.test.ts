// The bar chart's labels: SVG text does not wrap, so a long label is broken between words into lines that fit a phone.

import { describe, expect, it } from 'vitest';
import { barsChart, labelLines } from '../../src/site/chart-bars.js';

describe('labelLines', () => {
  it('keeps a short label on one line and breaks a long one between words, 34 characters at most a line', () => {
    expect(labelLines('Payday')).toEqual(['Payday']);
    expect(labelLines('Sunday evenings on my own after everyone has gone home')).toEqual(['Sunday evenings on my own after', 'everyone has gone home']);
    for (const line of labelLines('Deadline weeks and late-night emails from work and the train home')) expect(line.length).toBeLessThanOrEqual(34);
  });
});

describe('barsChart', () => {
  it('makes room for each line of a label above its bar', () => {
    const options = { id: 'bars', title: 'Triggers', description: 'How often', table: { caption: '', columns: [], rows: [] } };
    const short = barsChart([{ label: 'Payday', value: 3, recent: 1 }], options);
    const long = barsChart([{ label: 'Sunday evenings on my own after everyone has gone home', value: 3, recent: 1 }], options);
    expect(short.svg).toContain('viewBox="0 0 360 58"');
    expect(long.svg).toContain('viewBox="0 0 360 78"');
    expect(long.svg.match(/<text x="2"/g)).toHaveLength(2);
  });
});
