// `waymark serve`: build the site, serve it on localhost, and rebuild it on every save in the plans folder.

import { statSync } from 'node:fs';
import { isIP } from 'node:net';
import { relative } from 'node:path';
import { watch } from 'chokidar';
import { openBuildCache } from '../cache/open-cache.js';
import { devServer } from '../serve/dev-server.js';
import { LOOPBACK_ADDRESSES } from '../serve/listen-guarded.js';
import { allowedHosts, hostName } from '../serve/request-guard.js';
import { ServeSession, type Outcome } from '../serve/serve-session.js';
import { unsafeOutputReason } from '../site/output-folder.js';
import { displayPath, formatPretty, formatSummary } from '../validate/format-diagnostics.js';
import { parseCommand, plansDir, stringOption } from './args.js';
import { paint, type Output } from './output.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: waymark serve [--port N] [--host ADDRESS] [--out DIR] [--replace] [--no-cache] [--plans DIR] [--today YYYY-MM-DD]

Builds the site into DIR (as 'waymark build' does), serves it on http://localhost:N,
and rebuilds it each time you save a file in the plans folder; open pages reload.
A save with errors shows them here and on the page, and the last good site stays up.
Only this computer can open it: it listens on 127.0.0.1 and ::1, and answers only
requests addressed to localhost.

  --port N          the port to serve on (default: 8080)
  --host ADDRESS    listen on this IP address instead (0.0.0.0: every network this
                    computer is on); anyone who can reach it can read your plan
  --out DIR         where to write the site (default: ./_site)
  --replace         write over an encrypted site in DIR (it is never mixed with a plain one)
  --no-cache        neither read nor write the build cache that 'waymark build' keeps

Press Ctrl+C to stop.`;

/** How long to wait after a save for more saves, so that one edit is one rebuild. */
const SETTLE_MS = 20;
/** When to look again at the files of a rebuild for saves the watcher folded away. */
const RECHECK_MS = 100;

/** A file's size and modification time, or 'gone'. */
function signature(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'gone';
}

export async function serve(argv: string[], output: Output): Promise<number> {
  const { values } = parseCommand('serve', argv, { port: { type: 'string' }, host: { type: 'string' }, out: { type: 'string' }, replace: { type: 'boolean' }, 'no-cache': { type: 'boolean' } }, 0);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const port = Number(stringOption(values, 'port') ?? '8080');
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`serve: --port must be a whole number from 1 to 65535 (got '${stringOption(values, 'port')}')`);
  const host = stringOption(values, 'host');
  if (host !== undefined && isIP(host) === 0) throw new UsageError(`serve: --host takes an IP address of this computer, such as 127.0.0.1 or 0.0.0.0 (got '${host}')`);
  const plans = plansDir(values);
  const out = stringOption(values, 'out') ?? '_site';
  const unsafe = unsafeOutputReason(out, plans);
  if (unsafe) throw new UsageError(`serve: ${unsafe}; nothing was written.`);

  // Listening comes first: a port in use costs no build, and no page is served before the first build stands.
  const server = devServer(out);
  const listening = await server.start(port, host === undefined ? LOOPBACK_ADDRESSES : [host], allowedHosts(host));
  if (!listening.ok) {
    const why = listening.error.code === 'EADDRINUSE' ? `port ${port} is already in use (is another waymark serve running?); pick another with --port` : `cannot listen on ${host ?? 'localhost'} port ${port} (${listening.error.code ?? listening.error.message})`;
    throw new UsageError(`serve: ${why}`);
  }
  if (host !== undefined && !LOOPBACK_ADDRESSES.includes(host)) {
    output.err(`warning: --host ${host}: anyone on a network that reaches this computer can open the site, and it shows your plan unencrypted. Leave out --host to keep it to this computer.`);
  }
  const url = `http://${host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : hostName(host)}:${port}/`;
  const session = new ServeSession(plans, out, stringOption(values, 'today'), openBuildCache(plans, values['no-cache'] === true), values.replace === true);
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

  try {
    say(await session.start(), `built ${displayPath(out)}`);
  } catch (error) {
    await server.close();
    throw error;
  }
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
