/**
 * One small status document per feature of issue 12 ("the table as people see it"), each built
 * by the `docx` package where it can express the feature and as our own WordprocessingML
 * (`wml.ts`) where it cannot, and each with the document as a careful reader writes it down from
 * the page (`seen`): the plain table, merged cells' text in every row they cover, list numbers
 * and line breaks as the eye reads them, hidden and deleted text gone. Tests re-save every
 * fixture with LibreOffice and expect the same findings from both files as from `seen`.
 */
import {
  AlignmentType,
  CarriageReturn,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  LevelSuffix,
  NoBreakHyphen,
  Packer,
  Paragraph,
  SoftHyphen,
  SymbolRun,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
  type ParagraphChild,
} from 'docx';
import { paragraph, simpleTable, type CellText, type SourceDocument } from '../../src/core/document';
import { fixZip } from '../seed-files';
import * as x from './wml';

export interface DocxFixture {
  readonly id: string;
  /** What it shows, in a sentence. */
  readonly shows: string;
  /** Who writes the file: the `docx` package, or our own WordprocessingML where the package cannot say it. */
  readonly madeWith: 'docx' | 'wordml';
  readonly build: () => Promise<Uint8Array>;
  /** The document as a careful reader writes it down from the page. */
  readonly seen: SourceDocument;
}

export const TITLE = 'Stand van zaken ondersteuningsmaatregelen Integrale Handreiking';
export const HEADER = ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'] as const;
export const STAMP = '19 juni 2021';
/** The day every fixture is checked as of: its own stamp. */
export const FIXTURE_TODAY = '2021-06-19';

const H4 = 'HUISVESTING';
const H5 = 'OPVANG KORTE TERMIJN';
const H6 = 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING';
const H7 = 'INBURGERING';
const H8 = "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES";

const WIDTHS = [2300, 3800, 1700, 1200] as const;

// ——— the docx package ———

/** A paragraph: plain text, or the runs (and run content) it holds. */
type Content = string | readonly ParagraphChild[];

const docxParagraphs = (content: readonly Content[], bold = false): Paragraph[] =>
  (content.length > 0 ? content : ['']).map((p) =>
    typeof p === 'string' ? new Paragraph({ children: p === '' ? [] : [new TextRun({ text: p, bold })] }) : new Paragraph({ children: [...p] }),
  );

interface DocxCell {
  /** The cell's paragraphs. */
  readonly content: readonly Content[];
  readonly columnSpan?: number;
  readonly rowSpan?: number;
  readonly bold?: boolean;
}

/** A cell: one paragraph of text, a list of paragraphs' runs, or a cell with spans. */
type CellSpec = string | readonly (readonly ParagraphChild[])[] | DocxCell;

const dcell = (c: CellSpec, index: number, width: readonly number[]): TableCell => {
  const spec: DocxCell = typeof c === 'string' ? { content: [c] } : Array.isArray(c) ? { content: c as readonly Content[] } : (c as DocxCell);
  const span = spec.columnSpan ?? 1;
  return new TableCell({
    width: { size: width.slice(index, index + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
    children: docxParagraphs(spec.content, spec.bold),
    ...(spec.columnSpan ? { columnSpan: spec.columnSpan } : {}),
    ...(spec.rowSpan ? { rowSpan: spec.rowSpan } : {}),
  });
};

/** A row: the header row is bold; a heading row is one bold cell across the table. */
const drow = (cells: readonly CellSpec[], options: { header?: boolean; deleted?: boolean; inserted?: boolean } = {}): TableRow => {
  const revision = { id: 900, author: 'Redactie', date: '2021-06-18T10:00:00Z' };
  return new TableRow({
    children: cells.map((c, i) => dcell(options.header && typeof c === 'string' ? { content: [c], bold: true } : c, i, WIDTHS)),
    ...(options.header ? { tableHeader: true } : {}),
    ...(options.deleted ? { deletion: revision } : {}),
    ...(options.inserted ? { insertion: { ...revision, id: 901 } } : {}),
  });
};
const dheading = (text: string): TableRow => new TableRow({ children: [dcell({ content: [text], columnSpan: 4, bold: true }, 0, WIDTHS)] });
const dheader = (): TableRow => drow([...HEADER], { header: true });
const dtable = (rows: readonly TableRow[]): Table =>
  new Table({ columnWidths: [...WIDTHS], width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA }, rows: [...rows] });

const dtitle = (): Paragraph => new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: TITLE, bold: true, size: 28 })] });
const dstamp = (children: readonly ParagraphChild[] = [new TextRun(STAMP)]): Paragraph => new Paragraph({ children: [...children] });

const docxFile = async (children: readonly (Paragraph | Table)[], extra: { styles?: IStylesOptions; numbering?: ConstructorParameters<typeof Document>[0]['numbering'] } = {}): Promise<Uint8Array> => {
  const document = new Document({
    creator: 'Statustabel',
    lastModifiedBy: 'Statustabel',
    title: TITLE,
    revision: 1,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } }, ...extra.styles },
    ...(extra.numbering ? { numbering: extra.numbering } : {}),
    sections: [{ children: [...children] }],
  });
  return fixZip(new Uint8Array(await Packer.toBuffer(document)));
};

// ——— what the reader sees ———

type Row = readonly CellText[];
const seenRow = (...cells: readonly (string | readonly string[])[]): Row => cells.map((c) => (typeof c === 'string' ? [c] : [...c]));
const seenHeader = (): Row => seenRow(...HEADER);
const seenHeading = (text: string): Row => [[text]];
const seenDocument = (blocks: SourceDocument['blocks'], trackedChanges = false): SourceDocument => ({ blocks, ...(trackedChanges ? { trackedChanges } : {}) });

