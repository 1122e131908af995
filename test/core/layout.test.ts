import {
  JOIN_ROWS,
  checkDocument,
  paragraph,
  planHeadings,
  readStatusTable,
  recogniseHeading,
  resolveGrid,
  sourceCell,
  sourceText,
  type SourceDocument,
  type SourceRow,
  type SourceTable,
  type StatusTable,
} from '../../src/core';

/** One row of cells, each one paragraph; '' is an empty cell. */
const row = (...texts: string[]): SourceRow => ({ cells: texts.map((text) => sourceCell([text])) });
const HEADER = row('Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker');
const table = (...rows: SourceRow[]): SourceTable => ({ kind: 'table', rows });

const read = (doc: SourceDocument): StatusTable => {
  const result = readStatusTable(doc);
  if (!result.ok) throw new Error(result.reason);
  return result.table;
};

const findingsOf = (doc: SourceDocument) => {
  const report = checkDocument(doc, { today: '2021-06-19' });
  if (!report.ok) throw new Error(report.reason);
  return report.findings;
};

describe('resolveGrid', () => {
  it('places cells after those merged down from above, as an HTML table does', () => {
    const grid = resolveGrid(
      table(
        { cells: [sourceCell(['a'], 1, 2), sourceCell(['b']), sourceCell(['c'], 2)] },
        { cells: [sourceCell(['d']), sourceCell(['e']), sourceCell(['f'])] },
      ),
    );
    expect(grid.width).toBe(4);
    // Row 1's first cell takes column 1: column 0 is still covered by "a".
    expect(grid.own[1]?.map((cell) => [cell.paragraphs[0], cell.column])).toEqual([['d', 1], ['e', 2], ['f', 3]]);
    expect(grid.cover[1]?.[0]?.paragraphs).toEqual(['a']);
  });

  it('keeps gridBefore columns empty and stops a span at the last row', () => {
    const grid = resolveGrid(table({ gridBefore: 1, cells: [sourceCell(['x'], 1, 9)] }, row('y')));
    expect(grid.own[0]?.[0]?.column).toBe(1);
    expect(grid.own[0]?.[0]?.rowSpan).toBe(2);
    expect(grid.cover[0]?.[0]).toBeUndefined();
  });

  it('bounds a hostile span instead of growing without end', () => {
    const grid = resolveGrid(table({ gridBefore: 1e9, cells: [sourceCell(['x'], 1e9, 1e9)] }));
    expect(grid.width).toBeLessThanOrEqual(1024);
  });
});

describe('merged cells, as a reader sees them', () => {
  it('gives a trekker merged down over two measures to both; neither lacks a trekker', () => {
    const doc: SourceDocument = {
      blocks: [
        table(
          HEADER,
          { cells: [sourceCell(['4.1 Een']), sourceCell(['loopt']), sourceCell(['eind 2030']), sourceCell(['COA'], 1, 2)] },
          { cells: [sourceCell(['4.2 Twee']), sourceCell(['loopt']), sourceCell(['eind 2030'])] },
        ),
      ],
    };
    const [first, second] = read(doc).measureRows;
    expect(second?.cells.trekker).toEqual(['COA']);
    // The finding about that cell points at the one cell, where it begins.
    expect(second?.cellLocation.trekker).toEqual({ block: 0, row: 1, column: 3 });
    expect(first?.cellLocation.trekker).toEqual(second?.cellLocation.trekker);
    expect(findingsOf(doc).filter((f) => f.rule === 'trekker.missing')).toEqual([]);
  });

  it('reads a cell merged across as one cell: it belongs to the column where it begins', () => {
    const doc: SourceDocument = {
      blocks: [table(HEADER, { cells: [sourceCell(['4.1 Een']), sourceCell(['loopt tot eind 2030'], 2), sourceCell(['BZK'])] })],
    };
    const [measure] = read(doc).measureRows;
    expect(measure?.cells.standVanZaken).toEqual(['loopt tot eind 2030']);
    expect(measure?.cells.planning).toEqual([]);
    expect(measure?.cells.trekker).toEqual(['BZK']);
  });

  it('reads a measure cell merged down as one measure whose other rows add to it', () => {
    const doc: SourceDocument = {
      blocks: [
        table(
          HEADER,
          { cells: [sourceCell(['4.1 Een'], 1, 2), sourceCell(['eerste stand']), sourceCell(['']), sourceCell(['BZK'])] },
          { cells: [sourceCell(['tweede stand']), sourceCell(['eind 2030']), sourceCell([''])] },
        ),
      ],
    };
    const measures = read(doc).measureRows;
    expect(measures).toHaveLength(1);
    expect(measures[0]?.cells.standVanZaken).toEqual(['eerste stand', 'tweede stand']);
    expect(measures[0]?.cells.planning).toEqual(['eind 2030']);
    expect(measures[0]?.cellLocation.planning).toEqual({ block: 0, row: 2, column: 2 });
    expect(findingsOf(doc).filter((f) => f.rule === 'measure.duplicate' || f.rule === 'planning.missing')).toEqual([]);
  });

  it('reads a header whose cells span two grid columns each, and the measure cells under them', () => {
    const wide = (text: string) => sourceCell([text], 2);
    const doc: SourceDocument = {
      blocks: [
        table(
          { cells: [wide('Ondersteuningsmaatregel'), wide('Stand van zaken'), wide('Planning'), wide('Trekker')] },
          { cells: [wide('4.1 Een'), wide('loopt'), wide('eind 2030'), wide('BZK')] },
        ),
      ],
    };
    const result = read(doc);
    expect(result.width).toBe(8);
    expect(result.measureRows[0]?.cells.trekker).toEqual(['BZK']);
  });
});

