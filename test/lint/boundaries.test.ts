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

  // One row a layer: what it may import of ours, and what it may not (README, Layout).
  const LAYERS: Record<string, { readonly may: readonly string[]; readonly not: readonly string[] }> = {
    core: { may: ['core'], not: ['hosts', 'app', 'taskpane', 'commands', 'cli', 'preview', 'simulator'] },
    hosts: { may: ['hosts', 'core'], not: ['app', 'taskpane', 'commands', 'cli', 'preview', 'simulator'] },
    app: { may: ['app', 'hosts', 'core'], not: ['taskpane', 'commands', 'cli', 'preview', 'simulator'] },
    taskpane: { may: ['taskpane', 'app', 'hosts', 'core'], not: ['commands', 'cli', 'preview', 'simulator'] },
    commands: { may: ['commands', 'app', 'hosts', 'core'], not: ['taskpane', 'cli', 'preview', 'simulator'] },
    cli: { may: ['cli', 'hosts', 'core'], not: ['app', 'taskpane', 'commands', 'preview', 'simulator'] },
    simulator: { may: ['simulator', 'core'], not: ['hosts', 'app', 'taskpane', 'commands', 'cli', 'preview'] },
    preview: { may: ['preview', 'taskpane', 'app', 'hosts', 'core', 'simulator'], not: ['commands', 'cli'] },
  };
  const rows = Object.entries(LAYERS).flatMap(([layer, { may, not }]) =>
    [...may, ...not].map((other) => ({ layer, other, allowed: may.includes(other) })),
  );
  let verdicts: string[][] = [];
  // One ESLint process for every case: starting one takes seconds.
  beforeAll(() => {
    verdicts = restrictedImports(rows.map(({ layer, other }) => importing(`src/${layer}/probe.ts`, `../${other}/thing`)));
  });

  it.each(Object.keys(LAYERS))('keeps src/%s to the layers it may import', (layer) => {
    const mine = rows.map((row, i) => ({ ...row, messages: verdicts[i] ?? [] })).filter((row) => row.layer === layer);
    expect(mine.map(({ other, messages }) => [other, messages.length > 0])).toEqual(mine.map(({ other, allowed }) => [other, !allowed]));
    const refused = mine.find((row) => !row.allowed && row.other !== 'simulator');
    if (refused) expect(refused.messages[0]).toContain(`src/${layer} imports only src/${layer}`);
  });

  it('keeps scripts/ from importing test/', () => {
    const [toTest, toSrc] = restrictedImports([importing('scripts/probe.ts', '../test/fixtures/seed'), importing('scripts/probe.ts', '../src/core')]);
    expect(toTest?.[0]).toMatch(/scripts\/ never imports test\//);
    expect(toSrc).toEqual([]);
  });
});
