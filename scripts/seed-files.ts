/**
 * Builds the seed document as real Office files: a .docx (with the `docx` package) and an .xlsx
 * (with exceljs), byte for byte the same on every run, so the committed files can be checked
 * against a fresh build. Tests import these to build variants (a heading left out, 1,000 rows).
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type ZipOptions } from 'fflate';
import { isTable, sourceCell, type SourceCell, type SourceDocument, type SourceRow } from '../src/core/document';

/** Every date the files carry: the seed's own date stamp. */
export const SEED_DATE_ISO = '2021-06-19T00:00:00Z';
const SEED_DATE = new Date(SEED_DATE_ISO);

/** Column widths in twentieths of a point (docx) and characters (xlsx): measure, status, planning, trekker. */
const DOCX_WIDTHS = [2300, 3800, 1700, 1200] as const;
const XLSX_WIDTHS = [40, 80, 30, 14] as const;

/** A row of one cell spanning the table: a section heading. */
const isHeadingRow = (row: SourceRow): boolean => row.cells.length === 1 && (row.cells[0]?.columnSpan ?? 1) > 1;

/** A header row: "Ondersteuningsmaatregel" or one of its variants in the first cell. */
const isHeaderRow = (row: SourceRow): boolean =>
  row.cells.length > 1 && /^ondersteunings-?\s*maatregel$/i.test((row.cells[0]?.paragraphs ?? []).join(' ').trim());

/** The grid width of a document's tables: the widest row. */
const gridWidth = (doc: SourceDocument): number =>
  Math.max(1, ...doc.blocks.filter(isTable).flatMap((table) => table.rows.map((row) => row.cells.reduce((n, c) => n + (c.columnSpan ?? 1), 0))));

const paragraphs = (texts: readonly string[], bold: boolean): Paragraph[] =>
  (texts.length > 0 ? texts : ['']).map(
    (text) => new Paragraph({ children: text === '' ? [] : [new TextRun(bold ? { text, bold } : { text })] }),
  );

const docxRow = (row: SourceRow): TableRow => {
  if (isHeadingRow(row)) {
    const cell = row.cells[0] as SourceCell;
    return new TableRow({
      children: [new TableCell({ columnSpan: cell.columnSpan, children: paragraphs(cell.paragraphs, true) })],
    });
  }
  const header = isHeaderRow(row);
  return new TableRow({
    children: row.cells.map(
      (cell, index) =>
        new TableCell({
          width: { size: DOCX_WIDTHS[index] ?? 1500, type: WidthType.DXA },
          children: paragraphs(cell.paragraphs, header),
          ...(cell.columnSpan ? { columnSpan: cell.columnSpan } : {}),
          ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
        }),
    ),
  });
};

/**
 * The zip a library wrote, rewritten with every entry's time fixed and entries in the same
 * order: the libraries stamp "now" on entries and in docProps/core.xml.
 */
