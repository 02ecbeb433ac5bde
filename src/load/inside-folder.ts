// Whether a path lies below a folder: the one test behind "no plan file read from outside the plans folder" and "nothing written among the plan files".

import { isAbsolute, relative } from 'node:path';

/** True when `child` is below `folder` (not the folder itself); both absolute, or both relative to one place. */
export function isInside(child: string, folder: string): boolean {
  const path = relative(folder, child);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}
