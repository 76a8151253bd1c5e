import { PluggyConnect } from 'pluggy-connect-element/react';
import type { LogEntry } from '../../example.js';

export function Connect({ connectToken, connectUrl, log }: { connectToken: string; connectUrl?: string; log: (entry: LogEntry) => void }) {
  const handle = ({ type, detail }: CustomEvent) => log({ event: type, detail });
  return (
    <PluggyConnect
      connectToken={connectToken}
      connectUrl={connectUrl}
      includeSandbox
      connectorIds={[201, 202]}
      openFinanceParameters={{ cpf: '00000000191' }}
      onSuccess={handle}
      onError={handle}
      onClose={handle}
      onSubmittedConsent={handle}
    />
  );
}
