// Zips a folder of Loop export files with yazl (a different library from the one that unpacks them), as Loop's "Export as CSV" does.

import { createWriteStream, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';

/** Writes `folder`'s files into a new zip, each under `prefix` (Loop puts them at the root), and returns its path. */
export async function zipFolder(folder: string, prefix = '', extra: Record<string, string> = {}): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const name of readdirSync(folder).sort()) zip.addBuffer(readFileSync(join(folder, name)), `${prefix}${name}`);
  for (const [name, text] of Object.entries(extra)) zip.addBuffer(Buffer.from(text), name);
  const path = join(mkdtempSync(join(tmpdir(), 'waymark-loop-')), 'Loop Habits CSV 2025-02-27.zip');
  await new Promise<void>((done, failed) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', done).on('error', failed);
    zip.end();
  });
  return path;
}
