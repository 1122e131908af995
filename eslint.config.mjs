// ESLint: TypeScript rules everywhere, and Office's own rules for the code that talks to Office.js
// (they catch the Office.js mistakes no test can, since no Office runs here).
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

/**
 * Boundaries between the folders (DESIGN.md): nothing under src/ imports test/ or scripts/; only
 * src/preview, bench and test import src/simulator. Regular expressions on the import path, so
 * relative imports from any depth are caught.
 */
const NOT_TEST_OR_SCRIPTS = {
  regex: '(^|/)(test|scripts)(/|$)',
  message: 'src/ never imports test/ or scripts/ (see DESIGN.md, Layers).',
};
const NOT_SIMULATOR = {
  regex: '(^|/)simulator(/|$)',
  message: 'Only src/preview, bench and test import the simulator; the add-in never ships it.',
};
const CORE_PURE = {
  group: ['react', 'react-*', '@fluentui/*', 'node:*', 'fs', 'path', '../hosts/*', '../taskpane/*', '../commands/*', '../../*'],
  message: 'src/core is pure TypeScript: no Office, React, I/O, and nothing of ours outside core.',
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'test-results/**', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Office.js rules: the hosts, the pane and the ribbon commands.
    files: ['src/hosts/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    // The file hosts use exceljs and plain XML, not Office.js: nothing there to load or sync.
    ignores: ['src/hosts/files/**'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      // Loading navigation paths ('items/rows/items/cells/…') is how a whole table is read in
      // one sync; the rule only warns so it stays visible.
      'office-addins/no-navigational-load': 'warn',
    },
  },
  {
    // Everything under src/: never test/ or scripts/.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_TEST_OR_SCRIPTS] }] },
  },
  {
    // What ships (hosts, pane, ribbon commands, command line): never the simulator either.
    files: ['src/{hosts,taskpane,commands,cli}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_TEST_OR_SCRIPTS, NOT_SIMULATOR] }] },
  },
  {
    // The core is pure: nothing of Office, React or the outside world.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CORE_PURE, NOT_TEST_OR_SCRIPTS, NOT_SIMULATOR] }],
      'no-restricted-globals': ['error', 'Office', 'Word', 'Excel', 'OfficeExtension', 'window', 'document', 'fetch', 'process'],
    },
  },
  {
    // Command-line code may print.
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'test/**/*.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
