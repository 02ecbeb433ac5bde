// The shared summary as one self-contained HTML file: inline style and SVG, no script, nothing it could fetch.

import { createHash } from 'node:crypto';
import { escapeHtml as e } from '../site/escape-html.js';
import { formatDate } from '../site/format-figures.js';
import { rangeDays } from './share-range.js';
import { checkinsMarkup, crisisMarkup, goalsMarkup, measuresMarkup, recoveryMarkup, triggersMarkup } from './section-markup.js';
import type { ShareSummary } from './share-summary.js';
import { SHARE_STYLE } from './share-style.js';

/** A CSP source allowing exactly this inline text (a style or a script) and nothing else. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Nothing from anywhere: only the summary's inline style (and, when sealed, the locked page's own
 * style and the unlock script) by hash.
 */
export function shareCsp(style: string, scripts: readonly string[]): string {
  const styles = [...new Set([SHARE_STYLE, style])].map(hashSource).join(' ');
  const script = scripts.length > 0 ? `; script-src ${scripts.map(hashSource).join(' ')}` : '';
  return `default-src 'none'; style-src ${styles}${script}; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** `style` is the page's own; a sealed file's is neutral, and the summary's style arrives with the summary. */
export function shareHead(title: string, style = SHARE_STYLE, scripts: readonly string[] = []): string {
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${shareCsp(style, scripts)}">`,
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${e(title)}</title>`,
    `<style>${style}</style>`,
  ].join('\n');
}

export function shareTitle(summary: ShareSummary): string {
  return `A summary for ${summary.forName}`;
}

export function shareHtml(summary: ShareSummary): string {
  const { range } = summary;
  const days = rangeDays(range);
  const dates = `${formatDate(range.from)} to ${formatDate(range.to)}`;
  const who = summary.person ?? 'the person who keeps this plan';
  const sections = summary.sections.map((section) => {
    switch (section) {
      case 'recovery':
        return recoveryMarkup(summary.recovery!, range.to);
      case 'checkins':
        return checkinsMarkup(summary.checkins!, days);
      case 'goals':
        return goalsMarkup(summary.goals!);
      case 'triggers':
        return triggersMarkup(summary.triggers!);
      case 'measures':
        return measuresMarkup(summary.measures!);
      case 'crisis':
        return crisisMarkup(summary.crisis!);
    }
  });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    shareHead(shareTitle(summary)),
    '</head>',
    '<body>',
    `<header><h1>${e(shareTitle(summary))}</h1><p>From ${e(summary.person ?? 'a')}${summary.person ? '’s' : ''} recovery plan, ${e(dates)} (${days} days).</p></header>`,
    '<main>',
    ...sections,
    '</main>',
    `<footer><p>Self-reported by ${e(who)}, from their own check-ins and reviews, for ${e(dates)}; made on ${e(formatDate(summary.made))}. Not a clinical record.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
