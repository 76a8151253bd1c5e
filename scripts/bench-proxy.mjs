// The handshake benchmark's network: a TCP proxy in front of each origin's server, all sharing one
// link. On localhost a connection is free; through these proxies it pays what a distant server's
// does: each chunk crosses in half a round trip after the chunks before it, through a bandwidth
// all origins share, and a connection's first bytes wait a round trip more (the TCP handshake the
// browser did not have to wait for) and, until a hostname's first lookup of a round has answered
// (a round trip after its first connection), the rest of that lookup: the browser's profile, and
// so its DNS cache, is new each round.
import { connect, createServer } from 'node:net';

/** The time in ms since the epoch, to the fraction of a ms. */
const now = () => performance.timeOrigin + performance.now();

/**
 * The link all proxies share: `rtt` ms, `rate` bytes per second in each direction shared by every
 * connection (Infinity: uncapped), and with `dns` a lookup of a round trip for each hostname, once
 * a round. `log` lists the connections of the round: origin, open and close times (ms since the
 * epoch, as the netlog's), bytes each way, and the browser's port (which its netlog names too).
 */
export function createLink({ rtt, rate = Infinity, dns = false }) {
  const busyUntil = { up: 0, down: 0 };
  /** When each hostname's lookup of the round has answered (or will: connections opened meanwhile wait for the same one). */
  const resolved = new Map();
  return {
    rtt,
    log: [],
    /** A new round: a fresh profile whose DNS cache is empty, and a fresh log. */
    newRound() {
      resolved.clear();
      this.log = [];
    },
    /** The delay of a new connection to `host` before its first bytes leave: the lookup still under way (the first starts one), then the TCP handshake. */
    setup(host) {
      if (dns && !resolved.has(host)) resolved.set(host, performance.now() + rtt);
      return Math.max(0, (resolved.get(host) ?? 0) - performance.now()) + rtt;
    },
    /** When `bytes` sent at `from` in `direction` arrive: after the bytes queued before them on the shared link, plus half the round trip. */
    arrival(direction, bytes, from) {
      const sent = rate === Infinity ? from : (busyUntil[direction] = Math.max(from, busyUntil[direction]) + (bytes / rate) * 1000);
      return sent + rtt / 2;
    },
  };
}

/**
 * Forwards `from` to `to` in `direction`, each chunk at its arrival time and in order (a queue with
 * one timer, since timers due at close times may fire out of order); the end of the stream, after
 * the last chunk. `ready` is when the first bytes may leave; `count` adds the bytes to the log.
 */
function forward(from, to, link, direction, ready, count) {
  const queue = [];
  let timer;
  const pump = () => {
    timer = undefined;
    while (queue.length && queue[0].at <= performance.now()) {
      const { data } = queue.shift();
      if (data) to.write(data);
      else to.end();
    }
    if (queue.length) timer = setTimeout(pump, queue[0].at - performance.now());
  };
  const push = (at, data) => {
    queue.push({ at, data });
    if (!timer) pump();
  };
  from.on('data', (data) => {
    count(data.length);
    push(link.arrival(direction, data.length, Math.max(performance.now(), ready)), data);
  });
  from.on('end', () => push(Math.max(performance.now() + link.rtt / 2, queue.at(-1)?.at ?? 0)));
}

/**
 * A proxy on a free port of 127.0.0.1 to `target` (`{ host, port }`) for the origin named `name`
 * (its hostname, which the DNS delay is per). Resolves with `{ port, close() }`.
 */
export async function startProxy(name, target, link) {
  const server = createServer({ allowHalfOpen: true }, (client) => {
    const entry = { origin: name, port: client.remotePort, opened: now(), closed: undefined, up: 0, down: 0 };
    link.log.push(entry);
    const ready = performance.now() + link.setup(name);
    const upstream = connect({ ...target, allowHalfOpen: true });
    for (const socket of [client, upstream]) {
      socket.setNoDelay(true);
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('close', () => {
      entry.closed ??= now();
      upstream.destroy();
    });
    upstream.on('close', () => client.destroy());
    forward(client, upstream, link, 'up', ready, (bytes) => (entry.up += bytes));
    forward(upstream, client, link, 'down', 0, (bytes) => (entry.down += bytes));
  });
  return listen(server);
}

/**
 * Listens with `server` on a free port of 127.0.0.1. Resolves with `{ port, close() }`; close()
 * also ends the connections still open (a browser keeps its own open).
 */
export async function listen(server) {
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
