// The front matter split agrees with remark-frontmatter, and code engines are refused.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { splitFrontmatter } from '../../src/load/split-frontmatter.js';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** The YAML that remark-frontmatter finds, or undefined. */
function remarkYaml(text: string): string | undefined {
  const first = remark.parse(text).children[0];
  return first?.type === 'yaml' ? first.value : undefined;
}

describe('splitFrontmatter', () => {
  it('finds the YAML between two --- lines and where the body starts', () => {
    expect(splitFrontmatter('---\nmood: 3\n---\nA good day.\n')).toEqual({ kind: 'yaml', yaml: 'mood: 3\n', yamlStart: 4, bodyStart: 16 });
  });

  it('reads CRLF files', () => {
    expect(splitFrontmatter('---\r\nmood: 3\r\n---\r\nbody')).toEqual({ kind: 'yaml', yaml: 'mood: 3\r\n', yamlStart: 5, bodyStart: 19 });
  });

  it('accepts empty front matter', () => {
    expect(splitFrontmatter('---\n---\n')).toEqual({ kind: 'yaml', yaml: '', yamlStart: 4, bodyStart: 8 });
  });

  it('reports front matter that is never closed', () => {
    expect(splitFrontmatter('---\nmood: 3\n')).toEqual({ kind: 'unclosed', fenceEnd: 3 });
  });

  it('refuses ---js and other engines, and TOML', () => {
    expect(splitFrontmatter('---js\n{ title: 1 }\n---\n')).toEqual({ kind: 'code', engine: 'js', fenceEnd: 5 });
    expect(splitFrontmatter('---javascript\n---\n')).toEqual({ kind: 'code', engine: 'javascript', fenceEnd: 13 });
    expect(splitFrontmatter('--- coffee\n---\n')).toEqual({ kind: 'code', engine: 'coffee', fenceEnd: 10 });
    expect(splitFrontmatter('+++\ntitle = 1\n+++\n')).toEqual({ kind: 'code', engine: 'toml', fenceEnd: 3 });
  });

  it('finds no front matter in a plain Markdown file or under a longer rule', () => {
    expect(splitFrontmatter('# Today\n\n---\n')).toEqual({ kind: 'none' });
    expect(splitFrontmatter('-----\ntext\n')).toEqual({ kind: 'none' });
  });

  it('agrees with remark-frontmatter on the YAML it finds', () => {
    const line = fc.constantFrom('---', 'mood: 3', '', '  - a', '--- ', '...', 'x: ---', '# note', '----');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = ['---', ...lines].join(eol) + eol;
        const split = splitFrontmatter(text);
        const expected = remarkYaml(text);
        if (split.kind === 'yaml') expect(split.yaml.replace(/\r?\n$/, '')).toBe(expected?.replace(/\r\n/g, eol) ?? '');
        else expect(expected).toBeUndefined();
      }),
    );
  });
});
