// Writes an imported check-in as a file: YAML front matter (with the `yaml` package, as the loader reads it) and the journal as its Markdown body.

import { Document, visit } from 'yaml';
import type { ImportedCheckin } from './checkin-from-day.js';

/** `schemaPath` points editors at the check-in schema, as `waymark new checkin` does; `origin` says where the day came from. */
export function checkinText(checkin: ImportedCheckin, schemaPath: string, origin: string): string {
  const doc = new Document(checkin.fields);
  // Lists on one line, as in a check-in template: `coping: [walk, urge-surf]`.
  visit(doc, { Seq: (_, node) => void (node.flow = true) });
  const fields = Object.keys(checkin.fields).length > 0 ? doc.toString({ flowCollectionPadding: false, lineWidth: 0 }) : '';
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}\n`;
  const body = checkin.journal === '' ? '' : `\n${checkin.journal}\n`;
  return `---\n${comment(`yaml-language-server: $schema=${schemaPath}`)}${comment(origin)}${fields}---\n${body}`;
}
