// The language server: Waymark's checks, ids and field descriptions in any editor that speaks LSP, over stdio.

import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection, type TextDocumentPositionParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completions } from './completion.js';
import { definition } from './definition.js';
import { PlanDocuments } from './documents.js';
import { fileSchema } from './field-schema.js';
import { hover } from './hover.js';
import { planFileKind } from './plan-folder.js';
import { lspDiagnostic } from './positions.js';
import { cursorContext } from './yaml-context.js';

export interface ServerOptions {
  plansDir: string | undefined;
  today: string | undefined;
  version: string;
  /** How long to wait after a change for the next one before checking: typing a word is checked once. */
  debounceMs?: number;
}

/** Starts the server on stdin and stdout; resolves when the editor has closed the connection. */
export function startServer(options: ServerOptions): Promise<void> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const log = (message: string) => connection.console.error(message);
  // Anything printed would corrupt the protocol on stdout: it goes to the editor's log instead.
  console.log = console.info = (...args: unknown[]) => connection.console.log(args.join(' '));
  process.on('uncaughtException', (error) => log(`waymark: something unexpected went wrong (${error.message}); the server goes on`));

  const documents = new TextDocuments(TextDocument);
  const plans = new PlanDocuments({ plansDir: options.plansDir, today: options.today, onDiskChange: (dir) => schedule(dir), log });
  const timers = new Map<string, NodeJS.Timeout>();
  const debounce = options.debounceMs ?? 25;

  /** Runs `task`; a failure is logged to the editor, and the server answers `fallback` and goes on. */
  const guard = <T>(what: string, fallback: T, task: () => T): T => {
    try {
      return task();
    } catch (error) {
      log(`waymark: ${what} failed (${error instanceof Error ? error.message : String(error)}); the server goes on`);
      return fallback;
    }
  };

  const schedule = (planDir: string): void => {
    clearTimeout(timers.get(planDir));
    timers.set(planDir, setTimeout(() => {
      timers.delete(planDir);
      publish(planDir);
    }, debounce));
  };

  /** Checks a plan and sends every open file of it its problems (none, once fixed). */
  const publish = (planDir: string): void =>
    guard(`checking ${planDir}`, undefined, () => {
      const open = plans.openIn(planDir);
      if (open.length === 0) return;
      const byFile = new Map<string, ReturnType<typeof lspDiagnostic>[]>();
      for (const d of plans.validate(planDir).diagnostics) {
        const path = resolve(d.file);
        const list = byFile.get(path);
        if (list) list.push(lspDiagnostic(d));
        else byFile.set(path, [lspDiagnostic(d)]);
      }
      for (const { path, uri } of open) void connection.sendDiagnostics({ uri, diagnostics: byFile.get(path) ?? [] });
    });

  documents.onDidChangeContent(({ document }) =>
    guard(`reading ${document.uri}`, undefined, () => {
      const path = pathOf(document.uri);
      const dir = path && plans.planOf(path);
      if (!path || !dir) return;
      plans.update(document.uri, path, document.getText());
      schedule(dir);
    }),
  );
  documents.onDidClose(({ document }) =>
    guard(`closing ${document.uri}`, undefined, () => {
      const path = pathOf(document.uri);
      const dir = path && plans.planOf(path);
      if (!path || !dir) return;
      plans.close(path);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      // Its unsaved text is gone: the other open files are checked against the file on disk again.
      schedule(dir);
    }),
  );

  /** The document, its plan and its kind, and what the cursor is on. */
  const at = (params: TextDocumentPositionParams) => {
    const document = documents.get(params.textDocument.uri);
    const path = document && pathOf(document.uri);
    const dir = path && plans.planOf(path);
    const kind = path && dir ? planFileKind(dir, path) : null;
    if (!document || !path || !dir || !kind || kind === 'stray') return null;
    const context = cursorContext(document.getText(), params.position.line, params.position.character);
    if (!context) return null;
    const plan = plans.planSource(dir);
    const planFile = plan?.file ?? join(dir, 'plan.md');
    const slug = basename(dir);
    const lineText = document.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    return { context, kind, plan, schema: fileSchema(kind, slug, plan), planUri: plans.uriOf(planFile) ?? pathToFileURL(planFile).href, lineText };
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['[', ',', ' ', '-'] },
      hoverProvider: true,
      definitionProvider: true,
    },
    serverInfo: { name: 'waymark', version: options.version },
  }));
  // plan.md's schema takes a second or so to build (it lists every time zone): built while the editor starts, not on the first hover.
  connection.onInitialized(() => void setTimeout(() => guard('reading the schemas', undefined, () => fileSchema('plan', '', null)), 0));
  connection.onCompletion((params) =>
    guard('completion', [], () => {
      const found = at(params);
      return found ? completions(found) : [];
    }),
  );
  connection.onHover((params) =>
    guard('hover', null, () => {
      const found = at(params);
      return found ? hover(found.context, found.kind, found.schema, found.plan) : null;
    }),
  );
  connection.onDefinition((params) =>
    guard('go to definition', null, () => {
      const found = at(params);
      return found ? definition(found.context, found.kind, found.plan, found.planUri) : null;
    }),
  );
  connection.onShutdown(() => plans.dispose());

  documents.listen(connection);
  connection.listen();
  return closed(connection);
}

function closed(connection: Connection): Promise<void> {
  return new Promise((resolve) => connection.onExit(() => resolve()));
}

/** The file a `file:` uri names; null for documents that are not files (an unsaved, untitled one). */
function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}
