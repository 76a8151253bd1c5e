// `<pluggy-connect>` in React 19 JSX, with the package's React typings.
import type {} from 'pluggy-connect-element/typings/react';

export const ok = (
  <pluggy-connect
    connectUrl="https://connect.example"
    connectorIds={[0, 601]}
    openFinanceParameters={{ cpf: '00000000191' }}
    theme="dark"
    onpluggy-success={(event) => event.detail.item.id satisfies string}
    onpluggy-submitted-consent={(event) => event.detail.event satisfies 'SUBMITTED_CONSENT'}
  />
);

// @ts-expect-error theme is 'light' or 'dark'
export const wrongTheme = <pluggy-connect theme="blue" />;

// @ts-expect-error the pluggy-success detail has no message
export const wrongDetail = <pluggy-connect onpluggy-success={(event) => event.detail.message} />;
