// The files of a new plan repository, by path: the plan, its README, .gitignore and the GitHub workflow.

import { join } from 'node:path';
import { schemaPath } from '../new/create-file.js';
import { planTemplate } from '../new/plan-template.js';
import { SCHEMA_FILES } from '../schema/json-schema.js';
import { readmeText } from './readme.js';
import { WORKFLOW_FILE, workflowYaml } from './workflow.js';

export interface PlanRepository {
  slug: string;
  /** The person's name or pseudonym, for the plan's title and greeting. */
  name: string | undefined;
  /** The plan's start date. */
  today: string;
  /** Where CI installs Waymark from (install-source.ts), or null. */
  source: string | null;
}

export interface RepositoryFile {
  /** Relative to the repository's root, with `/`. */
  path: string;
  text: string;
}

export const GITIGNORE = `# Written by 'waymark init'.
# The built site holds your whole plan, readable by anyone: it never goes into git.
_site/
# Summaries made with 'waymark share' are for the people you give them to, not for git.
_share/
# Caches and installed packages.
.cache/
node_modules/
`;

export function planRepositoryFiles({ slug, name, today, source }: PlanRepository): RepositoryFile[] {
  const plan = `plans/${slug}/plan.md`;
  const title = name === undefined ? 'My recovery plan' : `${name}'s recovery plan`;
  return [
    { path: plan, text: planTemplate(slug, today, schemaPath(join(...plan.split('/')), SCHEMA_FILES.plan, 'schemas'), name) },
    { path: 'README.md', text: readmeText({ title, slug, source }) },
    { path: '.gitignore', text: GITIGNORE },
    { path: WORKFLOW_FILE, text: workflowYaml(source) },
  ];
}
