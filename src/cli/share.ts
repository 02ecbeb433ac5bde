// `waymark share SUPPORT-ID`: one self-contained HTML summary for one supporter, with only what their `shares` names.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SHARE_SECTIONS } from '../schema/share-sections.js';
import { sealShare } from '../share/seal-share.js';
import { shareHtml } from '../share/share-html.js';
import { shareRange } from '../share/share-range.js';
import { shareSummary } from '../share/share-summary.js';
import { showControls } from '../terminal/show-controls.js';
import { checkPlans } from '../validate/check-plans.js';
import { suggestion } from '../validate/did-you-mean.js';
import { displayPath } from '../validate/format-diagnostics.js';
import { insidePlans, parseCommand, plansDir, stringOption } from './args.js';
import { onePlan, refuseErrors } from './one-plan.js';
import type { Output } from './output.js';
import { readPassphrase } from './passphrase.js';
import { UsageError } from './usage-error.js';

export const SHARE_PASSPHRASE_ENV = 'WAYMARK_SHARE_PASSPHRASE';

export const HELP = `Usage: waymark share SUPPORT-ID [--plan SLUG] [--from DATE] [--to DATE] [--out FILE] [--encrypt [--passphrase-file F]]

Writes one HTML file for one of your supports (a sponsor, therapist or doctor) with only the
sections their 'shares' in plan.md names: ${SHARE_SECTIONS.join(', ')}. Never the journal,
gratitude, what reviews say, notes or anyone else. Open it, print it (two pages at most for
90 days) or send it: it needs nothing else and fetches nothing.

  --plan SLUG          the plan (may be left out when there is only one)
  --from, --to DATE    the dates it covers (default: the 90 days ending today)
  --out FILE           where to write it (default: _share/SUPPORT-ID-TO.html)
  --encrypt            lock the file with a passphrase of its own (from $${SHARE_PASSPHRASE_ENV},
                       the file, or asked for); it opens in the browser with that passphrase
  --passphrase-file F  read that passphrase from the first line of F
  --today              the date to count as today (default: today in the plan's time zone)`;

export async function share(argv: string[], output: Output): Promise<number> {
  const options = { plan: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, encrypt: { type: 'boolean' }, 'passphrase-file': { type: 'string' } } as const;
  const { values, positionals } = parseCommand('share', argv, options, 1);
  if (values.help) {
    output.out(HELP);
    return 0;
  }
  const [supportId] = positionals;
  if (supportId === undefined) throw new UsageError("share: say who the summary is for, by the id of one of your supports, such as 'waymark share jo'");
  const passphraseFile = stringOption(values, 'passphrase-file');
  if (passphraseFile !== undefined && !values.encrypt) throw new UsageError('share: --passphrase-file goes with --encrypt');
  const plans = plansDir(values);
  const checked = checkPlans(plans, stringOption(values, 'today'));
  if (!checked.ok) throw new UsageError(checked.message);
  const chosen = onePlan(checked.plans, stringOption(values, 'plan'), plans, 'share');
  if (refuseErrors(chosen, output, 'a summary can be made') || chosen.plan === null) return 1;
  const plan = chosen.plan;

  const supports = plan.fields.supports;
  const support = supports.find((entry) => entry.id === supportId);
  const how = `give them shares: in ${displayPath(plan.file)}, listing what they may see, such as\n    shares: [recovery, checkins, goals]\nfrom: ${SHARE_SECTIONS.join(', ')}`;
  if (!support) {
    const ids = supports.map((entry) => entry.id);
    throw new UsageError(`share: '${supportId}' is not one of your supports${suggestion(supportId, ids)} (supports: ${ids.join(', ') || 'none yet'}). To share with someone, add them under supports: and ${how}`);
  }
  if (support.shares.length === 0) throw new UsageError(`share: nothing is shared with ${showControls(support.name)} (${support.id}) yet. To choose what they may see, ${how}`);

  const range = shareRange(chosen.today, stringOption(values, 'from'), stringOption(values, 'to'));
  if (!range.ok) throw new UsageError(`share: ${range.message}`);
  const out = stringOption(values, 'out') ?? join('_share', `${support.id}-${range.range.to}.html`);
  if (insidePlans(out, plans)) throw new UsageError(`share: ${out} is inside the plans folder; write the summary somewhere else, so it never mixes with your plan files`);

  // Asked before anything is written, so a mistyped passphrase costs nothing.
  let passphrase: string | undefined;
  if (values.encrypt) {
    const read = await readPassphrase({ file: passphraseFile, env: process.env, stdin: process.stdin, stderr: process.stderr, envName: SHARE_PASSPHRASE_ENV, command: 'share' });
    if (!read.ok) throw new UsageError(`share: ${read.message}`);
    passphrase = read.passphrase;
  }
  const html = shareHtml(shareSummary(plan, support, range.range, chosen.today));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, passphrase === undefined ? html : await sealShare(html, passphrase));
  const what = support.shares.length === SHARE_SECTIONS.length ? 'every section' : SHARE_SECTIONS.filter((section) => support.shares.includes(section)).join(', ');
  output.out(`wrote ${displayPath(out)} for ${showControls(support.name)}: ${what}, ${range.range.from} to ${range.range.to}${passphrase === undefined ? '' : ', locked with its own passphrase'}`);
  return 0;
}

