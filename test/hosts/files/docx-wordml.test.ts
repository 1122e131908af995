import { strFromU8, unzipSync } from 'fflate';
import { readStatusTable, type SourceDocument, type StatusTable } from '../../../src/core';
import { openDocx } from '../../../src/hosts/files/docx';
import type { StatusFile } from '../../../src/hosts/files/types';
import * as x from '../../../scripts/docx-fixtures/wml';
import { tablesOf } from '../../fixtures/plain';

/**
 * The .docx reader and writer on WordprocessingML written by hand, one construct at a time: how
 * Word shows it (ECMA-376 Part 1 §17), and how writing keeps it.
 */

const HEADER = ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'];
const header = (): string => x.row(HEADER.map((h) => x.cell(h)));
const grid = (rows: readonly string[]): string => x.table([2000, 3000, 1500, 1000], [header(), ...rows]);

const open = async (body: string, parts: { styles?: readonly x.StyleDefinition[]; numbering?: x.NumberingDefinition } = {}): Promise<StatusFile> =>
  openDocx(
    x.wordPackage({
      body,
      styles: x.stylesXml(parts.styles ?? []),
      ...(parts.numbering ? { numbering: x.numberingXml(parts.numbering) } : {}),
    }),
  );

const rowsOf = (doc: SourceDocument, table = 0) => (tablesOf(doc)[table] ?? []).slice(1);

const statusTable = (doc: SourceDocument): StatusTable => {
  const read = readStatusTable(doc);
  if (!read.ok) throw new Error(read.reason);
  return read.table;
};

const documentXmlOf = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);

describe('merged cells as Word shows them', () => {
  it('reads a "continue" with nothing above to continue as a cell of its own, as LibreOffice does', async () => {
    const file = await open(
      grid([
        x.row([x.cell('4.1 Een'), x.cell('a'), x.cell('Q4 2030'), x.cell('BZK', { vMerge: 'continue' })]),
        x.row([x.cell('4.2 Twee'), x.cell('b'), x.cell('Q4 2030'), x.cell('COA', { vMerge: 'continue' })]),
      ]),
    );
    // The first continues nothing (the header's cell is not merged); the second continues the first.
    expect(rowsOf(file.doc)).toEqual([[['4.1 Een'], ['a'], ['Q4 2030'], ['BZK']], [['4.2 Twee'], ['b'], ['Q4 2030']]]);
  });

  it('starts a merge afresh below a restart that was in a deleted row', async () => {
    const mk = x.marks();
    const file = await open(
      grid([
        x.row([x.cell('4.1 Weg'), x.cell('a'), x.cell(''), x.cell('VWS', { vMerge: 'restart' })], { more: mk.deleted() }),
        x.row([x.cell('4.2 Twee'), x.cell('b'), x.cell('Q4 2030'), x.cell('', { vMerge: 'continue' })]),
      ]),
    );
    expect(rowsOf(file.doc)).toEqual([[['4.2 Twee'], ['b'], ['Q4 2030'], ['']]]);
    expect(file.doc.trackedChanges).toBe(true);
  });

  it('accepts a tracked cell deletion (the cells after it move left) and a tracked vertical merge (w:cellMerge)', async () => {
    const file = await open(
      grid([
        x.row([
          x.cell('4.1 Een'),
          x.cell('weg', { more: '<w:cellDel w:id="1" w:author="A"/>' }),
          x.cell('a'),
          x.cell('Q4 2030'),
          x.cell('BZK', { more: '<w:cellMerge w:id="3" w:author="A" w:vMerge="rest"/>' }),
        ]),
        x.row([x.cell('4.2 Twee'), x.cell('b'), x.cell('Q4 2030'), x.cell('', { more: '<w:cellMerge w:id="2" w:author="A" w:vMerge="cont"/>' })]),
      ]),
    );
    expect(rowsOf(file.doc)).toEqual([[['4.1 Een'], ['a'], ['Q4 2030'], ['BZK']], [['4.2 Twee'], ['b'], ['Q4 2030']]]);
    expect(statusTable(file.doc).measureRows[1]?.cells.trekker).toEqual(['BZK']);
  });

  it('reads a w:hMerge continue without a restart as a cell of its own, and a continuing cell’s text with the merged cell (as LibreOffice keeps it)', async () => {
    const file = await open(
      grid([
        x.row([x.cell('4.1 Een'), x.cell('a', { hMerge: 'continue' }), x.cell('Q4 2030'), x.cell('BZK')]),
        x.row([x.cell('4.2 Twee'), x.cell('b', { hMerge: 'restart' }), x.cell(['', 'vervolg'], { hMerge: 'continue' }), x.cell('BZK')]),
      ]),
    );
    expect(file.doc.blocks[0]).toEqual({
      kind: 'table',
      rows: [
        { cells: HEADER.map((h) => ({ paragraphs: [h] })) },
        { cells: [{ paragraphs: ['4.1 Een'] }, { paragraphs: ['a'] }, { paragraphs: ['Q4 2030'] }, { paragraphs: ['BZK'] }] },
        { cells: [{ paragraphs: ['4.2 Twee'] }, { paragraphs: ['b', 'vervolg'], columnSpan: 2 }, { paragraphs: ['BZK'] }] },
      ],
    });
  });
});

