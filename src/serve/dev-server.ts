// The Eleventy dev server over the built site, behind Waymark's own sockets: serves the output folder to this computer and tells open pages to reload.

import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { pageWithErrors, type Problem } from './error-banner.js';
import { listenGuarded } from './listen-guarded.js';

export interface DevServer {
  /** Listens on `addresses` and answers only Host names in `hosts`; resolves once it listens, or with why it cannot. */
  start(port: number, addresses: readonly string[], hosts: ReadonlySet<string>): Promise<{ ok: true } | { ok: false; error: NodeJS.ErrnoException }>;
  reload(): void;
  /** Shows `problems` above every page (the last good site underneath), until `reload` after a good build. */
  showErrors(problems: Problem[]): void;
  close(): Promise<void>;
}

export function devServer(outDir: string): DevServer {
  const quiet = { info: () => {}, log: () => {}, error: () => {} };
  let problems: Problem[] = [];
  let servers: Server[] = [];
  // The dev server never listens itself (it would listen on every interface): it answers what Waymark's sockets pass it.
  const site = EleventyDevServer.getServer('waymark', outDir, { liveReload: true, domDiff: false, watch: [], logger: quiet, showVersion: false, portReassignmentRetryCount: 0 });
  const request = (req: IncomingMessage, res: ServerResponse) => {
    if (problems.length > 0) {
      const body = pageWithErrors(outDir, new URL(req.url ?? '/', 'http://localhost').pathname, problems);
      if (body !== undefined) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(body);
        return;
      }
    }
    return site.onRequestHandler(req, res);
  };
  return {
    async start(port, addresses, hosts) {
      site.setupReloadNotifier();
      const handlers = { request, upgrade: (...args: [IncomingMessage, Duplex, Buffer]) => site.server.emit('upgrade', ...args) };
      const listening = await listenGuarded(handlers, port, addresses, hosts);
      if (!listening.ok) return listening;
      servers = listening.servers;
      return { ok: true };
    },
    reload() {
      problems = [];
      site.reload({ files: [] });
    },
    showErrors(found) {
      problems = found;
      site.reload({ files: [] });
    },
    async close() {
      await site.close();
      await Promise.all(
        servers.map(
          (server) =>
            new Promise((resolve) => {
              server.close(resolve);
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}
