/**
 * One small status workbook per workbook feature of issue 12 ("the table as people see it"),
 * each written by `exceljs` the way offices lay the table out in Excel, and each with the
 * document as a careful reader writes it down from the screen (`seen`): merged cells' text in
 * every row they cover, line breaks and odd characters as the eye reads them, the date stamp as
 * the cell shows it. The measures and headings are the seed's (seeds/stand-van-zaken.json: its
 * chapter headings, its measure numbering "4.1.1", its organisations), cut down to a few rows per
 * feature, as scripts/docx-fixtures/features.ts does for Word.
 *
 * Every sheet puts the title in A1, the header row in row 3 (A:D) and the stamp two rows below
 * the table, as scripts/seed-files.ts lays the seed out. Tests re-save every workbook with
 * LibreOffice and expect the same findings from both files, and from the Excel host over the
 * simulator, as from `seen`.
 */
import ExcelJS from 'exceljs';
import { paragraph, simpleTable, type CellText, type SourceDocument } from '../src/core/document';
import { fixZip, SEED_DATE_ISO } from './seed-files';

export interface XlsxFixture {
  readonly id: string;
  /** What it shows, in a sentence. */
  readonly shows: string;
  readonly build: () => Promise<Uint8Array>;
  /** The status table's sheet (the first sheet in the workbook's order that holds one). */
  readonly sheet: string;
  /** The document as a careful reader writes it down from the screen: the sheet `sheet`. */
  readonly seen: SourceDocument;
}

export const TITLE = 'Stand van zaken ondersteuningsmaatregelen Integrale Handreiking';
export const HEADER = ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'] as const;
export const STAMP = '19 juni 2021';
/** Excel's serial of 19 June 2021 (day 0 is 30 December 1899). */
export const STAMP_SERIAL = 44366;
/** The day every fixture is checked as of: its own stamp. */
export const FIXTURE_TODAY = '2021-06-19';

export const H4 = 'HUISVESTING';
export const H5 = 'OPVANG KORTE TERMIJN';
export const H6 = 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING';

// ——— writing a sheet ———

/** A cell: text, a number, or a value with a number format; null leaves it empty. */
type CellSpec = string | number | null | { readonly value: string | number; readonly numFmt?: string };

interface SheetSpec {
  readonly name: string;
  /** Row by row from row 1; an empty array is an empty row. */
  readonly rows: readonly (readonly CellSpec[])[];
  /** Merged areas, "A4:D4". */
  readonly merges?: readonly string[];
  /** Rows (1-based) set bold: the header and heading rows. */
  readonly bold?: readonly number[];
  /** An Excel table (ListObject) from the header row `headerRow` over `rowCount` data rows, A:D. */
  readonly listObject?: { readonly name: string; readonly headerRow: number; readonly rowCount: number };
}

const WIDTHS = [40, 60, 20, 14] as const;
const SEED_DATE = new Date(SEED_DATE_ISO);

