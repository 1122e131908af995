import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

/**
 * docs/office-probe/word.yaml and excel.yaml are run by people with Office, in Script Lab, where
 * nobody here can run them: so each must at least be a snippet Script Lab imports (host, script,
 * template) whose TypeScript compiles against @types/office-js, and each check must have an id of
 * its own, so a FAIL line sent back names one behaviour.
 */

const ROOT = join(__dirname, '../..');

describe.each([
  ['word', 'WORD'],
  ['excel', 'EXCEL'],
] as const)('docs/office-probe/%s.yaml', (name, hostName) => {
  const yaml = readFileSync(join(ROOT, `docs/office-probe/${name}.yaml`), 'utf8');

  /**
   * A block scalar of Script Lab's export layout (`key:` at 0, `content: |` at 4 spaces, the text at
   * 8), without a YAML dependency: the lines from `key:`'s `content:` up to the next line indented
   * less than 8.
   */
  const block = (key: string): string => {
    const lines = yaml.split('\n');
    const start = lines.findIndex((line, i) => line.startsWith('    content:') && lines[i - 1] === `${key}:`);
    if (start < 0) throw new Error(`no ${key}.content`);
    const body: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.trim() !== '' && !line.startsWith('        ')) break;
      body.push(line.slice(8));
    }
    return body.join('\n');
  };

  const snippet = {
    host: /^host: (\S+)$/m.exec(yaml)?.[1],
    script: { content: block('script'), language: /^script:\n(?:(?: {4}| {8}).*\n|\n)*? {4}language: (\S+)/m.exec(yaml)?.[1] },
    template: { content: block('template') },
  };

  it('is a snippet for its host with a script, a page with the two buttons, and checks of distinct ids', () => {
    expect(snippet.host).toBe(hostName);
    expect(snippet.script.language).toBe('typescript');
    expect(snippet.template.content).toMatch(/id="run"/);
    expect(snippet.template.content).toMatch(/id="copy"/);
    const ids = [...snippet.script.content.matchAll(/^\s+id: "([a-z0-9-]+)",$/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('type-checks against @types/office-js (strict)', () => {
    const file = join(ROOT, `docs/office-probe/${name}.probe.ts`);
    const source = `${snippet.script.content}\nexport {};\n`;
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: ['office-js'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
    };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, onError) =>
      name === file ? ts.createSourceFile(name, source, language) : read(name, language, onError);
    host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
    const program = ts.createProgram([file], options, host);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.start === undefined ? '' : `${d.file?.getLineAndCharacterOfPosition(d.start).line ?? -1}: `}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
