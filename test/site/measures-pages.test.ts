// Questionnaires on the site: a small chart per questionnaire on the reviews page, and a recent PHQ-9 item 9 above 0 putting the crisis plan first on the dashboard.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, type BuiltSite } from './built-site.js';

const REVIEWS = {
  'reviews/2026-10-20.md': '---\nmeasures:\n  phq9: [2, 2, 1, 2, 1, 1, 1, 1, 0]\n  gad7: [2, 2, 2, 1, 1, 1, 1]\nrecovery_capital: 38\n---\n',
  'reviews/2026-11-19.md': '---\nmeasures:\n  phq9: [1, 1, 1, 1, 0, 1, 0, 0, 1]\n  barc10: [5, 5, 4, 4, 5, 5, 5, 5, 5, 5]\n---\n',
};

let site: BuiltSite;
let calm: BuiltSite;

beforeAll(async () => {
  site = await buildFixtureSite(REVIEWS);
  calm = await buildFixtureSite({ 'reviews/2026-11-19.md': '---\nmeasures:\n  phq9: [1, 1, 1, 1, 0, 1, 0, 0, 0]\n---\n' });
}, 60_000);

describe('the reviews page', () => {
  it('charts each questionnaire answered, with its totals and bands as the table', () => {
    const html = site.read('sam/reviews.html');
    expect(html.match(/<svg class="chart chart-measure"/g)).toHaveLength(3);
    expect(html).toContain('<title id="measure-phq9-title">PHQ-9 (depression) over time</title><desc id="measure-phq9-desc">PHQ-9 totals from 0 to 27, 2 reviews from 20 October 2026 to 19 November 2026; the latest is 6, mild.</desc>');
    expect(html).toContain('<title id="measure-gad7-title">GAD-7 (anxiety) over time</title><desc id="measure-gad7-desc">GAD-7 totals from 0 to 21, 1 review on 20 October 2026; the latest is 10, moderate.</desc>');
    expect(html).toMatch(/<tr><th scope="row">19 November 2026<\/th><td>48<\/td><td>47 or more<\/td><\/tr>/);
  });

  it("shows each review's totals in its entry", () => {
    const html = site.read('sam/reviews.html');
    expect(html).toContain('<p class="small">Questionnaires: PHQ-9: 6 (mild); BARC-10: 48 (47 or more)</p>');
    expect(html).toContain('<p class="small">Questionnaires: PHQ-9: 11 (moderate); GAD-7: 10 (moderate); BARC-10: 38</p>');
  });
});

describe('the dashboard after a PHQ-9 with item 9 above 0', () => {
  it('opens with the crisis plan, gently, before everything else', () => {
    const html = site.read('sam/index.html');
    const main = html.slice(html.indexOf('<main'));
    const safety = main.indexOf('<section class="notice safety-check"');
    expect(safety).toBeGreaterThan(0);
    expect(main.indexOf('<section', 0)).toBe(safety);
    expect(main).toContain('<p>In your review on Thursday 19 November 2026 you noted thoughts of being better off dead or of hurting yourself. Thank you for being honest about it. You do not have to carry this alone: your crisis plan is here, with the people and lines who want to hear from you.</p>\n  <p><a class="button" href="crisis.html">Open my crisis plan</a></p>');
  });

  it('says nothing of it when item 9 is 0', () => {
    expect(calm.read('sam/index.html')).not.toContain('safety-check');
  });
});
