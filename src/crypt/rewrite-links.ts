// Rewrites every URL an HTML page (or a stylesheet) refers to, so pages can move to new names and still find each other.

/** Given a URL as written (entities decoded), returns the URL to write instead. */
export type RewriteUrl = (url: string) => string;

const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'poster', 'action', 'formaction']);

// Comments and the raw text of script and style are left alone; start tags are read with their quoted values whole.
const TOKEN = /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function rewriteHtmlUrls(html: string, rewrite: RewriteUrl): string {
  return html.replace(TOKEN, (token, rawName: string | undefined, rawAttributes: string | undefined, rawText: string | undefined, name: string | undefined, attributes: string | undefined) => {
    if (rawName !== undefined) return `<${rawName}${rewriteAttributes(rawName, rawAttributes ?? '', rewrite)}>${rawText ?? ''}</${rawName}>`;
    if (name !== undefined) return `<${name}${rewriteAttributes(name, attributes ?? '', rewrite)}>`;
    return token;
  });
}

function rewriteAttributes(tag: string, attributes: string, rewrite: RewriteUrl): string {
  const refresh = tag.toLowerCase() === 'meta' && /http-equiv\s*=\s*["']?refresh/i.test(attributes);
  return attributes.replace(ATTRIBUTE, (whole, rawKey: string, double?: string, single?: string, bare?: string) => {
    const value = double ?? single ?? bare;
    if (value === undefined) return whole;
    const key = rawKey.toLowerCase();
    let next: string | null = null;
    if (URL_ATTRIBUTES.has(key)) next = rewrite(decodeEntities(value).trim());
    else if (key === 'srcset') next = rewriteSrcset(decodeEntities(value), rewrite);
    else if (key === 'content' && refresh) next = rewriteRefresh(decodeEntities(value), rewrite);
    return next === null ? whole : `${rawKey}="${escapeAttribute(next)}"`;
  });
}

function rewriteSrcset(value: string, rewrite: RewriteUrl): string {
  return value
    .split(',')
    .map((candidate) => candidate.trim().replace(/^\S+/, (url) => rewrite(url)))
    .join(', ');
}

/** `0; url=sam/index.html` */
function rewriteRefresh(value: string, rewrite: RewriteUrl): string {
  return value.replace(/(;\s*url\s*=\s*)(['"]?)([^'"]*)\2\s*$/i, (_whole, lead: string, _quote, url: string) => `${lead}${rewrite(url.trim())}`);
}

/** `url(...)` and `@import "..."` in a stylesheet. */
export function rewriteCssUrls(css: string, rewrite: RewriteUrl): string {
  return css
    .replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi, (_whole, quote: string, url: string) => `url(${quote}${rewrite(url.trim())}${quote})`)
    .replace(/@import\s+(['"])([^'"]*)\1/gi, (_whole, quote: string, url: string) => `@import ${quote}${rewrite(url.trim())}${quote}`);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