const writeSheet = (workbook: ExcelJS.Workbook, spec: SheetSpec): void => {
  const sheet = workbook.addWorksheet(spec.name);
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const table = spec.listObject;
  const inTable = (r: number): boolean => table !== undefined && r >= table.headerRow && r <= table.headerRow + table.rowCount;
  spec.rows.forEach((cells, i) => {
    const r = i + 1;
    if (inTable(r)) return;
    cells.forEach((spec0, c) => {
      if (spec0 === null) return;
      const cell = sheet.getCell(r, c + 1);
      const value = typeof spec0 === 'object' ? spec0.value : spec0;
      cell.value = value;
      if (typeof spec0 === 'object' && spec0.numFmt) cell.numFmt = spec0.numFmt;
      // A cell with a line break only shows it with wrap text on, as Excel sets it for Alt+Enter.
      if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  if (table) {
    // exceljs writes the table's cells itself, from its rows (a blank cell as null).
    const text = (spec0: CellSpec | undefined): string | number | null =>
      spec0 === null || spec0 === undefined ? null : typeof spec0 === 'object' ? spec0.value : spec0;
    sheet.addTable({
      name: table.name,
      ref: `A${table.headerRow}`,
      headerRow: true,
      style: { theme: 'TableStyleLight1', showRowStripes: true },
      columns: HEADER.map((name) => ({ name })),
      rows: spec.rows.slice(table.headerRow, table.headerRow + table.rowCount).map((cells) => HEADER.map((_, c) => text(cells[c]))),
    });
  }
  for (const r of spec.bold ?? []) sheet.getRow(r).font = { bold: true };
  for (const area of spec.merges ?? []) sheet.mergeCells(area);
};

const workbookFile = async (sheets: readonly SheetSpec[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Statustabel';
  workbook.lastModifiedBy = 'Statustabel';
  workbook.created = SEED_DATE;
  workbook.modified = SEED_DATE;
  for (const sheet of sheets) writeSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZip(new Uint8Array(buffer as ArrayBuffer));
};

/** The rows of a status sheet: title, an empty row, the header and `body`, an empty row, the stamp. */
const statusRows = (body: readonly (readonly CellSpec[])[], stamp: CellSpec = STAMP): (readonly CellSpec[])[] => [
  [TITLE],
  [],
  [...HEADER],
  ...body,
  [],
  [stamp],
];
/** The sheet row (1-based) of `body[i]` in `statusRows`. */
const rowOf = (i: number): number => 4 + i;
/** A heading merged across the table's four columns, at body row i. */
const across = (i: number): string => `A${rowOf(i)}:D${rowOf(i)}`;

// ——— what the reader sees ———

type Row = readonly CellText[];
const seenRow = (...cells: readonly (string | readonly string[])[]): Row => cells.map((c) => (typeof c === 'string' ? [c] : [...c]));
const seenHeading = (text: string): Row => [[text]];
/** A heading typed in the first cell of an otherwise empty row. */
const seenPlainHeading = (text: string): Row => seenRow(text, '', '', '');
const seenSheet = (rows: readonly Row[], stamp = STAMP): SourceDocument => ({
  blocks: [paragraph(TITLE), simpleTable([seenRow(...HEADER), ...rows]), paragraph(stamp)],
});

// ——— 1. merged down ———

const mergedDown: XlsxFixture = {
  id: 'merged-down',
  shows: 'a planning cell and a trekker cell merged down over two measures, a measure merged down over two rows of status, OPVANG KORTE TERMIJN missing',
  sheet: 'Stand van zaken',
  build: () =>
    workbookFile([
      {
        name: 'Stand van zaken',
        rows: statusRows([
          [H4],
          ['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'],
          ['4.1.2 Flexwonen', 'Pilots lopen.', null, 'VNG'],
          ['4.1.3 Huisvesting aandachtsgroepen', 'Werkgroep gestart.', 'Q4 2030', null],
          ['5.1.1 Spoedopvang', 'Opdracht verleend.', 'najaar 2030', 'COA'],
          [null, 'Eerste locatie open.'],
        ]),
        bold: [3, rowOf(0)],
        merges: [across(0), `C${rowOf(1)}:C${rowOf(2)}`, `D${rowOf(2)}:D${rowOf(3)}`, `A${rowOf(4)}:A${rowOf(5)}`, `C${rowOf(4)}:C${rowOf(5)}`, `D${rowOf(4)}:D${rowOf(5)}`],
      },
    ]),
  // Excel shows a merged area's value once, across all the rows it covers: the reader takes it
  // for each of them (4.1.2 plans "eind 2030", 4.1.3 is VNG's). 5.1.1 is one measure over two
  // rows: its status is both lines. No heading stands above 5.1.1.
  seen: seenSheet([
    seenHeading(H4),
    seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
    seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', 'VNG'),
    seenRow('4.1.3 Huisvesting aandachtsgroepen', 'Werkgroep gestart.', 'Q4 2030', 'VNG'),
    seenRow('5.1.1 Spoedopvang', ['Opdracht verleend.', 'Eerste locatie open.'], 'najaar 2030', 'COA'),
  ]),
};

// ——— 2. merged down across the place of a missing heading ———

/**
 * The one shape "Koppen invoegen" cannot write into: the heading OPVANG KORTE TERMIJN belongs
 * between 4.1.2 and 5.1.1, and the trekker VNG is one cell merged down over both.
 */
export const mergedDownOverHeading: XlsxFixture = {
  id: 'merged-down-over-heading',
  shows: 'a trekker merged down over the last measure of one chapter and the first of the next, whose heading is missing',
  sheet: 'Stand van zaken',
  build: () =>
    workbookFile([
      {
        name: 'Stand van zaken',
        rows: statusRows([
          [H4],
          ['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'],
          ['4.1.2 Flexwonen', 'Pilots lopen.', 'Q4 2030', 'VNG'],
          ['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', null],
        ]),
        bold: [3, rowOf(0)],
        merges: [across(0), `D${rowOf(2)}:D${rowOf(3)}`],
      },
    ]),
  // VNG is the trekker of both rows the merged cell covers.
  seen: seenSheet([
    seenHeading(H4),
    seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
    seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'Q4 2030', 'VNG'),
    seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'VNG'),
  ]),
};

/** Where `mergedDownOverHeading`'s merged trekker starts, as `fix` names it. */
export const MERGED_OVER_HEADING_CELL = `D${rowOf(2)}`;

// ——— 3. merged across ———

const mergedAcross: XlsxFixture = {
  id: 'merged-across',
  shows: 'a status cell merged across the planning column, a measure cell merged across the status column, OPVANG KORTE TERMIJN missing',
  sheet: 'Stand van zaken',
  build: () =>
    workbookFile([
      {
        name: 'Stand van zaken',
        rows: statusRows([
          [H4],
          ['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond; planning volgt.', null, 'BZK'],
          ['4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', 'BZK'],
          ['4.1.3 Onderzoek naar de woningmarkt in krimpregio’s', null, 'Q4 2030', 'VNG'],
          ['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'],
        ]),
        bold: [3, rowOf(0)],
        merges: [across(0), `B${rowOf(1)}:C${rowOf(1)}`, `A${rowOf(3)}:B${rowOf(3)}`],
      },
    ]),
  // A cell merged across is one cell, in the column it starts in: 4.1.1 has a status and no
  // planning, 4.1.3 a measure and no status.
  seen: seenSheet([
    seenHeading(H4),
    seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond; planning volgt.', '', 'BZK'),
    seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', 'BZK'),
    seenRow('4.1.3 Onderzoek naar de woningmarkt in krimpregio’s', '', 'Q4 2030', 'VNG'),
    seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
  ]),
};

// ——— 4. line breaks, tabs and odd characters ———

const breaks: XlsxFixture = {
  id: 'breaks',
  shows: 'line breaks (Alt+Enter, wrap text), a tab, non-breaking spaces, a soft hyphen and zero-width characters in names and dates',
  sheet: 'Stand van zaken',
  build: () =>
    workbookFile([
      {
        name: 'Stand van zaken',
        rows: statusRows(
          [
            [H4],
            ['4.1.1 Tussen\u00ADvoorzieningen', 'Verkenning afgerond.\nHandreiking gepubliceerd.', '1 september\u00A02030', 'JenV\nCOA'],
            ['4.1.2 Flexwonen', 'Pilots\tlopen.', 'eind\n2030', 'B\u200BZK'],
            ['4.1.3 Onder\u200Bzoek', 'Loopt.', 'Q4\u00A02030', 'VNG\u00A0/\u00A0IPO'],
            ['5.1.1 Nood\u2060opvang', 'Loopt.', 'medio\u200B 2030', '\uFEFFCOA'],
          ],
          '19\u00A0juni\u00A02021',
        ),
        bold: [3, rowOf(0)],
        merges: [across(0)],
      },
    ]),
  // A line break and a tab separate words; a non-breaking space is a space; the soft hyphen and
  // the zero-width space, word joiner and byte-order mark are invisible. So 4.1.1's trekker is
  // JenV and COA (two known organisations), 4.1.2's "eind 2030" and "BZK", and the stamp today's.
  seen: seenSheet(
    [
      seenHeading(H4),
      seenRow('4.1.1 Tussenvoorzieningen', ['Verkenning afgerond.', 'Handreiking gepubliceerd.'], '1 september 2030', ['JenV', 'COA']),
      seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', 'BZK'),
      seenRow('4.1.3 Onderzoek', 'Loopt.', 'Q4 2030', 'VNG / IPO'),
      seenRow('5.1.1 Noodopvang', 'Loopt.', 'medio 2030', 'COA'),
    ],
    STAMP,
  ),
};

// ——— 5. headings: merged rows across the table, and plain rows ———

const headingsMerged: XlsxFixture = {
  id: 'headings-merged',
  shows: 'section headings as bold rows merged across the table’s width (the usual Excel form), one of them missing',
  sheet: 'Stand van zaken',
  build: () =>
    workbookFile([
      {
        name: 'Stand van zaken',
        rows: statusRows([
          [H4],
          ['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'],
          ['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'],
          [H6],
          ['6.1.1 Flexibilisering', 'Pilots in drie regio’s.', 'medio 2030', 'JenV'],
        ]),
        bold: [3, rowOf(0), rowOf(3)],
        merges: [across(0), across(3)],
      },
    ]),
  // Two merged rows read as one cell each, a heading; OPVANG KORTE TERMIJN is not there.
  seen: seenSheet([
    seenHeading(H4),
    seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
    seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
    seenHeading(H6),
    seenRow('6.1.1 Flexibilisering', 'Pilots in drie regio’s.', 'medio 2030', 'JenV'),
  ]),
};

const headingsPlain: XlsxFixture = {
  id: 'headings-plain',
  shows: 'section headings typed in the first cell of a row, not merged, one of them missing',
  sheet: 'Stand van zaken',
  build: () =>
    workbookFile([
      {
        name: 'Stand van zaken',
        rows: statusRows([
          [H4],
          ['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'],
          [H5],
          ['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'],
          ['6.1.1 Flexibilisering', 'Pilots in drie regio’s.', 'medio 2030', 'JenV'],
        ]),
        bold: [3, rowOf(0), rowOf(2)],
      },
    ]),
  // The heading text stands in the first cell and the rest of its row is empty: a heading row.
  // OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING is not there.
  seen: seenSheet([
    seenPlainHeading(H4),
    seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
    seenPlainHeading(H5),
    seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
    seenRow('6.1.1 Flexibilisering', 'Pilots in drie regio’s.', 'medio 2030', 'JenV'),
  ]),
};

// ——— 6. the table on a second sheet ———

const COVER: SheetSpec = { name: 'Voorblad', rows: [['Stand van zaken ondersteuningsmaatregelen'], [], ['De tabel staat op het tabblad "Stand van zaken".']] };

const secondSheetBody: readonly (readonly CellSpec[])[] = [
  [H4],
  ['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'],
  ['4.1.2 Flexwonen', 'Pilots lopen.', 'Q4 2030', null],
  ['5.1.1 Noodopvang', 'Loopt.', 'eind 2020', 'COA'],
];
const secondSheetSeen = (heading: (text: string) => Row): SourceDocument =>
  seenSheet([
    heading(H4),
    seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
    seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'Q4 2030', ''),
    seenRow('5.1.1 Noodopvang', 'Loopt.', 'eind 2020', 'COA'),
  ]);

const secondSheet: XlsxFixture = {
  id: 'second-sheet',
  shows: 'a cover note on the first sheet, the table as a plain range on the second',
  sheet: 'Stand van zaken',
  build: () => workbookFile([COVER, { name: 'Stand van zaken', rows: statusRows(secondSheetBody), bold: [3, rowOf(0)], merges: [across(0)] }]),
  // The cover sheet holds no header row; the table is the second sheet's. 4.1.2 has no trekker,
  // 5.1.1's planning is past, OPVANG KORTE TERMIJN is missing.
  seen: secondSheetSeen(seenHeading),
};

const secondSheetTable: XlsxFixture = {
  id: 'second-sheet-table',
  shows: 'a cover note on the first sheet, the table as an Excel table (ListObject) on the second, its heading a plain row inside it',
  sheet: 'Stand van zaken',
  build: () =>
    workbookFile([
      COVER,
      { name: 'Stand van zaken', rows: statusRows(secondSheetBody), listObject: { name: 'Statustabel', headerRow: 3, rowCount: secondSheetBody.length } },
    ]),
  // An Excel table cannot hold merged cells: the heading is typed in its first column.
  seen: secondSheetSeen(seenPlainHeading),
};

// ——— 7. two sheets with a status table ———

/** The two candidate sheets of `twoTables`, in the workbook's order. */
export const TWO_TABLE_SHEETS = ['Stand juni', 'Stand mei'] as const;

export const twoTables: XlsxFixture = {
  id: 'two-tables',
  shows: 'two sheets each holding a status table (this round and the last): the first is read unless another is named',
  sheet: 'Stand juni',
  build: () =>
    workbookFile([
      {
        name: 'Stand juni',
        rows: statusRows([[H4], ['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'], [H5], ['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA']]),
        bold: [3, rowOf(0), rowOf(2)],
        merges: [across(0), across(2)],
      },
      {
        name: 'Stand mei',
        rows: statusRows([[H4], ['4.1.1 Tussenvoorzieningen', 'Verkenning loopt.', 'medio 2021', null], ['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA']], '20 mei 2021'),
        bold: [3, rowOf(0)],
        merges: [across(0)],
      },
    ]),
  // The first sheet in the workbook's order with a status table: June's, complete.
  seen: seenSheet([
    seenHeading(H4),
    seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
    seenHeading(H5),
    seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
  ]),
};

/**
 * `twoTables`' second sheet, as a careful reader sees it: 4.1.1 has no trekker, OPVANG KORTE
 * TERMIJN is missing, and the stamp of 20 May is a month old on 19 June.
 */
export const twoTablesMaySeen: SourceDocument = seenSheet(
  [seenHeading(H4), seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning loopt.', 'medio 2021', ''), seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA')],
  '20 mei 2021',
);

// ——— 8. the date stamp, as text and as a real date ———

const stampBody: readonly (readonly CellSpec[])[] = [
  [H4],
  ['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'],
  ['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'],
];
const stampSeen = (stamp: string): SourceDocument =>
  seenSheet(
    [seenHeading(H4), seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'), seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA')],
    stamp,
  );
