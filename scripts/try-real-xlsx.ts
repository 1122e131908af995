/**
 * Runs the .xlsx reader and `fix` over a folder of real workbooks (other projects' test files,
 * kept outside this repository): each is read as it is; then a status table is written into its
 * first worksheet beside what is there (to the right of its last used column, from row 1, cells
 * added to the producer's own row elements), so that fix's heading rows move the producer's own
 * cells, merges, formulas, drawings and comments down. The result must read back with the
 * headings and the new stamp; with --libreoffice, LibreOffice must convert it as it converts the
 * workbook before the fix.
 *
 *   npx tsx scripts/try-real-xlsx.ts DIR [--libreoffice] [--only PATTERN]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { planDateStamp, planHeadings, readStatusTable } from '../src/core';
import { FileError } from '../src/hosts/files/errors';
import { encodePart, readPartText } from '../src/hosts/files/ooxml/package';
import { scanXml, valueOf } from '../src/hosts/files/ooxml/xml';
import { readZip, rewriteZip } from '../src/hosts/files/ooxml/zip';
import { columnNumber, SHEET_NS } from '../src/hosts/files/xlsx/a1';
import { openXlsx } from '../src/hosts/files/xlsx';
import { readWorkbookParts } from '../src/hosts/files/xlsx/read';

const STATUS_ROWS: readonly (readonly string[])[] = [
  ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'],
  ['4.2.1. Tussenvoorzieningen', 'Verkenning gereed', 'eind 2021', 'BZK'],
  ['5.1 Opvang', 'Loopt', 'najaar 2021', 'JenV'],
  ['7.2. Ondersteuning', 'Middelen verdeeld', '2022', 'SZW'],
  ['8.2.2 Bestuurlijke aanjager', 'Aangesteld', 'doorlopend', 'BZK'],
];
const STAMP = '19 juni 2021';

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letters = (column: number): string => {
  let s = '';
  for (let k = column; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** The workbook with the status table written into its first worksheet, right of everything there. */
const inject = (bytes: Uint8Array): Uint8Array | undefined => {
  const parts = readWorkbookParts(bytes);
  const entry = parts.workbook.sheets.find((s) => s.part && (s.type === 'worksheet' || s.type === ''));
  const part = entry?.part ? readPartText(parts.pkg, entry.part) : undefined;
  if (!part) return undefined;
  const xml = part.text;
  let prefix = '';
  let maxColumn = 0;
  let column = 0;
  const rows: { r: number; start: number; closeStart: number; selfClosing: boolean }[] = [];
  let sheetDataEnd = -1;
  let current: { r: number; start: number; closeStart: number; selfClosing: boolean } | undefined;
  let last = 0;
  scanXml(xml, {
    open: (e) => {
      if (e.depth === 0) prefix = e.prefix ? `${e.prefix}:` : '';
      if (!SHEET_NS.has(e.uri)) return;
      if (e.local === 'row' && e.depth === 2) {
        const r = Number(valueOf(e, 'r') ?? last + 1);
        last = Number.isInteger(r) ? r : last + 1;
        column = 0;
        current = { r: last, start: e.start, closeStart: e.openEnd, selfClosing: e.selfClosing };
        rows.push(current);
      } else if (e.local === 'c' && e.depth === 3) {
        const match = /^([A-Z]+)\d+$/.exec(valueOf(e, 'r') ?? '');
        column = match ? columnNumber(match[1] ?? '') : column + 1;
        maxColumn = Math.max(maxColumn, column);
      }
    },
    close: (e, start) => {
      if (!SHEET_NS.has(e.uri)) return;
      if (e.local === 'row' && e.depth === 2 && current && !e.selfClosing) current.closeStart = start;
      if (e.local === 'sheetData' && e.depth === 1) sheetDataEnd = e.selfClosing ? -2 : start;
    },
  });
  if (sheetDataEnd === -1) return undefined;
  const left = maxColumn + 2;
  if (left + 4 > 16384) return undefined;
  const p = prefix;
  const wanted = new Map<number, string>();
  STATUS_ROWS.forEach((texts, i) => {
    wanted.set(i + 1, texts.map((t, c) => `<${p}c r="${letters(left + c)}${i + 1}" t="inlineStr"><${p}is><${p}t>${esc(t)}</${p}t></${p}is></${p}c>`).join(''));
  });
  const stampRow = STATUS_ROWS.length + 2;
  wanted.set(stampRow, `<${p}c r="${letters(left)}${stampRow}" t="inlineStr"><${p}is><${p}t>${STAMP}</${p}t></${p}is></${p}c>`);
  const splices: { at: number; end: number; text: string }[] = [];
  for (const [r, cells] of wanted) {
    const row = rows.find((x) => x.r === r);
    if (row?.selfClosing) {
      const open = xml.slice(row.start, row.closeStart).replace(/\s*\/>$/, '>');
      splices.push({ at: row.start, end: row.closeStart, text: `${open}${cells}</${p}row>` });
    } else if (row) splices.push({ at: row.closeStart, end: row.closeStart, text: cells });
    else {
      const next = rows.find((x) => x.r > r);
      const at = next ? next.start : sheetDataEnd;
      if (at < 0) return undefined;
      splices.push({ at, end: at, text: `<${p}row r="${r}">${cells}</${p}row>` });
    }
  }
  splices.sort((a, b) => a.at - b.at);
  let out = '';
  let at = 0;
  for (const s of splices) {
    out += xml.slice(at, s.at) + s.text;
    at = s.end;
  }
  out += xml.slice(at);
  return rewriteZip(readZip(bytes), new Map([[part.name, encodePart(part, out)]]));
};

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.xlsx$/i.test(name) ? [path] : [];
  });

