#!/usr/bin/env node
// `npm run bench`: times waymark against a floor, bare Eleventy and Hugo on generated plans, interleaved, and prints medians.
// Usage: node bench/run.js [--rounds 5] [--sizes 1,3,10] [--tasks check,floor,build,eleventy,hugo,serve,lsp]

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lspLatency } from './lsp.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, '.bench');
const TODAY = '2026-11-24';
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, sizes: { type: 'string', default: '1,3,10' }, tasks: { type: 'string', default: 'check,floor,build,eleventy,hugo,serve,lsp' } } });
const rounds = Number(values.rounds);
const sizes = values.sizes.split(',').map(Number);
const wanted = new Set(values.tasks.split(','));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const ELEVENTY = join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
const HUGO = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0 ? 'hugo' : null;

/**
 * Runs a command once; returns seconds and peak RSS in MB (null without /usr/bin/time). Every tool
 * writes into a new, empty folder: `out` is removed and the disk flushed before the clock starts,
 * so no run pays for the one before it (deleting thousands of files slows the next writes).
 */
function measure(command, args, { cwd = ROOT, out = null } = {}) {
  if (out) rmSync(out, { recursive: true, force: true });
  spawnSync('sync');
  const started = process.hrtime.bigint();
  const full = TIME ? [TIME, ['-f', '%M', command, ...args]] : [command, args];
  const run = spawnSync(full[0], full[1], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const rss = TIME ? Number(run.stderr.trim().split('\n').at(-1)) / 1024 : null;
  return { seconds, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A Hugo site over the same Markdown files, with a one-line layout. */
function hugoSite(plansDir, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'layouts/_default'), { recursive: true });
  writeFileSync(join(dir, 'hugo.toml'), "baseURL = 'http://localhost/'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
  writeFileSync(join(dir, 'layouts/_default/single.html'), '<!doctype html><title>{{ .Title }}</title>{{ .Content }}\n');
  writeFileSync(join(dir, 'layouts/_default/list.html'), '<!doctype html><title>{{ .Title }}</title>{{ .Content }}\n');
  cpSync(plansDir, join(dir, 'content'), { recursive: true });
}

/** The time from saving a check-in to its page on disk showing the change, in `waymark serve`. */
async function saveToPage(plansDir, out) {
  const port = 18000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, [join(ROOT, 'bin/waymark.js'), 'serve', '--plans', plansDir, '--out', out, '--port', String(port), '--today', TODAY], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  try {
    const deadline = Date.now() + 180_000;
    while (!/serving|localhost:\d+/i.test(output)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`serve did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const file = spawnSync('find', [plansDir, '-name', '*.md', '-path', '*checkins*'], { encoding: 'utf8' }).stdout.trim().split('\n').sort().at(-1);
    const date = file.match(/(\d{4}-\d{2}-\d{2})/)[1];
    const page = join(out, 'bench', 'checkins', `${date}.html`);
    const latencies = [];
    for (let i = 0; i < rounds; i++) {
      const marker = `bench-marker-${Date.now()}-${i}`;
      const original = readFileSync(file, 'utf8');
      const started = process.hrtime.bigint();
      writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
      const until = Date.now() + 30_000;
      while (!(existsSync(page) && readFileSync(page, 'utf8').includes(marker))) {
        if (Date.now() > until) throw new Error(`the page ${page} never showed the change:\n${output}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      writeFileSync(file, original);
      await new Promise((r) => setTimeout(r, 500));
    }
    return latencies;
  } finally {
    child.kill('SIGINT');
  }
}

console.log(`node ${process.version}; ${rounds} rounds, interleaved; medians. /usr/bin/time: ${TIME ? 'yes' : 'no (no RSS)'}; hugo: ${HUGO ?? 'not installed'}`);
for (const years of sizes) {
  const dir = join(WORK, `plan-${years}y`);
  if (!existsSync(join(dir, 'plans'))) spawnSync(process.execPath, [join(ROOT, 'bench/generate-plan.js'), String(years), dir], { stdio: 'inherit' });
  const plans = join(dir, 'plans');
  if (HUGO) hugoSite(plans, join(dir, 'hugo'));
  const all = {
    check: () => measure(process.execPath, ['bin/waymark.js', 'check', '--plans', plans, '--today', TODAY]),
    floor: () => measure(process.execPath, ['bench/floor.js', plans]),
    build: () => measure(process.execPath, ['bin/waymark.js', 'build', '--plans', plans, '--out', join(dir, '_site'), '--today', TODAY], { out: join(dir, '_site') }),
    eleventy: () => measure(process.execPath, [ELEVENTY, '--quiet', '--input=plans', '--output=_bare'], { cwd: dir, out: join(dir, '_bare') }),
    ...(HUGO ? { hugo: () => measure('hugo', ['--quiet', '-s', join(dir, 'hugo'), '-d', join(dir, '_hugo')], { out: join(dir, '_hugo') }) } : {}),
  };
  const tasks = Object.fromEntries(Object.entries(all).filter(([name]) => wanted.has(name)));
  const results = Object.fromEntries(Object.keys(tasks).map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) for (const [name, task] of Object.entries(tasks)) results[name].push(task());
  const t = (name) => median(results[name].map((r) => r.seconds));
  const m = (name) => (TIME ? `${median(results[name].map((r) => r.rss)).toFixed(0)} MB` : 'n/a');
  const pages = tasks.build ? spawnSync('find', [join(dir, '_site'), '-name', '*.html'], { encoding: 'utf8' }).stdout.trim().split('\n').length : 'no';
  console.log(`\n${years} year(s): ${pages} pages built by waymark`);
  const runs = (name) => results[name].map((r) => r.seconds.toFixed(2)).join(' ');
  for (const name of Object.keys(tasks)) console.log(`  ${name.padEnd(10)} ${t(name).toFixed(2).padStart(7)} s   peak RSS ${m(name).padStart(6)}   (runs: ${runs(name)})`);
  const ratio = (a, b, target) => tasks[a] && tasks[b] && console.log(`  ${`${a} / ${b}`.padEnd(18)} ${(t(a) / t(b)).toFixed(2)}×   (target ≤ ${target})`);
  ratio('check', 'floor', 2);
  ratio('build', 'eleventy', '1.0');
  ratio('build', 'hugo', 4);
  if (tasks.build) console.log(`  build peak RSS     ${m('build')}   (target ≤ 250 MB)`);
  if (wanted.has('serve') && years === Math.max(...sizes)) {
    const latencies = await saveToPage(plans, join(dir, '_serve'));
    console.log(`  save-to-page       ${median(latencies).toFixed(0)} ms   (target ≤ 300)   (saves: ${latencies.map((ms) => ms.toFixed(0)).join(' ')})`);
  }
  if (wanted.has('lsp') && years === Math.max(...sizes)) {
    const lsp = await lspLatency(plans, rounds, TODAY);
    const figures = (list) => `${median(list).toFixed(0).padStart(5)} ms   (edits: ${list.map((ms) => ms.toFixed(0)).join(' ')})`;
    console.log(`  lsp first check   ${lsp.open.toFixed(0).padStart(5)} ms   (opening a check-in reads the whole plan)`);
    console.log(`  lsp check-in edit ${figures(lsp.checkin)}   (target ≤ 200)`);
    console.log(`  lsp plan.md edit  ${figures(lsp.plan)}   (an id renamed: every check-in is checked again)`);
  }
}
