import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * LibreOffice, headless, as a second producer and the judge that a file opens: re-saving
 * documents as .docx (its own WordprocessingML) or workbooks as .xlsx (its own SpreadsheetML,
 * through the filter "Calc MS Excel 2007 XML") and turning them into PDFs. One private profile
 * per session, so test files running side by side do not share one.
 */
export type OfficeKind = 'docx' | 'xlsx';

export interface LibreOffice {
  /** Each file re-saved by LibreOffice in its own kind (default .docx), by name. */
  readonly resave: (files: ReadonlyMap<string, Uint8Array>, kind?: OfficeKind) => Map<string, Uint8Array>;
  /** Each file (of `kind`, default .docx) converted to PDF, by name. */
  readonly pdf: (files: ReadonlyMap<string, Uint8Array>, kind?: OfficeKind) => Map<string, Buffer>;
  readonly close: () => void;
}

/** The export filter of each kind: LibreOffice's own names (`soffice --convert-to 'xlsx:FILTER'`). */
const FILTERS: Readonly<Record<OfficeKind, string>> = { docx: 'docx', xlsx: 'xlsx:Calc MS Excel 2007 XML' };

export const openLibreOffice = (soffice: string): LibreOffice => {
  const dir = mkdtempSync(join(tmpdir(), 'statustabel-lo-'));
  let batch = 0;
  const convert = (format: OfficeKind | 'pdf', files: ReadonlyMap<string, Uint8Array>, kind: OfficeKind): Map<string, Buffer> => {
    batch += 1;
    const input = join(dir, `in-${batch}`);
    const output = join(dir, `out-${batch}`);
    mkdirSync(input);
    const paths = [...files].map(([name, bytes]) => {
      const path = join(input, `${name}.${kind}`);
      writeFileSync(path, bytes);
      return path;
    });
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', format === 'pdf' ? 'pdf' : FILTERS[format], '--outdir', output, ...paths],
      { cwd: dir, timeout: 300_000, stdio: 'pipe' },
    );
    return new Map(
      [...files.keys()].map((name) => {
        const path = join(output, `${name}.${format}`);
        if (!existsSync(path)) throw new Error(`LibreOffice did not convert ${name}.${kind} to ${format}`);
        return [name, readFileSync(path)];
      }),
    );
  };
  return {
    resave: (files, kind = 'docx') => new Map([...convert(kind, files, kind)].map(([name, bytes]) => [name, new Uint8Array(bytes)])),
    pdf: (files, kind = 'docx') => convert('pdf', files, kind),
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
};

/** Pages in a PDF (its page objects): a document LibreOffice could not lay out gives one empty page or none. */
export const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

export const isPdf = (pdf: Buffer): boolean =>
  pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.subarray(-8).toString('latin1').includes('%%EOF');
