// Bodies rendered on a second thread: the same HTML as renderMarkdown gives, and a body saved since is rendered as usual.

import { beforeAll, describe, expect, it } from 'vitest';
import { MarkdownBody } from '../../src/load/body.js';
import { PLAN_HEADING_SHIFT, prepareRendering, renderMarkdown } from '../../src/site/render-markdown.js';
import { renderBodiesAside } from '../../src/site/rendered-bodies.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { planFixture } from '../plan-fixture.js';

beforeAll(prepareRendering);

describe('renderBodiesAside', () => {
  it('renders every body of the plans on a second thread, exactly as renderMarkdown does', async () => {
    const fixture = planFixture({
      'checkins/2026-11-21.md': '---\nmood: 4\n---\n# Evening\n\nA *calm* walk. <script>alert(1)</script>\n',
      'reviews/2026-11-22.md': '---\nwent_well: [walks]\n---\nMore **sleep** helped.\n',
    });
    const { render, fromSecondThread } = await renderBodiesAside(fixture.plans).renderer();
    const checked = checkPlans(fixture.plans, '2026-11-24');
    if (!checked.ok || !checked.plans[0]?.plan) throw new Error('the fixture should load');
    const plan = checked.plans[0].plan;
    expect(fromSecondThread).toBe(1 + plan.checkins.length + plan.reviews.length);
    expect(render(plan.body, PLAN_HEADING_SHIFT)).toBe(renderMarkdown(plan.body, PLAN_HEADING_SHIFT));
    for (const entry of [...plan.checkins, ...plan.reviews]) expect(render(entry.body)).toBe(renderMarkdown(entry.body));
    expect(render(plan.checkins.find((c) => c.date === '2026-11-21')!.body)).toBe('<h3>Evening</h3>\n<p>A <em>calm</em> walk. alert(1)</p>');
  });

  it('renders a body it was not sent, such as a file saved since, on the first thread', async () => {
    const fixture = planFixture();
    const { render } = await renderBodiesAside(fixture.plans).renderer();
    const text = '---\nmood: 2\n---\nWritten *after* the second thread read the plan.\n';
    expect(render(new MarkdownBody(text, text.indexOf('Written')))).toBe('<p>Written <em>after</em> the second thread read the plan.</p>');
  });

  it('gives every body to the first thread when the plans folder is missing', async () => {
    const { fromSecondThread } = await renderBodiesAside('/nonexistent/plans').renderer();
    expect(fromSecondThread).toBe(0);
  });
});
