/**
 * Builds the seed document as real Office files: a .docx (with the `docx` package) and an .xlsx
 * (with exceljs), byte for byte the same on every run, so the committed files can be checked
 * against a fresh build. Tests import these to build variants (a heading left out, 1,000 rows).
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type ZipOptions } from 'fflate';
import type { RawDocument, RawRow } from '../src/core/document';

/** Every date the files carry: the seed's own date stamp. */
export const SEED_DATE_ISO = '2021-06-19T00:00:00Z';
const SEED_DATE = new Date(SEED_DATE_ISO);

/** Column widths in twentieths of a point (docx) and characters (xlsx): measure, status, planning, trekker. */
const DOCX_WIDTHS = [2300, 3800, 1700, 1200] as const;
const XLSX_WIDTHS = [40, 80, 30, 14] as const;

/** A row of one cell: a section heading merged across the width. */
const isHeadingRow = (row: RawRow): boolean => row.length === 1;

/** A header row: "Ondersteuningsmaatregel" or one of its variants in the first cell. */
const isHeaderRow = (row: RawRow): boolean =>
  row.length > 1 && /^ondersteunings-?\s*maatregel$/i.test((row[0] ?? []).join(' ').trim());

const paragraphs = (texts: readonly string[], bold: boolean): Paragraph[] =>
  (texts.length > 0 ? texts : ['']).map(
    (text) => new Paragraph({ children: text === '' ? [] : [new TextRun(bold ? { text, bold } : { text })] }),
  );

const docxRow = (row: RawRow, width: number): TableRow => {
  if (isHeadingRow(row)) {
    return new TableRow({
      children: [new TableCell({ columnSpan: width, children: paragraphs(row[0] ?? [], true) })],
    });
  }
  const header = isHeaderRow(row);
  return new TableRow({
    children: row.map(
      (cell, index) =>
        new TableCell({
          width: { size: DOCX_WIDTHS[index] ?? 1500, type: WidthType.DXA },
          children: paragraphs(cell, header),
        }),
    ),
  });
};

/**
 * The zip a library wrote, rewritten with every entry's time fixed and entries in the same
 * order: the libraries stamp "now" on entries and in docProps/core.xml.
 */
const fixZip = (bytes: Uint8Array): Uint8Array => {
  const entries = unzipSync(bytes);
  // A local-time Date gives the same DOS time fields in every time zone.
  const mtime = new Date(2021, 5, 19, 0, 0, 0);
  const options: ZipOptions = { level: 6, mtime };
  const fixed: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const [name, data] of Object.entries(entries)) {
    let content = data;
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data);
      content = new TextEncoder().encode(
        xml
          .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${SEED_DATE_ISO}$2`)
          .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${SEED_DATE_ISO}$2`),
      );
    }
    fixed[name] = [content, options];
  }
  return zipSync(fixed, options);
};

/** The seed as a Word document: title, the tables as they are (heading rows merged), the date stamp. */
export const buildSeedDocx = async (doc: RawDocument): Promise<Uint8Array> => {
  const width = Math.max(1, ...doc.tables.flatMap((table) => table.map((row) => row.length)));
  const children: (Paragraph | Table)[] = [];
  for (const text of doc.before ?? []) {
    children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text, bold: true, size: 28 })] }));
  }
  doc.tables.forEach((table, index) => {
    // Two tables with nothing between them are one table to Word: keep an empty paragraph.
    if (index > 0) children.push(new Paragraph({}));
    children.push(
      new Table({
        columnWidths: [...DOCX_WIDTHS].slice(0, width),
        width: { size: DOCX_WIDTHS.slice(0, width).reduce((a, b) => a + b, 0), type: WidthType.DXA },
        rows: table.map((row) => docxRow(row, width)),
      }),
    );
  });
  for (const text of doc.after) children.push(new Paragraph({ children: text === '' ? [] : [new TextRun(text)] }));

  const document = new Document({
    creator: 'Statustabel',
    lastModifiedBy: 'Statustabel',
    title: doc.before?.[0] ?? 'Stand van zaken',
    revision: 1,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [{ children }],
  });
  const buffer = await Packer.toBuffer(document);
  return fixZip(new Uint8Array(buffer));
};

/**
 * The seed as an Excel sheet: the title in A1, every table's rows one after another from A3
 * (heading rows merged A:D and bold, a cell's paragraphs on lines of one wrapped cell), and the
 * date stamp below the table after one empty row.
 */
export const buildSeedXlsx = async (doc: RawDocument): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Statustabel';
  workbook.lastModifiedBy = 'Statustabel';
  workbook.created = SEED_DATE;
  workbook.modified = SEED_DATE;
  workbook.lastPrinted = SEED_DATE;
  const sheet = workbook.addWorksheet('Stand van zaken');
  sheet.columns = XLSX_WIDTHS.map((width) => ({ width }));
  const columns = Math.max(1, ...doc.tables.flatMap((table) => table.map((row) => row.length)));

  let rowNumber = 1;
  for (const text of doc.before ?? []) {
    const cell = sheet.getCell(rowNumber, 1);
    cell.value = text;
    cell.font = { bold: true, size: 14 };
    rowNumber += 1;
  }
  rowNumber += 1;
  for (const table of doc.tables) {
    for (const row of table) {
      if (isHeadingRow(row)) {
        const cell = sheet.getCell(rowNumber, 1);
        cell.value = (row[0] ?? []).join('\n');
        cell.font = { bold: true };
        cell.alignment = { wrapText: true, vertical: 'top' };
        if (columns > 1) sheet.mergeCells(rowNumber, 1, rowNumber, columns);
      } else {
        const header = isHeaderRow(row);
        row.forEach((texts, index) => {
          const cell = sheet.getCell(rowNumber, index + 1);
          cell.value = texts.join('\n');
          cell.alignment = { wrapText: true, vertical: 'top' };
          if (header) cell.font = { bold: true };
        });
      }
      rowNumber += 1;
    }
  }
  rowNumber += 1;
  for (const text of doc.after) {
    sheet.getCell(rowNumber, 1).value = text;
    rowNumber += 1;
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZip(new Uint8Array(buffer as ArrayBuffer));
};
