// `custom-elements.json` (the element's API for editors, Storybook and the README tables), from
// the JSDoc of the element's class. Run by `npm run build`.
export default {
  globs: ['src/pluggy-connect.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
