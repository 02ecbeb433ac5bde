// Opening the wrapped site key and sealed pages with Web Crypto: the same functions run in Node and, serialised into the unlock script, in the browser.
//
// Each function here must stay self-contained: it may use only its parameters, Web platform globals
// (crypto, TextEncoder, TextDecoder, atob, btoa) and the other functions in OPEN_FUNCTIONS, because
// unlock-script.ts copies their source text into the page. No imports are used below for that reason.

import type { KeyEnvelope, PageEnvelope } from './envelope.js';

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Additional data of the key wrap: every parameter the passphrase goes through, so none can be changed unnoticed. */
export function keyAad(envelope: Pick<KeyEnvelope, 'v' | 'kdf' | 'hash' | 'iterations' | 'salt' | 'wrap'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`waymark:${envelope.v}:key:${envelope.kdf}:${envelope.hash}:${envelope.iterations}:${envelope.salt}:${envelope.wrap}`);
}

/** Additional data of a page: the format version and the page's own path in the site, so pages cannot be swapped. */
export function pageAad(version: number, path: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`waymark:${version}:page:${path}`);
}

/** The AES-GCM key that wraps the site key, derived from the passphrase (NFC, so every keyboard types the same bytes). */
export async function passphraseKey(passphrase: string, envelope: Pick<KeyEnvelope, 'hash' | 'iterations' | 'salt'>, usage: 'wrapKey' | 'unwrapKey'): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const params = { name: 'PBKDF2', hash: envelope.hash, salt: fromBase64(envelope.salt), iterations: envelope.iterations };
  return crypto.subtle.deriveKey(params, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** The site key's raw bytes, or null when the passphrase (or anything in the envelope) is wrong. */
export async function openSiteKey(envelope: KeyEnvelope, passphrase: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const wrapping = await passphraseKey(passphrase, envelope, 'unwrapKey');
    const params = { name: 'AES-GCM', iv: fromBase64(envelope.iv), additionalData: keyAad(envelope) };
    const key = await crypto.subtle.unwrapKey('raw', fromBase64(envelope.key), wrapping, params, { name: 'AES-GCM' }, true, ['decrypt']);
    return new Uint8Array(await crypto.subtle.exportKey('raw', key));
  } catch {
    return null;
  }
}

export function importSiteKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['decrypt']);
}

/** The page's HTML, or null when the key is not this site's or the page was changed, damaged or moved from another path. */
export async function openPage(envelope: PageEnvelope, key: CryptoKey, path: string): Promise<string | null> {
  try {
    const params = { name: 'AES-GCM', iv: fromBase64(envelope.iv), additionalData: pageAad(envelope.v, path) };
    const plain = new Uint8Array(await crypto.subtle.decrypt(params, key, fromBase64(envelope.data)));
    // Format 2 on: the page, a 0x80 byte and zeros to its size class.
    let end = plain.length;
    if (envelope.v >= 2) {
      while (end > 0 && plain[end - 1] === 0) end--;
      if (end === 0 || plain[end - 1] !== 0x80) return null;
      end--;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(plain.subarray(0, end));
  } catch {
    return null;
  }
}

/** In the order the unlock script declares them. */
export const OPEN_FUNCTIONS = [fromBase64, toBase64, keyAad, pageAad, passphraseKey, openSiteKey, importSiteKey, openPage];
