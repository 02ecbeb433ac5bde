// The assessment page: strengths, challenges, growth areas, values in order, reasons, the daily plan and the plan's own words.

import type { AnalysedPlan } from './analysed-plan.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { pagePaths } from './page-paths.js';
import { PLAN_HEADING_SHIFT, renderMarkdown, type RenderBody } from './render-markdown.js';

export interface AssessmentList {
  id: string;
  heading: string;
  items: string[];
  ordered: boolean;
  /** Shown when the list is empty: what would go in it. */
  empty: string;
}

export interface AssessmentView {
  frame: PageFrame;
  narrative: string;
  lists: AssessmentList[];
}

export function assessmentView(input: AnalysedPlan, render: RenderBody = renderMarkdown): AssessmentView {
  const { plan } = input;
  const fields = plan.fields;
  const list = (id: string, heading: string, items: string[], empty: string, ordered = false): AssessmentList => ({ id, heading, items, ordered, empty });
  return {
    frame: pageFrame(input, pagePaths.assessment(plan.slug), 'About me', 'assessment'),
    narrative: render(plan.body, PLAN_HEADING_SHIFT),
    lists: [
      list('strengths', 'Strengths', fields.strengths, 'What you are good at, and what has helped before.'),
      list('challenges', 'Challenges', fields.challenges, 'What makes things harder.'),
      list('growth', 'Areas for growth', fields.growth_areas, 'What you would like to build on.'),
      list('values', 'What matters most', fields.values, 'Your values, the most important first.', true),
      list('reasons', 'Reasons for recovery', fields.reasons, 'Why you are doing this.'),
      list('daily', 'Every day', fields.daily, 'What you do each day to stay well.'),
    ],
  };
}
