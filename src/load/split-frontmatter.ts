// Finds the front matter block at the top of a Markdown file, by the same fences remark-frontmatter uses.

export type FrontmatterSplit =
  | { kind: 'none' }
  | { kind: 'yaml'; yaml: string; yamlStart: number; bodyStart: number }
  | { kind: 'unclosed'; fenceEnd: number }
  | { kind: 'code'; engine: string; fenceEnd: number };

const OPENING = /^(---|\+\+\+)([^\r\n]*)(\r\n|\r|\n|$)/;
const CLOSING = /^---[ \t]*(?:\r\n|\r|\n|$)/gm;

/**
 * Splits `text` (already without a BOM). The opening fence is `---` alone on the first line
 * (`---yaml` is accepted too); `---js` or any other engine, and TOML's `+++`, ask for a
 * front matter language other than YAML and are reported, never run.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const open = OPENING.exec(text);
  if (!open) return { kind: 'none' };
  const [line, fence = '', rest = '', newline = ''] = open;
  const fenceEnd = fence.length + rest.length;
  const engine = rest.trim();
  if (fence === '+++') return { kind: 'code', engine: 'toml', fenceEnd };
  if (engine !== '' && engine !== 'yaml') {
    // `----` and longer runs of dashes are a Markdown rule, not a fence.
    if (/^-+$/.test(engine)) return { kind: 'none' };
    return { kind: 'code', engine, fenceEnd };
  }
  if (newline === '') return { kind: 'unclosed', fenceEnd };
  const yamlStart = line.length;
  CLOSING.lastIndex = yamlStart;
  for (let m = CLOSING.exec(text); m; m = CLOSING.exec(text)) {
    if (m.index < yamlStart) continue;
    return { kind: 'yaml', yaml: text.slice(yamlStart, m.index), yamlStart, bodyStart: m.index + m[0].length };
  }
  return { kind: 'unclosed', fenceEnd };
}