// ——— 1. merged down ———

const mergedDown: DocxFixture = {
  id: 'merged-down',
  shows:
    'cells merged down (w:vMerge): a planning cell and a trekker cell shared by two measures, one of them across a missing chapter heading, and a measure over two rows',
  madeWith: 'docx',
  build: () =>
    docxFile([
      dtitle(),
      dtable([
        dheader(),
        dheading(H4),
        drow(['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', { content: ['eind 2030'], rowSpan: 2 }, 'BZK']),
        drow(['4.1.2 Flexwonen', 'Pilots lopen.', { content: ['VNG'], rowSpan: 2 }]),
        drow(['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030']),
        drow([{ content: ['5.1.2 Spoedopvang'], rowSpan: 2 }, 'Opdracht verleend.', 'najaar 2030', { content: ['COA'], rowSpan: 2 }]),
        drow(['Eerste locatie open.', '']),
      ]),
      dstamp(),
    ]),
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    simpleTable([
      seenHeader(),
      seenHeading(H4),
      seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
      seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', 'VNG'),
      seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'VNG'),
      seenRow('5.1.2 Spoedopvang', ['Opdracht verleend.', 'Eerste locatie open.'], 'najaar 2030', 'COA'),
    ]),
    paragraph(STAMP),
  ]),
};

// ——— 2. merged across ———

const mergedAcross: DocxFixture = {
  id: 'merged-across',
  shows: 'cells merged across (w:gridSpan): heading rows over the width, a status cell over the planning column, a measure cell over the status column',
  madeWith: 'docx',
  build: () =>
    docxFile([
      dtitle(),
      dtable([
        dheader(),
        dheading(H4),
        drow(['4.1.1 Tussenvoorzieningen', { content: ['Verkenning afgerond; planning volgt.'], columnSpan: 2 }, 'BZK']),
        drow(['4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', 'BZK']),
        drow([{ content: ['4.1.3 Onderzoek naar de woningmarkt in krimpregio’s'], columnSpan: 2 }, 'Q4 2030', 'VNG']),
        dheading(H5),
        drow(['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA']),
      ]),
      dstamp(),
    ]),
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    simpleTable([
      seenHeader(),
      seenHeading(H4),
      seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond; planning volgt.', '', 'BZK'),
      seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', 'BZK'),
      seenRow('4.1.3 Onderzoek naar de woningmarkt in krimpregio’s', '', 'Q4 2030', 'VNG'),
      seenHeading(H5),
      seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
    ]),
    paragraph(STAMP),
  ]),
};

// ——— our own WordprocessingML: the parts every hand-written fixture shares ———

const BASE_STYLES: x.StyleDefinition[] = [
  { id: 'Kop1', type: 'paragraph', name: 'heading 1', basedOn: 'Standaard', pPr: '<w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/>', rPr: '<w:b/><w:sz w:val="28"/>' },
  { id: 'Titel', type: 'paragraph', name: 'Title', basedOn: 'Standaard', rPr: '<w:b/><w:sz w:val="32"/>' },
];

const xTitle = (): string => x.para(TITLE, { style: 'Titel' });
const xHeader = (): string => x.row(HEADER.map((h) => x.cell([x.para([x.run(h, 'b')])])), { more: '<w:tblHeader/>' });
const xHeading = (text: string, options: x.RowOptions = {}): string => x.row([x.cell([x.para([x.run(text, 'b')])], { span: 4 })], options);
const xRow = (cells: readonly (string | readonly string[])[], options: x.RowOptions = {}): string => x.row(cells.map((c) => x.cell(c)), options);
const xTable = (rows: readonly string[]): string => x.table(WIDTHS, rows);

// ——— 3. w:gridBefore / w:gridAfter ———

const gridBeforeAfter: DocxFixture = {
  id: 'grid-before-after',
  shows: 'rows that begin or end short of the grid (w:gridBefore, w:gridAfter) beside rows with a narrow first column, all aligned under the header',
  madeWith: 'wordml',
  build: async () =>
    x.wordPackage({
      styles: x.stylesXml(BASE_STYLES),
      body:
        xTitle() +
        x.table([400, ...WIDTHS], [
          x.row([x.cell(''), ...HEADER.map((h) => x.cell([x.para([x.run(h, 'b')])]))]),
          xHeading(H4, { gridBefore: 1 }),
          xRow(['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'], { gridBefore: 1 }),
          // No trekker cell at all: the row ends a column early.
          xRow(['4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030'], { gridBefore: 1, gridAfter: 1 }),
          xHeading(H5, { gridBefore: 1 }),
          // This row has the narrow first cell, as the header does.
          x.row([x.cell('*'), ...['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'].map((t) => x.cell(t))]),
        ]) +
        x.para(STAMP),
    }),
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    simpleTable([
      seenHeader(),
      seenHeading(H4),
      seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
      seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', ''),
      seenHeading(H5),
      seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
    ]),
    paragraph(STAMP),
  ]),
};

// ——— 4. w:hMerge ———

