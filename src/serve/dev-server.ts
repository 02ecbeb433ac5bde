// The Eleventy dev server over the built site: serves the output folder on localhost and tells open pages to reload.

import EleventyDevServer from '@11ty/eleventy-dev-server';
import { pageWithErrors, type Problem } from './error-banner.js';

export interface DevServer {
  /** Resolves with the address once the server listens. */
  start(port: number): Promise<string>;
  reload(): void;
  /** Shows `problems` above every page (the last good site underneath), until `reload` after a good build. */
  showErrors(problems: Problem[]): void;
  close(): Promise<void>;
}

export function devServer(outDir: string): DevServer {
  const quiet = { info: () => {}, log: () => {}, error: () => {} };
  let problems: Problem[] = [];
  const onRequest = {
    '/*': ({ url }: { url: URL }) => {
      if (problems.length === 0) return undefined;
      const body = pageWithErrors(outDir, url.pathname, problems);
      return body === undefined ? undefined : { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body };
    },
  };
  const server = EleventyDevServer.getServer('waymark', outDir, { liveReload: true, domDiff: false, watch: [], logger: quiet, showVersion: false, portReassignmentRetryCount: 0, onRequest });
  return {
    async start(port) {
      server.serve(port);
      await server.ready();
      return server.getServerUrl('localhost');
    },
    reload() {
      problems = [];
      server.reload({ files: [] });
    },
    showErrors(found) {
      problems = found;
      server.reload({ files: [] });
    },
    close: () => server.close(),
  };
}
