// Prints diagnostics as GitHub Actions workflow commands, so each problem shows on its line in a pull request or a push.

import { relative } from 'node:path';
import { showControls } from '../terminal/show-controls.js';
import type { Diagnostic } from '../problem/diagnostic.js';

/** A message (the command's data): `%`, CR and LF escaped, as the runner reads them back. */
export function escapeData(text: string): string {
  return showControls(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

/** A property's value (file, title): as data, and `:` and `,` too, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * `::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE` (`::warning` for warnings),
 * the file relative to `root`: the repository's root, where GitHub looks for it.
 */
export function formatGithub(diagnostic: Diagnostic, root: string): string {
  const file = (relative(root, diagnostic.file) || diagnostic.file).split('\\').join('/');
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${diagnostic.line}`,
    `col=${diagnostic.column}`,
    `endLine=${diagnostic.endLine}`,
    `endColumn=${diagnostic.endColumn}`,
    `title=${escapeProperty(diagnostic.rule)}`,
  ];
  return `::${diagnostic.severity} ${properties.join(',')}::${escapeData(diagnostic.message)}`;
}
