// `waymark serve` is for this computer only: it listens on loopback, answers only localhost names, and no request stops it or leaves the site.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { startServe, type Served } from './serve-process.js';
import { freePort } from '../free-port.js';

let served: Served | undefined;
afterEach(async () => {
  await served?.stop();
  served = undefined;
});


/** Sends `request` as it stands on a fresh connection to 127.0.0.1 and resolves with the status line and body. */
function raw(port: number, request: string): Promise<{ status: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => (text += d));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: text.split('\r\n', 1)[0]!, body: text.slice(text.indexOf('\r\n\r\n') + 4) }));
    socket.write(request);
  });
}

const get = (port: number, path: string, host = `localhost:${port}`) => raw(port, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

/** The local addresses listening on `port`, from the kernel's own tables (Linux). */
function listeningAddresses(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hex}`)) continue;
      const address = local.slice(0, -5);
      found.push(
        address === '0100007F' ? '127.0.0.1' : address === '00000000000000000000000001000000' ? '::1' : address === '00000000' ? '0.0.0.0' : /^0+$/.test(address) ? '::' : address,
      );
    }
  }
  return found.sort();
}

describe('waymark serve, hardened', () => {
  it.skipIf(!existsSync('/proc/net/tcp'))('listens on 127.0.0.1 (and ::1) only, never on every interface', { timeout: 30_000 }, async () => {
    const port = await freePort();
    served = await startServe(['--port', String(port), '--today', '2026-11-24'], dirname(planFixture().plans));
    expect(served.url).toBe(`http://localhost:${port}/`);
    const addresses = listeningAddresses(port);
    expect(addresses.filter((a) => a !== '::1')).toEqual(['127.0.0.1']);
    expect(addresses).not.toContain('0.0.0.0');
    expect(addresses).not.toContain('::');
  });

  it('answers 403 to a Host that is not this computer (DNS rebinding), and serves localhost, 127.0.0.1 and [::1]', { timeout: 30_000 }, async () => {
    const port = await freePort();
    served = await startServe(['--port', String(port), '--today', '2026-11-24'], dirname(planFixture().plans));
    for (const host of [`evil.example:${port}`, `localhost.evil.example:${port}`, 'localhost', `localhost:${port + 1}`, `192.168.1.20:${port}`]) {
      const answer = await get(port, '/sam/crisis.html', host);
      expect(answer.status, host).toBe('HTTP/1.1 403 Forbidden');
      expect(answer.body).toBe('This server answers only to this computer (localhost).\n');
    }
    // No Host header at all (HTTP/1.0).
    expect((await raw(port, 'GET /sam/crisis.html HTTP/1.0\r\n\r\n')).status).toBe('HTTP/1.1 403 Forbidden');
    for (const host of [`localhost:${port}`, `LOCALHOST:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      const answer = await get(port, '/sam/crisis.html', host);
      expect(answer.status, host).toBe('HTTP/1.1 200 OK');
      expect(answer.body).toContain('<h1');
    }
  });

  it('survives /%ff, encoded .. and other malformed paths, and never serves a file outside the site', { timeout: 30_000 }, async () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    writeFileSync(join(cwd, 'secret.txt'), 'outside the site\n');
    const port = await freePort();
    served = await startServe(['--port', String(port), '--today', '2026-11-24'], cwd);
    const paths = ['/%ff', '/%E0%A4%A', '/..%2fsecret.txt', '/..%2F..%2F..%2Fetc%2Fpasswd', '/%2e%2e/secret.txt', '/sam/%2e%2e%2f%2e%2e%2fsecret.txt', '/..\\secret.txt', '/%00', '/sam/..%5csecret.txt'];
    for (const path of paths) {
      const answer = await get(port, path);
      expect(answer.body, path).not.toContain('outside the site');
      expect(answer.body, path).not.toContain('root:');
      expect(answer.status, path).toMatch(/^HTTP\/1\.1 (400|404)/);
    }
    expect((await get(port, '/%ff')).status).toBe('HTTP/1.1 400 Bad Request');
    expect((await get(port, '/..%2fsecret.txt')).status).toBe('HTTP/1.1 400 Bad Request');
    // A request line that is not HTTP at all.
    await raw(port, 'GARBAGE\r\n\r\n');
    // Still running, and still serving.
    expect(served.child.exitCode).toBe(null);
    const page = await get(port, '/sam/checkins/2026-11.html');
    expect(page.status).toBe('HTTP/1.1 200 OK');
    expect(page.body).toContain('A good day.');
    expect(served.log()).not.toMatch(/Error|at .*\.js:\d+/);
  });

  it('--host listens where asked, with a warning, and still refuses other Host names', { timeout: 30_000 }, async () => {
    const port = await freePort();
    served = await startServe(['--port', String(port), '--host', '0.0.0.0', '--today', '2026-11-24'], dirname(planFixture().plans));
    expect(served.log()).toContain('warning: --host 0.0.0.0: anyone on a network that reaches this computer can open the site, and it shows your plan unencrypted. Leave out --host to keep it to this computer.\n');
    if (existsSync('/proc/net/tcp')) expect(listeningAddresses(port)).toEqual(['0.0.0.0']);
    expect((await get(port, '/sam/crisis.html', `127.0.0.1:${port}`)).status).toBe('HTTP/1.1 200 OK');
    expect((await get(port, '/sam/crisis.html', `rebound.example:${port}`)).status).toBe('HTTP/1.1 403 Forbidden');
  });
});
