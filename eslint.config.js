// Flat config: typescript-eslint's type-checked rules for src, tests and scripts, React hooks
// rules (Preact's hooks have the same contract), and the import boundaries between layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports no module under `files` may make; `group` entries are gitignore-style patterns. */
function boundary(files, patterns, paths = []) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns, paths }] } };
}

const NO_PREACT = {
  group: ['preact', 'preact/*'],
  message: 'No Preact outside the pages (src/popup, src/options, src/ui).',
};
// Classic zod cannot be tree-shaken (about 25 KB gzip); every schema uses zod/mini through src/core/zod.ts.
const NO_CLASSIC_ZOD = { regex: '^zod$', message: "Use src/core/zod.ts (zod/mini), not classic 'zod'." };

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, chrome: 'readonly' },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Handlers and browser-API fakes implement promise-returning contracts; `async` without
      // `await` is the plain way to turn a throw into a rejection there.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No HTML built from strings: use DOM nodes or Preact.',
        },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML built from data.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    // Tests read values of unknown shape on purpose (page.evaluate results, expect.any matchers)
    // and assert on them; the unsafe-any rules guard product code.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Layers (see README "Layout"): core is pure logic; only platform touches browser APIs for the
  // pages; the worker, the injected script and platform carry no Preact; the popup no IndexedDB.
  boundary(['src/**/*.{ts,tsx}'], [NO_CLASSIC_ZOD]),
  boundary(
    ['src/core/**'],
    [
      NO_CLASSIC_ZOD,
      NO_PREACT,
      {
        group: ['**/platform/**', '**/ui/**', '**/popup/**', '**/options/**', '**/background/**', '**/content/**'],
        message: 'src/core is pure logic: it imports only src/core.',
      },
      { group: ['webextension-polyfill', 'idb'], message: 'src/core uses no browser API.' },
    ],
  ),
  // The worker's and the injected script's graphs stay inside these three layers and core, so
  // these rules keep Preact and classic zod out of both bundles.
  boundary(
    ['src/platform/**', 'src/background/**', 'src/content/**'],
    [
      NO_CLASSIC_ZOD,
      NO_PREACT,
      {
        group: ['**/ui/**', '**/popup/**', '**/options/**'],
        message: 'The pages import these layers, not the reverse.',
      },
    ],
  ),
  boundary(
    ['src/popup/**'],
    [
      NO_CLASSIC_ZOD,
      {
        group: ['**/platform/db', '**/platform/db/**', 'idb'],
        message: 'The popup reads IndexedDB through the worker (pending/page).',
      },
    ],
  ),
  {
    files: ['**/*.js', '**/*.mjs', '**/*.d.mts'],
    ...tseslint.configs.disableTypeChecked,
  },
);
