// Reads a plan file's text: a regular file inside the plans folder, UTF-8 of a sane size, or a message that says why not.

import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isInside } from './inside-folder.js';

export const MAX_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type ReadText = { ok: true; text: string } | { ok: false; message: string };

/** Why a file of `size` bytes is not read, or null when its size is fine. */
export function sizeProblem(size: number): string | null {
  if (size <= MAX_FILE_BYTES) return null;
  return `the file is ${size.toLocaleString('en')} bytes; plan files can be at most 1 MiB (${MAX_FILE_BYTES.toLocaleString('en')} bytes). Split it or move large content elsewhere`;
}

/** What a special file is, in a person's words. */
function whatItIs(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

function notRegular(stat: Stats): ReadText {
  return { ok: false, message: `this is ${whatItIs(stat)}, not a regular file, so it was not read; a plan file is an ordinary text file saved by an editor` };
}

/**
 * A plan file's text, once it is known to be a regular file (inside `root`, the plans folder's real
 * path as `planFiles` gives it, when given: a symbolic link may not lead out of it) and UTF-8 of a sane size (a leading BOM is dropped).
 * Never waits: a named pipe or device is refused before it is opened, and opened without blocking.
 */
export function readText(file: string, root?: string): ReadText {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    const link = lstatSync(file);
    if (link.isSymbolicLink()) {
      if (root !== undefined) {
        const outside = outsideOf(root, realpathSync.native(file));
        if (outside) return outside;
      }
      const before = statSync(file);
      if (!before.isFile()) return notRegular(before);
      fd = openSync(file, READ);
    } else {
      if (!link.isFile()) return notRegular(link);
      // Not a link: opened without following one, in case it became one since.
      fd = openSync(file, READ | (constants.O_NOFOLLOW ?? 0));
    }
    // Where the opened file really is, from the open file itself: a link pointed elsewhere since the check is caught here.
    if (root !== undefined) {
      const outside = outsideOf(root, openedPath(fd) ?? realpathSync.native(file));
      if (outside) return outside;
    }
    // Checked again on what was opened: the file may have been swapped for another since.
    const stat = fstatSync(fd);
    if (!stat.isFile()) return notRegular(stat);
    const tooLarge = sizeProblem(stat.size);
    if (tooLarge) return { ok: false, message: tooLarge };
    bytes = readFileSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { ok: false, message: `the file could not be read (${code}); check that it exists and that you may read it` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, message: 'the file is not UTF-8 text; save it as UTF-8 in your editor' };
  }
}

const READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The refusal of a file whose real path `target` lies outside the plans folder `root`, or null. */
function outsideOf(root: string, target: string): ReadText | null {
  if (isInside(target, root)) return null;
  return { ok: false, message: `this file is a link to ${target}, outside the plans folder, so it was not read; copy what you need into the plans folder instead of linking to it` };
}

/** Where an open file really is, from Linux's /proc (one call, and no race with a folder renamed meanwhile); null elsewhere. */
function openedPath(fd: number): string | null {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return null;
  }
}
