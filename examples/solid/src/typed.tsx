// The type-check proves the package's Solid typings: a correct use passes, a wrong one is an error.
import type {} from 'pluggy-connect-element/typings/solid';

export const correct = () => (
  <pluggy-connect
    token-url="/api/connect-token"
    include-sandbox
    prop:connectorIds={[0, 601]}
    on:pluggy-success={(event) => event.detail.item.id satisfies string}
  />
);
// @ts-expect-error connector ids are numbers
export const wrongIds = () => <pluggy-connect prop:connectorIds={['x']} />;
// @ts-expect-error Solid would set `el.connectorids`, which the element never reads
export const lost = () => <pluggy-connect connectorIds={[0, 601]} />;
// @ts-expect-error the pluggy-success detail has no message
export const wrongDetail = () => <pluggy-connect on:pluggy-success={(event) => event.detail.message} />;
