// The GitHub Actions workflow that `waymark init` writes: check on every push; publish the encrypted site once there is a passphrase.

/** The repository secret that holds the site's passphrase; while it is unset, nothing is published. */
export const PASSPHRASE_SECRET = 'WAYMARK_PASSPHRASE';
/** The repository variable that says where to install Waymark from, when set. */
export const INSTALL_VARIABLE = 'WAYMARK_INSTALL';
export const WORKFLOW_FILE = '.github/workflows/waymark.yml';

/** A GitHub expression: `${{ … }}` (written apart so that it is not read as a template literal's placeholder). */
const expr = (inside: string) => `$\{{ ${inside} }}`;

/** `source`: an npm install spec for Waymark (see install-source.ts), or null when the repository variable must say it. */
export function workflowYaml(source: string | null): string {
  const install = source === null ? `vars.${INSTALL_VARIABLE}` : `vars.${INSTALL_VARIABLE} || '${source.replaceAll("'", "''")}'`;
  const setUp = `      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 22
      - name: Install Waymark
        run: |
          if [ -z "$${INSTALL_VARIABLE}" ]; then
            echo "::error title=Where to install Waymark from::Set the repository variable ${INSTALL_VARIABLE} (Settings, Secrets and variables, Actions, Variables) to what 'npm install' takes: a git URL of Waymark, or the path of a waymark-X.Y.Z.tgz committed here. README.md says more."
            exit 1
          fi
          spec="$${INSTALL_VARIABLE}"
          # A tarball or folder in this repository: by its full path, as npm runs in another folder.
          if [ -e "$spec" ]; then spec="$(realpath "$spec")"; fi
          # Into a folder of its own rather than --global, which npm cannot yet do from git for a
          # package that is compiled when installed (npm/cli#8440).
          npm install --prefix "$RUNNER_TEMP/waymark" --no-save --no-audit --no-fund "$spec"
          echo "$RUNNER_TEMP/waymark/node_modules/.bin" >> "$GITHUB_PATH"
          "$RUNNER_TEMP/waymark/node_modules/.bin/waymark" --version`;
  return `# Waymark for this plan, written by 'waymark init' (yours to change).
# On every push: check the plan; problems show on their lines, as with a compiler.
# Once the repository secret ${PASSPHRASE_SECRET} is set: build the site encrypted with it and
# publish it to GitHub Pages. The site is never published without encryption.
name: Waymark

on:
  push:
  workflow_dispatch:

permissions:
  contents: read

env:
  # Where Waymark is installed from: anything 'npm install' takes (a git URL, a tarball's URL, or
  # the path of a waymark-X.Y.Z.tgz committed to this repository). The repository variable
  # ${INSTALL_VARIABLE}, when set, takes its place.
  ${INSTALL_VARIABLE}: ${expr(install)}

jobs:
  check:
    name: Check the plan
    runs-on: ubuntu-latest
    outputs:
      publish: ${expr('steps.passphrase.outputs.set')}
    steps:
${setUp}
      - name: Check the plan
        run: waymark check --format github
      - name: Is there a passphrase to publish with?
        id: passphrase
        run: echo "set=${expr(`secrets.${PASSPHRASE_SECRET} != ''`)}" >> "$GITHUB_OUTPUT"

  publish:
    name: Publish the encrypted site
    needs: check
    # Skipped until the repository secret ${PASSPHRASE_SECRET} is set; only the default branch publishes.
    if: needs.check.outputs.publish == 'true' && github.ref_name == github.event.repository.default_branch
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${expr('steps.deploy.outputs.page_url')}
    concurrency:
      group: pages
      cancel-in-progress: false
    steps:
${setUp}
      - name: Build the site, encrypted
        env:
          ${PASSPHRASE_SECRET}: ${expr(`secrets.${PASSPHRASE_SECRET}`)}
        run: waymark build --encrypt --out _site
      - uses: actions/upload-pages-artifact@v4
        with:
          path: _site
      - id: deploy
        uses: actions/deploy-pages@v4
`;
}
