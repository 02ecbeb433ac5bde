// Reads a plan file's text: UTF-8 of a sane size, or a message that says why not.

import { readFileSync, statSync } from 'node:fs';

export const MAX_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type ReadText = { ok: true; text: string } | { ok: false; message: string };

/** Why a file of `size` bytes is not read, or null when its size is fine. */
export function sizeProblem(size: number): string | null {
  if (size <= MAX_FILE_BYTES) return null;
  return `the file is ${size.toLocaleString('en')} bytes; plan files can be at most 1 MiB (${MAX_FILE_BYTES.toLocaleString('en')} bytes). Split it or move large content elsewhere`;
}

/** A plan file's text, once it is known to be UTF-8 of a sane size (a leading BOM is dropped). */
export function readText(file: string): ReadText {
  let bytes: Buffer;
  try {
    const tooLarge = sizeProblem(statSync(file).size);
    if (tooLarge) return { ok: false, message: tooLarge };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { ok: false, message: `the file could not be read (${code}); check that it exists and that you may read it` };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, message: 'the file is not UTF-8 text; save it as UTF-8 in your editor' };
  }
}
