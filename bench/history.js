#!/usr/bin/env node
// `node bench/history.js [--versions 1000]`: times `waymark history` on a repository where plan.md has that many
// versions (its folder renamed halfway), made with one `git fast-import`, beside a 10-year plan's check-ins.

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, '.bench', 'history');
const { values } = parseArgs({ options: { versions: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '5' } } });
const versions = Number(values.versions);
const TODAY = '2026-11-24';

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: WORK, encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
};

rmSync(WORK, { recursive: true, force: true });
run(process.execPath, [join(ROOT, 'bench/generate-plan.js'), '10', WORK], { cwd: ROOT });
const plan = readFileSync(join(WORK, 'plans/bench/plan.md'), 'utf8');
run('git', ['init', '-q', '-b', 'main']);

// Version i raises the meetings target to i and adds a daily practice every tenth version;
// the first half lives in plans/old-name/, then the folder is renamed to plans/bench/.
const start = Date.parse('2024-01-01T12:00:00Z') / 1000;
let stream = '';
const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
for (let i = 1; i <= versions; i++) {
  const text = plan
    .replace('target: 2, per: week', `target: ${i}, per: week`)
    .replace('daily: [Morning walk, Check in]', `daily: [Morning walk, Check in${Array.from({ length: Math.floor(i / 10) }, (_, k) => `, Practice ${k + 1}`).join('')}]`);
  const folder = i <= versions / 2 ? 'plans/old-name' : 'plans/bench';
  const when = start + i * 6 * 3600;
  stream += `commit refs/heads/main\nauthor Bench <bench@example.org> ${when} +0000\ncommitter Bench <bench@example.org> ${when} +0000\n${data(`Version ${i}`)}`;
  if (i > 1 && folder === 'plans/bench' && (i - 1) <= versions / 2) stream += 'D plans/old-name/plan.md\n';
  stream += `M 100644 inline ${folder}/plan.md\n${data(text)}\n`;
}
run('git', ['fast-import', '--quiet'], { input: stream });
run('git', ['reset', '-q', '--hard', 'main']);
if (!plan.includes('daily: [Morning walk, Check in]') || !plan.includes('target: 2, per: week')) throw new Error('the generated plan changed: update what this benchmark edits');

// The history step alone, in this process: what the contract's 2 s is about (check's own time is measured by bench/run.js).
const { checkPlans } = await import(join(ROOT, 'dist/validate/check-plans.js'));
const { planHistory } = await import(join(ROOT, 'dist/history/plan-history.js'));
const checked = checkPlans(join(WORK, 'plans'), TODAY);
const steps = [];
for (let round = 0; round < Number(values.rounds); round++) {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const history = planHistory(checked.plans[0].plan, TODAY);
  const used = process.cpuUsage(cpu);
  steps.push({ wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: (used.user + used.system) / 1e6 });
  if (history.versions.length !== versions) throw new Error(`expected ${versions} versions, got ${history.versions.length}`);
}
steps.sort((a, b) => a.wall - b.wall);
const middle = steps[steps.length >> 1];
console.log(`history step (git log + cat-file + parse + compare + windows): ${versions} versions; median of ${steps.length}: ${middle.wall.toFixed(2)} s wall, ${middle.cpu.toFixed(2)} s CPU in Node (min ${steps[0].wall.toFixed(2)} s wall)`);

const times = [];
let count = 0;
for (let round = 0; round < Number(values.rounds); round++) {
  const started = process.hrtime.bigint();
  const out = run(process.execPath, [join(ROOT, 'bin/waymark.js'), 'history', '--json', '--plans', 'plans', '--today', TODAY]);
  times.push(Number(process.hrtime.bigint() - started) / 1e9);
  const history = JSON.parse(out).plans[0];
  count = history.versions.length;
  if (history.git !== 'ok' || count !== versions) throw new Error(`expected ${versions} versions, git ok; got ${count}, git ${history.git}`);
}
times.sort((a, b) => a - b);
console.log(`waymark history: ${count} versions of plan.md (renamed halfway), 10-year plan; median of ${times.length}: ${times[times.length >> 1].toFixed(2)} s (min ${times[0].toFixed(2)} s, max ${times.at(-1).toFixed(2)} s), whole command including start-up and check`);
