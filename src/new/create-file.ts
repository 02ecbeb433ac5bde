// Writes a new file from a template, never over an existing one.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export type Created = { ok: true; file: string } | { ok: false; file: string; reason: 'exists' };

export function createFile(file: string, text: string): Created {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, text, { flag: 'wx' });
    return { ok: true, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: false, file, reason: 'exists' };
    throw error;
  }
}

/** The modeline's path from `file` to `schemaFile`, which `waymark schema` writes under `schemasDir`. */
export function schemaPath(file: string, schemaFile: string, schemasDir: string): string {
  return relative(dirname(resolve(file)), resolve(schemasDir, schemaFile)).split('\\').join('/');
}
