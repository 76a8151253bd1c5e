// The type-check proves the package's types where the template does not: with
// CUSTOM_ELEMENTS_SCHEMA, Angular leaves property bindings on <pluggy-connect> unchecked.
const connect = document.createElement('pluggy-connect');
connect.openFinanceParameters = { cpf: '000.000.000-00' };
connect.addEventListener('pluggy-error', (event) => event.detail.message satisfies string);
// @ts-expect-error the CPF/CNPJ is an object, not JSON text
connect.openFinanceParameters = '{"cpf":"000.000.000-00"}';