const hMerge: DocxFixture = {
  id: 'hmerge',
  shows: 'old Word’s horizontal merge (w:hMerge restart and continue) for heading rows and a status cell over the planning column',
  madeWith: 'wordml',
  build: async () => {
    const merged = (text: string, width: number, bold = false): string[] => [
      x.cell([x.para([x.run(text, ...(bold ? ['b'] : []))])], { hMerge: 'restart' }),
      ...Array.from({ length: width - 1 }, () => x.cell([x.para()], { hMerge: 'continue' })),
    ];
    return x.wordPackage({
      styles: x.stylesXml(BASE_STYLES),
      body:
        xTitle() +
        xTable([
          xHeader(),
          x.row(merged(H4, 4, true)),
          x.row([x.cell('4.1.1 Tussenvoorzieningen'), ...merged('Verkenning afgerond; planning volgt.', 2), x.cell('BZK')]),
          xRow(['4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', 'BZK']),
          x.row(merged(H5, 4, true)),
          xRow(['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA']),
        ]) +
        x.para(STAMP),
    });
  },
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    simpleTable([
      seenHeader(),
      seenHeading(H4),
      seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond; planning volgt.', '', 'BZK'),
      seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'eind 2030', 'BZK'),
      seenHeading(H5),
      seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
    ]),
    paragraph(STAMP),
  ]),
};

// ——— 5. line breaks, tabs and odd characters ———

const t = (text: string): TextRun => new TextRun(text);
const breaks: DocxFixture = {
  id: 'breaks',
  shows:
    'line breaks (w:br, w:cr), tabs, a non-breaking and a soft hyphen, a symbol, non-breaking and zero-width spaces between the words rules read',
  madeWith: 'docx',
  build: () =>
    docxFile([
      dtitle(),
      dtable([
        dheader(),
        dheading(H4),
        drow([
          [[new TextRun({ children: ['4.1.1 Tussen', new SoftHyphen(), 'voorzieningen'] })]],
          [[new TextRun({ text: 'Verkenning', break: 0 }), new TextRun({ text: 'afgerond.', break: 1 })]],
          [[t('1 september\u00A02030')]],
          [[t('JenV'), new TextRun({ text: 'COA', break: 1 })]],
        ]),
        drow([
          [[new TextRun({ children: ['4.1.2 Flex', new NoBreakHyphen(), 'wonen'] })]],
          [[new TextRun({ children: ['Pilots', new Tab(), 'lopen.'] })]],
          [[t('eind'), new TextRun({ text: '2030', break: 1 })]],
          [[t('BZK'), new SymbolRun({ char: 'F0E0', symbolfont: 'Wingdings' }), t('VNG')]],
        ]),
        drow([
          [[t('4.1.3 Onder\u200Bzoek')]],
          [[new TextRun({ children: ['Loopt.', new CarriageReturn(), 'Tweede regel.'] })]],
          [[t('Q4\u00A02030')]],
          [[t('VNG\u00A0/\u00A0IPO')]],
        ]),
      ]),
      dstamp([t('19\u00A0juni 2021')]),
    ]),
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    simpleTable([
      seenHeader(),
      seenHeading(H4),
      seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', '1 september 2030', 'JenV COA'),
      seenRow('4.1.2 Flex-wonen', 'Pilots lopen.', 'eind 2030', 'BZK VNG'),
      seenRow('4.1.3 Onderzoek', 'Loopt. Tweede regel.', 'Q4 2030', 'VNG / IPO'),
    ]),
    paragraph(STAMP),
  ]),
};

// ——— 6. headings in heading styles, between the tables ———

const sectionTable = (rows: readonly TableRow[]): Table => dtable([dheader(), ...rows]);
const SECTION_ROWS = {
  4: () => [drow(['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'])],
  5: () => [drow(['5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'])],
  6: () => [drow(['6.1.1 Flexibilisering', 'Pilots in drie regio’s.', 'medio 2030', 'JenV'])],
  7: () => [drow(['7.1.1 Taalaanbod', 'Aanbod staat.', 'eind 2030', 'SZW'])],
  8: () => [drow(['8.1.1 Bestuurlijke aanjager', 'Benoemd.', 'najaar 2030', 'LRT'])],
  9: () => [drow(['9.1.1 Evaluatie', 'Start in 2030.', 'Q4 2030', 'BZK'])],
} as const;
const seenSection = (chapter: keyof typeof SECTION_ROWS): SourceDocument['blocks'][number] =>
  simpleTable([
    seenHeader(),
    {
      4: seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
      5: seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
      6: seenRow('6.1.1 Flexibilisering', 'Pilots in drie regio’s.', 'medio 2030', 'JenV'),
      7: seenRow('7.1.1 Taalaanbod', 'Aanbod staat.', 'eind 2030', 'SZW'),
      8: seenRow('8.1.1 Bestuurlijke aanjager', 'Benoemd.', 'najaar 2030', 'LRT'),
      9: seenRow('9.1.1 Evaluatie', 'Start in 2030.', 'Q4 2030', 'BZK'),
    }[chapter],
  ]);

const headingStyles: DocxFixture = {
  id: 'heading-style',
  shows:
    'one table per section, each headed by a paragraph in a heading style (Heading 1, a style based on it, a style with its own outline level, Heading 2); INBURGERING missing; a non-standard heading',
  madeWith: 'docx',
  build: () =>
    docxFile(
      [
        dtitle(),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [t(H4)] }),
        sectionTable(SECTION_ROWS[4]()),
        new Paragraph({ style: 'Sectiekop', children: [t(H5)] }),
        sectionTable(SECTION_ROWS[5]()),
        new Paragraph({ style: 'Hoofdstuk', children: [t(H6)] }),
        sectionTable(SECTION_ROWS[6]()),
        new Paragraph({}),
        sectionTable(SECTION_ROWS[7]()),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [t(H8)] }),
        sectionTable(SECTION_ROWS[8]()),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [t('OVERIGE MAATREGELEN')] }),
        sectionTable(SECTION_ROWS[9]()),
        dstamp(),
      ],
      {
        styles: {
          paragraphStyles: [
            { id: 'Sectiekop', name: 'Sectiekop', basedOn: 'Heading1', next: 'Normal', run: { color: '1F4E79' } },
            { id: 'Hoofdstuk', name: 'Hoofdstuk', basedOn: 'Normal', next: 'Normal', paragraph: { outlineLevel: 0 }, run: { size: 26 } },
          ],
        },
      },
    ),
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    paragraph(H4, 'heading-style'),
    seenSection(4),
    paragraph(H5, 'heading-style'),
    seenSection(5),
    paragraph(H6, 'heading-style'),
    seenSection(6),
    paragraph(''),
    seenSection(7),
    paragraph(H8, 'heading-style'),
    seenSection(8),
    paragraph('OVERIGE MAATREGELEN', 'heading-style'),
    seenSection(9),
    paragraph(STAMP),
  ]),
};

