/** @jsxImportSource preact */
// `<pluggy-connect>` in Preact JSX, with the package's Preact typings.
import type {} from 'pluggy-connect-element/typings/preact';

export const ok = (
  <pluggy-connect
    connectorIds={[0, 601]}
    includeSandbox
    onpluggy-error={(event) => event.detail.message satisfies string}
  />
);

// @ts-expect-error connector ids are numbers
export const wrongIds = <pluggy-connect connectorIds={['601']} />;
