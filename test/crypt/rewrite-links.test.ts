// Rewriting a page's URLs: every attribute that holds one, in any quoting, and nothing in text, comments or scripts; where relative links lead.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkTarget, relativeHref } from '../../src/crypt/link-target.js';
import { decodeEntities, rewriteCssUrls, rewriteHtmlUrls } from '../../src/crypt/rewrite-links.js';

const upper = (url: string) => url.toUpperCase();

describe('rewriteHtmlUrls', () => {
  it('rewrites href, src, srcset and a refresh in any quoting, and writes them double-quoted', () => {
    expect(rewriteHtmlUrls(`<a class="x" href="a.html">a</a><img src='b.png' alt="b"><link href=c.css rel=stylesheet>`, upper)).toBe(
      `<a class="x" href="A.HTML">a</a><img src="B.PNG" alt="b"><link href="C.CSS" rel=stylesheet>`,
    );
    expect(rewriteHtmlUrls('<img srcset="a.png 1x, b.png 2x">', upper)).toBe('<img srcset="A.PNG 1x, B.PNG 2x">');
    expect(rewriteHtmlUrls('<meta http-equiv="refresh" content="0; url=sam/index.html">', upper)).toBe('<meta http-equiv="refresh" content="0; url=SAM/INDEX.HTML">');
    expect(rewriteHtmlUrls('<svg><use xlink:href="#dot"/></svg>', upper)).toBe('<svg><use xlink:href="#DOT"/></svg>');
  });

  it('reads entities in values and writes & and " escaped', () => {
    const seen: string[] = [];
    expect(rewriteHtmlUrls('<a href="a.html?x=1&amp;y=&#34;2&#x27;">a</a>', (url) => (seen.push(url), `${url}&"`))).toBe('<a href="a.html?x=1&amp;y=&quot;2\'&amp;&quot;">a</a>');
    expect(seen).toEqual([`a.html?x=1&y="2'`]);
  });

  it('leaves text, other attributes, comments, scripts and styles alone, and a ">" inside a quoted value', () => {
    const html = '<p title="a > b" data-href="x.html">href="y.html"</p><!-- <a href="z.html"> --><script>let a = \'<a href="s.html">\';</script><style>a[href="t.html"]{}</style>';
    expect(rewriteHtmlUrls(html, upper)).toBe(html);
  });

  it('never throws and keeps pages without URLs as they were', () => {
    fc.assert(fc.property(fc.string(), (text) => rewriteHtmlUrls(text.replace(/<|href|src|srcset|content/gi, ''), upper) === text.replace(/<|href|src|srcset|content/gi, '')));
    fc.assert(fc.property(fc.string(), (text) => typeof rewriteHtmlUrls(text, upper) === 'string'));
  });
});

describe('rewriteCssUrls', () => {
  it('rewrites url() and @import', () => {
    expect(rewriteCssUrls(`@import "a.css"; b { background: url(img/b.png) } c { src: url('f.woff2') }`, upper)).toBe(`@import "A.CSS"; b { background: url(IMG/B.PNG) } c { src: url('F.WOFF2') }`);
  });
});

describe('linkTarget', () => {
  it('resolves relative links against the page, folders to their index.html, keeping the fragment', () => {
    expect(linkTarget('sam/goals/index.html', '../people.html#support-jo')).toEqual({ path: 'sam/people.html', hash: '#support-jo' });
    expect(linkTarget('sam/index.html', 'goals/')).toEqual({ path: 'sam/goals/index.html', hash: '' });
    expect(linkTarget('index.html', 'sam/')).toEqual({ path: 'sam/index.html', hash: '' });
    expect(linkTarget('sam/index.html', '../assets/site.css')).toEqual({ path: 'assets/site.css', hash: '' });
    expect(linkTarget('sam/index.html', 'goals/caf%C3%A9.html')).toEqual({ path: 'sam/goals/café.html', hash: '' });
  });

  it('leaves links that stay on the page or leave the site', () => {
    for (const url of ['', '#main', 'tel:112', 'mailto:a@example.org', 'https://www.samaritans.org', '//cdn.example/x.js', 'data:,x', 'javascript:alert(1)']) {
      expect(linkTarget('sam/index.html', url), url).toBeNull();
    }
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (from, url) => linkTarget(from, url) === null || typeof linkTarget(from, url)?.path === 'string'));
  });
});

describe('relativeHref', () => {
  it('writes the way from one page to another', () => {
    expect(relativeHref('index.html', 'p/ab.html')).toBe('p/ab.html');
    expect(relativeHref('p/ab.html', 'p/cd.html')).toBe('cd.html');
    expect(relativeHref('p/ab.html', 'index.html')).toBe('../index.html');
    expect(relativeHref('p/ab.html', 'assets/site.css')).toBe('../assets/site.css');
    expect(relativeHref('crisis.html', 'crisis.html')).toBe('crisis.html');
  });
});

describe('decodeEntities', () => {
  it('reads named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x41;&unknown;')).toBe(`&<>"'A&unknown;`);
  });
});
