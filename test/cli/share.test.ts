// `waymark share`: one file where the contract says, exit 2 saying how to add shares, and --encrypt sealing the one file with its own passphrase.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptPage, unwrapSiteKey } from '../../src/crypt/decrypt-page.js';
import { SHARE_PATH } from '../../src/share/seal-share.js';
import { withoutCiphertext } from '../crypt/plan-site.js';
import { NEVER, sharePlan, TODAY } from '../share/share-plan.js';
import { waymark } from './run-cli.js';

const PASSPHRASE = 'harbour lantern moss 7';
const HOW = 'give them shares: in plans/sam/plan.md, listing what they may see, such as\n    shares: [recovery, checkins, goals]\nfrom: recovery, checkins, goals, triggers, measures, crisis\n';

describe('waymark share', () => {
  it("writes one file, _share/<id>-<to>.html by default, with the support's sections for the 90 days ending today", () => {
    const cwd = dirname(sharePlan(['recovery', 'measures']).plans);
    const run = waymark(['share', 'jo', '--today', TODAY], { cwd });
    expect(run).toEqual({ code: 0, stdout: 'wrote _share/jo-2026-11-24.html for Jo: recovery, measures, 2026-08-27 to 2026-11-24\n', stderr: '' });
    expect(readdirSync(join(cwd, '_share'))).toEqual(['jo-2026-11-24.html']);
    const html = readFileSync(join(cwd, '_share/jo-2026-11-24.html'), 'utf8');
    expect(html).toContain('<p>From Sam’s recovery plan, 27 August 2026 to 24 November 2026 (90 days).</p>');
    expect(html).toContain('id="recovery-h"');
    expect(html).not.toContain('id="goals-h"');
  });

  it('takes --from, --to and --out', () => {
    const cwd = dirname(sharePlan(['checkins']).plans);
    const run = waymark(['share', 'jo', '--today', TODAY, '--from', '2026-11-02', '--to', '2026-11-15', '--out', 'for-jo.html'], { cwd });
    expect(run).toEqual({ code: 0, stdout: 'wrote for-jo.html for Jo: checkins, 2026-11-02 to 2026-11-15\n', stderr: '' });
    expect(readFileSync(join(cwd, 'for-jo.html'), 'utf8')).toContain('<p>14 check-ins in these 14 days.');
  });

  it('a support with no shares: exit 2, saying how to add them, and no file', () => {
    const cwd = dirname(sharePlan(null).plans);
    expect(waymark(['share', 'jo', '--today', TODAY], { cwd })).toEqual({ code: 2, stdout: '', stderr: `waymark: share: nothing is shared with Jo (jo) yet. To choose what they may see, ${HOW}` });
    expect(existsSync(join(cwd, '_share'))).toBe(false);
  });

  it('an unknown id: exit 2, naming the closest and the supports, and how to add shares', () => {
    const cwd = dirname(sharePlan(['goals']).plans);
    expect(waymark(['share', 'joe', '--today', TODAY], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: `waymark: share: 'joe' is not one of your supports (did you mean 'jo'?) (supports: jo, kim). To share with someone, add them under supports: and ${HOW}`,
    });
  });

  it('refuses dates the wrong way round, a --to after today, and a file inside the plans folder', () => {
    const cwd = dirname(sharePlan(['goals']).plans);
    expect(waymark(['share', 'jo', '--today', TODAY, '--from', '2026-11-20', '--to', '2026-11-10'], { cwd }).stderr).toBe('waymark: share: --from 2026-11-20 is after --to 2026-11-10: give the earlier date first\n');
    expect(waymark(['share', 'jo', '--today', TODAY, '--to', '2026-12-01'], { cwd }).stderr).toBe('waymark: share: --to 2026-12-01 is after today (2026-11-24): a summary can only show days that have been\n');
    const inside = waymark(['share', 'jo', '--today', TODAY, '--out', 'plans/sam/jo.html'], { cwd });
    expect(inside).toEqual({ code: 2, stdout: '', stderr: 'waymark: share: plans/sam/jo.html is inside the plans folder; write the summary somewhere else, so it never mixes with your plan files\n' });
  });

  it('--encrypt seals the one file: nothing of the summary in the clear, opened with its passphrase and refused with another', async () => {
    const cwd = dirname(sharePlan(['recovery', 'checkins', 'goals', 'triggers', 'measures', 'crisis']).plans);
    const run = waymark(['share', 'jo', '--today', TODAY, '--encrypt'], { cwd, env: { WAYMARK_SHARE_PASSPHRASE: PASSPHRASE } });
    expect(run).toEqual({ code: 0, stdout: 'wrote _share/jo-2026-11-24.html for Jo: every section, 2026-08-27 to 2026-11-24, locked with its own passphrase\n', stderr: '' });
    const sealed = readFileSync(join(cwd, '_share/jo-2026-11-24.html'), 'utf8');
    const clear = withoutCiphertext(sealed);
    for (const word of [...NEVER, 'A summary for Jo', 'Sam’s', 'Sam', 'Jo', 'Kim', 'Payday', 'Urge surfing', 'Emergency services', 'PHQ-9', 'recovery', 'craving', 'followback']) expect(clear, word).not.toContain(word);
    const opened = await unwrapSiteKey(sealed, PASSPHRASE);
    if (!opened.ok) throw new Error(opened.message);
    const page = await decryptPage(sealed, opened.key, SHARE_PATH);
    if (!page.ok) throw new Error(page.message);
    expect(page.html).toContain('<h1>A summary for Jo</h1>');
    expect(page.html).toContain('<tr><th scope="row">Payday</th><td>13</td></tr>');
    expect(await unwrapSiteKey(sealed, 'harbour lantern moss 8')).toEqual({ ok: false, message: 'the passphrase does not open this site, or its key parameters were changed' });
  });

  it('--encrypt reads the passphrase from --passphrase-file, and refuses a short one', () => {
    const cwd = dirname(sharePlan(['goals']).plans);
    writeFileSync(join(cwd, 'short.txt'), 'too short\n');
    expect(waymark(['share', 'jo', '--today', TODAY, '--encrypt', '--passphrase-file', 'short.txt'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'waymark: share: the first line of short.txt is 9 characters long; a passphrase needs at least 12. Several unrelated words make one that is long and easy to remember.\n',
    });
  });
});
