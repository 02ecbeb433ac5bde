// The README of a plan repository: the daily routine, and how to publish the encrypted site.

import { INSTALL_VARIABLE, PASSPHRASE_SECRET, WORKFLOW_FILE } from './workflow.js';

export interface ReadmeFacts {
  title: string;
  slug: string;
  /** Where the workflow installs Waymark from, or null when the repository variable must say it. */
  source: string | null;
}

export function readmeText({ title, slug, source }: ReadmeFacts): string {
  const install = source === null
    ? `Waymark is not on the npm registry, and \`waymark init\` could not tell where your copy came from
(it was installed from a folder or a file). Tell the workflow where to install it from: in
**Settings → Secrets and variables → Actions → Variables**, add a repository variable
\`${INSTALL_VARIABLE}\` with what \`npm install\` takes: the git URL of Waymark (such as
\`git+https://example.org/you/waymark.git#v1.0.0\`), or the path of a \`waymark-X.Y.Z.tgz\` that
you made with \`npm pack\` in Waymark's folder and committed here (such as \`./waymark-0.1.0.tgz\`).
Until then the check fails and says so.`
    : `The workflow installs Waymark from \`${source}\`, where your copy came from. To use another
copy, add a repository variable \`${INSTALL_VARIABLE}\` (**Settings → Secrets and variables →
Actions → Variables**) with what \`npm install\` takes.`;
  return `# ${title}

This repository holds a recovery support plan written for Waymark: plain Markdown files that
Waymark checks, analyses and turns into a private site. **Keep this repository private.**

\`\`\`
plans/${slug}/plan.md                             the plan: read it through, fill in what fits you now
plans/${slug}/checkins/YYYY/MM/YYYY-MM-DD.md       one short check-in a day
plans/${slug}/reviews/YYYY/MM/YYYY-MM-DD.md        a review now and then
\`\`\`

## Every day

\`\`\`sh
waymark new checkin     # today's check-in, with every field explained: fill in what you like
waymark check           # anything to fix? each problem has its file, line and column
waymark serve           # your site on http://localhost:8080, updated each time you save
git add plans && git commit -m "Check-in" && git push
\`\`\`

A day of use is recorded as \`used: true\`: a setback to learn from. Waymark keeps your longest
stretch and your progress, and starts the current count again. Say under \`recovery:\` in plan.md
what your plan is recovery from, and the site counts and speaks in your words.

## Now and then

\`\`\`sh
waymark report          # how it is going: days, goals, who is due a call, the next review
waymark new review      # look back with someone you trust, then change plan.md as you decide
waymark build           # the site in _site/: open _site/index.html (it stays on this computer)
waymark schema          # JSON Schemas in schemas/, for an editor that checks as you type
\`\`\`

Run \`waymark schema\` again after you add or rename a goal's metric.

## Checks and publishing on GitHub

\`${WORKFLOW_FILE}\` runs on every push: it installs Waymark and checks the plan, and any
problem shows on its line in the commit's checks.

${install}

To publish your site, **encrypted**, on GitHub Pages:

1. **Settings → Pages → Build and deployment → Source: GitHub Actions.**
2. **Settings → Secrets and variables → Actions → New repository secret**: name it
   \`${PASSPHRASE_SECRET}\`, and make the value a passphrase of at least 12 characters: four or five
   unrelated words are long, hard to guess and easy to remember. Keep it somewhere safe too:
   without it nobody, Waymark included, can open the site.
3. Push. The "Publish the encrypted site" job builds the site with \`--encrypt\` and deploys it;
   until the secret is set it is skipped, and it never publishes a site without encryption.

A GitHub Pages site is public even when this repository is private (and Pages for a private
repository needs a paid GitHub plan): anyone who finds the address sees a page asking for the
passphrase, and nothing of your plan. To stop publishing, delete the secret and unpublish the
site in **Settings → Pages**.

## Checking before each commit

To have git check the plan before each commit, on this computer:

\`\`\`sh
printf '#!/bin/sh\\nexec waymark check\\n' > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
\`\`\`
`;
}
