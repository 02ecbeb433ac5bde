// The sockets of `waymark serve`: one HTTP server per address it listens on, each refusing what request-guard.ts refuses before the site sees it.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { refusal } from './request-guard.js';

export interface Handlers {
  request(req: IncomingMessage, res: ServerResponse): unknown;
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/** Addresses this computer alone can reach; ::1 is skipped where IPv6 is turned off. */
export const LOOPBACK_ADDRESSES = ['127.0.0.1', '::1'];

function listen(server: Server, port: number, host: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    server.once('error', resolve);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', resolve);
      resolve(null);
    });
  });
}

function guarded(handlers: Handlers, port: number, hosts: ReadonlySet<string>): Server {
  const server = createServer((req, res) => {
    const refused = refusal(req.url, req.headers.host, port, hosts);
    if (refused) {
      res.writeHead(refused.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(refused.message), 'Cache-Control': 'no-store' });
      res.end(refused.message);
      return;
    }
    // Whatever the site's handler throws answers this request only; the server keeps running.
    Promise.resolve()
      .then(() => handlers.request(req, res))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end();
      });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (refusal(req.url, req.headers.host, port, hosts)) socket.destroy();
    else handlers.upgrade(req, socket, head);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  return server;
}

/**
 * Listens on `addresses` (the loopback ones unless `--host` chose); resolves with the servers, or with
 * the error of the first address that could not be used. A missing IPv6 loopback is not an error.
 */
export async function listenGuarded(handlers: Handlers, port: number, addresses: readonly string[], hosts: ReadonlySet<string>): Promise<{ ok: true; servers: Server[] } | { ok: false; error: NodeJS.ErrnoException }> {
  const servers: Server[] = [];
  for (const address of addresses) {
    const server = guarded(handlers, port, hosts);
    const error = await listen(server, port, address);
    if (error === null) servers.push(server);
    else if (!(address === '::1' && servers.length > 0 && (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT'))) {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
      return { ok: false, error };
    }
  }
  return { ok: true, servers };
}
