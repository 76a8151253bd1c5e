// Reads a Chromium netlog (`--log-net-log`, capture mode Default) for the handshake benchmark: the
// connections the browser opened to one address, and the requests each carried. The proxy's own
// log counts connections too, but cannot tell a connection that carried a request from one that
// only shook hands (both are a few encrypted KB); the netlog can, and says why a connection
// was opened (its socket pool group: privacy mode and network partition).

/**
 * The TCP connections to 127.0.0.1:`port` in the netlog `text`, in order, each with when it was
 * opened (ms since the epoch, like `Date.now()`), the browser's local port (which the proxy's log
 * names too), its socket pool group (e.g. `pmpsa/https://connect.test <https://app.test cross_site>`:
 * `pm…/` is privacy mode, the `<…>` part the partition), its ALPN protocol, and the requests sent on
 * it (method, path, `sec-fetch-dest`, time). Requests are read from HTTP/2 sessions: every server
 * of the benchmark speaks HTTP/2, and a socket on which no session started carried no request.
 */
export function connectionsTo(text, port) {
  const { constants, events } = JSON.parse(text);
  const names = Object.fromEntries(Object.entries(constants.logEventTypes).map(([name, id]) => [id, name]));
  const at = (event) => Number(event.time) + Number(constants.timeTickOffset);
  const groupOfJob = new Map();
  const jobOfSocket = new Map();
  const socketOfSession = new Map();
  const sockets = new Map();
  for (const event of events) {
    const { id } = event.source;
    const params = event.params ?? {};
    switch (names[event.type]) {
      case 'SOCKET_POOL_CONNECT_JOB_CREATED':
        groupOfJob.set(id, params.group_id);
        break;
      case 'CONNECT_JOB_SET_SOCKET':
        jobOfSocket.set(params.source_dependency.id, id);
        break;
      case 'TCP_CONNECT':
        if (params.address_list?.includes(`127.0.0.1:${port}`)) sockets.set(id, { opened: at(event), requests: [] });
        if (params.local_address && sockets.has(id)) sockets.get(id).localPort = Number(params.local_address.split(':').at(-1));
        break;
      case 'SSL_CONNECT':
        if (params.next_proto && sockets.has(id)) sockets.get(id).protocol = params.next_proto;
        break;
      case 'HTTP2_SESSION_INITIALIZED':
        socketOfSession.set(id, params.source_dependency.id);
        break;
      case 'HTTP2_SESSION_SEND_HEADERS': {
        const header = (name) => params.headers.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
        sockets.get(socketOfSession.get(id))?.requests.push({ method: header(':method'), path: header(':path'), dest: header('sec-fetch-dest'), at: at(event) });
        break;
      }
    }
  }
  return [...sockets].map(([id, socket]) => ({ ...socket, group: groupOfJob.get(jobOfSocket.get(id)) }));
}