describe('heading rows', () => {
  it('reads a heading row whose text follows an empty cell in a margin column left of the measures', () => {
    // LibreOffice writes Word's w:gridBefore as such an empty cell; the header has one there too.
    const doc: SourceDocument = {
      blocks: [
        table(
          row('', 'Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'),
          { cells: [sourceCell(['']), sourceCell(['HUISVESTING'], 4)] },
          row('', '4.1 Een', 'loopt', 'eind 2030', 'BZK'),
          // Upper-case text in a column right of the measures is a cell, not a heading.
          row('', '4.2 Twee', 'N.V.T.', '', 'BZK'),
          { cells: [sourceCell(['']), sourceCell(['']), sourceCell(['OPVANG KORTE TERMIJN'], 3)] },
        ),
      ],
    };
    const result = read(doc);
    expect(result.headingRowList.map((h) => [h.text, h.location])).toEqual([['HUISVESTING', { block: 0, row: 1 }]]);
    expect(result.measureRows.map((m) => m.subject)).toEqual(['4.1', '4.2', '']);
  });
});

describe('section headings between the tables', () => {
  /** One table per section, its heading a bold paragraph above it, as many ministries write it. */
  const perSection = (omit?: string): SourceDocument => ({
    blocks: [
      paragraph('Stand van zaken ondersteuningsmaatregelen'),
      ...(
        [
          ['HUISVESTING', '4.1 Een', 'BZK'],
          ['OPVANG KORTE TERMIJN', '5.1 Twee', 'COA'],
          ['OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING', '6.1 Drie', 'JenV'],
          ['INBURGERING', '7.1 Vier', 'SZW'],
          ["ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES", '8.1 Vijf', 'LRT'],
        ] as const
      ).flatMap(([heading, measure, trekker]) => [
        ...(heading === omit ? [] : [paragraph(heading, 'bold')]),
        table(HEADER, row(measure, 'loopt', 'eind 2030', trekker)),
      ]),
      paragraph('19 juni 2021'),
    ],
  });

  it('reads a heading paragraph as the heading of the measures that follow', () => {
    const result = read(perSection());
    expect(result.headingForm).toBe('paragraph');
    expect(result.headingRowList.map((h) => [h.text, h.form, h.location])).toEqual([
      ['HUISVESTING', 'paragraph', { block: 1 }],
      ['OPVANG KORTE TERMIJN', 'paragraph', { block: 3 }],
      ['OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING', 'paragraph', { block: 5 }],
      ['INBURGERING', 'paragraph', { block: 7 }],
      ["ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES", 'paragraph', { block: 9 }],
    ]);
    expect(result.measureRows.map((m) => m.heading?.standard?.chapter)).toEqual([4, 5, 6, 7, 8]);
    expect(findingsOf(perSection()).filter((f) => f.rule.startsWith('heading.'))).toEqual([]);
    expect(planHeadings(result)).toEqual([]);
  });

  it('inserts a missing heading as a paragraph above its section\'s table, like the others', () => {
    const doc = perSection('INBURGERING');
    const edits = planHeadings(read(doc));
    // Blocks: title 0, HUISVESTING 1, table 2, … MIDDELLANGE 5, table 6, table 7 (chapter 7), ….
    expect(edits).toEqual([{ kind: 'insertHeadingParagraph', text: 'INBURGERING', chapter: 7, anchor: 7, position: 'before', like: 1 }]);
  });

  it('inserts the last heading after the last table when its chapter has no measure', () => {
    const doc = perSection("ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES");
    // Without chapter 8's table too: title 0, then heading and table pairs 1–8, the stamp 9.
    const blocks = doc.blocks.filter((block, b) => !(block.kind === 'table' && b === doc.blocks.length - 2));
    const edits = planHeadings(read({ blocks }));
    expect(edits).toEqual([
      { kind: 'insertHeadingParagraph', text: "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES", chapter: 8, position: 'after', anchor: 8, like: 1 },
    ]);
  });

  it('reads a heading that list numbering (or its author) numbered, "4. HUISVESTING", as the standard heading', () => {
    // Word draws "4." before a heading paragraph in a numbered heading style; every reader hands
    // core the paragraph with its number, as the reader of the page sees it.
    const doc: SourceDocument = {
      blocks: [
        paragraph('4. HUISVESTING', 'heading-style'),
        table(HEADER, row('4.1 Een', 'loopt', 'eind 2030', 'BZK')),
        paragraph('5\tOPVANG KORTE TERMIJN'),
        table(HEADER, row('5.1 Twee', 'loopt', 'eind 2030', 'COA')),
      ],
    };
    expect(read(doc).headingRowList.map((h) => h.standard?.chapter)).toEqual([4, 5]);
    // Only the three chapters without a heading are missing one.
    expect(findingsOf(doc).filter((f) => f.rule.startsWith('heading.')).map((f) => f.heading)).toEqual([
      'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING',
      'INBURGERING',
      "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES",
    ]);
    // A number alone, or a measure number before upper-case words, is no heading.
    expect(recogniseHeading('4.')).toBeUndefined();
    expect(recogniseHeading('HUISVESTING 4')).toBeUndefined();
  });

  it('does not take an upper-case paragraph in body text for a heading, nor the title', () => {
    const doc: SourceDocument = {
      blocks: [paragraph('LET OP'), paragraph('HUISVESTING'), table(HEADER, row('4.1 Een', 'loopt', 'eind 2030', 'BZK')), paragraph('OVERIG'), table(HEADER, row('4.2 Twee', 'loopt', 'eind 2030', 'BZK'))],
    };
    // "HUISVESTING" right above the first table is a standard heading; "LET OP" above it and
    // "OVERIG" between the tables are upper case but neither standard nor set as headings.
    expect(read(doc).headingRowList.map((h) => h.text)).toEqual(['HUISVESTING']);
  });

  it('inserts a heading row where the chapter begins inside a table, even in a paragraph-headed document', () => {
    const doc: SourceDocument = {
      blocks: [
        paragraph('HUISVESTING', 'heading-style'),
        table(HEADER, row('4.1 Een', 'loopt', 'eind 2030', 'BZK'), row('5.1 Twee', 'loopt', 'eind 2030', 'COA')),
      ],
    };
    const edits = planHeadings(read(doc));
    expect(edits[0]).toEqual({ kind: 'insertHeading', text: 'OPVANG KORTE TERMIJN', chapter: 5, block: 1, beforeRow: 2, width: 4 });
  });
});

