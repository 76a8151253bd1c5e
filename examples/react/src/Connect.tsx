import 'pluggy-connect-element';
import type {} from 'pluggy-connect-element/typings/react';

type Log = (entry: { event: string; detail: unknown }) => void;

export function Connect({ connectToken, connectUrl, log }: { connectToken: string; connectUrl?: string; log: Log }) {
  const handle = ({ type, detail }: CustomEvent) => log({ event: type, detail });
  return (
    <pluggy-connect
      connectToken={connectToken}
      connectUrl={connectUrl}
      includeSandbox
      connectorIds={[201, 202]}
      openFinanceParameters={{ cpf: '00000000191' }}
      onpluggy-success={handle}
      onpluggy-error={handle}
      onpluggy-close={handle}
      onpluggy-submitted-consent={handle}
    />
  );
}
