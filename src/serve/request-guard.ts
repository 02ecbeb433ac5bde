// Decides whether a request may reach the site `waymark serve` serves: only from this computer's names, and only for paths inside the site.

import { networkInterfaces } from 'node:os';

export interface Refusal {
  status: 400 | 403;
  message: string;
}

/** Names a browser on this computer uses for it; an address of a name can be rebound (DNS rebinding), these cannot. */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** `host` as it appears in a Host header: IPv6 addresses in brackets. */
export function hostName(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host.toLowerCase();
}

/**
 * The Host names the server answers to: this computer's own names and, when `--host` chose another
 * address, that address (every address of this computer for 0.0.0.0 or ::). Never a name that DNS could point elsewhere.
 */
export function allowedHosts(listenOn: string | undefined): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (listenOn === undefined) return names;
  if (listenOn === '0.0.0.0' || listenOn === '::') {
    for (const addresses of Object.values(networkInterfaces())) for (const address of addresses ?? []) names.add(hostName(address.address));
  } else names.add(hostName(listenOn));
  return names;
}

/** Why the request must be refused, or null when it may go on to the site. */
export function refusal(url: string | undefined, host: string | undefined, port: number, hosts: ReadonlySet<string>): Refusal | null {
  const named = host?.toLowerCase();
  if (named === undefined || ![...hosts].some((name) => named === `${name}:${port}`)) {
    return { status: 403, message: 'This server answers only to this computer (localhost).\n' };
  }
  if (url === undefined || !url.startsWith('/')) return { status: 400, message: 'Bad request.\n' };
  const path = url.split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400, message: 'This address is not a page of the site.\n' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return { status: 400, message: 'This address is not a page of the site.\n' };
  return null;
}
