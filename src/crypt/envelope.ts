// The encrypted site's format: the key and page envelopes as they are stored in every page, and their fixed parameters.

/** Bumped whenever anything below changes meaning; part of every additional authenticated data. 2: pages padded to size classes. */
export const FORMAT_VERSION = 2;
/** A sealed page's plaintext is padded to a multiple of this, so its size tells only its size class. */
export const PAGE_SIZE_CLASS = 4096;
/** PBKDF2-HMAC-SHA256 rounds: about 0.1 s in Chromium on a desktop, well under a second on a phone. */
export const ITERATIONS = 1_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const KEY_BYTES = 32;

/** The site key wrapped under the passphrase: `<script type="application/json" id="waymark-key">` in every page. */
export interface KeyEnvelope {
  v: number;
  kdf: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** base64, 16 random bytes */
  salt: string;
  wrap: 'AES-GCM';
  /** base64, the 12-byte IV of the wrap */
  iv: string;
  /** base64, the 32-byte site key sealed with AES-256-GCM (48 bytes with the tag) */
  key: string;
}

/** One page's HTML sealed under the site key: `<script type="application/json" id="waymark-page">`. */
export interface PageEnvelope {
  v: number;
  /** base64, a fresh random 12-byte IV */
  iv: string;
  /** base64, the AES-256-GCM ciphertext followed by its 16-byte tag; the plaintext is the page's UTF-8, a 0x80 byte and zeros up to a multiple of PAGE_SIZE_CLASS */
  data: string;
}

/** Element ids and the sessionStorage item the unlock script and the Node reader share. */
export const KEY_ELEMENT = 'waymark-key';
export const PAGE_ELEMENT = 'waymark-page';
export const SESSION_ITEM = 'waymark-site-key';
