// A private folder outside the output folder where a site is rendered (and sealed) before any of it is published.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const open = new Set<string>();
let watching = false;

/** Ctrl+C mid-build: remove every staging folder (it may hold readable pages), then end as an interrupted command does. */
function removeAllAndExit(): void {
  for (const folder of open) rmSync(folder, { recursive: true, force: true });
  process.exit(130);
}

/**
 * A new folder only this user can read (mkdtemp makes it 0700) in the system's temporary folder.
 * With `removeOnInterrupt`, Ctrl+C removes it before the command ends (`waymark build`; `serve` stops on its own).
 */
export function openStaging(removeOnInterrupt = false): string {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-staging-'));
  open.add(folder);
  if (removeOnInterrupt && !watching) {
    watching = true;
    process.once('SIGINT', removeAllAndExit);
    process.once('SIGTERM', removeAllAndExit);
  }
  return folder;
}

export function closeStaging(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  open.delete(folder);
}
