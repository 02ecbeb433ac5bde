// `waymark serve`: builds, serves on localhost, rebuilds what a save changed, and keeps the last good site on errors.

import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { startServe, type Served } from './serve-process.js';
import { waymark } from './run-cli.js';
import { freePort } from '../free-port.js';

let served: Served | undefined;
afterEach(async () => {
  await served?.stop();
  served = undefined;
});


describe('waymark serve', () => {
  it('serves the built site, rebuilds on a save, and stops cleanly on Ctrl+C', { timeout: 30_000 }, async () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    served = await startServe(['--port', String(await freePort()), '--today', '2026-11-24'], cwd);
    expect(served.log()).toMatch(/^built _site: \d+ pages in \d+\.\d\d s\n/);
    const page = `${served.url}sam/checkins/2026-11.html`;
    expect(await (await fetch(page)).text()).toContain('A good day.');

    const checkin = join(fixture.plan, 'checkins/2026-11-20.md');
    writeFileSync(checkin, readFileSync(checkin, 'utf8').replace('A good day.', 'A calm, steady day.'));
    await served.waitFor(/rebuilt after plans\/sam\/checkins\/2026-11-20\.md: \d+ pages/, true);
    expect(await (await fetch(page)).text()).toContain('A calm, steady day.');
    expect(readFileSync(join(cwd, '_site/sam/checkins/2026-11.html'), 'utf8')).toContain('A calm, steady day.');

    const code = await served.stop();
    served = undefined;
    expect(code).toBe(0);
  });

  it('shows errors in the terminal and keeps the last good site', { timeout: 30_000 }, async () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    served = await startServe(['--port', String(await freePort()), '--today', '2026-11-24'], cwd);
    const before = readFileSync(join(cwd, '_site/sam/checkins/2026-11.html'), 'utf8');
    writeFileSync(join(fixture.plan, 'checkins/2026-11-20.md'), '---\nmood: 9\n---\nA broken day.\n');
    await served.waitFor(/not rebuilt/, true);
    expect(served.log()).toContain('plans/sam/checkins/2026-11-20.md:2:7: error schema: mood is 9, but it must be a whole number from 1 to 5');
    expect(served.log()).toContain('not rebuilt; the last good site stays up until the errors are fixed');
    expect(readFileSync(join(cwd, '_site/sam/checkins/2026-11.html'), 'utf8')).toBe(before);
    // The error page: the last good page, with the problems above it.
    const shown = await (await fetch(`${served.url}sam/checkins/2026-11.html`)).text();
    expect(shown).toContain('<div class="notice wrap" role="alert"><p><strong>Your last save has a problem to fix.</strong>');
    expect(shown).toContain('<li><code>plans/sam/checkins/2026-11-20.md:2:7</code>: mood is 9, but it must be a whole number from 1 to 5</li>');
    expect(shown).toContain('A good day.');

    writeFileSync(join(fixture.plan, 'checkins/2026-11-20.md'), '---\nmood: 5\n---\nMended.\n');
    await served.waitFor(/rebuilt after/, true);
    expect(readFileSync(join(cwd, '_site/sam/checkins/2026-11.html'), 'utf8')).toContain('Mended.');
    expect(await (await fetch(`${served.url}sam/checkins/2026-11.html`)).text()).not.toContain('role="alert"');
  });

  it("after a check-in is saved, rewrites its month's page and the plan-wide pages, and leaves the other months alone", { timeout: 30_000 }, async () => {
    const fixture = planFixture({ 'checkins/2026-10-19.md': '---\nmood: 3\n---\nAn ordinary day.\n' });
    const cwd = dirname(fixture.plans);
    served = await startServe(['--port', String(await freePort()), '--today', '2026-11-24'], cwd);
    const other = join(cwd, '_site/sam/checkins/2026-10.html');
    const before = statSync(other).mtimeMs;
    writeFileSync(join(fixture.plan, 'checkins/2026-11-20.md'), '---\nmood: 4\nused: false\n---\nA good day, by the sea.\n');
    await served.waitFor(/rebuilt after plans\/sam\/checkins\/2026-11-20\.md: \d+ pages/, true);
    expect(readFileSync(join(cwd, '_site/sam/checkins/2026-11.html'), 'utf8')).toContain('A good day, by the sea.');
    expect(statSync(other).mtimeMs).toBe(before);

    writeFileSync(join(fixture.plan, 'checkins/2026-11-21.md'), '---\nmood: 5\n---\nA new day.\n');
    await served.waitFor(/rebuilt after plans\/sam\/checkins\/2026-11-21\.md/, true);
    const november = readFileSync(join(cwd, '_site/sam/checkins/2026-11.html'), 'utf8');
    expect(november).toContain('<section class="day" id="2026-11-21" aria-labelledby="2026-11-21-heading">');
    expect(november).toContain('A new day.');
  });

  it('watches a plans folder that sits inside a hidden folder', { timeout: 30_000 }, async () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    mkdirSync(join(cwd, '.vault'));
    renameSync(fixture.plans, join(cwd, '.vault/plans'));
    served = await startServe(['--plans', '.vault/plans', '--port', String(await freePort()), '--today', '2026-11-24'], cwd);
    writeFileSync(join(cwd, '.vault/plans/sam/checkins/2026-11-20.md'), '---\nmood: 5\n---\nFound it.\n');
    await served.waitFor(/rebuilt after/, true);
    expect(readFileSync(join(cwd, '_site/sam/checkins/2026-11.html'), 'utf8')).toContain('Found it.');
  });

  it('says so when the port is taken, with exit 2 and no stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const run = waymark(['serve', '--port', String(taken)], { cwd: dirname(planFixture().plans) });
      expect(run).toEqual({ code: 2, stdout: '', stderr: `waymark: serve: port ${taken} is already in use (is another waymark serve running?); pick another with --port\n` });
    } finally {
      blocker.close();
    }
  });

  it('refuses an output folder that would put the plans at risk, with exit 2', () => {
    const fixture = planFixture();
    const run = waymark(['serve', '--out', 'plans'], { cwd: dirname(fixture.plans) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('waymark: serve: plans is the plans folder: the site would overwrite your plan; nothing was written.\n');
  });
});
