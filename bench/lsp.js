// `waymark lsp` on a large plan: the time from a change in the editor to its diagnostics, measured by a client over stdio.
// Used by `node bench/run.js --tasks lsp` (on the largest size); standalone: node bench/lsp.js PLANS_DIR [ROUNDS]

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Opens the plan's last check-in and plan.md in a real server, then times `rounds` changes of each: from sending
 * `didChange` to the check-in's `publishDiagnostics` showing it (an unknown id added, then taken out again).
 */
export async function lspLatency(plansDir, rounds, today) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/waymark.js'), 'lsp', '--stdio', '--plans', plansDir, '--today', today], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = [];
  connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }) => {
    for (const waiter of [...waiting]) {
      if (waiter.uri !== uri || waiter.broken !== diagnostics.some((d) => d.code === 'unknown-ref')) continue;
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  connection.listen();
  const published = (uri, broken) => new Promise((resolve) => waiting.push({ uri, broken, resolve }));
  const ms = (started) => Number(process.hrtime.bigint() - started) / 1e6;
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(plansDir).href, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const file = spawnSync('find', [plansDir, '-name', '*.md', '-path', '*checkins*'], { encoding: 'utf8' }).stdout.trim().split('\n').sort().at(-1);
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(/^contacted: \[/m, 'contacted: [nobody-yet, ');
    if (broken === text) throw new Error(`${file} has no 'contacted: [' line to change`);

    let started = process.hrtime.bigint();
    let arrived = published(uri, false);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await arrived;
    const open = ms(started);

    const checkin = [];
    let version = 1;
    for (let i = 0; i < rounds * 2; i++) {
      const wrong = i % 2 === 0;
      started = process.hrtime.bigint();
      arrived = published(uri, wrong);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: wrong ? broken : text }] });
      await arrived;
      checkin.push(ms(started));
      await new Promise((r) => setTimeout(r, 50));
    }

    // plan.md: taking the support `jo` out (and back) re-checks the open check-in, which lists jo.
    const planPath = join(file.slice(0, file.indexOf('/checkins/')), 'plan.md');
    const planUri = pathToFileURL(planPath).href;
    const planText = readFileSync(planPath, 'utf8');
    const withoutJo = planText.replace(/^  - id: jo$/m, '  - id: jo-b');
    if (withoutJo === planText) throw new Error(`${planPath} has no support 'jo' to rename`);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: planUri, languageId: 'markdown', version: 1, text: planText } });
    await new Promise((r) => setTimeout(r, 500));
    const plan = [];
    let planVersion = 1;
    for (let i = 0; i < rounds * 2; i++) {
      const wrong = i % 2 === 0;
      started = process.hrtime.bigint();
      arrived = published(uri, wrong);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri: planUri, version: ++planVersion }, contentChanges: [{ text: wrong ? withoutJo : planText }] });
      await arrived;
      plan.push(ms(started));
      await new Promise((r) => setTimeout(r, 50));
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return { open, checkin, plan };
  } finally {
    connection.dispose();
    child.kill();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [plans, rounds = '10'] = process.argv.slice(2);
  if (!plans) {
    console.error('usage: node bench/lsp.js PLANS_DIR [ROUNDS]');
    process.exit(2);
  }
  const result = await lspLatency(resolve(plans), Number(rounds), '2026-11-24');
  console.log(JSON.stringify(result));
}
