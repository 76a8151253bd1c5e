// `custom-elements.json` (the element's API for editors, Storybook and the README tables), from
// the JSDoc of the element's class. Run by `npm run build`. The options' attributes come from their
// table (src/options.ts), which the element spreads into its `static properties`: the analyzer
// cannot read them from there, so the plugin below writes them in.
import { loadTs } from './scripts/load-ts.mjs';

const { options, optionProperties, attributeOf } = await loadTs('src/options.ts');

/** Gives each option field of the element its attribute, as `static properties` does at run time. */
function optionAttributes() {
  return {
    name: 'option-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.customElement) continue;
        for (const field of declaration.members ?? []) {
          const kind = options[field.name];
          if (!kind || kind === 'function') continue;
          field.attribute = attributeOf(field.name);
          if (optionProperties[field.name].reflect) field.reflects = true;
          declaration.attributes ??= [];
          declaration.attributes.push({ name: field.attribute, fieldName: field.name, type: field.type, description: field.description });
        }
      }
    },
  };
}

export default {
  globs: ['src/pluggy-connect.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [optionAttributes()],
};
