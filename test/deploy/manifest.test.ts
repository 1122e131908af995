/**
 * The manifest against Microsoft's schemas, through the same command npm test runs
 * (`node scripts/validate-manifest.mjs`), and the production manifest a build writes for an address.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_URL, isNamespace, manifestFor, manifestUrls, manifestVersion, normalizeAddress } from '../../scripts/manifest.cjs';

const root = join(__dirname, '../..');
const template = readFileSync(join(root, 'manifest.xml'), 'utf8');
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statustabel-manifest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the validator on `xml`; returns its exit code and everything it printed. */
const validate = (name: string, xml: string): { status: number | null; output: string } => {
  const file = join(dir, name);
  writeFileSync(file, xml);
  const run = spawnSync(process.execPath, [join(root, 'scripts/validate-manifest.mjs'), file], { encoding: 'utf8', cwd: root });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};

describe('manifest validation (Microsoft schemas, xmllint-wasm, offline)', () => {
  it('passes manifest.xml', () => {
    const { status, output } = validate('manifest.xml', template);
    expect(output).toMatch(/manifest\.xml is valid against Microsoft's add-in manifest schemas/);
    expect(status).toBe(0);
  });

  it('fails an element out of order with the schema message, and exit code 1', () => {
    // OfficeApp is a sequence: Id, AlternateId?, Version, ProviderName, … (OfficeAppManifestV1_1.xsd).
    // With ProviderName moved before Version, libxml2 stops at ProviderName on line 11 and names
    // what may stand there instead.
    const swapped = template.replace(
      /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/,
      (_all, version: string, space: string, provider: string) => `${provider}${space}${version}`,
    );
    expect(swapped).not.toBe(template);
    const { status, output } = validate('swapped.xml', swapped);
    expect(status).toBe(1);
    expect(output).toContain('swapped.xml is NOT valid');
    expect(output).toContain(
      "swapped.xml:11: Schemas validity error : Element '{http://schemas.microsoft.com/office/appforoffice/1.1}ProviderName': This element is not expected. Expected is one of ( {http://schemas.microsoft.com/office/appforoffice/1.1}AlternateId, {http://schemas.microsoft.com/office/appforoffice/1.1}Version ).",
    );
  });

  it('fails a value the schema forbids (a five-part version)', () => {
    const { status, output } = validate('version.xml', template.replace(/<Version>[^<]*<\/Version>/, '<Version>1.2.3.4.5</Version>'));
    expect(status).toBe(1);
    expect(output).toMatch(/version\.xml:\d+: Schemas validity error : Element '\{[^}]+\}Version': \[facet 'pattern'\]/);
  });

  it('fails a file that is not XML at all, naming the file', () => {
    const { status, output } = validate('broken.xml', template.replace('</OfficeApp>', ''));
    expect(status).toBe(1);
    expect(output).toContain('broken.xml is NOT valid');
  });
});

describe('the manifest a production build writes', () => {
  const address = 'https://statustabel.example.nl/addin/';
  const built = manifestFor(template, { address, version: packageVersion });

  it('names only the address it is built for, and no localhost', () => {
    const urls = manifestUrls(built).filter((url) => !isNamespace(url));
    // Every URL of the development manifest (7 distinct ones, counted in manifest.xml) moved.
    expect(new Set(urls).size).toBe(new Set(manifestUrls(template).filter((url) => url.startsWith(DEV_URL))).size);
    expect(urls.filter((url) => !url.startsWith(address))).toEqual([]);
    expect(built).not.toMatch(/localhost/i);
    expect(built).toContain(`<SourceLocation DefaultValue="${address}taskpane.html"/>`);
  });

  it('takes <Version> from package.json, as four numbers', () => {
    expect(built).toContain(`<Version>${manifestVersion(packageVersion)}</Version>`);
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('12.3.45')).toBe('12.3.45.0');
    expect(() => manifestVersion('1.0.0-beta.1')).toThrow(/MAJOR\.MINOR\.PATCH/);
    expect(() => manifestVersion('123456.0.0')).toThrow(/at most 5 digits/);
  });

  it('validates against the schemas', () => {
    const { status, output } = validate('production.xml', built);
    expect(output).toContain('production.xml is valid');
    expect(status).toBe(0);
  });

  it('accepts an address without the final slash, and refuses http, loopback and query strings', () => {
    expect(normalizeAddress('https://host.example/addin')).toBe('https://host.example/addin/');
    expect(() => normalizeAddress('http://host.example/')).toThrow(/https/);
    expect(() => normalizeAddress('https://localhost:3000/')).toThrow(/npm start/);
    expect(() => normalizeAddress('https://127.0.0.1/')).toThrow(/npm start/);
    expect(() => normalizeAddress('https://host.example/?v=1')).toThrow(/query/);
    expect(() => normalizeAddress('not an address')).toThrow(/not an address/);
  });

  it('refuses a development manifest that names another address, which would escape the move', () => {
    const stray = template.replace('https://localhost:3000/assets/help.html', 'https://elsewhere.example/help.html');
    expect(() => manifestFor(stray, { address, version: '1.0.0' })).toThrow(/elsewhere\.example/);
  });
});

describe('manifest.xml in the repository', () => {
  it('has the version package.json has (npm version keeps them together)', () => {
    expect(template).toContain(`<Version>${manifestVersion(packageVersion)}</Version>`);
  });
});
