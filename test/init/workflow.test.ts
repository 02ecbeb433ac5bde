// The workflow that `waymark init` writes: checks on every push, and publishes only an encrypted site, only once a passphrase is set.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workflowYaml } from '../../src/init/workflow.js';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  name: string;
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  environment?: { name: string; url: string };
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (source: string | null) => parse(workflowYaml(source), { strict: true, uniqueKeys: true }) as Workflow;

describe('the plan repository workflow', () => {
  const { on, permissions, env, jobs } = workflow('git+https://example.org/waymark.git#0123abc');

  it('runs on every push (and by hand), reading the repository only', () => {
    expect(on).toEqual({ push: null, workflow_dispatch: null });
    expect(permissions).toEqual({ contents: 'read' });
    expect(Object.keys(jobs)).toEqual(['check', 'publish']);
  });

  it('check: installs Waymark from the repository variable, else from where this copy came from, and runs check with annotations', () => {
    expect(env.WAYMARK_INSTALL).toBe("${{ vars.WAYMARK_INSTALL || 'git+https://example.org/waymark.git#0123abc' }}");
    expect(workflow(null).env.WAYMARK_INSTALL).toBe('${{ vars.WAYMARK_INSTALL }}');
    const steps = jobs.check!.steps;
    expect(steps.map((s) => s.uses ?? s.name)).toEqual(['actions/checkout@v5', 'actions/setup-node@v5', 'Install Waymark', 'Check the plan', 'Is there a passphrase to publish with?']);
    expect(steps[3]!.run).toBe('waymark check --format github');
  });

  it("publish: skipped until the secret WAYMARK_PASSPHRASE is set, and only on the default branch", () => {
    const check = jobs.check!;
    expect(check.steps[4]).toEqual({ name: 'Is there a passphrase to publish with?', id: 'passphrase', run: 'echo "set=${{ secrets.WAYMARK_PASSPHRASE != \'\' }}" >> "$GITHUB_OUTPUT"' });
    expect(check.outputs).toEqual({ publish: '${{ steps.passphrase.outputs.set }}' });
    const publish = jobs.publish!;
    expect(publish.needs).toBe('check');
    expect(publish.if).toBe("needs.check.outputs.publish == 'true' && github.ref_name == github.event.repository.default_branch");
  });

  it('publish: builds with --encrypt and the secret, and deploys that folder to GitHub Pages with the permissions Pages needs', () => {
    const publish = jobs.publish!;
    expect(publish.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(publish.environment).toEqual({ name: 'github-pages', url: '${{ steps.deploy.outputs.page_url }}' });
    const steps = publish.steps;
    const build = steps.find((s) => s.run?.includes('waymark build'))!;
    expect(build).toEqual({ name: 'Build the site, encrypted', env: { WAYMARK_PASSPHRASE: '${{ secrets.WAYMARK_PASSPHRASE }}' }, run: 'waymark build --encrypt --out _site' });
    expect(steps.slice(-2)).toEqual([
      { uses: 'actions/upload-pages-artifact@v4', with: { path: '_site' } },
      { id: 'deploy', uses: 'actions/deploy-pages@v4' },
    ]);
    // Nothing anywhere builds a site without encryption.
    const builds = Object.values(jobs).flatMap((job) => job.steps.flatMap((s) => s.run?.split('\n').filter((line) => line.includes('waymark build')) ?? []));
    expect(builds).toEqual(['waymark build --encrypt --out _site']);
  });

  it('fails the install step with an annotation that says what to set when it does not know where Waymark comes from', () => {
    const install = workflow(null).jobs.check!.steps[2]!.run!;
    const run = spawnSync('bash', ['-e', '-c', install], { env: { PATH: process.env.PATH, WAYMARK_INSTALL: '' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      "::error title=Where to install Waymark from::Set the repository variable WAYMARK_INSTALL (Settings, Secrets and variables, Actions, Variables) to what 'npm install' takes: a git URL of Waymark, or the path of a waymark-X.Y.Z.tgz committed here. README.md says more.\n",
    );
  });

  it('installs what the variable names (here a tarball committed to the repository, by a relative path) and puts its waymark on the PATH of later steps', () => {
    const work = mkdtempSync(join(tmpdir(), 'waymark-workflow-'));
    // A stand-in package with no dependencies, so the step runs offline and fast; Waymark's own tarball is installed in test/package.
    const source = join(work, 'stand-in');
    mkdirSync(join(source, 'bin'), { recursive: true });
    writeFileSync(join(source, 'package.json'), JSON.stringify({ name: 'waymark', version: '9.9.9', bin: { waymark: 'bin/waymark.js' } }));
    writeFileSync(join(source, 'bin/waymark.js'), "#!/usr/bin/env node\nconsole.log('9.9.9');\n");
    const repo = join(work, 'repo');
    mkdirSync(repo);
    execFileSync('npm', ['pack', '--pack-destination', repo], { cwd: source, stdio: 'pipe' });
    const install = workflow(null).jobs.check!.steps[2]!.run!;
    const runnerTemp = join(work, 'runner-temp');
    const githubPath = join(work, 'github-path');
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const run = spawnSync('bash', ['-e', '-c', install], { cwd: repo, env: { ...env, WAYMARK_INSTALL: './waymark-9.9.9.tgz', RUNNER_TEMP: runnerTemp, GITHUB_PATH: githubPath }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('9.9.9');
    expect(readFileSync(githubPath, 'utf8')).toBe(`${runnerTemp}/waymark/node_modules/.bin\n`);
    expect(existsSync(join(runnerTemp, 'waymark/node_modules/waymark/bin/waymark.js'))).toBe(true);
  });
});
