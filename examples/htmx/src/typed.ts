// The type-check proves the package's types: a correct use passes, a wrong one is an error.
document.addEventListener('pluggy-success', (event) => event.detail.item.id satisfies string);
// @ts-expect-error the item's id is a string
document.addEventListener('pluggy-success', (event) => event.detail.item.id satisfies number);
const connect = document.createElement('pluggy-connect');
connect.connectorIds = [0, 601];
// @ts-expect-error connector ids are numbers
connect.connectorIds = 'x';
