'use client';

import { useState, useSyncExternalStore } from 'react';
import 'pluggy-connect-element';
import type {} from 'pluggy-connect-element/typings/react';

const noSubscription = () => () => {};

export function Connect() {
  const [status, setStatus] = useState('');
  // React 19 sets no properties or listeners on a custom element it hydrates (facebook/react#35446):
  // a key that changes once hydrated renders the element again on the client, where it does.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <>
      <pluggy-connect
        key={hydrated ? 'client' : 'server'}
        // Text and booleans as attributes: the server renders them, and the typings reject tokenUrl,
        // which a server would render as `tokenurl`. Lists as properties: set in the browser.
        token-url="/api/connect-token"
        // The Connect emulator in development and tests; unset in production (the hosted Connect app).
        connect-url={process.env.NEXT_PUBLIC_CONNECT_URL}
        include-sandbox
        connectorIds={[0, 601, 604]}
        onpluggy-success={(event) => setStatus(`Connected: ${event.detail.item.id}`)}
        onpluggy-error={(event) => setStatus(`Could not connect: ${event.detail.message}`)}
      />
      <p role="status">{status}</p>
    </>
  );
}
