import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The example apps and the consumers suite's projects have their own dependencies and are
  // type-checked by `npm run test:consumers`.
  { ignores: ['**/dist/', 'src/typings/jsx-types.ts', 'coverage/', '**/node_modules/', 'examples/', 'test/consumers/'] },
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
    // The SDK and zoid are reached only through src/sdk/, where each workaround says which of
    // their behaviours it patches and which versions it was verified with.
    files: ['src/**/*.ts'],
    ignores: ['src/sdk/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['pluggy-connect-sdk', 'pluggy-connect-sdk/*', 'zoid', 'zoid/*'], message: 'Use the SDK through src/sdk/.' }] },
      ],
    },
  },
  {
    // Tests and the demo query elements their own page is known to have.
    files: ['test/**/*.ts', 'emulator/test/**/*.ts', 'demo/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['test/**/*.ts', 'emulator/test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise: every
      // assertion would read as a floating promise.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['test/double/**/*.js', 'bench/**/*.js'], languageOptions: { globals: globals.browser } },
  // Functions they hand to page.evaluate() run in the browser.
  // And test/server/count-listeners.mjs's counting script runs in the test page.
  { files: ['scripts/bench.mjs', 'scripts/bench-network.mjs', 'scripts/bench-handshake.mjs', 'scripts/screenshots.mjs', 'test/server/emulator.mjs', 'test/server/count-listeners.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
