// Waymark installed as a person installs it: `npm pack`, then `npm install --global` of the tarball into a
// temporary prefix, and that `waymark` run from a plan repository that `waymark init` made.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
const MANIFEST = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string; devDependencies: Record<string, string> };
/** The lock marks `dev` each package only development needs (not, say, vscode-jsonrpc: a test client's, and the language server's too). */
const LOCK = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };

/** npm's environment without what `npm test` set for itself (its prefix, its script's name). */
function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, NO_COLOR: '1', GITHUB_ACTIONS: '', WAYMARK_PLANS: '', ...extra };
}

/** The names of every package installed under a node_modules folder, at any depth. */
function packagesUnder(modules: string): string[] {
  if (!existsSync(modules)) return [];
  return readdirSync(modules, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name.startsWith('.')) return [];
    if (entry.name.startsWith('@')) return readdirSync(join(modules, entry.name)).flatMap((name) => [`${entry.name}/${name}`, ...packagesUnder(join(modules, entry.name, name, 'node_modules'))]);
    return [entry.name, ...packagesUnder(join(modules, entry.name, 'node_modules'))];
  });
}

let packed: string[] = [];
let prefix = '';
let work = '';

/** Runs the installed `waymark`, found on the PATH as a person's shell finds it. */
function waymark(args: string[], cwd: string) {
  const run = spawnSync('waymark', args, { cwd, env: npmEnv({ PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}` }), encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-install-'));
  prefix = join(work, 'prefix');
  // `npm test` has just compiled dist/; --ignore-scripts keeps `prepare` from compiling it again under other tests' feet.
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: REPO, env: npmEnv(), encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  packed = pack!.files.map((file) => file.path);
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, pack!.filename)], { cwd: work, env: npmEnv(), stdio: 'pipe' });
}, 600_000);

describe('the npm package', () => {
  it('holds the compiled program, its second thread, the templates and package.json, and no TypeScript', () => {
    for (const file of ['package.json', 'bin/waymark.js', 'dist/cli/main.js', 'dist/site/render-bodies-worker.js', 'dist/site/eleventy-setup.js', 'templates/_includes/base.njk', 'templates/assets/site.css.njk']) {
      expect(packed, file).toContain(file);
    }
    expect(packed.filter((file) => file.endsWith('.ts') || file.startsWith('src/') || file.startsWith('test/'))).toEqual([]);
    // Every template the site is rendered from ships.
    const templates = (dir: string): string[] => readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? templates(join(dir, e.name)) : [join(dir, e.name)]));
    expect(packed).toEqual(expect.arrayContaining(templates('templates')));
  });

  it('installs globally with its dependencies and none of the development ones, and tells its version', () => {
    const installed = join(prefix, 'lib', 'node_modules', 'waymark');
    expect(existsSync(join(installed, 'dist/cli/main.js'))).toBe(true);
    // The tools of development are nowhere in the tree (some @types come along with remark as dependencies of its own).
    const tools = Object.keys(MANIFEST.devDependencies).filter((name) => !name.startsWith('@types/') && LOCK.packages[`node_modules/${name}`]?.dev === true);
    expect(tools).toContain('typescript');
    expect(packagesUnder(join(installed, 'node_modules')).filter((name) => tools.includes(name))).toEqual([]);
    expect(waymark(['--version'], work)).toEqual({ code: 0, stdout: `${MANIFEST.version}\n`, stderr: '' });
  });

  it('runs every step of a day in a plan repository that init made: init, new checkin, check, report, schema, build', () => {
    const init = waymark(['init', 'recovery', '--name', 'Alex', '--slug', 'river', '--today', '2026-11-20'], work);
    expect(init.code).toBe(0);
    // Installed from a local tarball, this copy cannot say where CI should install from: init says what to set.
    expect(init.stdout).toContain('the repository variable WAYMARK_INSTALL');
    const repo = join(work, 'recovery');
    expect(waymark(['new', 'checkin', '--date', '2026-11-24'], repo).stdout).toBe(
      "created plans/river/checkins/2026/11/2026-11-24.md\ntip: run 'waymark schema' once so your editor can check the fields as you type\n",
    );
    expect(waymark(['check', '--today', '2026-11-24'], repo)).toEqual({
      code: 0,
      stdout: "plans/river/plan.md:61:5: warning smart-time-bound: goal 'weekly-group' has no due date\n1 problem (0 errors, 1 warning) in 2 files\n",
      stderr: '',
    });
    const report = waymark(['report', '--json', '--today', '2026-11-24'], repo);
    expect(report.code).toBe(0);
    expect((JSON.parse(report.stdout) as { plans: { slug: string }[] }).plans.map((p) => p.slug)).toEqual(['river']);
    expect(waymark(['schema'], repo).stdout).toBe('wrote schemas/plan.schema.json\nwrote schemas/review.schema.json\nwrote schemas/checkin.river.schema.json\n');
    const build = waymark(['build', '--today', '2026-11-24'], repo);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/^built \d+ pages for 1 plan in [\d.]+ s: open _site\/index\.html\n$/);
    expect(readFileSync(join(repo, '_site/river/index.html'), 'utf8')).toContain('Alex');
  }, 180_000);
});
