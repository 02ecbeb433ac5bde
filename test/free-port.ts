// A TCP port free on both loopback addresses (serve listens on 127.0.0.1 and ::1): the system picks it, so two test files never draw the same one by chance.

import { createServer } from 'node:net';

/** Listens on `port` (0: any) at `host`, and closes again; the port it had, or null when it was taken. */
function tryPort(host: string, port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT' ? port : null));
    server.listen(port, host, () => {
      const address = server.address();
      const chosen = typeof address === 'object' && address !== null ? address.port : null;
      server.close(() => resolve(chosen));
    });
  });
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await tryPort('127.0.0.1', 0);
    // A machine without IPv6 has no ::1 to clash on.
    if (port !== null && (await tryPort('::1', port)) === port) return port;
  }
  throw new Error('no port free on both 127.0.0.1 and ::1 after 20 tries');
}
