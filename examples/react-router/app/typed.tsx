// The type-check proves the package's types: a correct use passes, a wrong one is an error.
import { PluggyConnect } from 'pluggy-connect-element/react';

export const correct = <PluggyConnect connectorIds={[0, 601]} onSuccess={(event) => event.detail.item.id satisfies string} />;
// @ts-expect-error connector ids are numbers
export const wrong = <PluggyConnect connectorIds="x" />;
