// Watches a plan's folders for files changed outside the editor (a save elsewhere, a git checkout).
//
// One fs.watch per folder, not per file: a chokidar watcher stats every file of a ten-year plan as it starts,
// which held up the first edits' diagnostics by seconds (see bench/lsp.js); a folder's watch reports its files' changes.

import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

export interface PlanWatcher {
  close(): void;
}

/**
 * Calls `onChange(path, added)` for each change under `planDir`: `added` is true when files may have
 * been added or removed (a rename, which is also how many editors save), false for a file's new content.
 */
export function watchPlan(planDir: string, onChange: (path: string, added: boolean) => void, onError: (error: Error) => void): PlanWatcher {
  const watchers = new Map<string, FSWatcher>();
  const sync = (): void => {
    const folders = new Set(foldersOf(planDir));
    for (const [dir, watcher] of watchers) {
      if (folders.has(dir)) continue;
      watcher.close();
      watchers.delete(dir);
    }
    for (const dir of folders) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, (event, name) => {
          if (name === null || name.startsWith('.')) return;
          if (event === 'rename') sync();
          onChange(join(dir, name), event === 'rename');
        });
        watcher.on('error', onError);
        watchers.set(dir, watcher);
      } catch (error) {
        onError(error instanceof Error ? error : new Error(String(error)));
      }
    }
  };
  sync();
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/** The plan folder and every folder under it, leaving out hidden ones (.git, editors' own). */
function foldersOf(dir: string): string[] {
  const found = [dir];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...foldersOf(join(dir, entry.name)));
  return found;
}
