import { strFromU8, unzipSync } from 'fflate';
import { planDateStamp, planHeadings, readStatusTable, type SourceDocument, type StatusTable } from '../../../src/core';
import { openDocx } from '../../../src/hosts/files/docx';
import { allFeatures, DOCX_FIXTURES, FIXTURE_TODAY, fixtureById, type DocxFixture } from '../../../scripts/docx-fixtures/features';
import { findingsOf, tableAsRead } from './docxExpect';

/**
 * Issue 12, through the .docx reader: each feature fixture, as its script writes it, reads as a
 * careful reader writes the document down (`seen`), and so gives the same findings. The same
 * fixtures re-saved by LibreOffice are in test/hosts/sameFindings.test.ts.
 */

const read = async (fixture: DocxFixture): Promise<SourceDocument> => (await openDocx(await fixture.build())).doc;

const statusTable = (doc: SourceDocument): StatusTable => {
  const result = readStatusTable(doc);
  if (!result.ok) throw new Error(result.reason);
  return result.table;
};

describe.each([...DOCX_FIXTURES, allFeatures].map((f) => [f.id, f] as const))('the %s fixture', (_id, fixture) => {
  let doc: SourceDocument;
  beforeAll(async () => {
    doc = await read(fixture);
  });

  it('reads as the document a careful reader writes down', () => {
    expect(tableAsRead(doc)).toEqual(tableAsRead(fixture.seen));
  });

  it('gives the findings of that document', () => {
    expect(findingsOf(doc, FIXTURE_TODAY)).toEqual(findingsOf(fixture.seen, FIXTURE_TODAY));
  });
});

