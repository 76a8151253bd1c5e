// `custom-elements.json` (the element's API for editors, Storybook and the README tables), from
// the JSDoc of the element's class and of the lifecycle it extends. The options are the element's
// properties by their table (src/options.ts), which the analyzer cannot follow: the plugin below
// asks TypeScript for each option's property type and documentation (the table entry's JSDoc),
// and writes each option in as a field with its attribute, as `static properties` does at run time.
import ts from 'typescript';
import { loadTs } from './scripts/load-ts.mjs';

const { options, attributeOf } = await loadTs('src/options.ts');
const { rules } = await loadTs('src/rules.ts');

/** Each option as TypeScript sees it on the element: its type's text and its documentation. */
function typedOptions() {
  const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const { options: compilerOptions } = ts.parseJsonConfigFileContent(config, ts.sys, '.');
  const program = ts.createProgram(['src/pluggy-connect.ts'], { ...compilerOptions, noEmit: true });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile('src/pluggy-connect.ts');
  const element = file.statements.find((node) => ts.isClassDeclaration(node) && node.name?.text === 'PluggyConnectElement');
  const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(element.name));
  const table = program.getSourceFile('src/options.ts').statements.find((node) => ts.isVariableStatement(node)).declarationList.declarations[0];
  const entries = checker.getTypeAtLocation(table.name);
  return Object.keys(options).map((name) => {
    const symbol = instance.getProperty(name);
    if (!symbol) throw new Error(`the element has no property for the option ${name}`);
    const type = checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, element), element, ts.TypeFormatFlags.NoTruncation);
    // An entry marked `as Secret<…>` (a token, a CPF): its type has the brand's `secret` property.
    const secret = Boolean(checker.getTypeOfSymbolAtLocation(entries.getProperty(name), table).getProperty('secret'));
    // Types named where the element does not import them are written as import("…").Name: just Name.
    return { name, secret, type: type.replace(/import\("[^"]*"\)\./g, '').replace(/"/g, "'"), description: ts.displayPartsToString(symbol.getDocumentationComment(checker)) };
  });
}

/** Writes the options into the element's declaration, first among its members. */
function optionFields() {
  return {
    name: 'option-fields',
    packageLinkPhase({ customElementsManifest }) {
      const declaration = customElementsManifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === 'pluggy-connect');
      const fields = typedOptions().map(({ name, secret, type, description }) => {
        const [kind, reflect] = options[name].split(' ');
        const unset = rules[name]?.unset;
        return {
          kind: 'field',
          name,
          type: { text: type },
          description,
          ...(unset === undefined ? {} : { default: JSON.stringify(unset) }),
          ...(kind === 'function' ? {} : { attribute: attributeOf(name) }),
          ...(reflect ? { reflects: true } : {}),
          // Not in the schema, read by scripts/typings.mjs: a secret is offered to templates as a property only.
          ...(secret ? { secret: true } : {}),
        };
      });
      declaration.members = [...fields, ...declaration.members.filter((member) => !options[member.name])];
      const attributes = fields.filter((field) => field.attribute).map(({ attribute, name, type, description }) => ({ name: attribute, fieldName: name, type, description }));
      declaration.attributes = [...attributes, ...(declaration.attributes ?? []).filter((attribute) => !options[attribute.fieldName])];
    },
  };
}

export default {
  globs: ['src/pluggy-connect.ts', 'src/lifecycle.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [optionFields()],
};
