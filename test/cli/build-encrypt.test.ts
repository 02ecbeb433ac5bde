// `waymark build --encrypt` on the example plan: nothing the person wrote stands in the clear, in any file or file name.

import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/schema/model.js';
import { checkPlans } from '../../src/validate/check-plans.js';
import { withoutCiphertext } from '../crypt/plan-site.js';
import { planFixture } from '../plan-fixture.js';
import { waymark } from './run-cli.js';

const ROOT = join(import.meta.dirname, '../..');
const PASSPHRASE = 'quiet harbour lantern morning';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let plan: Plan;

/** Every string of the example plan a stranger must not learn: ids, names, titles, dates, and the journals' longer words. */
function secrets(): { everywhere: string[]; journalWords: string[] } {
  const result = checkPlans(join(ROOT, 'plans'), '2026-11-24');
  if (!result.ok) throw new Error(result.message);
  plan = result.plans[0]!.plan!;
  const f = plan.fields;
  const named = [...f.triggers, ...f.warning_signs, ...f.coping, ...f.resources, ...f.supports];
  const everywhere = new Set<string>([
    plan.slug,
    f.title,
    f.person ?? '',
    ...named.flatMap((item) => [item.id, item.name]),
    ...f.goals.flatMap((goal) => [goal.id, goal.title]),
    ...plan.checkins.map((c) => c.date),
    ...plan.reviews.map((r) => r.date),
    ...f.strengths,
    ...f.values,
  ]);
  const words = new Set<string>();
  for (const c of [...plan.checkins, ...plan.reviews]) for (const word of c.body.markdown.match(/[A-Za-z]{6,}/g) ?? []) words.add(word);
  return { everywhere: [...everywhere].filter((s) => s.length >= 3), journalWords: [...words] };
}

describe('waymark build --encrypt', () => {
  it('writes a site in which no id, name, date or journal word of the plan appears, except on the public crisis page', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'waymark-encrypt-')), 'site');
    const run = waymark(['build', '--encrypt', '--plans', join(ROOT, 'plans'), '--out', out, '--today', '2026-11-24'], { cwd: ROOT, env: { WAYMARK_PASSPHRASE: PASSPHRASE } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^built 20 pages for 1 plan in [\d.]+ s: open .*index\.html\nencrypted 20 pages in [\d.]+ s: the site opens with your passphrase; the crisis plan stays readable without it \(crisis\.html\)\n$/);

    // Words any encrypted site carries (its own unlock page, scripts and stylesheet) are not the person's: learn them from another plan's site.
    const other = join(mkdtempSync(join(tmpdir(), 'waymark-encrypt-')), 'site');
    expect(waymark(['build', '--encrypt', '--plans', planFixture().plans, '--out', other, '--today', '2026-11-24'], { cwd: ROOT, env: { WAYMARK_PASSPHRASE: PASSPHRASE } }).code).toBe(0);
    // The stylesheet is the same for every plan (and stands in the clear beside a public crisis page): its words, such as ::before, are no one's.
    const stylesheet = readFileSync(join(ROOT, 'templates/assets/site.css.njk'), 'utf8');
    const siteText = [...files(other).map((file) => readFileSync(file, 'utf8')), stylesheet].join('\n');
    const { everywhere: allSecrets, journalWords: allWords } = secrets();
    const everywhere = allSecrets.filter((secret) => !siteText.includes(secret));
    const journalWords = allWords.filter((word) => !siteText.includes(word));
    expect(everywhere.length).toBeGreaterThan(150);
    expect(journalWords.length).toBeGreaterThan(300);
    const written = files(out);
    // Ciphertext (base64) and opaque names (hex) are random: any short word turns up in them by chance, so they are set aside.
    for (const file of written) {
      const name = relative(out, file).replace(/[0-9a-f]{32}/g, ' ');
      const text = withoutCiphertext(readFileSync(file, 'utf8'));
      for (const secret of everywhere) expect(name.includes(secret), `${name} names '${secret}'`).toBe(false);
      if (name === 'crisis.html') continue;
      for (const secret of [...everywhere, ...journalWords]) expect(text.includes(secret), `${name} contains '${secret}'`).toBe(false);
    }
    const crisis = readFileSync(join(out, 'crisis.html'), 'utf8');
    // What the crisis page may hold: the plan's crisis plan, and the words of the page's own template.
    const allowed = [join(ROOT, 'plans/example/plan.md'), ...files(join(ROOT, 'templates')), join(ROOT, 'src/site/crisis-view.ts')].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const date of plan.checkins.map((c) => c.date)) expect(crisis.includes(date), `crisis.html contains ${date}`).toBe(false);
    for (const word of journalWords.filter((w) => !allowed.includes(w))) expect(crisis.includes(word), `crisis.html contains the journal word '${word}'`).toBe(false);
    expect(crisis).toContain('tel:112');
  });

  it('refuses a passphrase under 12 characters before building anything, with exit 2', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'waymark-encrypt-')), 'site');
    const run = waymark(['build', '--encrypt', '--plans', join(ROOT, 'plans'), '--out', out], { cwd: ROOT, env: { WAYMARK_PASSPHRASE: 'too short' } });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'waymark: build: $WAYMARK_PASSPHRASE is 9 characters long; a passphrase needs at least 12. Several unrelated words make one that is long and easy to remember.\n',
    });
    expect(() => statSync(out)).toThrow();
  });

  it('says what --encrypt needs when there is no passphrase and no terminal', () => {
    const run = waymark(['build', '--encrypt', '--plans', join(ROOT, 'plans'), '--out', join(tmpdir(), 'never-built')], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('waymark: build: --encrypt needs a passphrase: set WAYMARK_PASSPHRASE, pass --passphrase-file FILE, or run the build in a terminal to be asked for one.\n');
  });
});

describe('waymark build --encrypt, what still shows', () => {
  it("pads sealed pages to size classes, so a journal's length does not show, and keeps no word of the site's stylesheet in the clear", { timeout: 60_000 }, () => {
    const sizes = (journal: string) => {
      const fixture = planFixture({ 'checkins/2026-11-21.md': `---\nmood: 3\n---\n${journal}\n` });
      const out = join(mkdtempSync(join(tmpdir(), 'waymark-encrypt-')), 'site');
      expect(waymark(['build', '--encrypt', '--plans', fixture.plans, '--out', out, '--today', '2026-11-24'], { cwd: ROOT, env: { WAYMARK_PASSPHRASE: PASSPHRASE } }).code).toBe(0);
      return { out, sizes: files(out).filter((file) => file.endsWith('.html')).map((file) => statSync(file).size).sort((a, b) => a - b) };
    };
    const short = sizes('A calm day.');
    const long = sizes('A long day, with a walk by the river and a call to Jo in the evening. '.repeat(20));
    // The same pages, the same sizes: the 1,400 more characters of the journal show nowhere.
    expect(long.sizes).toEqual(short.sizes);

    for (const file of files(short.out).filter((path) => !path.endsWith('.html'))) {
      const text = readFileSync(file, 'utf8');
      for (const word of ['craving', 'crisis', 'trend', 'mood', 'checkin', 'goal', 'trigger', 'journal']) expect(text.toLowerCase(), `${relative(short.out, file)}: ${word}`).not.toContain(word);
    }
    expect(existsSync(join(short.out, 'assets/site.css'))).toBe(false);
  });
});
