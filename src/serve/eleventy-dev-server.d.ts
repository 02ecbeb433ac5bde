// Types for the parts of @11ty/eleventy-dev-server that Waymark uses (the package ships none).

declare module '@11ty/eleventy-dev-server' {
  import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
  interface Options {
    liveReload?: boolean;
    domDiff?: boolean;
    watch?: string[];
    logger?: { info(...args: unknown[]): void; log(...args: unknown[]): void; error(...args: unknown[]): void };
    showVersion?: boolean;
    portReassignmentRetryCount?: number;
  }
  interface Server {
    /** The server's own HTTP server, created on first use; Waymark never lets it listen and only passes it WebSocket upgrades. */
    readonly server: HttpServer;
    /** Attaches the reload WebSocket to `server`. */
    setupReloadNotifier(): void;
    onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void>;
    reload(event: { files: string[] }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options: Options): Server };
  export default EleventyDevServer;
}
