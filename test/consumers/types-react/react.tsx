// `<pluggy-connect>` in React 19 JSX, with the package's React typings: options as their
// attributes (what a server renders), lists and objects also as properties.
import type {} from 'pluggy-connect-element/typings/react';

export const ok = (
  <pluggy-connect
    connect-url="https://connect.example"
    include-sandbox
    connector-ids="0, 601"
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

// @ts-expect-error a server renders tokenUrl as `tokenurl`, which the element never reads: token-url
export const lostOnTheServer = <pluggy-connect tokenUrl="/api/connect-token" />;