describe('text as Word shows it', () => {
  it('joins a paragraph whose mark was deleted under track changes to the next one, as accepting does', async () => {
    const mk = x.marks();
    const file = await open(
      x.para('', { mark: mk.deleted() }) +
        grid([x.row([x.cell('4.1 Een'), x.cell('a'), x.cell('Q4 2030'), x.cell([x.para('JenV', { mark: mk.deleted() }), x.para('COA'), x.para('VNG', { mark: mk.deleted() })])])]) +
        x.para('19 juni 2021'),
    );
    // The empty paragraph before the table is gone; the last paragraph of a cell keeps its mark.
    expect(file.doc.blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(rowsOf(file.doc)[0]?.[3]).toEqual(['JenVCOA', 'VNG']);
  });

  it('reads a field whose instruction runs over paragraph marks as one paragraph showing its result, as Word shows it', async () => {
    const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">IF 1 = 1 "eind 2030" </w:instrText></w:r>';
    const rest = '<w:r><w:instrText xml:space="preserve">"nooit"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>eind 2030</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const file = await open(grid([x.row([x.cell('4.1 Een'), x.cell('a'), x.cell([x.para([x.run('uiterlijk '), begin]), x.para([rest])]), x.cell('BZK')])]));
    expect(rowsOf(file.doc)[0]?.[2]).toEqual(['uiterlijk eind 2030']);
  });

  it('leaves out hidden text (directly, through a paragraph style) and a paragraph hidden with its mark; a hidden mark alone hides nothing', async () => {
    const file = await open(
      grid([
        x.row([
          x.cell('4.1 Een'),
          x.cell([x.para('weg', { mark: '<w:vanish/>', more: '' }).replace('<w:r>', '<w:r><w:rPr><w:vanish/></w:rPr>'), x.para('zichtbaar', { mark: '<w:vanish/>' })]),
          x.cell([x.para([x.run('Q4 2030'), x.rawRun('<w:t>nooit</w:t>', 'specVanish')])]),
          x.cell([x.para('Geheim', { style: 'Verborgen' }), x.para('BZK')]),
        ]),
      ]),
      { styles: [{ id: 'Verborgen', type: 'paragraph', name: 'Verborgen', rPr: '<w:vanish/>' }] },
    );
        // "Geheim" is hidden with its mark by its paragraph style: no paragraph at all.
    expect(rowsOf(file.doc)[0]).toEqual([['4.1 Een'], ['zichtbaar'], ['Q4 2030'], ['BZK']]);
  });

  it('reads a content control that shows its placeholder as empty, and one with content as that content', async () => {
    const file = await open(
      grid([
        x.row([
          x.cell('4.1 Een'),
          x.cell([x.sdt(x.para('Loopt.'), 'stand')]),
          x.cell([x.para([x.sdt(x.run('Klik of tik om een datum in te voeren.'), 'planning', true)])]),
          x.cell([x.sdt(x.para('Klik of tik om tekst in te voeren.'), 'trekker', true)]),
        ]),
      ]),
    );
    expect(rowsOf(file.doc)[0]).toEqual([['4.1 Een'], ['Loopt.'], [''], ['']]);
  });

  it('reads symbols: a symbol font’s picture as a space, another character as itself; positional tabs and ruby annotations', async () => {
    const file = await open(
      grid([
        x.row([
          x.cell([x.para([x.rawRun('<w:t>4.1 A</w:t><w:sym w:font="Wingdings" w:char="F0E0"/><w:t>B</w:t>')])]),
          x.cell([x.para([x.rawRun('<w:t>x</w:t><w:sym w:font="Arial" w:char="2013"/><w:t>y</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>z</w:t>')])]),
          x.cell([x.para(['<w:ruby><w:rubyPr/><w:rt><w:r><w:t>uitspraak</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>Q4 2030</w:t></w:r></w:rubyBase></w:ruby>'])]),
          x.cell([x.para([x.rawRun('<w:t>BZK\uF0B7VNG</w:t>')])]),
        ]),
      ]),
    );
    expect(rowsOf(file.doc)[0]).toEqual([['4.1 A B'], ['x–y z'], ['Q4 2030'], ['BZK VNG']]);
  });

  it('sets a paragraph’s emphasis from its styles: toggles, direct "not bold", an outline level of its own', async () => {
    const file = await open(
      x.para('EEN', { style: 'Vetkop' }) +
        x.para([x.run('TWEE', 'rStyle=Vet')], { style: 'Vetkop' }) +
        x.para([x.rawRun('<w:t>DRIE</w:t>').replace('<w:r>', '<w:r><w:rPr><w:b w:val="0"/></w:rPr>')], { style: 'Vetkop' }) +
        x.para('VIER', { more: '<w:outlineLvl w:val="1"/>' }) +
        x.para('VIJF', { style: 'Kop', more: '<w:outlineLvl w:val="9"/>' }) +
        x.para([x.run('ZES', 'b'), x.run(' ')]) +
        x.para(''),
      {
        styles: [
          { id: 'Vetkop', type: 'paragraph', name: 'Vetkop', rPr: '<w:b/>' },
          { id: 'Vet', type: 'character', name: 'Vet', rPr: '<w:b/>' },
          { id: 'Kop', type: 'paragraph', name: 'heading 2' },
        ],
      },
    );
    expect(file.doc.blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.emphasis ?? ''] : []))).toEqual([
      ['EEN', 'bold'],
      ['TWEE', ''],
      ['DRIE', ''],
      ['VIER', 'heading-style'],
      ['VIJF', ''],
      ['ZES ', 'bold'],
      ['', ''],
    ]);
  });
});

