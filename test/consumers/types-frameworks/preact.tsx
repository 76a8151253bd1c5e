/** @jsxImportSource preact */
// `<pluggy-connect>` in Preact JSX, with the package's Preact typings.
import type {} from 'pluggy-connect-element/typings/preact';

export const ok = (
  <pluggy-connect
    token-url="/api/connect-token"
    connectorIds={[0, 601]}
    include-sandbox
    onpluggy-error={(event) => event.detail.message satisfies string}
  />
);

// @ts-expect-error connector ids are numbers
export const wrongIds = <pluggy-connect connectorIds={['601']} />;

// @ts-expect-error a server renders includeSandbox as `includesandbox`: include-sandbox
export const lostOnTheServer = <pluggy-connect includeSandbox />;