// ——— 7. bold headings between the tables ———

const headingBold: DocxFixture = {
  id: 'heading-bold',
  shows:
    'one table per section, each headed by a bold paragraph (bold directly, in two bold runs, through a bold character style, through a bold paragraph style); INBURGERING missing; an upper-case paragraph that is not bold is no heading',
  madeWith: 'docx',
  build: () =>
    docxFile(
      [
        dtitle(),
        new Paragraph({ children: [new TextRun({ text: H4, bold: true }), t(' ')] }),
        sectionTable(SECTION_ROWS[4]()),
        new Paragraph({ children: [new TextRun({ text: 'OPVANG ', bold: true }), new TextRun({ text: 'KORTE TERMIJN', bold: true })] }),
        sectionTable(SECTION_ROWS[5]()),
        new Paragraph({ children: [new TextRun({ text: H6, style: 'Kopnadruk' })] }),
        sectionTable(SECTION_ROWS[6]()),
        new Paragraph({ children: [t('LET OP')] }),
        sectionTable(SECTION_ROWS[7]()),
        new Paragraph({ style: 'Vetkop', children: [t(H8)] }),
        sectionTable(SECTION_ROWS[8]()),
        new Paragraph({ children: [new TextRun({ text: 'OVERIGE MAATREGELEN', bold: true })] }),
        sectionTable(SECTION_ROWS[9]()),
        dstamp(),
      ],
      {
        styles: {
          characterStyles: [{ id: 'Kopnadruk', name: 'Kopnadruk', basedOn: 'DefaultParagraphFont', run: { bold: true } }],
          paragraphStyles: [{ id: 'Vetkop', name: 'Vetkop', basedOn: 'Normal', next: 'Normal', run: { bold: true } }],
        },
      },
    ),
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    paragraph(`${H4} `, 'bold'),
    seenSection(4),
    paragraph(H5, 'bold'),
    seenSection(5),
    paragraph(H6, 'bold'),
    seenSection(6),
    paragraph('LET OP'),
    seenSection(7),
    paragraph(H8, 'bold'),
    seenSection(8),
    paragraph('OVERIGE MAATREGELEN', 'bold'),
    seenSection(9),
    paragraph(STAMP),
  ]),
};

// ——— 8. track changes ———

const REVISION = { author: 'Redactie', date: '2021-06-18T10:00:00Z' };
const tracked: DocxFixture = {
  id: 'tracked',
  shows:
    'tracked changes, read as if accepted: a trekker and a year replaced, a deleted row, an inserted row, a deleted sentence, the stamp corrected',
  madeWith: 'docx',
  build: () =>
    docxFile([
      dtitle(),
      dtable([
        dheader(),
        dheading(H4),
        drow([
          '4.1.1 Tussenvoorzieningen',
          'Verkenning afgerond.',
          [[t('eind '), new DeletedTextRun({ text: '2020', id: 1, ...REVISION }), new InsertedTextRun({ text: '2030', id: 2, ...REVISION })]],
          [[new DeletedTextRun({ text: 'VWS', id: 3, ...REVISION }), new InsertedTextRun({ text: 'BZK', id: 4, ...REVISION })]],
        ]),
        // Word marks a deleted row's text and paragraph marks deleted too, not only the row.
        drow(
          ['4.1.2 Vervallen maatregel', 'Opgeheven.', '', ''].map((text, i): CellSpec => ({
            content: [[...(text === '' ? [] : [new DeletedTextRun({ text, id: 20 + i, ...REVISION })])]],
          })),
          { deleted: true },
        ),
        drow(['4.1.3 Flexwonen', 'Pilots lopen.', 'Q4 2030', 'VNG'], { inserted: true }),
        drow([
          '4.1.4 Huisvesting aandachtsgroepen',
          [[t('Werkgroep gestart. '), new DeletedTextRun({ text: 'Advies volgt in 2020.', id: 5, ...REVISION })]],
          'najaar 2030',
          [[new InsertedTextRun({ text: 'BZK', id: 6, ...REVISION })]],
        ]),
      ]),
      dstamp([new DeletedTextRun({ text: '18', id: 7, ...REVISION }), new InsertedTextRun({ text: '19', id: 8, ...REVISION }), t(' juni 2021')]),
    ]),
  seen: seenDocument(
    [
      paragraph(TITLE, 'bold'),
      simpleTable([
        seenHeader(),
        seenHeading(H4),
        seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
        seenRow('4.1.3 Flexwonen', 'Pilots lopen.', 'Q4 2030', 'VNG'),
        seenRow('4.1.4 Huisvesting aandachtsgroepen', 'Werkgroep gestart. ', 'najaar 2030', 'BZK'),
      ]),
      paragraph(STAMP),
    ],
    true,
  ),
};

