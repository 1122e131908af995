// ESLint: TypeScript rules everywhere, and Office's own rules for the code that talks to Office.js
// (they catch the Office.js mistakes no test can, since no Office runs here).
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

/**
 * The layers of src/ (README, Layout; DESIGN.md, Layers): arrows point down only. Each layer may
 * import itself and the layers named here, nothing else of ours; nothing under src/ imports
 * test/ or scripts/. Regular expressions on the import path, so relative imports from any depth
 * are caught.
 */
const MAY_IMPORT = {
  core: [],
  hosts: ['core'],
  app: ['core', 'hosts'],
  taskpane: ['core', 'hosts', 'app'],
  // The ribbon shares the pane's texts and outcomes through src/app, never the pane itself.
  commands: ['core', 'hosts', 'app'],
  cli: ['core', 'hosts'],
  // The simulator stands in for Office: it builds its documents from core's model, never from a host.
  simulator: ['core'],
  // The preview page runs the real pane over the simulator, for a newcomer without Office.
  preview: ['core', 'hosts', 'app', 'taskpane', 'simulator'],
};
const LAYERS = Object.keys(MAY_IMPORT);

const NOT_TEST_OR_SCRIPTS = {
  regex: '(^|/)(test|scripts)(/|$)',
  message: 'src/ never imports test/ or scripts/ (see DESIGN.md, Layers).',
};
const NOT_SIMULATOR = {
  regex: '(^|/)simulator(/|$)',
  message: 'Only src/preview, bench and test import the simulator; the add-in never ships it.',
};
const notLayer = (layer, other) =>
  other === 'simulator'
    ? NOT_SIMULATOR
    : {
        regex: `(^|/)${other}(/|$)`,
        message: `src/${layer} imports only ${[layer, ...MAY_IMPORT[layer]].map((l) => `src/${l}`).join(', ')}: not src/${other} (README, Layout).`,
      };
/** What each layer may not import: the other layers it is not allowed, test/ and scripts/. */
const layerPatterns = (layer) => [
  NOT_TEST_OR_SCRIPTS,
  ...LAYERS.filter((other) => other !== layer && !MAY_IMPORT[layer].includes(other)).map((other) => notLayer(layer, other)),
];
const CORE_PURE = {
  group: ['react', 'react-*', '@fluentui/*', 'node:*', 'fs', 'path', '../../*'],
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
    // Office.js rules: the hosts, what the pane and the ribbon share, the pane and the ribbon commands.
    files: ['src/hosts/**/*.ts', 'src/app/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
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
    // Everything under src/: never test/ or scripts/ (a file outside the layers below too).
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_TEST_OR_SCRIPTS] }] },
  },
  ...LAYERS.map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: layer === 'core' ? [CORE_PURE, ...layerPatterns(layer)] : layerPatterns(layer) }],
    },
  })),
  {
    // The core is pure: nothing of Office or the outside world.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Word', 'Excel', 'OfficeExtension', 'window', 'document', 'fetch', 'process'],
    },
  },
  {
    // Tests use the scripts' fixture builders and tools; the scripts never use the tests.
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)test(/|$)', message: 'scripts/ never imports test/: tests import scripts, not the other way round.' }] }],
    },
  },
  {
    // Command-line code may print.
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'test/**/*.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
