// A small built site written by hand for the encryption tests: Rowan's fictional plan, with the names, ids, dates and journal words that must not leak.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { KEY_ELEMENT, PAGE_ELEMENT } from '../../src/crypt/envelope.js';

export const PASSPHRASE = 'lantern moss harbour 42';

/** Everything of the plan a stranger must not learn from the encrypted folder: not in a file name, not in a file. */
export const SECRETS = [
  'rowan-q',
  'Rowan',
  'Quill',
  'pottery-class',
  'Pottery',
  'friday-payday',
  'uncle-bartholomew',
  'Bartholomew',
  'kestrel',
  '2026-03-14',
  '2026-03-15',
  '14 March 2026',
  'marmalade',
  'thunderstorm',
  'Harbour Line',
  '0800 555 0199',
];

/** What the crisis plan holds, and so what a public crisis page shows. */
export const CRISIS_CONTENT = ['Harbour Line', '0800 555 0199', 'Breathe out slowly', 'Uncle Bartholomew'];
/** Of the secrets, those that are not in the crisis plan and must stay sealed even with a public crisis page. */
export const NOT_CRISIS = ['rowan-q', 'Rowan', 'Quill', 'pottery-class', 'Pottery', 'friday-payday', 'kestrel', '2026-03-14', '2026-03-15', '14 March 2026', 'marmalade', 'thunderstorm'];

function page(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="${css}">
</head>
<body class="page">
<a class="skip-link" href="#main">Skip to the content</a>
${body}
</body>
</html>
`;
}

const header = (up: string) => `<header class="site-header">
<a class="plan-name" href="${up}index.html">Rowan Quill&#39;s plan</a>
<a class="crisis-link" href="${up}crisis.html">Crisis plan</a>
<nav aria-label="Sections"><ul><li><a href="${up}goals/">Goals</a></li><li><a href="${up}people.html">People</a></li><li><a href="${up}checkins/2026-03-14.html">14 March 2026</a></li></ul></nav>
</header>`;
const footer = '<footer><p>Built from your plan as of 15 March 2026 (2026-03-15).</p></footer>';

export const SITE: Record<string, string> = {
  '.waymark-site': 'This folder was written by `waymark build`, which empties it before each build.\n',
  'index.html': page(
    'Rowan Quill&#39;s recovery plan',
    'assets/site.css',
    `<meta http-equiv="refresh" content="0; url=rowan-q/index.html">\n<main id="main"><h1>Rowan Quill&#39;s recovery plan</h1><p>Opening your plan… <a href="rowan-q/index.html">go to Rowan Quill&#39;s plan</a>.</p></main>`,
  ),
  'rowan-q/index.html': page(
    'Overview · Rowan Quill&#39;s plan',
    '../assets/site.css',
    `${header('')}
<main id="main"><h1 id="overview-heading">Rowan Quill, 40 days</h1>
<p>Next: <a href="goals/pottery-class.html">Pottery class on Thursdays</a>, call <a href="people.html#uncle-bartholomew">Uncle Bartholomew</a>.</p>
<p>Trigger this week: <a href="checkins/2026-03-14.html#friday-payday">friday-payday</a>.</p>
<svg role="img" aria-labelledby="mood-title" viewBox="0 0 10 10"><title id="mood-title">Mood on 2026-03-14: 4</title><rect width="4" height="8"/></svg>
</main>
${footer}`,
  ),
  'rowan-q/goals/index.html': page(
    'Goals · Rowan Quill&#39;s plan',
    '../../assets/site.css',
    `${header('../')}
<main id="main"><h1>Goals</h1><ul><li><a href="pottery-class.html">Pottery class on Thursdays</a></li></ul></main>
${footer}`,
  ),
  'rowan-q/goals/pottery-class.html': page(
    'Pottery class · Rowan Quill&#39;s plan',
    '../../assets/site.css',
    `${header('../')}
<main id="main"><h1>Pottery class on Thursdays</h1><p>Due 2026-03-15. Why: it keeps my hands busy on kestrel evenings.</p><p><a href="index.html">All goals</a></p></main>
${footer}`,
  ),
  'rowan-q/checkins/2026-03-14.html': page(
    '14 March 2026 · Rowan Quill&#39;s plan',
    '../../assets/site.css',
    `${header('../')}
<main id="main"><h1>14 March 2026</h1>
<h2 id="friday-payday">Trigger: friday-payday</h2>
<div class="journal"><p>Marmalade on toast, then a thunderstorm kept me in. I did not go out.</p></div>
<p><a href="../goals/pottery-class.html">Back to Pottery</a></p></main>
${footer}`,
  ),
  'rowan-q/people.html': page(
    'People · Rowan Quill&#39;s plan',
    '../assets/site.css',
    `${header('')}
<main id="main"><h1>People</h1><section id="uncle-bartholomew"><h2>Uncle Bartholomew</h2><p>Call on Sundays: <a href="tel:07700900123">07700 900123</a>.</p></section></main>
${footer}`,
  ),
  'rowan-q/crisis.html': page(
    'My crisis plan · Rowan Quill&#39;s plan',
    '../assets/site.css',
    `${header('')}
<main id="main"><h1>My crisis plan</h1>
<p class="urgent">In danger right now? Call the Harbour Line on <a href="tel:08005550199">0800 555 0199</a>.</p>
<ol><li id="coping">Breathe out slowly, count to ten. <a href="#emergency">Numbers</a></li>
<li>Ring <a href="people.html#uncle-bartholomew">Uncle Bartholomew</a></li>
<li id="emergency"><a href="tel:112">112</a></li></ol>
<p>See also <a href="goals/">my goals</a> and <a href="crisis.html#coping">coping</a>.</p>
</main>
${footer}`,
  ),
  'assets/site.css': 'body { font-family: system-ui, sans-serif; }\n.journal { font-style: italic; }\n',
  'sitemap.xml': '<?xml version="1.0"?><urlset><url><loc>rowan-q/checkins/2026-03-14.html</loc></url></urlset>\n',
  'rowan-q/feed.xml': '<feed><title>Rowan Quill</title><entry>marmalade thunderstorm</entry></feed>\n',
  'search-index.json': '[{"url":"rowan-q/goals/pottery-class.html","text":"Pottery class kestrel"}]\n',
};

/** The site above written to a fresh temporary folder. */
export function writePlanSite(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'waymark-crypt-')), 'site');
  for (const [path, content] of Object.entries(SITE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Every file and folder under `root`, relative, with `/` separators (folders end with `/`). */
export function listTree(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix)).flatMap((name) => {
    const path = prefix + name;
    return statSync(join(root, path)).isDirectory() ? [`${path}/`, ...listTree(root, `${path}/`)] : [path];
  });
}

export function readSite(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/**
 * A page with the base64 values (salt, iv, key, data) of its key and page envelopes, and nothing else, emptied. Base64 is random text, so a short
 * name such as "Quill" turns up in it by chance (once in some 30 million places, case aside), and padded pages hold millions
 * of places: a search for what stands in the clear skips the ciphertext, and only it.
 */
export function withoutCiphertext(text: string): string {
  return text.replace(
    new RegExp(`(<script type="application/json" id="(?:${KEY_ELEMENT}|${PAGE_ELEMENT})">)([^<]*)(</script>)`, 'g'),
    (_, open: string, json: string, close: string) => open + json.replace(/"(salt|iv|key|data)":"[A-Za-z0-9+/]{16,}={0,2}"/g, '"$1":""') + close,
  );
}
