import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 where nothing listens (a server listened there a moment ago and closed). */
export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