export const fixZip = (bytes: Uint8Array): Uint8Array => {
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
export const buildSeedDocx = async (doc: SourceDocument): Promise<Uint8Array> => {
  const width = gridWidth(doc);
  const firstTable = doc.blocks.findIndex(isTable);
  const children: (Paragraph | Table)[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      const { text } = block;
      // The title above the tables is set large and bold; a heading paragraph bold.
      if (index < firstTable) children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text, bold: true, size: 28 })] }));
      else children.push(new Paragraph({ children: text === '' ? [] : [new TextRun(block.emphasis ? { text, bold: true } : text)] }));
      return;
    }
    // Two tables with nothing between them are one table to Word: keep an empty paragraph.
    if (isTable(doc.blocks[index - 1])) children.push(new Paragraph({}));
    children.push(
      new Table({
        columnWidths: [...DOCX_WIDTHS].slice(0, width),
        width: { size: DOCX_WIDTHS.slice(0, width).reduce((a, b) => a + b, 0), type: WidthType.DXA },
        rows: block.rows.map(docxRow),
      }),
    );
  });

  const document = new Document({
    creator: 'Statustabel',
    lastModifiedBy: 'Statustabel',
    title: (doc.blocks[0]?.kind === 'paragraph' ? doc.blocks[0].text : undefined) ?? 'Stand van zaken',
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
export const buildSeedXlsx = async (doc: SourceDocument): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Statustabel';
  workbook.lastModifiedBy = 'Statustabel';
  workbook.created = SEED_DATE;
  workbook.modified = SEED_DATE;
  workbook.lastPrinted = SEED_DATE;
  const sheet = workbook.addWorksheet('Stand van zaken');
  sheet.columns = XLSX_WIDTHS.map((width) => ({ width }));
  const columns = gridWidth(doc);
  const firstTable = doc.blocks.findIndex(isTable);
  const lastTable = doc.blocks.length - 1 - [...doc.blocks].reverse().findIndex(isTable);

  let rowNumber = 1;
  for (const block of doc.blocks.slice(0, firstTable)) {
    if (block.kind !== 'paragraph') continue;
    const cell = sheet.getCell(rowNumber, 1);
    cell.value = block.text;
    cell.font = { bold: true, size: 14 };
    rowNumber += 1;
  }
  rowNumber += 1;
  // On a sheet the tables follow each other directly; a paragraph between them has no place.
  for (const table of doc.blocks.filter(isTable)) {
    for (const row of table.rows) {
      if (isHeadingRow(row)) {
        const cell = sheet.getCell(rowNumber, 1);
        cell.value = (row.cells[0]?.paragraphs ?? []).join('\n');
        cell.font = { bold: true };
        cell.alignment = { wrapText: true, vertical: 'top' };
        if (columns > 1) sheet.mergeCells(rowNumber, 1, rowNumber, columns);
      } else {
        const header = isHeaderRow(row);
        row.cells.forEach((source, index) => {
          const cell = sheet.getCell(rowNumber, index + 1);
          cell.value = source.paragraphs.join('\n');
          cell.alignment = { wrapText: true, vertical: 'top' };
          if (header) cell.font = { bold: true };
        });
      }
      rowNumber += 1;
    }
  }
  rowNumber += 1;
  for (const block of doc.blocks.slice(lastTable + 1)) {
    if (block.kind !== 'paragraph') continue;
    sheet.getCell(rowNumber, 1).value = block.text;
    rowNumber += 1;
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZip(new Uint8Array(buffer as ArrayBuffer));
};

/** The first cell's text of a row, paragraphs joined. */
const firstText = (row: SourceRow): string => (row.cells[0]?.paragraphs ?? []).join(' ').trim();

/** A row's cell `index` with new paragraphs. */
const withCell = (row: SourceRow, index: number, paragraphs: readonly string[]): SourceRow => ({
  ...row,
  cells: row.cells.map((cell, i) => (i === index ? { ...cell, paragraphs } : cell)),
});

/**
 * The seed as the next round leaves it, the way a round edits the table: measure 4.3.3 added
 * under HUISVESTING, measure 5.2.3 removed, the planning of 4.3.2 moved from najaar 2021 to
 * voorjaar 2022, the trekker of 8.2.1 emptied, and the heading row INBURGERING deleted. Nothing
 * else changes, so a diff of the seed and this must list exactly those five changes.
 */
export const seedNextRound = (doc: SourceDocument): SourceDocument => ({
  ...doc,
  blocks: doc.blocks.map((block) => {
    if (!isTable(block)) return block;
    const rows: SourceRow[] = [];
    for (const row of block.rows) {
      const first = firstText(row);
      if (first.startsWith('5.2.3') || first === 'INBURGERING') continue;
      if (first.startsWith('4.3.2')) {
        rows.push(withCell(row, 2, ['Openstelling in voorjaar 2022']));
        rows.push({
          cells: [
            sourceCell(['4.3.3 Versnelling vergunningverlening']),
            sourceCell(['De aanpak is in oktober 2021 gestart met vier gemeenten.']),
            sourceCell(['eind 2022']),
            sourceCell(['BZK']),
          ],
        });
        continue;
      }
      rows.push(first.startsWith('8.2.1') ? withCell(row, 3, ['']) : row);
    }
    return { ...block, rows };
  }),
});
