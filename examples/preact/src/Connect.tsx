import { useState } from 'preact/hooks';
import 'pluggy-connect-element';
import type {} from 'pluggy-connect-element/typings/preact';

export function Connect() {
  const [status, setStatus] = useState('');
  return (
    <main>
      <h1>Connect your bank</h1>
      {/* Preact sets a prop the element has (connectorIds) as a property, others as attributes. */}
      <pluggy-connect
        token-url="/api/connect-token"
        // The Connect emulator in development and tests; unset in production (the hosted Connect app).
        connect-url={import.meta.env.VITE_CONNECT_URL}
        include-sandbox
        connectorIds={[0, 601, 604]}
        onpluggy-success={(event) => setStatus(`Connected: ${event.detail.item.id}`)}
        onpluggy-error={(event) => setStatus(`Could not connect: ${event.detail.message}`)}
      />
      <p role="status">{status}</p>
    </main>
  );
}
