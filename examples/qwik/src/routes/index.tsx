import { component$, useSignal, useVisibleTask$ } from '@builder.io/qwik';
import type { DocumentHead } from '@builder.io/qwik-city';
import type { PluggyConnectElement } from 'pluggy-connect-element';

export default component$(() => {
  const connect = useSignal<PluggyConnectElement>();
  const status = useSignal('');

  // In the browser: define <pluggy-connect>, then listen to its events. Qwik 1 cannot bind them in
  // JSX: `onPluggy-success$` listens to a `pluggySuccess` event, which the element never fires.
  useVisibleTask$(async ({ cleanup }) => {
    await import('pluggy-connect-element');
    const listening = new AbortController();
    connect.value!.addEventListener('pluggy-success', (event) => (status.value = `Connected: ${event.detail.item.id}`), { signal: listening.signal });
    connect.value!.addEventListener('pluggy-error', (event) => (status.value = `Could not connect: ${event.detail.message}`), { signal: listening.signal });
    cleanup(() => listening.abort());
  });

  return (
    <main>
      <h1>Connect your bank</h1>
      {/* Options as kebab-case attributes, which the server renders; a list as text.
          connect-url: the Connect emulator in development and tests; unset in production. */}
      <pluggy-connect
        ref={connect}
        token-url="/api/connect-token"
        connect-url={import.meta.env.VITE_CONNECT_URL}
        include-sandbox
        connector-ids="0, 601, 604"
      />
      <p role="status">{status.value}</p>
    </main>
  );
});

export const head: DocumentHead = { title: 'Connect your bank' };
