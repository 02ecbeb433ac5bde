// Opening an encrypted site's pages in Node with the very functions the browser runs: for tests, and for anyone checking a published site.

import { FORMAT_VERSION, KEY_ELEMENT, PAGE_ELEMENT, type KeyEnvelope, type PageEnvelope } from './envelope.js';
import { importSiteKey, openPage, openSiteKey } from './open.js';

export type Opened<T> = ({ ok: true } & T) | { ok: false; message: string };

/** The JSON in `<script type="application/json" id="…">`, or null. */
function dataBlock(html: string, id: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html);
  if (!match?.[1]) return null;
  try {
    return JSON.parse(match[1]) as unknown;
  } catch {
    return null;
  }
}

export function keyEnvelopeOf(html: string): KeyEnvelope | null {
  const block = dataBlock(html, KEY_ELEMENT);
  return isRecord(block) && typeof block.salt === 'string' && typeof block.key === 'string' ? (block as unknown as KeyEnvelope) : null;
}

export function pageEnvelopeOf(html: string): PageEnvelope | null {
  const block = dataBlock(html, PAGE_ELEMENT);
  return isRecord(block) && typeof block.iv === 'string' && typeof block.data === 'string' ? (block as unknown as PageEnvelope) : null;
}

/** The site key from any page of the site (each carries the wrapped key) and the passphrase. */
export async function unwrapSiteKey(html: string, passphrase: string): Promise<Opened<{ key: CryptoKey; raw: Uint8Array<ArrayBuffer> }>> {
  const envelope = keyEnvelopeOf(html);
  if (envelope === null) return { ok: false, message: `this page holds no wrapped site key (no <script id="${KEY_ELEMENT}">)` };
  if (envelope.v !== FORMAT_VERSION) return { ok: false, message: `the site key was wrapped in format ${envelope.v}; this Waymark reads format ${FORMAT_VERSION}` };
  const raw = await openSiteKey(envelope, passphrase);
  if (raw === null) return { ok: false, message: 'the passphrase does not open this site, or its key parameters were changed' };
  return { ok: true, key: await importSiteKey(raw), raw };
}

/** The original HTML of the page published at `path` (such as `p/3f….html`), checked against that path and the site key. */
export async function decryptPage(html: string, siteKey: CryptoKey, path: string): Promise<Opened<{ html: string }>> {
  const envelope = pageEnvelopeOf(html);
  if (envelope === null) return { ok: false, message: `${path} holds no sealed page (no <script id="${PAGE_ELEMENT}">)` };
  if (envelope.v !== FORMAT_VERSION) return { ok: false, message: `${path} was sealed in format ${envelope.v}; this Waymark reads format ${FORMAT_VERSION}` };
  const opened = await openPage(envelope, siteKey, path);
  if (opened === null) return { ok: false, message: `${path} cannot be decrypted: it was changed or damaged, moved from another page, or sealed under another key` };
  return { ok: true, html: opened };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