const stampFixture = (id: string, shows: string, stamp: CellSpec, seen: string): XlsxFixture => ({
  id,
  shows,
  sheet: 'Stand van zaken',
  build: () => workbookFile([{ name: 'Stand van zaken', rows: statusRows(stampBody, stamp), bold: [3, rowOf(0)], merges: [across(0)] }]),
  seen: stampSeen(seen),
});

// The stamp reads as the date it shows; a number in a date format shows that date, whatever the
// format (Excel's "d-m-yyyy" shows 19-6-2021, "d mmmm yyyy" 19 juni 2021 in Dutch, "yyyy-mm-dd"
// 2021-06-19). The reader writes each down as the date it is: 19 juni 2021. OPVANG KORTE TERMIJN
// is missing in each.
const stampText = stampFixture('stamp-text', 'the stamp as text', STAMP, STAMP);
const stampPlace = stampFixture('stamp-place', 'the stamp as text after the place: "Den Haag, 19 juni 2021"', `Den Haag, ${STAMP}`, `Den Haag, ${STAMP}`);
const stampDmy = stampFixture('stamp-date-dmy', 'the stamp as a real date in the format d-m-yyyy', { value: STAMP_SERIAL, numFmt: 'd-m-yyyy' }, STAMP);
const stampLong = stampFixture('stamp-date-long', 'the stamp as a real date in the format d mmmm yyyy', { value: STAMP_SERIAL, numFmt: 'd mmmm yyyy' }, STAMP);
const stampIso = stampFixture('stamp-date-iso', 'the stamp as a real date in the format yyyy-mm-dd', { value: STAMP_SERIAL, numFmt: 'yyyy-mm-dd' }, STAMP);

