// Sealing at build time with Node's Web Crypto: a fresh site key, the key wrapped under the passphrase, each page under the site key.

import { FORMAT_VERSION, IV_BYTES, KEY_BYTES, PAGE_SIZE_CLASS, SALT_BYTES, type KeyEnvelope, type PageEnvelope } from './envelope.js';
import { keyAad, pageAad, passphraseKey, toBase64 } from './open.js';

const subtle = globalThis.crypto.subtle;

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** A fresh random AES-256-GCM key for one build. */
export function newSiteKey(): Promise<CryptoKey> {
  return subtle.generateKey({ name: 'AES-GCM', length: KEY_BYTES * 8 }, true, ['encrypt', 'decrypt']);
}

/** The site key wrapped with AES-GCM under a PBKDF2-SHA-256 key from the passphrase, with its parameters as additional data. */
export async function wrapSiteKey(siteKey: CryptoKey, passphrase: string, iterations: number): Promise<KeyEnvelope> {
  const head = { v: FORMAT_VERSION, kdf: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(SALT_BYTES)), wrap: 'AES-GCM' } as const;
  const iv = randomBytes(IV_BYTES);
  const wrapping = await passphraseKey(passphrase, head, 'wrapKey');
  const wrapped = await subtle.wrapKey('raw', siteKey, wrapping, { name: 'AES-GCM', iv, additionalData: keyAad(head) });
  return { ...head, iv: toBase64(iv), key: toBase64(new Uint8Array(wrapped)) };
}

/** The page's bytes, a 0x80 byte, then zeros up to the next multiple of PAGE_SIZE_CLASS (ISO/IEC 7816-4 padding); `openPage` takes them off. */
export function padded(html: string): Uint8Array<ArrayBuffer> {
  const bytes = new TextEncoder().encode(html);
  const out = new Uint8Array(Math.ceil((bytes.length + 1) / PAGE_SIZE_CLASS) * PAGE_SIZE_CLASS);
  out.set(bytes);
  out[bytes.length] = 0x80;
  return out;
}

/** One page's HTML, padded to its size class, sealed with AES-256-GCM under a fresh random IV, bound to its path in the site. */
export async function sealPage(html: string, siteKey: CryptoKey, path: string): Promise<PageEnvelope> {
  const iv = randomBytes(IV_BYTES);
  const data = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: pageAad(FORMAT_VERSION, path) }, siteKey, padded(html));
  return { v: FORMAT_VERSION, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Opaque random names, unique within a build, that carry nothing of what they hold. */
export function opaqueName(): string {
  return Array.from(randomBytes(16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
