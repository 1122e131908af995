import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The manifest names resources by id and files by URL; Office only reports a broken one when a
 * user clicks it. Every id must resolve, every file must exist in the build's sources.
 */
const root = join(__dirname, '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

const all = (pattern: RegExp): string[] => [...manifest.matchAll(pattern)].map((m) => m[1] ?? '');

const definedIds = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
const usedIds = all(/resid="([^"]+)"/g);

/** Where each page served on the dev server comes from in the repository. */
const sourceOf = (url: string): string => {
  const path = new URL(url).pathname;
  if (path.startsWith('/assets/')) return path.slice(1);
  const page = path.replace(/^\//, '').replace(/\.html$/, '');
  return `src/${page === 'taskpane' ? 'taskpane' : page === 'commands' ? 'commands' : page}/${page}.html`;
};

describe('manifest.xml', () => {
  it('defines every resource id it uses, and uses every one it defines', () => {
    expect(usedIds.filter((id) => !definedIds.has(id))).toEqual([]);
    expect([...definedIds].filter((id) => !usedIds.includes(id))).toEqual([]);
  });

  it('defines each resource id once', () => {
    const ids = all(/<bt:(?:Image|Url|String) id="([^"]+)"/g);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('names only files that exist', () => {
    const urls = [...new Set(all(/(?:DefaultValue)="(https:\/\/[^"]+)"/g))];
    expect(urls.length).toBeGreaterThan(5);
    const missing = urls.filter((url) => !existsSync(join(root, sourceOf(url))));
    expect(missing).toEqual([]);
  });

  it('has 16, 32 and 80 px icons that are PNGs of that size', () => {
    for (const size of [16, 32, 80]) {
      const png = readFileSync(join(root, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('opens the pane on the results from "Controleren", and runs the other two as functions', () => {
    expect(manifest).toMatch(/id="Taskpane.Check.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html\?view=check"/);
    const functions = [...new Set(all(/<FunctionName>([^<]+)<\/FunctionName>/g))].sort();
    expect(functions).toEqual(['insertHeadings', 'refreshDateStamp']);
    const commands = readFileSync(join(root, 'src/commands/commands.ts'), 'utf8');
    for (const name of functions) expect(commands).toMatch(new RegExp(`associate\\(\\s*['"]${name}['"]`));
  });

  it('asks for ReadWriteDocument and no other domain, in Word and Excel', () => {
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).not.toContain('<AppDomains>');
    expect(all(/<Host Name="([^"]+)"\/>/g)).toEqual(['Document', 'Workbook']);
    expect(manifest).not.toMatch(/<Requirements>/);
  });

  it('speaks Dutch with English overrides for every string', () => {
    expect(manifest).toContain('<DefaultLocale>nl-NL</DefaultLocale>');
    const strings = manifest.match(/<bt:String [\s\S]*?<\/bt:String>/g) ?? [];
    expect(strings.length).toBeGreaterThan(0);
    expect(strings.filter((s) => !s.includes('Locale="en-US"'))).toEqual([]);
  });
});
