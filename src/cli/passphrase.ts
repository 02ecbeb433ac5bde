// Where `waymark build --encrypt` gets the passphrase: $WAYMARK_PASSPHRASE, --passphrase-file, or a hidden prompt on a terminal, asked twice.

import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { MIN_PASSPHRASE_LENGTH } from '../crypt/encrypt-site.js';

export type PassphraseResult = { ok: true; passphrase: string } | { ok: false; message: string };

export interface PassphraseSources {
  /** --passphrase-file FILE */
  file?: string | undefined;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Where the prompt goes; what is typed never does. */
  stderr: NodeJS.WritableStream;
  /** The environment variable to read, when not WAYMARK_PASSPHRASE (`share` has its own). */
  envName?: string;
  /** The command asking, when not `build`. */
  command?: string;
}

export const PASSPHRASE_ENV = 'WAYMARK_PASSPHRASE';

/** The passphrase, or what to tell the person instead. It is never written anywhere nor printed. */
export async function readPassphrase(sources: PassphraseSources): Promise<PassphraseResult> {
  const envName = sources.envName ?? PASSPHRASE_ENV;
  const fromEnv = sources.env[envName];
  if (fromEnv) return checked(fromEnv, `$${envName}`);
  if (sources.file !== undefined) {
    let text: string;
    try {
      text = await readFile(sources.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : 'it could not be read';
      return { ok: false, message: `cannot read the passphrase file ${sources.file}: ${why}.` };
    }
    return checked(firstLine(text), `the first line of ${sources.file}`);
  }
  if (!sources.stdin.isTTY) {
    return { ok: false, message: `--encrypt needs a passphrase: set ${envName}, pass --passphrase-file FILE, or run ${sources.command ? `'waymark ${sources.command}'` : 'the build'} in a terminal to be asked for one.` };
  }
  const terminal = hiddenPrompt(sources);
  try {
    const first = await terminal.ask('Passphrase (at least 12 characters, not shown): ');
    if (first === null) return { ok: false, message: 'no passphrase was entered, so nothing was encrypted.' };
    const short = tooShort(first, 'the passphrase');
    if (short) return short;
    const second = await terminal.ask('The same passphrase again: ');
    if (second === null) return { ok: false, message: 'no passphrase was entered, so nothing was encrypted.' };
    if (second !== first) return { ok: false, message: 'the two passphrases differ. Build again and type the same passphrase twice.' };
    return { ok: true, passphrase: first };
  } finally {
    terminal.close();
  }
}

/** The first line, without its line ending: a file written by an editor ends with a newline that is not part of the passphrase. */
function firstLine(text: string): string {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
}

function checked(passphrase: string, from: string): PassphraseResult {
  return tooShort(passphrase, from) ?? { ok: true, passphrase };
}

function tooShort(passphrase: string, from: string): PassphraseResult | null {
  const length = [...passphrase].length;
  if (length >= MIN_PASSPHRASE_LENGTH) return null;
  return { ok: false, message: `${from} is ${length} character${length === 1 ? '' : 's'} long; a passphrase needs at least ${MIN_PASSPHRASE_LENGTH}. Several unrelated words make one that is long and easy to remember.` };
}

/** Lines from the terminal with echo off: readline writes to a stream that drops everything while an answer is typed. */
function hiddenPrompt(sources: PassphraseSources): { ask(prompt: string): Promise<string | null>; close(): void } {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
      if (!muted) sources.stderr.write(chunk);
      done();
    },
  });
  const lines = createInterface({ input: sources.stdin, output, terminal: true, historySize: 0 });
  const cancel = new AbortController();
  // Ctrl+C or the end of input: give up on the passphrase rather than hang or leave the terminal without echo.
  lines.on('SIGINT', () => cancel.abort());
  lines.on('close', () => cancel.abort());
  return {
    async ask(prompt) {
      if (cancel.signal.aborted) return null;
      try {
        sources.stderr.write(prompt);
        muted = true;
        return await lines.question('', { signal: cancel.signal });
      } catch {
        return null;
      } finally {
        muted = false;
        sources.stderr.write('\n');
      }
    },
    close: () => lines.close(),
  };
}
