// What `waymark build` does to its output folder: plaintext never lands where an encrypted site goes, a rebuild rewrites only
// changed files and deletes only what a build wrote, and a plain site and an encrypted one are never mixed.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { listFiles } from '../site/built-site.js';
import { BIN, waymark } from './run-cli.js';
import { freePort } from '../free-port.js';

const TODAY = ['--today', '2026-11-24'];
const PASSPHRASE = { WAYMARK_PASSPHRASE: 'quiet harbour lantern morning' };

/** Every file of the folder with its text. */
function texts(folder: string): Map<string, string> {
  return new Map(listFiles(folder).map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
}

describe('waymark build --encrypt, interrupted', () => {
  it.each(['SIGINT', 'SIGKILL'] as const)('leaves no readable page in --out when stopped with %s while it seals', { timeout: 60_000 }, async (signal) => {
    const fixture = planFixture({ 'checkins/2026-11-21.md': '---\nmood: 4\n---\nA walk by the river with Jo.\n' });
    const cwd = dirname(fixture.plans);
    const temp = mkdtempSync(join(tmpdir(), 'waymark-tmp-'));
    const out = join(cwd, 'site');
    const child = spawn(process.execPath, [BIN, 'build', '--encrypt', '--out', 'site', ...TODAY], { cwd, env: { ...process.env, ...PASSPHRASE, TMPDIR: temp, NO_COLOR: '1', WAYMARK_PLANS: '' }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Stop it the moment a rendered page exists anywhere: in the private staging folder, or (as it was before) in --out itself.
    const rendered = () => existsSync(join(out, 'index.html')) || readdirSync(temp).some((name) => existsSync(join(temp, name, 'sam/index.html')));
    while (!rendered() && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(child.exitCode, 'the build ended before it could be interrupted').toBe(null);
    child.kill(signal);
    const code = await exited;
    for (const [file, text] of existsSync(out) ? texts(out) : new Map<string, string>()) {
      expect(text, file).not.toContain('A walk by the river');
      expect(text, file).not.toContain('A good day.');
      if (file.endsWith('.html')) expect(text, file).toContain('<script type="application/json" id="waymark-page">');
    }
    const staging = readdirSync(temp);
    if (signal === 'SIGINT') {
      expect(code).toBe(130);
      // Ctrl+C removes the staging folder and its readable pages too.
      expect(staging).toEqual([]);
    } else {
      // A killed build cannot clean up: what it leaves is readable by its owner alone.
      for (const name of staging) expect(statSync(join(temp, name)).mode & 0o777).toBe(0o700);
    }
  });
});

describe('waymark build, into its output folder', () => {
  it('rewrites only pages whose bytes changed, so the others keep their modification time', { timeout: 60_000 }, () => {
    const fixture = planFixture({ 'checkins/2026-10-19.md': '---\nmood: 3\n---\nAn ordinary day.\n' });
    const cwd = dirname(fixture.plans);
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd }).code).toBe(0);
    const old = new Date('2020-01-01T00:00:00Z');
    for (const file of listFiles(join(cwd, 'site'))) utimesSync(join(cwd, 'site', file), old, old);
    const mtime = (file: string) => statSync(join(cwd, 'site', file)).mtime.toISOString();

    // The same plans again: nothing is written.
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd }).code).toBe(0);
    expect(listFiles(join(cwd, 'site')).filter((file) => file !== '.waymark-site' && mtime(file) !== old.toISOString())).toEqual([]);

    // One journal changed: its month's page is rewritten, and the other month's page is not.
    const checkin = join(fixture.plan, 'checkins/2026-11-20.md');
    writeFileSync(checkin, readFileSync(checkin, 'utf8').replace('A good day.', 'A calm, steady day.'));
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, 'site/sam/checkins/2026-11.html'), 'utf8')).toContain('A calm, steady day.');
    expect(mtime('sam/checkins/2026-11.html')).not.toBe(old.toISOString());
    expect(mtime('sam/checkins/2026-10.html')).toBe(old.toISOString());
    expect(mtime('assets/site.css')).toBe(old.toISOString());
  });

  it("keeps a person's CNAME, .nojekyll, .git and own files, and removes only pages a build wrote and no longer makes", { timeout: 60_000 }, () => {
    const fixture = planFixture({ 'checkins/2026-10-19.md': '---\nmood: 3\n---\nAn ordinary day.\n' });
    const cwd = dirname(fixture.plans);
    // The usual gh-pages set-up: a checkout of the branch, with the host's files, before the first build.
    mkdirSync(join(cwd, 'site/.git'), { recursive: true });
    writeFileSync(join(cwd, 'site/.git/HEAD'), 'ref: refs/heads/gh-pages\n');
    writeFileSync(join(cwd, 'site/CNAME'), 'notes.example.org\n');
    writeFileSync(join(cwd, 'site/.nojekyll'), '');
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd }).code).toBe(0);
    mkdirSync(join(cwd, 'site/sam/checkins/photos'));
    writeFileSync(join(cwd, 'site/sam/checkins/photos/sea.jpg'), 'my own');
    writeFileSync(join(cwd, 'site/notes.txt'), 'my own notes');

    rmSync(join(fixture.plan, 'checkins/2026-10-19.md'));
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd }).code).toBe(0);
    expect(existsSync(join(cwd, 'site/sam/checkins/2026-10.html'))).toBe(false);
    expect(existsSync(join(cwd, 'site/sam/checkins/2026-11.html'))).toBe(true);
    expect(readFileSync(join(cwd, 'site/.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
    expect(readFileSync(join(cwd, 'site/CNAME'), 'utf8')).toBe('notes.example.org\n');
    expect(existsSync(join(cwd, 'site/.nojekyll'))).toBe(true);
    expect(readFileSync(join(cwd, 'site/sam/checkins/photos/sea.jpg'), 'utf8')).toBe('my own');
    expect(readFileSync(join(cwd, 'site/notes.txt'), 'utf8')).toBe('my own notes');
    const manifest = JSON.parse(readFileSync(join(cwd, 'site/.waymark-site'), 'utf8')) as { kind: string; files: string[] };
    expect(manifest.kind).toBe('plain');
    expect(manifest.files).not.toContain('CNAME');
    expect(manifest.files).toContain('sam/checkins/2026-11.html');
  });

  it('never mixes a plain site and an encrypted one without --replace, and with it leaves no page of the other kind', { timeout: 60_000 }, async () => {
    const fixture = planFixture();
    const cwd = dirname(fixture.plans);
    expect(waymark(['build', '--encrypt', '--out', 'site', ...TODAY], { cwd, env: PASSPHRASE }).code).toBe(0);
    const sealed = texts(join(cwd, 'site'));

    const plain = waymark(['build', '--out', 'site', ...TODAY], { cwd });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('waymark: build: site holds an encrypted site, and this build would put your plan there unencrypted in its place; nothing was written. Build somewhere else with --out, or add --replace to replace the encrypted site.\n');
    expect(texts(join(cwd, 'site'))).toEqual(sealed);

    // serve defaults to the same folder: it refuses too, before serving anything.
    const served = waymark(['serve', '--out', 'site', '--port', String(await freePort()), ...TODAY], { cwd });
    expect(served.code).toBe(2);
    expect(served.stderr).toContain('waymark: serve: site holds an encrypted site, and this build would put your plan there unencrypted in its place');
    expect(texts(join(cwd, 'site'))).toEqual(sealed);

    expect(waymark(['build', '--out', 'site', '--replace', ...TODAY], { cwd }).code).toBe(0);
    expect([...texts(join(cwd, 'site')).values()].some((text) => text.includes('id="waymark-page"'))).toBe(false);
    expect(readFileSync(join(cwd, 'site/sam/checkins/2026-11.html'), 'utf8')).toContain('A good day.');

    const encrypted = waymark(['build', '--encrypt', '--out', 'site', ...TODAY], { cwd, env: PASSPHRASE });
    expect(encrypted.code).toBe(2);
    expect(encrypted.stderr).toBe('waymark: build: site holds a plain (unencrypted) site; nothing was written. Add --replace to replace it with the encrypted one, or pick another folder with --out.\n');
    expect(waymark(['build', '--encrypt', '--replace', '--out', 'site', ...TODAY], { cwd, env: PASSPHRASE }).code).toBe(0);
    for (const [file, text] of texts(join(cwd, 'site'))) expect(text, file).not.toContain('A good day.');
    expect(existsSync(join(cwd, 'site/sam'))).toBe(false);
  });
});
