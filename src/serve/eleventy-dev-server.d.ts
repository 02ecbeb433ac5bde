// Types for the parts of @11ty/eleventy-dev-server that Waymark uses (the package ships none).

declare module '@11ty/eleventy-dev-server' {
  interface Options {
    liveReload?: boolean;
    domDiff?: boolean;
    watch?: string[];
    logger?: { info(...args: unknown[]): void; log(...args: unknown[]): void; error(...args: unknown[]): void };
    showVersion?: boolean;
    portReassignmentRetryCount?: number;
    onRequest?: Record<string, (request: { url: URL }) => undefined | string | { headers?: Record<string, string>; body: string; status?: number }>;
  }
  interface Server {
    serve(port: number): void;
    ready(): Promise<void>;
    getServerUrl(host: string): string;
    reload(event: { files: string[] }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options: Options): Server };
  export default EleventyDevServer;
}
