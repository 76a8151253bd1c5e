/** @jsxImportSource solid-js */
// `<pluggy-connect>` in Solid JSX, with the package's Solid typings.
import type {} from 'pluggy-connect-element/typings/solid';

export const ok = (
  <pluggy-connect
    token-url="/api/connect-token"
    include-sandbox
    prop:connectorIds={[0, 601]}
    connector-ids="0, 601"
    on:pluggy-success={(event) => event.detail.item.id satisfies string}
  />
);

// @ts-expect-error Solid sets `connectorIds` as `connectorids`, which the element does not have: prop:connectorIds
export const lostProperty = <pluggy-connect connectorIds={[0, 601]} />;

// @ts-expect-error connector ids are numbers
export const wrongIds = <pluggy-connect prop:connectorIds={['601']} />;
