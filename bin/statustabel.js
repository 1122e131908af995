#!/usr/bin/env node
'use strict';
// The command line is written in TypeScript (src/cli). It runs from source through tsx's
// require hook, so `npx statustabel …` works right after `npm ci` in a fresh clone, with no
// build step and no generated files to keep in step with src/. tsx is a devDependency: the
// package is private and only ever used from a clone.
try {
  require('tsx/cjs');
} catch {
  process.stderr.write('statustabel: cannot load tsx; run `npm ci` in the statustabel folder first\n');
  process.exit(2);
}
require('../src/cli/main.ts');
