// The type-check proves the package's template typings: a correct use passes, a wrong one is an error.
import type {} from 'pluggy-connect-element/typings/preact';

export const correct = (
  <pluggy-connect connectorIds={[0, 601]} onpluggy-success={(event) => event.detail.item.id satisfies string} />
);
// @ts-expect-error connector ids are numbers
export const wrong = <pluggy-connect connectorIds="x" />;