const convert = (lo: string, profile: string, file: string): boolean => {
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', lo, file], { timeout: 120_000, stdio: 'pipe' });
    return existsSync(join(lo, file.replace(/^.*\//, '').replace(/\.xlsx$/i, '.pdf')));
  } catch {
    return false;
  }
};

const main = async (): Promise<void> => {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx scripts/try-real-xlsx.ts DIR [--libreoffice] [--only PATTERN]');
  const libreoffice = process.argv.includes('--libreoffice');
  const only = process.argv.includes('--only') ? new RegExp(process.argv[process.argv.indexOf('--only') + 1] ?? '') : undefined;
  const work = mkdtempSync(join(tmpdir(), 'statustabel-real-'));
  const tally: Record<string, number> = {};
  const count = (key: string): void => {
    tally[key] = (tally[key] ?? 0) + 1;
  };
  let slowest = { ms: 0, file: '' };
  for (const path of files(dir).sort()) {
    const name = relative(dir, path);
    if (only && !only.test(name)) continue;
    const bytes = new Uint8Array(readFileSync(path));
    const started = Date.now();
    let read = 'read: ok';
    try {
      await openXlsx(bytes);
    } catch (error) {
      read = error instanceof FileError ? `read: ${error.code} ${error.reason.kind}` : `read: CRASH ${String(error)}`;
    }
    if (read !== 'read: ok' && !read.includes('no-status-table')) {
      count(read);
      if (read.includes('CRASH')) console.log(`${name}: ${read}`);
      continue;
    }
    let injected: Uint8Array | undefined;
    try {
      injected = inject(bytes);
    } catch {
      injected = undefined;
    }
    if (!injected) {
      // No worksheet with sheet data to write beside (a workbook of chart sheets, a broken sheet part).
      count('not injected');
      if (process.argv.includes('--each')) console.log(`${name}: not injected`);
      continue;
    }
    let outcome: string;
    try {
      const file = await openXlsx(injected);
      const table = readStatusTable(file.doc);
      if (!table.ok) throw new Error(`table not read: ${table.reason}`);
      const edits = [...planHeadings(table.table), ...planDateStamp(table.table, '2026-11-24')];
      const out = await file.apply(edits);
      const again = readStatusTable((await openXlsx(out)).doc);
      if (!again.ok || again.table.headingRowList.length < 2 || again.table.dateStamp?.text !== '24 november 2026') throw new Error('fixed table not read back');
      outcome = 'fixed';
      if (libreoffice) {
        const lo = join(work, 'lo');
        const input = join(work, 'in.xlsx');
        const output = join(work, 'out.xlsx');
        writeFileSync(input, injected);
        writeFileSync(output, out);
        const before = convert(lo, join(work, 'profile'), input);
        const after = convert(lo, join(work, 'profile'), output);
        outcome = !before ? 'fixed (LibreOffice cannot open the input either)' : after ? 'fixed, LibreOffice opens it' : 'fixed, LibreOffice FAILS';
        rmSync(lo, { recursive: true, force: true });
      }
    } catch (error) {
      outcome = error instanceof FileError ? `refused: ${error.code} ${error.reason.kind}${'what' in error.reason ? ` ${error.reason.what}` : ''}` : `FAILED: ${String(error).slice(0, 160)}`;
    }
    count(outcome);
    const ms = Date.now() - started;
    if (ms > slowest.ms) slowest = { ms, file: name };
    if (!outcome.startsWith('fixed') || outcome.includes('FAILS') || process.argv.includes('--each')) console.log(`${name}: ${outcome}`);
  }
  rmSync(work, { recursive: true, force: true });
  console.log(JSON.stringify(tally, null, 2));
  console.log(`slowest: ${slowest.ms} ms ${slowest.file}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
