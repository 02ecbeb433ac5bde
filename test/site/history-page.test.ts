// The site's "How my plan changed" page from a real repository, the goal page's changes, the dashboard's line, and the page sealed in an encrypted site.

import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptPage, unwrapSiteKey } from '../../src/crypt/decrypt-page.js';
import { waymark } from '../cli/run-cli.js';
import { GIT_ENV } from '../history/git-repository.js';
import { samRepository, TODAY } from '../history/sam-history.js';
import { listFiles } from './built-site.js';

const PASSPHRASE = 'quiet harbour lantern morning';
const sam = samRepository();
const short = (subject: string) => sam.git('log', '--format=%h', `--grep=^${subject}$`).trim();
const read = (path: string) => readFileSync(join(sam.root, 'site', path), 'utf8');
/** The page's text without tags, on one line, as a person reads it. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

beforeAll(() => {
  const run = waymark(['build', '--out', 'site', '--today', TODAY], { cwd: sam.root, env: GIT_ENV });
  if (run.code !== 0) throw new Error(run.stderr);
}, 120_000);
afterAll(() => rmSync(sam.root, { recursive: true, force: true }));

describe('the history page', () => {
  it('lists the versions newest first, each change in words, with the four weeks before and after side by side', () => {
    const page = text(read('samantha/history.html'));
    const versions = [...read('samantha/history.html').matchAll(/<li id="(version-[^"]+)">\s*<h2>([^<]+)<\/h2>/g)].map((match) => [match[1], match[2]]);
    expect(versions).toEqual([
      ['version-not-yet-committed', 'Thursday 5 November 2026'],
      [`version-${short('Changes from my review')}`, 'Tuesday 20 October 2026'],
      [`version-${short('Payday, and a higher target')}`, 'Thursday 1 October 2026'],
      [`version-${short('Half-finished edit')}`, 'Tuesday 29 September 2026'],
      [`version-${short('Start my plan')}`, 'Tuesday 1 September 2026'],
    ]);
    expect(page).toContain(
      ` Payday, and a higher target (${short('Payday, and a higher target')}) Added a trigger: Payday, with coping: Walk Changed the goal “Go to meetings every week”: target from 2 to 3 Removed a strength: Honest Added a strength: Patient ` +
        'The four weeks before and after this version 28 days before After, 1 Oct to 19 Oct Check-ins 2 check-ins 2 check-ins Mood (1 to 5) 2.5 4.0 Craving (0 to 10) 5.0 2.5 Days of use 1 0 ' +
        'Fewer than 7 check-ins on either side: read these figures lightly. ',
    );
    expect(page).toContain(' Changes from my review ');
    expect(page).toContain(' Probably decided at the review of 18 October 2026 ');
    expect(read('samantha/history.html')).toContain('<a class="tap" href="reviews.html#review-2026-10-18">Probably decided at the review of 18 October 2026</a>');
    expect(page).toContain(' This version of plan.md did not read as a valid plan, so it is skipped in the comparison. ');
    expect(page).toContain(' The plan’s first version. ');
    expect(page).not.toContain('shallow');
  });

  it('is in every page’s navigation', () => {
    expect(read('samantha/reviews.html')).toContain('<li><a href="history.html">How my plan changed</a></li>');
    expect(read('samantha/history.html')).toContain('<li><a href="history.html" aria-current="page">How my plan changed</a></li>');
    expect(read('samantha/goals/meetings.html')).toContain('<li><a href="../history.html">How my plan changed</a></li>');
  });

  it('lists on a goal’s page the versions that changed it, and on the dashboard the latest change', () => {
    const goal = read('samantha/goals/meetings.html');
    expect(text(goal.slice(goal.indexOf('<h2 id="changes-heading">')))).toContain(
      'How this goal changed 20 October 2026 : Changed the goal “Go to meetings every week”: due date from 31 December 2026 to 31 January 2027; status from active to paused 1 October 2026 : Changed the goal “Go to meetings every week”: target from 2 to 3 ',
    );
    expect(goal).toContain(`<a class="tap" href="../history.html#version-${short('Changes from my review')}">20 October 2026</a>`);
    expect(read('samantha/index.html')).toContain('<p class="small"><a class="tap" href="history.html#version-not-yet-committed">Your plan has changes not yet committed: 1 change. See how the weeks before and after went</a></p>');
  });

  it('is sealed like every other page in an encrypted site', async () => {
    const run = waymark(['build', '--encrypt', '--out', 'sealed', '--today', TODAY], { cwd: sam.root, env: { ...GIT_ENV, WAYMARK_PASSPHRASE: PASSPHRASE } });
    expect(run.code).toBe(0);
    const root = join(sam.root, 'sealed');
    const files = listFiles(root);
    expect(files.filter((file) => file.includes('history'))).toEqual([]);
    for (const file of files) expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/Payday|How my plan changed|Half-finished/);
    const key = await unwrapSiteKey(readFileSync(join(root, 'index.html'), 'utf8'), PASSPHRASE);
    if (!key.ok) throw new Error(key.message);
    const opened = await Promise.all(files.filter((file) => file.startsWith('p/')).map((file) => decryptPage(readFileSync(join(root, file), 'utf8'), key.key, file)));
    const history = opened.filter((page) => page.ok && page.html.includes('<h1>How my plan changed</h1>'));
    expect(history).toHaveLength(1);
    expect(history[0]!.ok && history[0]!.html).toContain('Added a trigger: Payday, with coping: Walk');
  }, 120_000);
});
