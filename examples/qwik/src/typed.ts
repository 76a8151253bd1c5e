// The type-check proves the package's types: a correct use passes, a wrong one is an error.
import type { PluggyConnectElement } from 'pluggy-connect-element';

export function listen(connect: PluggyConnectElement) {
  connect.connectorIds = [0, 601];
  connect.addEventListener('pluggy-success', (event) => event.detail.item.id satisfies string);
  // @ts-expect-error connector ids are numbers
  connect.connectorIds = 'x';
  // @ts-expect-error the pluggy-success detail has no message
  connect.addEventListener('pluggy-success', (event) => event.detail.message);
}
