// ESLint flat config. typescript-eslint for the TypeScript sources, eslint-plugin-regexp for every
// regular expression literal (its super-linear rules are the project's ReDoS check: analysis, not a
// stopwatch), and the React hooks rules for the Preact components (Preact's hooks follow the same rules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'demo-output/', 'bench-output/', 'src/lexicon/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      // A regex that backtracks or moves super-linearly is a denial of service on a long note.
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // A pattern that moves super-linearly is quadratic when a search over a long note fails at every
    // start position. Shipped code and scripts read notes; tests run their patterns on their own short strings.
    files: ['src/**', 'entrypoints/**', 'scripts/**', 'bin/**'],
    rules: { 'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }] },
  },
  {
    // Browser tests evaluate code inside the page, the service worker and Firefox, where the
    // extension APIs have no TypeScript types in this project.
    files: ['tests/e2e/**', 'tests/e2e-firefox/**', 'tests/e2e-pages/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
