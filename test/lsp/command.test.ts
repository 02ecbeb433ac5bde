// `waymark lsp` as a command: its help, its place in the command list, and the VS Code extension that starts it.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { waymark } from '../cli/run-cli.js';

const ROOT = join(import.meta.dirname, '../..');

describe('waymark lsp: the command', () => {
  test('--help says what it is and that it never writes a file', () => {
    const run = waymark(['lsp', '--help'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: waymark lsp \[--stdio\] \[--plans DIR\] \[--today YYYY-MM-DD\]\n/);
    expect(run.stdout).toContain('It never writes a file.');
  });

  test('it is in the command list', () => {
    expect(waymark(['--help'], { cwd: ROOT }).stdout).toContain('\n  lsp       a language server: live checks, completion and hover in your editor\n');
  });

  test('a wrong option is a usage error, before any protocol starts', () => {
    const run = waymark(['lsp', '--port', '80'], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("waymark: lsp: unknown option '--port'. See 'waymark lsp --help'.\n");
    expect(run.stdout).toBe('');
  });
});

describe('editors/vscode', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'editors/vscode/package.json'), 'utf8'));

  test('a minimal extension: vscode-languageclient starting `waymark lsp --stdio` for Markdown files under plans/', () => {
    expect(manifest.main).toBe('./extension.js');
    expect(Object.keys(manifest.dependencies)).toEqual(['vscode-languageclient']);
    const source = readFileSync(join(ROOT, 'editors/vscode/extension.js'), 'utf8');
    expect(source).toContain("const args = ['lsp', '--stdio'");
    expect(source).toContain("pattern: plans ? '**/*.md' : '**/plans/**/*.md'");
    expect(spawnSync(process.execPath, ['--check', join(ROOT, 'editors/vscode/extension.js')]).status).toBe(0);
  });

  test('never a dependency of Waymark itself', () => {
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect({ ...root.dependencies, ...root.devDependencies }).not.toHaveProperty('vscode-languageclient');
    expect(root.files).not.toContain('editors');
  });
});
