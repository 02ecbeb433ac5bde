// The build cache as `waymark build` keeps it: where it lives, private, read on the next build, never trusted when damaged, left alone with --no-cache, safe with two builds at once.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFixture } from '../plan-fixture.js';
import { listFiles } from '../site/built-site.js';
import { BIN, waymark } from './run-cli.js';

const TODAY = ['--today', '2026-11-24'];
const MAGIC = 'waymark-cache 2\n';

/** The cache module the command itself runs (dist/), so that entries written here carry its version. */
type CacheModule = typeof import('../../src/cache/build-cache.js');
const { BuildCache } = (await import(new URL('../../dist/cache/build-cache.js', import.meta.url).href)) as CacheModule;

/** A fresh working folder with the base plan, and an $XDG_CACHE_HOME of its own. */
function setUp() {
  const fixture = planFixture();
  const cwd = dirname(fixture.plans);
  const home = mkdtempSync(join(tmpdir(), 'waymark-xdg-'));
  return { fixture, cwd, home, cache: join(home, 'waymark'), env: { XDG_CACHE_HOME: home } };
}

/** Every file of a site with its bytes, to compare two builds byte for byte. */
function siteBytes(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).map((file) => [file, readFileSync(join(root, file)).toString('base64')]));
}

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
const packs = (cache: string) => ['front-matter', 'html'].flatMap((room) => readdirSync(join(cache, room)).map((name) => join(cache, room, name)));

/** Whether a pack on disk is whole: its header and its checksum. */
function isWhole(pack: string): boolean {
  const bytes = readFileSync(pack);
  const payload = bytes.subarray(MAGIC.length + 32);
  return bytes.subarray(0, MAGIC.length).toString() === MAGIC && createHash('sha256').update(payload).digest().equals(bytes.subarray(MAGIC.length, MAGIC.length + 32));
}

describe('the build cache', () => {
  it('lives in $XDG_CACHE_HOME/waymark/, folders 0700 and files 0600 whatever the umask, one pack per kind', () => {
    const { cwd, cache, env } = setUp();
    const run = spawnSync('sh', ['-c', `umask 000 && exec "${process.execPath}" "${BIN}" build --out site ${TODAY.join(' ')}`], { cwd, env: { ...process.env, ...env, NO_COLOR: '1', WAYMARK_PLANS: '' }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(mode(cache)).toBe('700');
    expect(readdirSync(cache).sort()).toEqual(['front-matter', 'html']);
    for (const room of ['front-matter', 'html']) expect(mode(join(cache, room)), room).toBe('700');
    expect(packs(cache)).toHaveLength(2);
    for (const pack of packs(cache)) {
      expect(mode(pack), pack).toBe('600');
      expect(isWhole(pack), pack).toBe(true);
    }
  }, 60_000);

  it('lives in node_modules/.cache/waymark/ when the working folder has node_modules/, and takes a folder of ours that is open to others back to 0700', () => {
    const { cwd, home, env } = setUp();
    const cache = join(cwd, 'node_modules/.cache/waymark');
    mkdirSync(cache, { recursive: true });
    chmodSync(cache, 0o755);
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd, env }).code).toBe(0);
    expect(mode(cache)).toBe('700');
    expect(packs(cache)).toHaveLength(2);
    expect(existsSync(join(home, 'waymark'))).toBe(false);
  }, 60_000);

  it('is read by the next build: a journal is rendered from what the cache holds for its text', () => {
    const { fixture, cwd, cache, env } = setUp();
    expect(waymark(['build', '--out', 'site', ...TODAY], { cwd, env }).code).toBe(0);
    // An entry written as Waymark writes them, for the journal's very text: only a build that reads the cache shows it.
    const kept = BuildCache.open(cache, fixture.plans)!;
    kept.write('html', '2\n\nA good day.\n', '<p>From the cache.</p>');
    kept.flush('html');
    expect(waymark(['build', '--out', 'again', ...TODAY], { cwd, env }).code).toBe(0);
    expect(readFileSync(join(cwd, 'again/sam/checkins/2026-11.html'), 'utf8')).toContain('<div class="prose"><p>From the cache.</p></div>');
    // --no-cache neither reads it nor writes it.
    expect(waymark(['build', '--no-cache', '--out', 'fresh', ...TODAY], { cwd, env }).code).toBe(0);
    expect(readFileSync(join(cwd, 'fresh/sam/checkins/2026-11.html'), 'utf8')).toContain('<div class="prose"><p>A good day.</p></div>');
  }, 60_000);

  it('is neither read nor written with --no-cache', () => {
    const { cwd, cache, env } = setUp();
    expect(waymark(['build', '--no-cache', '--out', 'site', ...TODAY], { cwd, env }).code).toBe(0);
    expect(existsSync(cache)).toBe(false);
  }, 60_000);

  it('ignores a damaged or foreign pack, builds the same site byte for byte, and writes the pack again', () => {
    const { fixture, cwd, cache, env } = setUp();
    expect(waymark(['build', '--no-cache', '--out', 'fresh', ...TODAY], { cwd, env }).code).toBe(0);
    expect(waymark(['build', '--out', 'first', ...TODAY], { cwd, env }).code).toBe(0);
    const [frontMatter, html] = packs(cache) as [string, string];
    // One pack cut short, the other with a byte changed in its payload.
    writeFileSync(frontMatter, readFileSync(frontMatter).subarray(0, 40));
    const flipped = readFileSync(html);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 5) ^ 0xff, flipped.length - 5);
    writeFileSync(html, flipped);
    expect(waymark(['build', '--out', 'damaged', ...TODAY], { cwd, env }).code).toBe(0);
    expect(siteBytes(join(cwd, 'damaged'))).toEqual(siteBytes(join(cwd, 'fresh')));
    for (const pack of packs(cache)) expect(isWhole(pack), pack).toBe(true);

    // A whole pack of another version: not ours to trust.
    const foreign = BuildCache.open(cache, fixture.plans, 'another version')!;
    foreign.write('html', '2\n\nA good day.\n', '<p>Not from this version.</p>');
    foreign.flush('html');
    expect(waymark(['build', '--out', 'foreign', ...TODAY], { cwd, env }).code).toBe(0);
    expect(siteBytes(join(cwd, 'foreign'))).toEqual(siteBytes(join(cwd, 'fresh')));
  }, 90_000);

  it('is safe with two builds at once: both sites whole and the same, the packs whole', async () => {
    const { cwd, cache, env } = setUp();
    expect(waymark(['build', '--no-cache', '--out', 'fresh', ...TODAY], { cwd, env }).code).toBe(0);
    const build = (out: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'build', '--out', out, ...TODAY], { cwd, env: { ...process.env, ...env, NO_COLOR: '1', WAYMARK_PLANS: '' }, stdio: 'ignore' });
        child.once('exit', resolve);
      });
    expect(await Promise.all([build('one'), build('two')])).toEqual([0, 0]);
    expect(siteBytes(join(cwd, 'one'))).toEqual(siteBytes(join(cwd, 'fresh')));
    expect(siteBytes(join(cwd, 'two'))).toEqual(siteBytes(join(cwd, 'fresh')));
    expect(readdirSync(join(cache, 'html'))).toHaveLength(1);
    for (const pack of packs(cache)) expect(isWhole(pack), pack).toBe(true);
  }, 90_000);
});