// ——— 9. everything at once ———

/**
 * Every feature at once: a cover sheet; the table on the second sheet, headings merged across and
 * one typed plain, one missing; a trekker merged down over two measures; a status merged across
 * the planning; breaks and odd characters; the stamp a real date (d-m-yyyy); and a third sheet
 * with last round's table, so two sheets are candidates. Its findings are written down by hand
 * in the CLI test (test/cli/xlsxFeatures.test.ts).
 */
export const allFeatures: XlsxFixture = {
  id: 'all-features',
  shows: 'every workbook feature of the issue at once',
  sheet: 'Stand van zaken',
  build: () =>
    workbookFile([
      COVER,
      {
        name: 'Stand van zaken',
        rows: statusRows(
          [
            [H4],
            ['4.1.1 Tussen\u00ADvoorzieningen', 'Verkenning afgerond.\nHandreiking gepubliceerd.', '1 september\u00A02030', 'JenV\nCOA'],
            ['4.1.2 Flexwonen', 'Pilots\tlopen.', 'Q4 2030', 'BZK'],
            ['4.1.3 Huisvesting aandachtsgroepen', 'Werkgroep gestart.', 'eind 2020', null],
            ['5.1.1 Noodopvang', 'Loopt.', 'Q4\u00A02030', 'COA'],
            [H6],
            ['6.1.1 Flexibilisering', 'Pilots in drie regio’s; planning volgt.', null, 'JenV'],
            ['6.1.2 Regionale tafels', 'Gestart.', 'medio\n2030', null],
            ['INBURGERING'],
            ['7.1.1 Taal\u200Baanbod', null, 'eind 2030', 'SZW'],
          ],
          { value: STAMP_SERIAL, numFmt: 'd-m-yyyy' },
        ),
        bold: [3, rowOf(0), rowOf(5), rowOf(8)],
        merges: [across(0), `D${rowOf(2)}:D${rowOf(3)}`, across(5), `B${rowOf(6)}:C${rowOf(6)}`],
      },
      {
        name: 'Stand mei',
        rows: statusRows([[H4], ['4.1.1 Tussenvoorzieningen', 'Verkenning loopt.', 'medio 2021', 'BZK']], '20 mei 2021'),
        bold: [3, rowOf(0)],
        merges: [across(0)],
      },
    ]),
  seen: seenSheet([
    seenHeading(H4),
    seenRow('4.1.1 Tussenvoorzieningen', ['Verkenning afgerond.', 'Handreiking gepubliceerd.'], '1 september 2030', ['JenV', 'COA']),
    seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'Q4 2030', 'BZK'),
    seenRow('4.1.3 Huisvesting aandachtsgroepen', 'Werkgroep gestart.', 'eind 2020', 'BZK'),
    seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
    seenHeading(H6),
    seenRow('6.1.1 Flexibilisering', 'Pilots in drie regio’s; planning volgt.', '', 'JenV'),
    seenRow('6.1.2 Regionale tafels', 'Gestart.', 'medio 2030', ''),
    seenPlainHeading('INBURGERING'),
    seenRow('7.1.1 Taalaanbod', '', 'eind 2030', 'SZW'),
  ]),
};

/** Every feature fixture but `allFeatures`, in the order of the issue. */
export const XLSX_FIXTURES: readonly XlsxFixture[] = [
  mergedDown,
  mergedDownOverHeading,
  mergedAcross,
  breaks,
  headingsMerged,
  headingsPlain,
  secondSheet,
  secondSheetTable,
  twoTables,
  stampText,
  stampPlace,
  stampDmy,
  stampLong,
  stampIso,
];

