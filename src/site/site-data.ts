// The site's global data for Eleventy: one view model per page, grouped by template, built from the analysed plans.

import { planCalendar } from '../export/calendar-ics.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { renderMarkdown, type RenderBody } from './render-markdown.js';
import { assessmentView, type AssessmentView } from './assessment-view.js';
import { checkinsView, checkinViews, type CheckinsView, type CheckinView } from './checkins-view.js';
import { crisisView, type CrisisView } from './crisis-view.js';
import { dashboardView, type DashboardView } from './dashboard-view.js';
import { goalsView, goalViews, type GoalsView, type GoalView } from './goals-view.js';
import { pagePaths } from './page-paths.js';
import { peopleView, type PeopleView } from './people-view.js';
import { reviewsView, type ReviewsView } from './reviews-view.js';
import { rootView, type RootView } from './root-view.js';
import { triggersView, type TriggersView } from './triggers-view.js';

/** Each list is paginated by one template in templates/, one page per entry. */
export interface SiteData {
  /** The root page, as a list of one so that it is paginated like every other page. */
  roots: RootView[];
  dashboards: DashboardView[];
  goalLists: GoalsView[];
  goals: GoalView[];
  checkinLists: CheckinsView[];
  checkins: CheckinView[];
  triggers: TriggersView[];
  people: PeopleView[];
  reviews: ReviewsView[];
  assessments: AssessmentView[];
  crises: CrisisView[];
  /** Each plan's `calendar.ics` (templates/calendar.njk); none in a build that will be encrypted. */
  calendars: CalendarFile[];
}

export interface CalendarFile {
  path: string;
  text: string;
}

/** Which check-in pages to make, by plan and date: all, unless serve remakes only what a save changed. */
export type CheckinPages = (slug: string, date: string) => boolean;

/**
 * `render` turns bodies into HTML: `waymark build` hands one that has them ready from a second thread.
 * `calendars` is false for a build that will be encrypted: a calendar file would stand there in the clear.
 */
export function siteData(plans: readonly AnalysedPlan[], checkinPages: CheckinPages = () => true, render: RenderBody = renderMarkdown, calendars = true): SiteData {
  return {
    roots: [rootView(plans)],
    dashboards: plans.map(dashboardView),
    goalLists: plans.map(goalsView),
    goals: plans.flatMap(goalViews),
    checkinLists: plans.map(checkinsView),
    checkins: plans.flatMap((plan) => checkinViews(plan, (date) => checkinPages(plan.plan.slug, date), render)),
    triggers: plans.map(triggersView),
    people: plans.map((plan) => peopleView(plan, calendars)),
    reviews: plans.map((plan) => reviewsView(plan, render)),
    assessments: plans.map((plan) => assessmentView(plan, render)),
    crises: plans.map(crisisView),
    calendars: calendars ? plans.map(({ plan, report }) => ({ path: pagePaths.calendar(plan.slug), text: planCalendar(plan, report) })) : [],
  };
}

/** How many HTML pages the data makes (the stylesheet aside). */
export function pageCount(data: SiteData): number {
  const lists = [data.dashboards, data.goalLists, data.goals, data.checkinLists, data.checkins, data.triggers, data.people, data.reviews, data.assessments, data.crises];
  return data.roots.length + lists.reduce((sum, list) => sum + list.length, 0);
}
