// `waymark serve`: build the site, serve it on localhost, and rebuild it on every save in the plans folder.

import { statSync } from 'node:fs';
import { createServer } from 'node:net';
import { relative } from 'node:path';
import { watch } from 'chokidar';
import { openBuildCache } from '../cache/open-cache.js';
import { devServer } from '../serve/dev-server.js';
import { ServeSession, type Outcome } from '../serve/serve-session.js';
import { unsafeOutputReason } from '../site/output-folder.js';
import { displayPath, formatPretty, formatSummary } from '../validate/format-diagnostics.js';
import { parseCommand, plansDir, stringOption } from './args.js';
import { paint, type Output } from './output.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: waymark serve [--port N] [--out DIR] [--no-cache] [--plans DIR] [--today YYYY-MM-DD]

Builds the site into DIR (as 'waymark build' does), serves it on http://localhost:N,
and rebuilds it each time you save a file in the plans folder; open pages reload.
A save with errors shows them here and on the page, and the last good site stays up.

  --port N     the port to serve on (default: 8080)
  --out DIR    where to write the site (default: ./_site)
  --no-cache   neither read nor write the build cache that 'waymark build' keeps

Press Ctrl+C to stop.`;

/** How long to wait after a save for more saves, so that one edit is one rebuild. */
const SETTLE_MS = 20;
/** When to look again at the files of a rebuild for saves the watcher folded away. */
const RECHECK_MS = 100;

/** Whether something already listens on `port` on this machine. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** A file's size and modification time, or 'gone'. */
function signature(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'gone';
}

export async function serve(argv: string[], output: Output): Promise<number> {
  const { values } = parseCommand('serve', argv, { port: { type: 'string' }, out: { type: 'string' }, 'no-cache': { type: 'boolean' } }, 0);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const port = Number(stringOption(values, 'port') ?? '8080');
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`serve: --port must be a whole number from 1 to 65535 (got '${stringOption(values, 'port')}')`);
  const plans = plansDir(values);
  const out = stringOption(values, 'out') ?? '_site';
  const unsafe = unsafeOutputReason(out, plans);
  if (unsafe) throw new UsageError(`serve: ${unsafe}; nothing was written.`);

  if (!(await portIsFree(port))) throw new UsageError(`serve: port ${port} is already in use (is another waymark serve running?); pick another with --port`);

  const session = new ServeSession(plans, out, stringOption(values, 'today'), openBuildCache(plans, values['no-cache'] === true));
  const server = devServer(out);
  const painter = (style: 'red' | 'yellow' | 'bold' | 'dim', text: string) => paint(output, style, text);
  const say = (outcome: Outcome, what: string): void => {
    if (outcome.kind === 'refused') throw new UsageError(`serve: ${outcome.message}`);
    if (outcome.kind === 'errors') {
      for (const d of outcome.diagnostics) output.err(formatPretty(d, painter));
      output.err(`${formatSummary(outcome.diagnostics, outcome.files)}: not rebuilt; the last good site stays up until the errors are fixed`);
      server.showErrors(outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ place: `${displayPath(d.file)}:${d.line}:${d.column}`, message: d.message })));
      return;
    }
    for (const d of outcome.diagnostics) output.err(formatPretty(d, painter));
    output.out(`${what}: ${outcome.pages} pages in ${(outcome.ms / 1000).toFixed(2)} s`);
    server.reload();
  };

  say(await session.start(), `built ${displayPath(out)}`);
  const url = await server.start(port);
  // Hidden files inside the plans folder (editor swap files, .git) are not plan files; the folder itself may sit anywhere.
  const watcher = watch(plans, { ignoreInitial: true, ignored: (path) => /(^|[/\\])\.[^/\\]/.test(relative(plans, path)) });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  output.out(`serving the site at ${url} (Ctrl+C to stop)`);
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const rebuild = () => {
    if (stopped) return;
    const changed = new Set(pending);
    pending.clear();
    running = running.then(async () => {
      const read = new Map([...changed].map((path) => [path, signature(path)]));
      try {
        say(await session.update(changed), `rebuilt after ${[...changed].map((file) => displayPath(file)).join(', ')}`);
      } catch (error) {
        output.err(`waymark: the rebuild failed: ${error instanceof Error ? error.message : String(error)}; the last good site stays up`);
      }
      // The watcher folds saves less than ~50 ms apart into one event: look again, so a quick second save is not lost.
      setTimeout(() => {
        if (stopped) return;
        const missed = [...read].filter(([path, before]) => signature(path) !== before);
        if (missed.length === 0) return;
        for (const [path] of missed) pending.add(path);
        clearTimeout(timer);
        timer = setTimeout(rebuild, SETTLE_MS);
      }, RECHECK_MS);
    });
  };
  watcher.on('all', (_event, path) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(rebuild, SETTLE_MS);
  });

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  stopped = true;
  clearTimeout(timer);
  await Promise.all([watcher.close(), running]);
  await server.close();
  output.out('stopped');
  return 0;
}
