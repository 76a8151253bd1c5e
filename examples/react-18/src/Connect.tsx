import { PluggyConnect } from 'pluggy-connect-element/react';

type Log = (entry: { event: string; detail: unknown }) => void;

export function Connect({ connectToken, connectUrl, log }: { connectToken: string; connectUrl?: string; log: Log }) {
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
