/**
 * What `npm start` does on each OS, from its arguments alone (scripts/start.mjs exports startPlan;
 * it is an ES module, so it is asked through node rather than imported into Jest).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(__dirname, '../..');

interface Plan {
  error?: string;
  host?: string;
  port?: number;
  offline?: boolean;
  sideload?: { start: string[]; stop: string[] };
}

const plan = (args: string[], platform: string): Plan => {
  const script = `import(${JSON.stringify(pathToFileURL(join(root, 'scripts/start.mjs')).href)}).then((m) => process.stdout.write(JSON.stringify(m.startPlan(${JSON.stringify(args)}, ${JSON.stringify(platform)}))))`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: root });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Plan;
};

describe('npm start', () => {
  it('on Windows and macOS sideloads into desktop Word by default, Excel with --host excel', () => {
    const word = plan([], 'win32');
    expect(word.sideload?.start).toEqual(['npx', '--yes', 'office-addin-debugging@7.0.0', 'start', join(root, 'manifest.xml'), 'desktop', '--app', 'word']);
    expect(word.sideload?.stop).toEqual(['npx', '--yes', 'office-addin-debugging@7.0.0', 'stop', join(root, 'manifest.xml')]);
    expect(plan(['--host', 'excel'], 'darwin').sideload?.start.at(-1)).toBe('excel');
  });

  it('on Linux only serves (there is no desktop Office to sideload into)', () => {
    const linux = plan(['--host', 'excel'], 'linux');
    expect(linux.sideload).toBeUndefined();
    expect(linux.host).toBe('excel');
    expect(plan(['--no-sideload'], 'win32').sideload).toBeUndefined();
  });

  it("uses Microsoft's CDN office.js unless --offline", () => {
    expect(plan([], 'linux').offline).toBe(false);
    expect(plan(['--offline'], 'linux').offline).toBe(true);
  });

  it('does not sideload a manifest that points at another port than the one it serves', () => {
    const other = plan(['--port', '3001'], 'win32');
    expect(other.port).toBe(3001);
    expect(other.sideload).toBeUndefined();
  });

  it('refuses an unknown host or port in one line', () => {
    expect(plan(['--host', 'powerpoint'], 'win32').error).toBe('--host is word or excel, not "powerpoint"');
    expect(plan(['--port', 'x'], 'linux').error).toBe('--port is a port number, not "x"');
  });
});