describe('writing keeps the document’s form', () => {
  it('splits a vertical merge that a new heading row cuts: the row below starts its own merge with the text as read', async () => {
    const body =
      x.para('HUISVESTING', { style: 'Kop1' }) +
      grid([
        x.row([x.cell('4.1 Een'), x.cell('a'), x.cell('Q4 2030', { vMerge: 'restart' }), x.cell([x.para([x.run('JenV\nCOA')])], { vMerge: 'restart' })]),
        x.row([x.cell('5.1 Twee'), x.cell('b'), x.cell('', { vMerge: 'continue' }), x.cell('', { vMerge: 'continue' })]),
        x.row([x.cell('5.2 Drie'), x.cell('c'), x.cell('', { vMerge: 'continue' }), x.cell('', { vMerge: 'continue' })]),
      ]) +
      x.para('19 juni 2021');
    const file = await open(body, { styles: [{ id: 'Kop1', type: 'paragraph', name: 'heading 1', pPr: '<w:outlineLvl w:val="0"/>' }] });
    const before = statusTable(file.doc);
    const fixed = await file.apply([{ kind: 'insertHeading', text: 'OPVANG KORTE TERMIJN', chapter: 5, block: 1, beforeRow: 2, width: 4 }]);
    const after = statusTable((await openDocx(fixed)).doc);
    expect(after.measureRows.map((m) => [m.subject, m.heading?.text, m.cells.planning, m.cells.trekker])).toEqual([
      ['4.1', 'HUISVESTING', ['Q4 2030'], ['JenV COA']],
      ['5.1', 'OPVANG KORTE TERMIJN', ['Q4 2030'], ['JenV COA']],
      ['5.2', 'OPVANG KORTE TERMIJN', ['Q4 2030'], ['JenV COA']],
    ]);
    expect(before.measureRows[1]?.cells.trekker).toEqual(['JenV COA']);
    // The cells of 5.1 now start merges of their own, which 5.2 continues.
    const xml = documentXmlOf(fixed);
    const row51 = xml.slice(xml.indexOf('5.1 Twee'), xml.indexOf('5.2 Drie'));
    expect(row51.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(2);
    expect(after.measureRows[2]?.cellLocation.trekker).toEqual(after.measureRows[1]?.cellLocation.trekker);
  });

  it('copies a merged cell’s list number as text when it splits the merge, so the list after it does not renumber', async () => {
    const numbering: x.NumberingDefinition = { abstracts: [{ id: 1, levels: [{ ilvl: 0, start: 1, format: 'lowerLetter', text: '%1)' }] }], nums: [{ id: 1, abstractId: 1 }] };
    const file = await open(
      grid([
        x.row([x.cell('4.1 Een'), x.cell([x.para('eerste punt', { numId: 1, ilvl: 0 })], { vMerge: 'restart' }), x.cell('Q4 2030'), x.cell('BZK')]),
        x.row([x.cell('5.1 Twee'), x.cell('', { vMerge: 'continue' }), x.cell('Q4 2030'), x.cell('BZK')]),
        x.row([x.cell('5.2 Drie'), x.cell([x.para('tweede punt', { numId: 1, ilvl: 0 })]), x.cell('Q4 2030'), x.cell('BZK')]),
      ]),
      { numbering },
    );
    const fixed = await file.apply([{ kind: 'insertHeading', text: 'OPVANG KORTE TERMIJN', chapter: 5, block: 0, beforeRow: 2, width: 4 }]);
    const after = statusTable((await openDocx(fixed)).doc);
    expect(after.measureRows.map((m) => m.cells.standVanZaken)).toEqual([['a) eerste punt'], ['a) eerste punt'], ['b) tweede punt']]);
    expect(documentXmlOf(fixed)).toContain('<w:numPr><w:numId w:val="0"/></w:numPr>');
  });

  it('inserts around content controls, not inside them: a row before a wrapped row, a paragraph before a wrapped table, a new stamp after it', async () => {
    const body =
      x.para('HUISVESTING', { style: 'Kop1' }) +
      x.sdt(grid([x.sdt(x.row([x.cell('4.1 Een'), x.cell('a'), x.cell('Q4 2030'), x.cell('BZK')]), 'rij'), x.customXml(x.row([x.cell('5.1 Twee'), x.cell('b'), x.cell('Q4 2030'), x.cell('COA')]), 'rij')]), 'tabel');
    const file = await open(body, { styles: [{ id: 'Kop1', type: 'paragraph', name: 'heading 1', pPr: '<w:outlineLvl w:val="0"/>' }] });
    const fixed = await file.apply([
      { kind: 'insertHeading', text: 'OPVANG KORTE TERMIJN', chapter: 5, block: 1, beforeRow: 2, width: 4 },
      { kind: 'insertHeadingParagraph', text: 'VOORAF', chapter: 1, anchor: 1, position: 'before', like: 0 },
      { kind: 'setDateStamp', text: '25 november 2026', date: '2026-11-25', afterBlock: 1 },
    ]);
    const xml = documentXmlOf(fixed);
    // The new row stands between the two wrapped rows, in neither wrapper.
    expect(xml).toMatch(/<\/w:sdt><w:tr><w:tc><w:tcPr><w:gridSpan w:val="4"\/><\/w:tcPr><w:p><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">OPVANG KORTE TERMIJN<\/w:t><\/w:r><\/w:p><\/w:tc><\/w:tr><w:customXml/);
    expect(xml).toMatch(/VOORAF<\/w:t><\/w:r><\/w:p><w:sdt><w:sdtPr><w:alias w:val="tabel"\/>/);
    expect(xml).toMatch(/<\/w:sdt><w:p><w:r><w:t xml:space="preserve">25 november 2026<\/w:t><\/w:r><\/w:p><w:sectPr>/);
    const again = (await openDocx(fixed)).doc;
    expect(again.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'))).toEqual(['HUISVESTING', 'VOORAF', 'table', '25 november 2026']);
  });

  it('writes a stamp over its visible text only, keeping hidden words and the list number drawn before it', async () => {
    const numbering: x.NumberingDefinition = { abstracts: [{ id: 1, levels: [{ ilvl: 0, start: 1, text: '%1.' }] }], nums: [{ id: 1, abstractId: 1 }] };
    const file = await open(grid([x.row([x.cell('4.1 Een'), x.cell('a'), x.cell('Q4 2030'), x.cell('BZK')])]) + x.para([x.run('concept ', 'vanish'), x.run('19 juni 2021')], { numId: 1, ilvl: 0 }), {
      numbering,
    });
    const table = statusTable(file.doc);
    expect(table.dateStamp?.text).toBe('1. 19 juni 2021');
    const fixed = await file.apply([{ kind: 'setDateStamp', text: '1. 25 november 2026', date: '2026-11-25', block: 1, afterBlock: 0 }]);
    const xml = documentXmlOf(fixed);
    expect(xml).toContain('<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">concept </w:t></w:r>');
    expect(statusTable((await openDocx(fixed)).doc).dateStamp?.text).toBe('1. 25 november 2026');
  });

  it('copies a heading paragraph’s properties without the section break they may carry', async () => {
    const sectPr = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';
    const file = await open(
      x.para('HUISVESTING', { style: 'Kop1', more: sectPr }) + grid([x.row([x.cell('4.1 Een'), x.cell('a'), x.cell('Q4 2030'), x.cell('BZK')])]) + x.para('') + grid([x.row([x.cell('5.1 Twee'), x.cell('b'), x.cell('Q4 2030'), x.cell('COA')])]),
      { styles: [{ id: 'Kop1', type: 'paragraph', name: 'heading 1', pPr: '<w:outlineLvl w:val="0"/>' }] },
    );
    const fixed = await file.apply([{ kind: 'insertHeadingParagraph', text: 'OPVANG KORTE TERMIJN', chapter: 5, anchor: 3, position: 'before', like: 0 }]);
    const xml = documentXmlOf(fixed);
    expect(xml.split('<w:sectPr>')).toHaveLength(3); // the heading's own and the body's: no third
    expect(xml).toContain('<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t xml:space="preserve">OPVANG KORTE TERMIJN</w:t></w:r></w:p>');
    const again = (await openDocx(fixed)).doc;
    expect(again.blocks[3]).toEqual({ kind: 'paragraph', text: 'OPVANG KORTE TERMIJN', emphasis: 'heading-style' });
  });
});
