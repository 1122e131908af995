import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The folder boundaries of DESIGN.md, enforced by ESLint (eslint.config.mjs): each case lints a
 * small in-memory source as if it lived at `filePath`, through ESLint's Node API (`lintText`), in
 * a child process (ESLint loads its flat config as an ES module, which Jest's sandbox does not).
 */

interface Case {
  readonly filePath: string;
  readonly code: string;
}

const root = join(__dirname, '../..');

/** The no-restricted-imports messages ESLint gives for each case. */
const restrictedImports = (cases: readonly Case[]): string[][] => {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const cases = JSON.parse(process.argv[1]);
      const out = [];
      for (const c of cases) {
        const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
        out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script, JSON.stringify(cases)], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
};

const importing = (filePath: string, from: string): Case => ({
  filePath: join(root, filePath),
  code: `import { thing } from '${from}';\nexport const used = thing;\n`,
});

describe('ESLint keeps the folders apart', () => {
  it('rejects test/ and scripts/ anywhere under src/, and the simulator in what ships; allows the preview, bench and tests the simulator', () => {
    const messages = restrictedImports([
      importing('src/core/probe.ts', '../../test/fixtures/seed'),
      importing('src/hosts/word/probe.ts', '../../../test/support/officeTypes'),
      importing('src/taskpane/components/Probe.tsx', '../../../scripts/browser.mjs'),
      importing('src/preview/probe.tsx', '../../test/fixtures/seed'),
      importing('src/hosts/word/probe.ts', '../../simulator'),
      importing('src/taskpane/probe.ts', '../simulator/word'),
      importing('src/commands/probe.ts', '../simulator'),
      importing('src/cli/probe.ts', '../simulator/node'),
      importing('src/core/probe.ts', '../simulator'),
      importing('src/preview/probe.tsx', '../simulator'),
      importing('bench/probe.ts', '../src/simulator/node'),
      importing('test/probe.test.ts', '../src/simulator'),
    ]);
    const rejected = messages.map((m) => m.length > 0);
    expect(rejected).toEqual([true, true, true, true, true, true, true, true, true, false, false, false]);
    expect(messages[1]?.[0]).toMatch(/src\/ never imports test\/ or scripts\//);
    expect(messages[4]?.[0]).toMatch(/Only src\/preview, bench and test import the simulator/);
  });
});
