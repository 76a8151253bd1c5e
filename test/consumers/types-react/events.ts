// Events and properties of `<pluggy-connect>` are typed through the DOM's own maps.
import 'pluggy-connect-element';

const connect = document.createElement('pluggy-connect');

connect.addEventListener('pluggy-success', (event) => event.detail.item.id satisfies string);
document.addEventListener('pluggy-error', (event) => event.detail.code satisfies string | undefined);
connect.addEventListener('pluggy-login-success', (event) => event.detail.item.connector.name satisfies string);
connect.addEventListener('pluggy-selected-institution', (event) => event.detail.connector?.id satisfies number | undefined);
connect.connectorIds = [0, 601];

// @ts-expect-error the pluggy-success detail has no message
connect.addEventListener('pluggy-success', (event) => event.detail.message);
// @ts-expect-error a submitted-consent event carries no item
connect.addEventListener('pluggy-submitted-consent', (event) => event.detail.item);
// @ts-expect-error connector ids are numbers
connect.connectorIds = ['601'];
