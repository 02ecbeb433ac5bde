// Writes an imported check-in as a file: front matter and the journal as its Markdown body, with gray-matter's `stringify`.

import matter from 'gray-matter';
import type { ImportedCheckin } from './checkin-from-day.js';

/** Lists on one line, as in a check-in template (`coping: [walk, urge-surf]`), and no line folded: options gray-matter hands to its YAML writer, which its types do not list. */
const YAML_STYLE = { flowLevel: 1, lineWidth: -1 };

/** `schemaPath` points editors at the check-in schema, as `waymark new checkin` does; `origin` says where the day came from. */
export function checkinText(checkin: ImportedCheckin, schemaPath: string, origin: string): string {
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}\n`;
  const comments = `${comment(`yaml-language-server: $schema=${schemaPath}`)}${comment(origin)}`;
  const body = checkin.journal === '' ? '' : `\n${checkin.journal}\n`;
  // gray-matter leaves out a front matter with no fields; a check-in keeps its fence (and the comments in it).
  if (Object.keys(checkin.fields).length === 0) return `---\n${comments}---\n${body}`;
  // With an empty body, stringify still ends the fence with a blank line; the file ends at the fence.
  const text = matter.stringify(body, checkin.fields, YAML_STYLE as matter.GrayMatterOption<string, never>);
  return `---\n${comments}${text.slice('---\n'.length).replace(/\n---\n\n$/, '\n---\n')}`;
}
