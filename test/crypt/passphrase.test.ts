// readPassphrase: the environment, then a file's first line, then a hidden prompt asked twice; short ones refused with a message, nothing echoed.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readPassphrase } from '../../src/cli/passphrase.js';

const GOOD = 'lantern moss harbour 42';

function quiet(): { stream: PassThrough; text(): string } {
  const stream = new PassThrough();
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  return { stream, text: () => written };
}

const notATerminal = () => Object.assign(new PassThrough(), { isTTY: false });

function fileWith(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'waymark-pass-')), 'passphrase.txt');
  writeFileSync(path, content);
  return path;
}

/** A pretend terminal: each answer is typed once its prompt has appeared. */
async function typed(answers: string[]): Promise<{ result: Awaited<ReturnType<typeof readPassphrase>>; shown: string }> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = quiet();
  const pending = readPassphrase({ env: {}, stdin, stderr: stderr.stream });
  let prompts = 0;
  for (const answer of answers) {
    prompts++;
    while (!promptShown(stderr.text(), prompts)) await new Promise((done) => setTimeout(done, 5));
    stdin.write(answer);
  }
  return { result: await pending, shown: stderr.text() };
}

function promptShown(text: string, count: number): boolean {
  return count === 1 ? text.includes('Passphrase (at least 12 characters, not shown): ') : text.includes('The same passphrase again: ');
}

describe('readPassphrase', () => {
  it('takes $WAYMARK_PASSPHRASE first', async () => {
    const file = fileWith('another passphrase here\n');
    expect(await readPassphrase({ env: { WAYMARK_PASSPHRASE: GOOD }, file, stdin: notATerminal(), stderr: quiet().stream })).toEqual({ ok: true, passphrase: GOOD });
  });

  it('then the first line of --passphrase-file, without its line ending and nothing else trimmed', async () => {
    const read = (content: string) => readPassphrase({ env: {}, file: fileWith(content), stdin: notATerminal(), stderr: quiet().stream });
    expect(await read(`${GOOD}\n`)).toEqual({ ok: true, passphrase: GOOD });
    expect(await read(`${GOOD}\r\nsecond line\n`)).toEqual({ ok: true, passphrase: GOOD });
    expect(await read(` ${GOOD} `)).toEqual({ ok: true, passphrase: ` ${GOOD} ` });
  });

  it('refuses a passphrase under 12 characters, saying where it came from and what to do', async () => {
    expect(await readPassphrase({ env: { WAYMARK_PASSPHRASE: 'short one' }, stdin: notATerminal(), stderr: quiet().stream })).toEqual({
      ok: false,
      message: '$WAYMARK_PASSPHRASE is 9 characters long; a passphrase needs at least 12. Several unrelated words make one that is long and easy to remember.',
    });
    const file = fileWith('elevenchars\n');
    expect(await readPassphrase({ env: {}, file, stdin: notATerminal(), stderr: quiet().stream })).toEqual({
      ok: false,
      message: `the first line of ${file} is 11 characters long; a passphrase needs at least 12. Several unrelated words make one that is long and easy to remember.`,
    });
  });

  it('counts characters, not bytes', async () => {
    expect(await readPassphrase({ env: { WAYMARK_PASSPHRASE: 'ñandú cóndor' }, stdin: notATerminal(), stderr: quiet().stream })).toEqual({ ok: true, passphrase: 'ñandú cóndor' });
  });

  it('says so when the file cannot be read, or when there is no passphrase and no terminal to ask on', async () => {
    expect(await readPassphrase({ env: {}, file: '/nonexistent/waymark-passphrase', stdin: notATerminal(), stderr: quiet().stream })).toEqual({
      ok: false,
      message: 'cannot read the passphrase file /nonexistent/waymark-passphrase: there is no such file.',
    });
    expect(await readPassphrase({ env: {}, stdin: notATerminal(), stderr: quiet().stream })).toEqual({
      ok: false,
      message: '--encrypt needs a passphrase: set WAYMARK_PASSPHRASE, pass --passphrase-file FILE, or run the build in a terminal to be asked for one.',
    });
  });

  it('asks twice on a terminal without showing what is typed', async () => {
    const { result, shown } = await typed([`${GOOD}\r`, `${GOOD}\r`]);
    expect(result).toEqual({ ok: true, passphrase: GOOD });
    expect(shown).toContain('Passphrase (at least 12 characters, not shown): ');
    expect(shown).toContain('The same passphrase again: ');
    expect(shown).not.toContain('lantern');
  });

  it('refuses two different answers, a short one and Ctrl+C', async () => {
    expect((await typed([`${GOOD}\r`, 'lantern moss harbour 43\r'])).result).toEqual({ ok: false, message: 'the two passphrases differ. Build again and type the same passphrase twice.' });
    const short = await typed(['too short\r']);
    expect(short.result).toEqual({ ok: false, message: 'the passphrase is 9 characters long; a passphrase needs at least 12. Several unrelated words make one that is long and easy to remember.' });
    expect(short.shown).not.toContain('too short');
    expect((await typed(['\u0003'])).result).toEqual({ ok: false, message: 'no passphrase was entered, so nothing was encrypted.' });
  });
});
