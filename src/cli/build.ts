// `waymark build`: check the plans, refuse any with errors, then write the private progress site.

import { join, resolve } from 'node:path';
import { openBuildCache } from '../cache/open-cache.js';
import { frontMatterCache } from '../cache/derived-files.js';
import { encryptSite, type EncryptedSite } from '../crypt/encrypt-site.js';
import { analysePlans } from '../site/analyse-plans.js';
import { pagePaths } from '../site/page-paths.js';
import { readPassphrase } from './passphrase.js';
import { buildSite } from '../site/build-site.js';
import { renderBodiesAside } from '../site/rendered-bodies.js';
import { isTrackedByGit, unsafeOutputReason } from '../site/output-folder.js';
import { checkPlans } from '../validate/check-plans.js';
import { displayPath, formatPretty, formatSummary } from '../validate/format-diagnostics.js';
import { parseCommand, plansDir, stringOption } from './args.js';
import { paint, type Output } from './output.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: waymark build [--out DIR] [--encrypt [--passphrase-file FILE]] [--replace] [--no-cache] [--plans DIR] [--today YYYY-MM-DD]

Checks every plan, then writes the private progress site: open DIR/index.html in a browser.
A plan with errors is not built: fix what 'waymark check' lists first.
Each plan also gets DIR/<plan>/calendar.ics, its reminders for a phone's calendar
(not with --encrypt: use 'waymark export ics' then).

  --out DIR           where to write the site (default: ./_site); a rebuild replaces only the
                      files the last build wrote there (CNAME, .git and your own files stay)
  --encrypt           seal every page with a passphrase (from $WAYMARK_PASSPHRASE, the file
                      below, or asked for twice), so the site can be published anywhere;
                      12 characters at least: a few unrelated words make a good one. Pages are
                      sealed before any reaches DIR
  --passphrase-file F read the passphrase from the first line of F
  --replace           replace an encrypted site in DIR with a plain one, or the other way
                      round (refused otherwise, so the two are never mixed)
  --no-cache          neither read nor write the build cache (what earlier builds derived
                      from each file, kept private in node_modules/.cache/waymark/ or
                      $XDG_CACHE_HOME/waymark/)
  --plans DIR         the plans folder (default: $WAYMARK_PLANS or ./plans)
  --today YYYY-MM-DD  the date to build as of (default: today in the plan's time zone)

Exit code: 0 built, 1 a plan has errors, 2 usage error (such as an unsafe --out).`;

export async function build(argv: string[], output: Output): Promise<number> {
  const { values } = parseCommand('build', argv, { out: { type: 'string' }, encrypt: { type: 'boolean' }, 'passphrase-file': { type: 'string' }, replace: { type: 'boolean' }, 'no-cache': { type: 'boolean' } }, 0);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const plans = plansDir(values);
  const out = stringOption(values, 'out') ?? '_site';
  const unsafe = unsafeOutputReason(out, plans);
  if (unsafe) throw new UsageError(`build: ${unsafe}; nothing was written.`);

  const passphraseFile = stringOption(values, 'passphrase-file');
  if (passphraseFile !== undefined && !values.encrypt) throw new UsageError('build: --passphrase-file goes with --encrypt');
  // Asked before anything is built, so a mistyped passphrase costs nothing.
  let passphrase: string | undefined;
  if (values.encrypt) {
    const read = await readPassphrase({ file: passphraseFile, env: process.env, stdin: process.stdin, stderr: process.stderr });
    if (!read.ok) throw new UsageError(`build: ${read.message}`);
    passphrase = read.passphrase;
  }

  // Markdown is rendered on a second thread while this one validates and analyses; both keep what they derive in the cache.
  const cache = openBuildCache(plans, values['no-cache'] === true);
  const bodies = renderBodiesAside(plans, cache);
  const result = checkPlans(plans, stringOption(values, 'today'), cache ? frontMatterCache(cache) : undefined);
  cache?.flush('front-matter', { prune: true });
  if (!result.ok) {
    bodies.stop();
    throw new UsageError(result.message);
  }
  const diagnostics = result.plans.flatMap((plan) => plan.diagnostics);
  const painter = (style: 'red' | 'yellow' | 'bold' | 'dim', text: string) => paint(output, style, text);
  const failed = result.plans.filter((plan) => plan.plan === null || plan.diagnostics.some((d) => d.severity === 'error'));
  if (failed.length > 0) {
    for (const d of diagnostics) output.err(formatPretty(d, painter));
    output.err(formatSummary(diagnostics, result.files));
    output.err(`nothing was built: ${failed.map((plan) => `'${plan.slug}'`).join(', ')} ${failed.length === 1 ? 'has' : 'have'} errors. Fix them (each line above says where), then build again.`);
    bodies.stop();
    return 1;
  }
  for (const d of diagnostics) output.err(formatPretty(d, painter));

  const analysed = analysePlans(result.plans, { history: true });
  const publicCrisis = analysed.filter(({ plan }) => plan.fields.crisis.public).map(({ plan }) => pagePaths.crisis(plan.slug));
  let sealed: EncryptedSite | undefined;
  // Sealed in the staging folder: only sealed pages ever reach --out.
  const seal = passphrase === undefined ? undefined : async (staging: string) => void (sealed = await encryptSite(staging, passphrase, { publicCrisis }));
  const built = await buildSite(analysed, out, { renderBody: bodies.renderer().then(({ render }) => render), calendars: passphrase === undefined, replace: values.replace === true, interruptible: true, ...(seal ? { seal } : {}) });
  if (!built.ok) throw new UsageError(`build: ${built.message}.`);
  cache?.flush('html');
  if (isTrackedByGit(out)) output.err(`warning: git tracks files in ${displayPath(out)}: a built site holds your plan, so keep it out of the repository (add it to .gitignore and 'git rm -r --cached ${displayPath(out)}').`);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  output.out(`built ${count(built.pages, 'page')} for ${count(result.plans.length, 'plan')} in ${(built.ms / 1000).toFixed(1)} s: open ${shownPath(join(out, 'index.html'))}`);
  if (sealed !== undefined) {
    const crisis = sealed.crisis.length > 0 ? `; the crisis plan stays readable without it (${sealed.crisis.join(', ')})` : '';
    output.out(`encrypted ${count(sealed.pages, 'page')} in ${(sealed.ms / 1000).toFixed(1)} s: the site opens with your passphrase${crisis}`);
  }
  return 0;
}

/** Relative to the working folder when inside it, else absolute (never a path of ../../). */
function shownPath(path: string): string {
  const shown = displayPath(path);
  return shown.startsWith('..') ? resolve(path) : shown;
}