// ——— 9. list numbering with the docx package ———

const numbered = (text: string, level: number, reference = 'maatregelen', instance?: number): Paragraph =>
  new Paragraph({ numbering: { reference, level, ...(instance !== undefined ? { instance } : {}) }, children: [t(text)] });

const numbering: DocxFixture = {
  id: 'numbering',
  shows:
    'measure numbers drawn by a multilevel list ("%1.%2.%3.", the chapter from 4), counting on across tables and the numbered heading paragraphs between them (numbered through their paragraph style); lettered lists restarted in each cell; bullets',
  madeWith: 'docx',
  build: () => {
    const cellOf = (p: Paragraph, i: number): TableCell => new TableCell({ width: { size: WIDTHS[i] ?? 1500, type: WidthType.DXA }, children: [p] });
    const row = (measure: Paragraph, status: readonly Paragraph[], planning: string, trekker: string): TableRow =>
      new TableRow({
        children: [
          cellOf(measure, 0),
          new TableCell({ width: { size: WIDTHS[1], type: WidthType.DXA }, children: [...status] }),
          cellOf(new Paragraph({ children: [t(planning)] }), 2),
          cellOf(new Paragraph({ children: [t(trekker)] }), 3),
        ],
      });
    const plain = (text: string): Paragraph => new Paragraph({ children: [t(text)] });
    return docxFile(
      [
        dtitle(),
        new Paragraph({ style: 'Sectiekop', children: [t(H4)] }),
        dtable([
          dheader(),
          row(numbered('Regie op huisvesting', 1), [plain('Regiegroep ingesteld.')], 'eind 2030', 'BZK'),
          row(numbered('Tussenvoorzieningen', 2), [numbered('verkenning afgerond', 0, 'punten', 1), numbered('handreiking gepubliceerd', 0, 'punten', 1)], 'Q4 2030', 'BZK'),
          row(numbered('Flexwonen', 2), [new Paragraph({ bullet: { level: 0 }, children: [t('pilots lopen')] })], 'medio 2030', 'VNG'),
          row(numbered('Financiering', 1), [numbered('middelen toegekend', 0, 'punten', 2)], 'eind 2030', 'BZK'),
          row(numbered('Impuls huisvesting', 2), [plain('Uitgekeerd.')], 'najaar 2030', 'BZK'),
        ]),
        new Paragraph({ style: 'Sectiekop', children: [t(H5)] }),
        dtable([dheader(), row(numbered('Opvangcapaciteit', 1), [plain('Loopt.')], 'Q4 2030', 'COA'), row(numbered('Noodopvang', 2), [plain('Loopt.')], 'Q4 2030', 'COA')]),
        dstamp(),
      ],
      {
        numbering: {
          config: [
            {
              reference: 'maatregelen',
              levels: [
                { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 4, suffix: LevelSuffix.SPACE },
                { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', start: 1 },
                { level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3.', start: 1 },
              ],
            },
            { reference: 'punten', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', start: 1 }] },
          ],
        },
        styles: {
          paragraphStyles: [
            { id: 'Sectiekop', name: 'Sectiekop', basedOn: 'Heading1', next: 'Normal', paragraph: { numbering: { reference: 'maatregelen', level: 0 } } },
          ],
        },
      },
    );
  },
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    paragraph(`4. ${H4}`, 'heading-style'),
    simpleTable([
      seenHeader(),
      seenRow('4.1. Regie op huisvesting', 'Regiegroep ingesteld.', 'eind 2030', 'BZK'),
      seenRow('4.1.1. Tussenvoorzieningen', ['a) verkenning afgerond', 'b) handreiking gepubliceerd'], 'Q4 2030', 'BZK'),
      seenRow('4.1.2. Flexwonen', 'pilots lopen', 'medio 2030', 'VNG'),
      seenRow('4.2. Financiering', 'a) middelen toegekend', 'eind 2030', 'BZK'),
      seenRow('4.2.1. Impuls huisvesting', 'Uitgekeerd.', 'najaar 2030', 'BZK'),
    ]),
    paragraph(`5. ${H5}`, 'heading-style'),
    simpleTable([seenHeader(), seenRow('5.1. Opvangcapaciteit', 'Loopt.', 'Q4 2030', 'COA'), seenRow('5.1.1. Noodopvang', 'Loopt.', 'Q4 2030', 'COA')]),
    paragraph(STAMP),
  ]),
};

// ——— 10. list numbering Word writes that the docx package cannot: restarts, overrides, style links ———

const numberingRestarts: DocxFixture = {
  id: 'numbering-restarts',
  shows:
    'a heading style linked to level 1 of a list (w:pStyle in the level, w:numPr in the style), a level that restarts only after a chapter (w:lvlRestart), "restart at 5" (w:startOverride), a num that continues its list, Roman numbers',
  madeWith: 'wordml',
  build: async () => {
    const m = (text: string, ilvl: number, numId = 1): string => x.para(text, { numId, ilvl });
    const row = (measure: string, status: string, planning: string, trekker: string): string =>
      x.row([x.cell([measure]), x.cell([status]), x.cell(planning), x.cell(trekker)]);
    return x.wordPackage({
      styles: x.stylesXml([
        ...BASE_STYLES.filter((s) => s.id !== 'Kop1'),
        { id: 'Kop1', type: 'paragraph', name: 'heading 1', basedOn: 'Standaard', pPr: '<w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/>', rPr: '<w:b/>' },
      ]),
      numbering: x.numberingXml({
        abstracts: [
          {
            id: 10,
            levels: [
              { ilvl: 0, start: 4, text: '%1', style: 'Kop1' },
              { ilvl: 1, start: 1, text: '%1.%2' },
              // Level 3 counts on under each level 2 and restarts only with a new chapter.
              { ilvl: 2, start: 1, text: '%1.%2.%3', restart: 1, suffix: 'space' },
            ],
          },
          { id: 20, levels: [{ ilvl: 0, start: 1, format: 'upperRoman', text: '%1.', suffix: 'space' }] },
        ],
        nums: [
          { id: 1, abstractId: 10 },
          // "Restart at 5" on level 3, the way Word writes it: a num of its own with a start override.
          { id: 2, abstractId: 10, startOverrides: { 2: 5 } },
          // "Continue numbering" from another num of the same list: no override.
          { id: 3, abstractId: 10 },
          { id: 4, abstractId: 20 },
        ],
      }),
      body:
        xTitle() +
        x.para(H4, { style: 'Kop1' }) +
        xTable([
          xHeader(),
          row(m('Regie op huisvesting', 1), 'Regiegroep ingesteld.', 'eind 2030', 'BZK'),
          row(m('Tussenvoorzieningen', 2), x.para('eerste fase', { numId: 4, ilvl: 0 }), 'Q4 2030', 'BZK'),
          row(m('Flexwonen', 2), x.para('tweede fase', { numId: 4, ilvl: 0 }), 'medio 2030', 'VNG'),
          row(m('Financiering', 1), 'Middelen toegekend.', 'eind 2030', 'BZK'),
          row(m('Impuls huisvesting', 2), 'Uitgekeerd.', 'najaar 2030', 'BZK'),
        ]) +
        x.para(H5, { style: 'Kop1' }) +
        xTable([
          xHeader(),
          row(m('Opvangcapaciteit', 1), 'Loopt.', 'Q4 2030', 'COA'),
          row(m('Noodopvang', 2, 2), 'Loopt.', 'Q4 2030', 'COA'),
          row(m('Spoedopvang', 2, 3), 'Loopt.', 'Q4 2030', 'COA'),
        ]) +
        x.para(STAMP),
    });
  },
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    paragraph(`4 ${H4}`, 'heading-style'),
    simpleTable([
      seenHeader(),
      seenRow('4.1 Regie op huisvesting', 'Regiegroep ingesteld.', 'eind 2030', 'BZK'),
      seenRow('4.1.1 Tussenvoorzieningen', 'I. eerste fase', 'Q4 2030', 'BZK'),
      seenRow('4.1.2 Flexwonen', 'II. tweede fase', 'medio 2030', 'VNG'),
      seenRow('4.2 Financiering', 'Middelen toegekend.', 'eind 2030', 'BZK'),
      seenRow('4.2.3 Impuls huisvesting', 'Uitgekeerd.', 'najaar 2030', 'BZK'),
    ]),
    paragraph(`5 ${H5}`, 'heading-style'),
    simpleTable([
      seenHeader(),
      seenRow('5.1 Opvangcapaciteit', 'Loopt.', 'Q4 2030', 'COA'),
      seenRow('5.1.5 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
      seenRow('5.1.6 Spoedopvang', 'Loopt.', 'Q4 2030', 'COA'),
    ]),
    paragraph(STAMP),
  ]),
};