describe('which tables make up the status table', () => {
  const measure = (n: string, trekker = 'BZK'): SourceRow => row(`${n} Maatregel`, 'loopt', 'eind 2030', trekker);
  const other = (...rows: SourceRow[]): SourceTable => table(row('Project', 'Omschrijving', 'Budget', 'Contactpersoon'), ...rows);

  it('joins a table split in two: the second part, without a header, directly after the first or after a heading', () => {
    for (const between of [[], [paragraph('')], [paragraph('OPVANG KORTE TERMIJN', 'bold')]]) {
      const doc: SourceDocument = { blocks: [table(HEADER, measure('4.1')), ...between, table(measure('5.1', 'COA')), paragraph('19 juni 2021')] };
      const result = read(doc);
      expect(result.blocks).toEqual([0, 1 + between.length]);
      expect(result.measureRows.map((m) => m.subject)).toEqual(['4.1', '5.1']);
      expect(result.dateStamp?.date).toBe('2021-06-19');
    }
  });

  it('leaves a table of the same width after the stamp and an appendix title alone: it is no part', () => {
    // An appendix, as a report carries one after its status table: four columns too, but not ours,
    // and body text stands between it and the status table.
    const doc: SourceDocument = {
      blocks: [table(HEADER, measure('4.1')), paragraph('19 juni 2021'), paragraph('Bijlage 1'), other(row('Project 1', 'Verbouw', '€ 1.000', 'BZK'))],
    };
    const result = read(doc);
    expect(result.blocks).toEqual([0]);
    expect(result.measureRows.map((m) => m.subject)).toEqual(['4.1']);
    // The stamp is still the date paragraph after the status table.
    expect(result.dateStamp).toEqual(expect.objectContaining({ block: 1, date: '2021-06-19' }));
    expect(findingsOf(doc).filter((f) => f.measure === 'Project 1')).toEqual([]);
  });

  it('joins a table with a header after body text, a part of its own', () => {
    const doc: SourceDocument = { blocks: [table(HEADER, measure('4.1')), paragraph('Toelichting bij de tabel.'), table(HEADER, measure('5.1', 'COA'))] };
    expect(read(doc).blocks).toEqual([0, 2]);
  });

  it('takes a header among a table\'s first three rows, under a title row or two; not one further down', () => {
    const title = row('Stand van zaken ondersteuningsmaatregelen', '', '', '');
    expect(read({ blocks: [table(title, row('', '', '', ''), HEADER, measure('4.1'))] }).measureRows.map((m) => m.subject)).toEqual(['4.1']);
    // A header in the fourth row: the table is not the status table (a reader decides on the first rows).
    expect(readStatusTable({ blocks: [table(title, row('', '', '', ''), row('Inleiding', '', '', ''), HEADER, measure('4.1'))] })).toEqual({ ok: false, reason: 'no-status-table' });
  });

  it('decides on a table\'s first rows only, so the first rows of every table are enough to find the parts', () => {
    // A part without a header whose fourth row is wider than the rest.
    const wideLater = table(measure('5.1', 'COA'), measure('5.2', 'COA'), measure('5.3', 'COA'), row('5.4 Maatregel', 'loopt', 'eind 2030', 'COA', 'extra'));
    const doc: SourceDocument = { blocks: [table(HEADER, measure('4.1')), wideLater] };
    const firstRows: SourceDocument = { blocks: doc.blocks.map((b) => (b.kind === 'table' ? { ...b, rows: b.rows.slice(0, JOIN_ROWS) } : b)) };
    expect(read(doc).blocks).toEqual(read(firstRows).blocks);
    expect(read(doc).blocks).toEqual([0, 1]);
  });
});

describe('sourceText', () => {
  it('turns breaks and tabs into spaces and drops invisible characters', () => {
    expect(sourceText('JenV\vCOA')).toBe('JenV COA');
    expect(sourceText('JenV\nCOA\tBZK\u2028VNG')).toBe('JenV COA BZK VNG');
    expect(sourceText('Onder\u00ADsteuning\u200B')).toBe('Ondersteuning');
    expect(sourceText('gewoon')).toBe('gewoon');
  });

  it('lets a rule see two organisations on two lines as two names', () => {
    const doc: SourceDocument = { blocks: [table(HEADER, row('4.1 Een', 'loopt', 'eind 2030', sourceText('JenV\vCOA')))] };
    expect(findingsOf(doc).filter((f) => f.rule === 'trekker.unknown')).toEqual([]);
  });
});
