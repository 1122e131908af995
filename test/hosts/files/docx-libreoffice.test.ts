/**
 * LibreOffice as a second producer and consumer of .docx: a document it saved reads the same,
 * and a document we fixed opens in it (re-saved and turned into a PDF).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStatusTable } from '../../../src/core/model';
import { planHeadings } from '../../../src/core/edits';
import type { SourceDocument } from '../../../src/core/document';
import { openDocx } from '../../../src/hosts/files/docx';
import { buildSeedDocx } from '../../../scripts/seed-files';
import { asDocxReads } from './docxExpect';
import { seedDocument, seedWithout } from '../../fixtures/seed';
import { describeWith } from '../../prerequisite';

const headingsFixed = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const file = await openDocx(bytes);
  const read = readStatusTable(file.doc);
  if (!read.ok) throw new Error(read.reason);
  return file.apply(planHeadings(read.table));
};

// Without LibreOffice this fails in one line saying how to install it (npm test installs it with
// apt-get where it can): a round trip that did not run is not a pass.
describeWith('libreoffice', '.docx files and LibreOffice', (soffice) => {
  let dir = '';
  const convert = (format: 'docx' | 'pdf', outDir: string, files: readonly string[]): void => {
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files],
      { cwd: dir, timeout: 120_000, stdio: 'pipe' },
    );
  };
  const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'statustabel-docx-lo-'));
    writeFileSync(join(dir, 'seed.docx'), await buildSeedDocx(seedDocument));
    writeFileSync(join(dir, 'variant.docx'), await buildSeedDocx(seedWithout('INBURGERING')));
    convert('docx', join(dir, 'lo'), [join(dir, 'seed.docx'), join(dir, 'variant.docx')]);

    // Fix both our variant and LibreOffice's re-save of it; LibreOffice opens both.
    writeFileSync(join(dir, 'fixed.docx'), await headingsFixed(read(join(dir, 'variant.docx'))));
    writeFileSync(join(dir, 'fixed-lo.docx'), await headingsFixed(read(join(dir, 'lo', 'variant.docx'))));
    const fixed = [join(dir, 'fixed.docx'), join(dir, 'fixed-lo.docx')];
    convert('pdf', join(dir, 'pdf'), fixed);
    convert('docx', join(dir, 'lo-fixed'), fixed);
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the seed as LibreOffice saved it as the structured seed', async () => {
    const saved = read(join(dir, 'lo', 'seed.docx'));
    expect(Buffer.from(saved).equals(readFileSync(join(dir, 'seed.docx')))).toBe(false); // really another producer's file
    expect((await openDocx(saved)).doc).toEqual(asDocxReads(seedDocument));
  });

  it('fixes LibreOffice’s file the same way as ours', async () => {
    expect((await openDocx(read(join(dir, 'lo', 'variant.docx')))).doc).toEqual(asDocxReads(seedWithout('INBURGERING')));
    expect((await openDocx(read(join(dir, 'fixed-lo.docx')))).doc).toEqual(asDocxReads(seedDocument));
  });

  it('turns the fixed documents into PDFs', () => {
    for (const name of ['fixed.pdf', 'fixed-lo.pdf']) {
      const path = join(dir, 'pdf', name);
      expect(existsSync(path)).toBe(true);
      const pdf = readFileSync(path);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
      // Three pages or so of table: a broken document gives one empty page.
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(2);
    }
  });

  it('LibreOffice reads the fixed documents with the heading in place', async () => {
    for (const name of ['fixed.docx', 'fixed-lo.docx']) {
      const doc: SourceDocument = (await openDocx(read(join(dir, 'lo-fixed', name)))).doc;
      expect(doc).toEqual(asDocxReads(seedDocument));
    }
  });
});
