// Finds where a value sits in a file: the YAML node at a path, as a span of the file's lines.

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { documentOf, type Source } from '../load/read-source.js';
import { FILE_START, type Span } from '../problem/diagnostic.js';

export type Path = readonly (string | number)[];

interface Located {
  key: Node | null;
  value: Node | null;
  /** The deepest node found on the way, for paths that stop short (a missing key). */
  parent: Node | null;
}

export function locateNode(source: Source, path: Path): Located {
  let node: unknown = documentOf(source)?.contents ?? null;
  let key: Node | null = null;
  let parent: Node | null = null;
  for (const segment of path) {
    parent = (node as Node | null) ?? parent;
    if (isMap(node)) {
      const pair = node.items.find((item) => keyName(item.key) === String(segment));
      if (!pair) return { key: null, value: null, parent };
      key = pair.key as Node;
      node = pair.value ?? null;
    } else if (isSeq(node) && typeof segment === 'number') {
      key = null;
      node = node.items[segment] ?? null;
      if (!node) return { key: null, value: null, parent };
    } else {
      return { key: null, value: null, parent };
    }
  }
  return { key, value: (node as Node | null) ?? null, parent };
}

function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/** The span of the value at `path`; the key where the value is empty; the enclosing node when missing. */
export function valueSpan(source: Source, path: Path): Span {
  const { key, value, parent } = locateNode(source, path);
  return spanOf(source, value?.range ? value : key ?? parent);
}

/** The span of the key at `path` (for unknown or misplaced fields); the value for list items. */
export function keySpan(source: Source, path: Path): Span {
  const { key, value, parent } = locateNode(source, path);
  return spanOf(source, key ?? value ?? parent);
}

export function spanOf(source: Source, node: Node | null | undefined): Span {
  const range = node?.range;
  if (!range) return frontmatterStart(source);
  return source.lines.span(offsetOf(source, range[0]), offsetOf(source, range[1]));
}

/** The first line of the front matter, for problems with the front matter as a whole. */
export function frontmatterStart(source: Source): Span {
  const range = documentOf(source)?.contents?.range;
  if (range) return source.lines.span(offsetOf(source, range[0]));
  return FILE_START;
}

/** Node ranges count from the start of the YAML text; the file's front matter begins after the fence line. */
function offsetOf(source: Source, yamlOffset: number): number {
  return source.yamlStart + yamlOffset;
}
