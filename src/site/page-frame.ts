// What every page's layout needs: its title, the stylesheet, the navigation and the crisis-plan link, all as relative links.

import type { AnalysedPlan } from './analysed-plan.js';
import { formatDate } from './format-figures.js';
import { pagePaths, relativeHref, ROOT_PAGE, STYLESHEET } from './page-paths.js';

export type Section = 'dashboard' | 'goals' | 'checkins' | 'triggers' | 'people' | 'reviews' | 'history' | 'assessment' | 'crisis';

export interface NavLink {
  label: string;
  href: string;
  current: boolean;
}

export interface PageFrame {
  /** Where the page is written, relative to the site's root. */
  path: string;
  /** The document title. */
  title: string;
  /** The page's one h1. */
  heading: string;
  stylesheet: string;
  /** The root page listing the plans. */
  home: string;
  /** Null on the root page, which belongs to no plan. */
  plan: { title: string; person: string | null; dashboard: string; crisis: string; crisisCurrent: boolean; nav: NavLink[] } | null;
  /** Class names for <body>, so a page can have its own layout (the crisis plan prints on one sheet). */
  bodyClass: string;
  /** "Built from your plan as of 24 November 2026." */
  asOf: string;
}

const SECTIONS: { section: Exclude<Section, 'crisis'>; label: string; path: (slug: string) => string }[] = [
  { section: 'dashboard', label: 'Overview', path: pagePaths.dashboard },
  { section: 'goals', label: 'Goals', path: pagePaths.goals },
  { section: 'checkins', label: 'Check-ins', path: pagePaths.checkins },
  { section: 'triggers', label: 'Triggers & coping', path: pagePaths.triggers },
  { section: 'people', label: 'People & resources', path: pagePaths.people },
  { section: 'reviews', label: 'Reviews', path: pagePaths.reviews },
  { section: 'history', label: 'How my plan changed', path: pagePaths.history },
  { section: 'assessment', label: 'About me', path: pagePaths.assessment },
];

type SharedFrame = Omit<PageFrame, 'path' | 'title' | 'heading'>;

/** What pages of one plan, folder and section have in common (every check-in page has the same header), made once. */
const sharedFrames = new WeakMap<AnalysedPlan, Map<string, SharedFrame>>();

export function pageFrame(input: AnalysedPlan, path: string, heading: string, section: Section): PageFrame {
  let frames = sharedFrames.get(input);
  if (!frames) sharedFrames.set(input, (frames = new Map()));
  const key = `${path.slice(0, path.lastIndexOf('/') + 1)}\n${section}`;
  let shared = frames.get(key);
  if (!shared) frames.set(key, (shared = sharedFrame(input, path, section)));
  return { path, title: `${heading} · ${input.plan.fields.title}`, heading, ...shared };
}

function sharedFrame(input: AnalysedPlan, path: string, section: Section): SharedFrame {
  const { slug, fields } = input.plan;
  return {
    stylesheet: relativeHref(path, STYLESHEET),
    home: relativeHref(path, ROOT_PAGE),
    plan: {
      title: fields.title,
      person: fields.person ?? null,
      dashboard: relativeHref(path, pagePaths.dashboard(slug)),
      crisis: relativeHref(path, pagePaths.crisis(slug)),
      crisisCurrent: section === 'crisis',
      nav: SECTIONS.map((entry) => ({ label: entry.label, href: relativeHref(path, entry.path(slug)), current: entry.section === section })),
    },
    bodyClass: `page-${section}`,
    asOf: `Built from your plan as of ${formatDate(input.report.today)}.`,
  };
}

/** The frame of the root page, which lists the plans. */
export function rootFrame(heading: string): PageFrame {
  return { path: ROOT_PAGE, title: heading, heading, stylesheet: STYLESHEET, home: ROOT_PAGE, plan: null, bodyClass: 'page-root', asOf: 'Built by Waymark on your own computer.' };
}
