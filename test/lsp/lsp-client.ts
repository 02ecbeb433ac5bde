// A test client for `waymark lsp`: the real server process (bin/waymark.js lsp), spoken to over stdio with vscode-jsonrpc.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CompletionItem, CompletionList, Diagnostic, Hover, Location, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { BIN } from '../cli/run-cli.js';

export interface LspClient {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  /** What the server wrote to the editor's log and to stderr. */
  log: string[];
  open(file: string, text: string): Promise<void>;
  change(file: string, text: string): Promise<void>;
  close(file: string): Promise<void>;
  /** The next diagnostics published for `file` after this call that `accept` takes (by default, any). */
  diagnostics(file: string, accept?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  completion(file: string, line: number, character: number): Promise<CompletionItem[]>;
  hover(file: string, line: number, character: number): Promise<Hover | null>;
  definition(file: string, line: number, character: number): Promise<Location | Location[] | null>;
  stop(): Promise<number | null>;
}

/** Diagnostics as `check` reports them (see test/plan-fixture.ts), for `file` relative to the plan. */
export function asCheck(file: string, diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: d.severity === 1 ? 'error' : 'warning',
    rule: d.code,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

export const uri = (file: string): string => pathToFileURL(file).href;

/** Starts `waymark lsp` in `cwd` and initializes it. */
export async function startLsp(cwd: string, args: string[] = ['--today', '2026-11-24']): Promise<LspClient> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio', ...args], { cwd, env: { ...process.env, WAYMARK_PLANS: '' } });
  const log: string[] = [];
  child.stderr.on('data', (data) => log.push(String(data)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting: { uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const waiter of [...waiting]) {
      if (waiter.uri !== params.uri || !waiter.accept(params.diagnostics)) continue;
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(params.diagnostics);
    }
  });
  connection.onNotification('window/logMessage', (params: { message: string }) => void log.push(params.message));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri(cwd), capabilities: {} });
  await connection.sendNotification('initialized', {});

  const versions = new Map<string, number>();
  const position = (file: string, line: number, character: number) => ({ textDocument: { uri: uri(file) }, position: { line, character } });
  return {
    connection,
    process: child,
    log,
    async open(file, text) {
      versions.set(file, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'markdown', version: 1, text } });
    },
    async change(file, text) {
      const version = (versions.get(file) ?? 1) + 1;
      versions.set(file, version);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(file), version }, contentChanges: [{ text }] });
    },
    async close(file) {
      await connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(file) } });
    },
    diagnostics(file, accept = () => true) {
      return new Promise((resolve) => waiting.push({ uri: uri(file), accept, resolve }));
    },
    async completion(file, line, character) {
      const result = (await connection.sendRequest('textDocument/completion', position(file, line, character))) as CompletionItem[] | CompletionList | null;
      return Array.isArray(result) ? result : (result?.items ?? []);
    },
    hover: (file, line, character) => connection.sendRequest('textDocument/hover', position(file, line, character)),
    definition: (file, line, character) => connection.sendRequest('textDocument/definition', position(file, line, character)),
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