// ——— 11. hidden text ———

const hidden: DocxFixture = {
  id: 'hidden',
  shows: 'hidden text (w:vanish, directly and through a character style): an old trekker, an old year, a note, a whole row, a word after the stamp',
  madeWith: 'docx',
  build: () =>
    docxFile(
      [
        dtitle(),
        dtable([
          dheader(),
          dheading(H4),
          drow([
            '4.1.1 Tussenvoorzieningen',
            [[t('Verkenning afgerond.'), new TextRun({ text: ' Intern: vertraging door capaciteit.', vanish: true })]],
            'eind 2030',
            [[new TextRun({ text: 'VWS', vanish: true }), t('BZK')]],
          ]),
          drow([
            '4.1.2 Flexwonen',
            'Pilots lopen.',
            [[new TextRun({ text: 'eind 2020 ', style: 'Verborgen' }), t('Q4 2030')]],
            [[t('BZK'), new TextRun({ text: '/JenV', style: 'Verborgen' })]],
          ]),
          drow(['4.1.3 Vervallen maatregel', 'Opgeheven.', '', ''].map((text): CellSpec => [[new TextRun({ text, vanish: true })]])),
        ]),
        dstamp([t(STAMP), new TextRun({ text: ' (concept)', vanish: true })]),
      ],
      { styles: { characterStyles: [{ id: 'Verborgen', name: 'Verborgen', basedOn: 'DefaultParagraphFont', run: { vanish: true } }] } },
    ),
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    simpleTable([
      seenHeader(),
      seenHeading(H4),
      seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
      seenRow('4.1.2 Flexwonen', 'Pilots lopen.', 'Q4 2030', 'BZK'),
      seenRow('', '', '', ''),
    ]),
    paragraph(STAMP),
  ]),
};

// ——— 12. structural markup ———

