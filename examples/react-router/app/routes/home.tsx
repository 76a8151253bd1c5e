import { PluggyConnect } from 'pluggy-connect-element/react';
import { useState } from 'react';

export const meta = () => [{ title: 'Connect your bank' }];

export default function Home() {
  const [status, setStatus] = useState('');
  return (
    <main>
      <h1>Connect your bank</h1>
      {/* The React component sets these props as the element's properties and binds its events,
          also on the server-rendered element that React hydrates (facebook/react#35446). */}
      <PluggyConnect
        tokenUrl="/api/connect-token"
        // The Connect emulator in development and tests; unset in production (the hosted Connect app).
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
