import { PluggyConnect } from 'pluggy-connect-element/react';
import { useState } from 'react';

export function Connect() {
  const [status, setStatus] = useState('');
  return (
    <main>
      <h1>Connect your bank</h1>
      <PluggyConnect
        tokenUrl="/api/connect-token"
        // The Connect emulator in development and tests; unset in production.
        connectUrl={import.meta.env.VITE_CONNECT_URL}
        includeSandbox
        connectorIds={[0, 601, 604]}
        onSuccess={(event) => setStatus(`Connected: ${event.detail.item.id}`)}
        onError={(event) => setStatus(`Could not connect: ${event.detail.message}`)}
      />
      <p role="status">{status}</p>
    </main>
  );
}

// @ts-expect-error connector ids are numbers
export const wrongIds = <PluggyConnect connectorIds="x" />;