/** What each fixture is there to catch: the reading a reader blind to the feature would get wrong. */
describe('what the features decide', () => {
  const measure = (table: StatusTable, subject: string) => {
    const found = table.measureRows.find((m) => m.subject === subject);
    if (!found) throw new Error(`no measure ${subject}`);
    return found;
  };

  it('a trekker merged down belongs to every measure it spans, across a missing heading too', async () => {
    const table = statusTable(await read(fixtureById('merged-down')));
    expect(measure(table, '5.1.1').cells.trekker).toEqual(['VNG']);
    // The one cell, where it begins: the row of 4.1.2.
    expect(measure(table, '5.1.1').cellLocation.trekker).toEqual(measure(table, '4.1.2').cellLocation.trekker);
    expect(measure(table, '4.1.2').cells.planning).toEqual(['eind 2030']);
    // One measure over two rows, its status in both.
    expect(measure(table, '5.1.2').cells.standVanZaken).toEqual(['Opdracht verleend.', 'Eerste locatie open.']);
    expect(table.measureRows.map((m) => m.subject)).toEqual(['4.1.1', '4.1.2', '5.1.1', '5.1.2']);
  });

  it('a row beginning after w:gridBefore lines up with the header; one ending early has no trekker', async () => {
    const table = statusTable(await read(fixtureById('grid-before-after')));
    expect(measure(table, '4.1.1').cells.trekker).toEqual(['BZK']);
    expect(measure(table, '4.1.2').cells.trekker).toEqual([]);
    expect(measure(table, '5.1.1').cells.maatregel).toEqual(['5.1.1 Noodopvang']);
  });

  it('old Word’s w:hMerge makes one cell: heading rows span the table', async () => {
    const table = statusTable(await read(fixtureById('hmerge')));
    expect(table.headingRowList.map((h) => [h.text, h.form === 'row' && h.merged])).toEqual([
      ['HUISVESTING', true],
      ['OPVANG KORTE TERMIJN', true],
    ]);
  });

  it('line breaks, tabs and symbols part words; soft hyphens and zero-width spaces vanish', async () => {
    const table = statusTable(await read(fixtureById('breaks')));
    expect(table.measureRows.map((m) => [m.subject, m.title, m.cells.trekker[0]])).toEqual([
      ['4.1.1', 'Tussenvoorzieningen', 'JenV COA'],
      ['4.1.2', 'Flex-wonen', 'BZK VNG'],
      ['4.1.3', 'Onderzoek', 'VNG\u00A0/\u00A0IPO'],
    ]);
  });

  it('a heading in a heading style (its own outline level, or through basedOn) and a bold one are headings; "LET OP" is not', async () => {
    const styled = statusTable(await read(fixtureById('heading-style')));
    expect(styled.headingRowList.map((h) => (h.form === 'paragraph' ? [h.text, h.emphasis] : []))).toEqual([
      ['HUISVESTING', 'heading-style'],
      ['OPVANG KORTE TERMIJN', 'heading-style'],
      ['OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING', 'heading-style'],
      ["ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES", 'heading-style'],
      ['OVERIGE MAATREGELEN', 'heading-style'],
    ]);
    // The missing heading goes in as a paragraph above chapter 7's table, like HUISVESTING (block 1).
    expect(planHeadings(styled)).toEqual([{ kind: 'insertHeadingParagraph', text: 'INBURGERING', chapter: 7, anchor: 8, position: 'before', like: 1 }]);
    const bold = statusTable(await read(fixtureById('heading-bold')));
    expect(bold.headingRowList.map((h) => h.text)).toEqual([
      'HUISVESTING',
      'OPVANG KORTE TERMIJN',
      'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING',
      "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES",
      'OVERIGE MAATREGELEN',
    ]);
  });

  it('tracked changes read as accepted: the deleted row is gone, the inserted one counts', async () => {
    const doc = await read(fixtureById('tracked'));
    expect(doc.trackedChanges).toBe(true);
    const table = statusTable(doc);
    expect(table.measureRows.map((m) => [m.subject, m.cells.planning[0], m.cells.trekker[0]])).toEqual([
      ['4.1.1', 'eind 2030', 'BZK'],
      ['4.1.3', 'Q4 2030', 'VNG'],
      ['4.1.4', 'najaar 2030', 'BZK'],
    ]);
  });

  it('list numbering gives the measure numbers Word draws', async () => {
    const numbers = async (id: string) => statusTable(await read(fixtureById(id))).measureRows.map((m) => m.subject);
    expect(await numbers('numbering')).toEqual(['4.1', '4.1.1', '4.1.2', '4.2', '4.2.1', '5.1', '5.1.1']);
    // w:lvlRestart 1: level 3 counts on past "4.2"; w:startOverride 5 on a num of its own; a num
    // without overrides continues the same list.
    expect(await numbers('numbering-restarts')).toEqual(['4.1', '4.1.1', '4.1.2', '4.2', '4.2.3', '5.1', '5.1.5', '5.1.6']);
  });

  it('hidden text is not read: a hidden row reads empty, a hidden trekker is no trekker', async () => {
    const table = statusTable(await read(fixtureById('hidden')));
    expect(table.measureRows.map((m) => [m.subject, m.cells.planning[0], m.cells.trekker[0]])).toEqual([
      ['4.1.1', 'eind 2030', 'BZK'],
      ['4.1.2', 'Q4 2030', 'BZK'],
    ]);
    expect(table.rows.filter((r) => r.kind === 'other')).toHaveLength(1);
    expect(table.dateStamp?.text).toBe('19 juni 2021');
  });

  it('content controls, custom XML, smart tags and bookmarks are seen through; a heading missing there is placed in the table', async () => {
    const table = statusTable(await read(fixtureById('structure')));
    expect(table.measureRows.map((m) => [m.subject, m.cells.standVanZaken[0], m.cells.trekker[0]])).toEqual([
      ['4.1.1', 'Verkenning afgerond.', 'BZK'],
      ['4.1.2', 'Gepubliceerd op 1 juni 2021.', 'VNG'],
      ['5.1.1', 'Loopt, zie de kop.', 'COA'],
    ]);
    expect(planHeadings(table)[0]).toEqual({ kind: 'insertHeading', text: 'HUISVESTING', chapter: 4, block: 1, beforeRow: 1, width: 4 });
  });
});

describe('writing into the all-features document', () => {
  it('changes document.xml only where the heading and the stamp go, and no other part at all', async () => {
    const bytes = await allFeatures.build();
    const file = await openDocx(bytes);
    const table = statusTable(file.doc);
    const fixed = await file.apply([...planHeadings(table), ...planDateStamp(table, '2026-11-25')]);
    const before = unzipSync(bytes);
    const after = unzipSync(fixed);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name]).toEqual(before[name]);

    const oldXml = strFromU8(before['word/document.xml'] as Uint8Array);
    const at = oldXml.lastIndexOf('<w:tbl>', oldXml.indexOf('6.1.1 Flexibilisering'));
    // The heading as the document's first heading paragraph is set (style Kop1), right before
    // chapter 6's table; the stamp's first visible text takes the new text, its other visible
    // text goes, its hidden word stays.
    const heading = '<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t xml:space="preserve">OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING</w:t></w:r></w:p>';
    const expected = `${oldXml.slice(0, at)}${heading}${oldXml.slice(at)}`
      .replace('<w:t xml:space="preserve">Den Haag, </w:t>', '<w:t xml:space="preserve">Den Haag, 25 november 2026</w:t>')
      .replace('<w:t xml:space="preserve">19 juni 2021</w:t>', '');
    expect(strFromU8(after['word/document.xml'] as Uint8Array)).toBe(expected);
    expect(statusTable((await openDocx(fixed)).doc).dateStamp?.text).toBe('Den Haag, 25 november 2026');
  });
});
