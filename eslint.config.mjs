import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The example apps and the consumers suite's projects have their own dependencies and are
  // type-checked by `npm run test:consumers`.
  { ignores: ['**/dist/', 'coverage/', '**/node_modules/', 'examples/', 'test/consumers/'] },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked, lit.configs['flat/recommended']],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Tests and the demo query elements their own page is known to have.
    files: ['test/**/*.ts', 'demo/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise: every
      // assertion would read as a floating promise.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['test/double/**/*.js', 'bench/**/*.js'], languageOptions: { globals: globals.browser } },
  // Functions they hand to page.evaluate() run in the browser.
  { files: ['scripts/bench.mjs', 'scripts/screenshots.mjs', 'test/server/emulator.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