const structure: DocxFixture = {
  id: 'structure',
  shows:
    'content controls around a cell, a row, runs, a paragraph and a whole table; smart tags; custom XML around a row and a cell; bookmarks around cells, rows and runs; fields and a hyperlink; HUISVESTING missing inside a table wrapped in a content control',
  madeWith: 'wordml',
  build: async () => {
    const mk = x.marks();
    const fieldCell = x.cell([x.para([x.run('Gepubliceerd op '), x.field('DATE \\@ "d MMMM yyyy"', '1 juni 2021'), x.run('.')])]);
    return x.wordPackage({
      styles: x.stylesXml(BASE_STYLES),
      body:
        xTitle() +
        x.sdt(
          xTable([
            xHeader(),
            x.sdt(xRow(['4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK']), 'maatregel-411'),
            x.customXml(
              x.row([
                x.cell('4.1.2 Flexwonen'),
                fieldCell,
                mk.bookmark(x.cell('medio 2030'), 'planning412'),
                x.sdt(x.cell([x.para([x.smartTag(x.run('VNG'), 'organisatie')])]), 'trekker-412'),
              ]),
              'maatregel',
            ),
            mk.bookmark(xHeading(H5), 'kop5'),
            x.row([
              x.customXml(x.cell('5.1.1 Noodopvang'), 'titel'),
              x.cell([x.para([x.run('Loopt, zie '), `<w:hyperlink w:anchor="kop5" w:history="1">${x.run('de kop')}</w:hyperlink>`, x.run('.')])]),
              x.cell([x.para([x.sdt(x.run('Q4 2030'), 'planning-511')])]),
              x.cell([x.para([mk.bookmark(x.run('CO'), 'org'), x.run('A')])]),
            ]),
          ]),
          'statustabel',
        ) +
        x.sdt(x.para(STAMP), 'statustabel-datum'),
    });
  },
  seen: seenDocument([
    paragraph(TITLE, 'bold'),
    simpleTable([
      seenHeader(),
      seenRow('4.1.1 Tussenvoorzieningen', 'Verkenning afgerond.', 'eind 2030', 'BZK'),
      seenRow('4.1.2 Flexwonen', 'Gepubliceerd op 1 juni 2021.', 'medio 2030', 'VNG'),
      seenHeading(H5),
      seenRow('5.1.1 Noodopvang', 'Loopt, zie de kop.', 'Q4 2030', 'COA'),
    ]),
    paragraph(STAMP),
  ]),
};

// ——— everything at once ———

/**
 * A document with every feature at once, as a ministry might keep it: one table per section
 * under headings written as paragraphs (a heading style, a style based on it, bold, bold through
 * a paragraph style inside a content control), measure numbers from list numbering, merged
 * cells, breaks and odd characters, tracked changes including a move and a deleted row, hidden
 * text, content controls, custom XML, smart tags, bookmarks, fields, old Word's horizontal merge
 * and a row ending short of the grid. Its findings are written down by hand in the CLI test.
 */
