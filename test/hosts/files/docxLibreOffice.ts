import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * LibreOffice, headless, as a second producer and the judge that a file opens: re-saving
 * documents as .docx (its own WordprocessingML) and turning them into PDFs. One private profile
 * per session, so test files running side by side do not share one.
 */
export interface LibreOffice {
  /** Each file re-saved by LibreOffice as .docx, by name. */
  readonly resave: (files: ReadonlyMap<string, Uint8Array>) => Map<string, Uint8Array>;
  /** Each file converted to PDF, by name. */
  readonly pdf: (files: ReadonlyMap<string, Uint8Array>) => Map<string, Buffer>;
  readonly close: () => void;
}

export const openLibreOffice = (soffice: string): LibreOffice => {
  const dir = mkdtempSync(join(tmpdir(), 'statustabel-lo-'));
  let batch = 0;
  const convert = (format: 'docx' | 'pdf', files: ReadonlyMap<string, Uint8Array>): Map<string, Buffer> => {
    batch += 1;
    const input = join(dir, `in-${batch}`);
    const output = join(dir, `out-${batch}`);
    mkdirSync(input);
    const paths = [...files].map(([name, bytes]) => {
      const path = join(input, `${name}.docx`);
      writeFileSync(path, bytes);
      return path;
    });
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', format, '--outdir', output, ...paths],
      { cwd: dir, timeout: 300_000, stdio: 'pipe' },
    );
    return new Map(
      [...files.keys()].map((name) => {
        const path = join(output, `${name}.${format}`);
        if (!existsSync(path)) throw new Error(`LibreOffice did not convert ${name}.docx to ${format}`);
        return [name, readFileSync(path)];
      }),
    );
  };
  return {
    resave: (files) => new Map([...convert('docx', files)].map(([name, bytes]) => [name, new Uint8Array(bytes)])),
    pdf: (files) => convert('pdf', files),
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
};

/** Pages in a PDF (its page objects): a document LibreOffice could not lay out gives one empty page or none. */
export const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

export const isPdf = (pdf: Buffer): boolean =>
  pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.subarray(-8).toString('latin1').includes('%%EOF');
