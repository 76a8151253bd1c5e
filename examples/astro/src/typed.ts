// The type-check proves the package's types: a correct use passes, a wrong one is an error.
const connect = document.createElement('pluggy-connect');
connect.connectorIds = [0, 601];
connect.addEventListener('pluggy-success', (event) => event.detail.item.id satisfies string);
// @ts-expect-error connector ids are numbers
connect.connectorIds = 'x';
