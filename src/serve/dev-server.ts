// The Eleventy dev server over the built site: serves the output folder on localhost and tells open pages to reload.

import EleventyDevServer from '@11ty/eleventy-dev-server';

export interface DevServer {
  /** Resolves with the address once the server listens. */
  start(port: number): Promise<string>;
  reload(): void;
  /** Shows `message` over the open page; the site underneath stays as it was. */
  showError(message: string): void;
  close(): Promise<void>;
}

export function devServer(outDir: string): DevServer {
  const quiet = { info: () => {}, log: () => {}, error: () => {} };
  const server = EleventyDevServer.getServer('waymark', outDir, { liveReload: true, domDiff: false, watch: [], logger: quiet, showVersion: false, portReassignmentRetryCount: 0 });
  return {
    async start(port) {
      server.serve(port);
      await server.ready();
      return server.getServerUrl('localhost');
    },
    reload() {
      server.reload({ files: [] });
    },
    showError(message) {
      const error = new Error(message);
      error.stack = message;
      server.sendError({ error });
    },
    close: () => server.close(),
  };
}
