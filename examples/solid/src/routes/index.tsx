import { Title } from '@solidjs/meta';
import { createSignal } from 'solid-js';
import 'pluggy-connect-element'; // defines <pluggy-connect> in the browser (a no-op on the server)
import type {} from 'pluggy-connect-element/typings/solid';

export default function Home() {
  const [status, setStatus] = createSignal('');
  return (
    <main>
      <Title>Connect your bank</Title>
      <h1>Connect your bank</h1>
      {/* Options as kebab-case attributes, which the server renders; a list as a property (`prop:`);
          events by their exact name (`on:`). A camelCase name would be lost: Solid lower-cases it.
          connect-url: the Connect emulator in development and tests; unset in production. */}
      <pluggy-connect
        token-url="/api/connect-token"
        connect-url={import.meta.env.VITE_CONNECT_URL}
        include-sandbox
        prop:connectorIds={[0, 601, 604]}
        on:pluggy-success={(event) => setStatus(`Connected: ${event.detail.item.id}`)}
        on:pluggy-error={(event) => setStatus(`Could not connect: ${event.detail.message}`)}
      />
      <p role="status">{status()}</p>
    </main>
  );
}