export const allFeatures: DocxFixture = {
  id: 'all-features',
  shows: 'every feature of the issue at once',
  madeWith: 'wordml',
  build: async () => {
    const mk = x.marks();
    /** A measure numbered by a list whose number format carries the section: "4.2.%1.". */
    const m = (text: string, numId: number): string => x.para(text, { numId, ilvl: 0 });
    return x.wordPackage({
      trackRevisions: true,
      styles: x.stylesXml([
        ...BASE_STYLES,
        { id: 'Sectiekop', type: 'paragraph', name: 'Sectiekop', basedOn: 'Kop1', rPr: '<w:color w:val="1F4E79"/>' },
        { id: 'Vetkop', type: 'paragraph', name: 'Vetkop', basedOn: 'Standaard', rPr: '<w:b/>' },
        { id: 'Verborgen', type: 'character', name: 'Verborgen', basedOn: 'Standaardalinea-lettertype', rPr: '<w:vanish/>' },
      ]),
      numbering: x.numberingXml({
        abstracts: [{ id: 1, levels: [{ ilvl: 0, start: 1, text: '4.2.%1.' }] }],
        nums: [{ id: 1, abstractId: 1 }],
      }),
      body:
        xTitle() +
        x.para(H4, { style: 'Kop1' }) +
        x.sdt(
          xTable([
            xHeader(),
            x.row([
              x.cell([m('Tussenvoorzieningen', 1)]),
              x.cell([
                x.para([x.run('Verkenning afgerond.'), x.run(' Intern: budget onzeker.', 'vanish'), x.run('\nHandreiking gepubliceerd.')]),
              ]),
              x.cell([x.para([x.run('eind '), mk.del(x.run('2020')), mk.ins(x.run('2030'))])]),
              x.cell([x.para([x.run('JenV\nCOA')])]),
            ]),
            x.sdt(
              x.row([
                x.cell([m('Flexwonen', 1)]),
                x.cell([x.para([x.run('Pilots lopen, zie '), `<w:fldSimple w:instr=" REF bijlage \\h "><w:r><w:t>bijlage 2</w:t></w:r></w:fldSimple>`, x.run('.')])]),
                x.cell('Q4 2030', { vMerge: 'restart' }),
                x.cell('BZK', { vMerge: 'restart' }),
              ]),
              'maatregel-422',
            ),
            x.row([x.cell([m('Huisvesting aandachtsgroepen', 1)]), x.cell('Werkgroep gestart.'), x.cell([x.para()], { vMerge: 'continue' }), x.cell([x.para()], { vMerge: 'continue' })]),
            x.row(
              [
                x.cell([x.para([mk.del(x.run('Vervallen maatregel'))], { numId: 1, ilvl: 0, mark: mk.deleted() })]),
                x.cell([x.para([mk.del(x.run('Opgeheven.'))], { mark: mk.deleted() })]),
                x.cell([x.para([], { mark: mk.deleted() })]),
                x.cell([x.para([], { mark: mk.deleted() })]),
              ],
              { more: mk.deleted() },
            ),
            x.row([
              x.cell([m('Woningbouwimpuls', 1)]),
              x.cell([x.para([x.run('Aanvragen '), x.smartTag(x.run('beoordeeld'), 'stand'), x.run('.')])]),
              x.cell([x.para([mk.bookmark(x.run('1 september\u00A02030'), 'planning424')])]),
              x.cell([x.sdt(x.para('Klik of tik om tekst in te voeren.'), 'trekker-424', true)]),
            ]),
          ]),
          'statustabel',
        ) +
        x.para([x.run('OPVANG ', 'b'), mk.bookmark(x.run('KORTE TERMIJN', 'b'), 'kop5')]) +
        xTable([
          xHeader(),
          x.row([x.cell('5.1.1 Noodopvang'), x.cell('Loopt.'), x.cell('Q4 2030'), x.cell('COA', { vMerge: 'restart' })]),
          x.row([
            x.cell([x.para([x.rawRun('<w:t>5.1.2 Spoed</w:t><w:softHyphen/><w:t>opvang</w:t>')])]),
            x.cell([x.para([mk.moveTo(x.run('Locaties gevonden.'), 'verplaatst')])]),
            x.cell('najaar 2030'),
            x.cell([x.para()], { vMerge: 'continue' }),
          ]),
          x.row([
            x.cell('5.1.3 Logeerregeling'),
            x.cell([x.para([mk.moveFrom(x.run('Locaties gevonden. '), 'verplaatst'), x.run('In voorbereiding.')])]),
            x.cell('2021 t/m 2026'),
            x.cell([x.para([x.run('VNG\tIPO')])]),
          ]),
        ]) +
        x.para('') +
        xTable([
          xHeader(),
          x.row([
            x.cell('6.1.1 Flexibilisering'),
            x.cell([x.para('Pilots in drie regio’s; planning volgt.')], { hMerge: 'restart' }),
            x.cell([x.para()], { hMerge: 'continue' }),
            x.cell('JenV'),
          ]),
          xRow(['6.1.2 Regionale tafels', 'Gestart.', 'medio 2030'], { gridAfter: 1 }),
        ]) +
        x.para(H7, { style: 'Sectiekop' }) +
        xTable([
          xHeader(),
          x.customXml(xRow(['7.1.1 Taalaanbod', 'Aanbod staat.', 'eind 2020', 'SZW']), 'maatregel'),
          x.row([x.cell('7.1.2 Ontzorgen'), mk.bookmark(x.cell(''), 'leeg'), x.cell('doorlopend'), x.cell([x.para([x.run('Divosa'), x.run(' (vervallen: VWS)', 'rStyle=Verborgen')])])]),
        ]) +
        x.sdt(x.para(H8, { style: 'Vetkop' }), 'kop8') +
        xTable([xHeader(), xRow(['8.2.1 Ondersteuningsstructuur', 'Structuur staat.', 'Q3 2030', 'LRT'])]) +
        x.sdt(x.para([x.run('Den Haag, '), x.run('concept ', 'vanish'), x.run(STAMP)]), 'statustabel-datum'),
    });
  },
  seen: seenDocument(
    [
      paragraph(TITLE, 'bold'),
      paragraph(H4, 'heading-style'),
      simpleTable([
        seenHeader(),
        seenRow('4.2.1. Tussenvoorzieningen', 'Verkenning afgerond. Handreiking gepubliceerd.', 'eind 2030', 'JenV COA'),
        seenRow('4.2.2. Flexwonen', 'Pilots lopen, zie bijlage 2.', 'Q4 2030', 'BZK'),
        seenRow('4.2.3. Huisvesting aandachtsgroepen', 'Werkgroep gestart.', 'Q4 2030', 'BZK'),
        seenRow('4.2.4. Woningbouwimpuls', 'Aanvragen beoordeeld.', '1 september 2030', ''),
      ]),
      paragraph(H5, 'bold'),
      simpleTable([
        seenHeader(),
        seenRow('5.1.1 Noodopvang', 'Loopt.', 'Q4 2030', 'COA'),
        seenRow('5.1.2 Spoedopvang', 'Locaties gevonden.', 'najaar 2030', 'COA'),
        seenRow('5.1.3 Logeerregeling', 'In voorbereiding.', '2021 t/m 2026', 'VNG IPO'),
      ]),
      paragraph(''),
      simpleTable([
        seenHeader(),
        seenRow('6.1.1 Flexibilisering', 'Pilots in drie regio’s; planning volgt.', '', 'JenV'),
        seenRow('6.1.2 Regionale tafels', 'Gestart.', 'medio 2030', ''),
      ]),
      paragraph(H7, 'heading-style'),
      simpleTable([seenHeader(), seenRow('7.1.1 Taalaanbod', 'Aanbod staat.', 'eind 2020', 'SZW'), seenRow('7.1.2 Ontzorgen', '', 'doorlopend', 'Divosa')]),
      paragraph(H8, 'bold'),
      simpleTable([seenHeader(), seenRow('8.2.1 Ondersteuningsstructuur', 'Structuur staat.', 'Q3 2030', 'LRT')]),
      paragraph(`Den Haag, ${STAMP}`),
    ],
    true,
  ),
};

/** Every feature fixture, in the order of the issue. */
export const DOCX_FIXTURES: readonly DocxFixture[] = [
  mergedDown,
  mergedAcross,
  gridBeforeAfter,
  hMerge,
  breaks,
  headingStyles,
  headingBold,
  tracked,
  numbering,
  numberingRestarts,
  hidden,
  structure,
];

export const fixtureById = (id: string): DocxFixture => {
  const found = DOCX_FIXTURES.find((f) => f.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
};
