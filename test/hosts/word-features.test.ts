import { readStatusTable } from '../../src/core/model';
import { planHeadings } from '../../src/core/edits';
import type { SourceDocument } from '../../src/core/document';
import { openDocx } from '../../src/hosts/files/docx';
import { insertHeadings, refreshDateStamp } from '../../src/hosts/operations';
import { flatBlocks, paragraphsIn, run, type ParagraphNode, type TableNode, type WordDocument } from '../../src/simulator/word';
import { allFeatures, DOCX_FIXTURES, FIXTURE_TODAY, fixtureById, type DocxFixture } from '../../scripts/docx-fixtures/features';
import { findingsOf } from './files/docxExpect';
import { EXCEL_PAYLOAD_LIMIT, openWord } from '../support/hosts';
import { syntheticDocument } from '../fixtures/synthetic';
import { ACCEPT_PAGE, ACCEPT_ROWS } from '../../src/hosts/word/read';

/**
 * Issue 12 in Word: the Word host, on Microsoft's client over the simulator, gives core the
 * document a reader sees, so its findings are the .docx reader's on the same document. Each
 * fixture (scripts/docx-fixtures) is read by the .docx reader; the simulator holds what that
 * reader saw, shaped the way Word's API reports it (cells merged down as a first cell and
 * continuing cells, bold and Heading-style paragraphs between tables); the tests below add the
 * shapes the .docx reader has already folded into its text (list numbers, line breaks, tracked
 * deletions), each as Word reports it, with its public source.
 */

const docxRead = async (fixture: DocxFixture): Promise<SourceDocument> => (await openDocx(await fixture.build())).doc;

const tablesIn = (doc: WordDocument): TableNode[] => flatBlocks(doc.body).filter((b): b is TableNode => b.kind === 'table');

/** Every paragraph of every table cell, in order. */
const cellParagraphs = (doc: WordDocument): ParagraphNode[] =>
  tablesIn(doc).flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsIn(c, false))));

const replaceText = (p: ParagraphNode, text: string): void => {
  p.runs = text === '' ? [] : [run(text)];
};

describe('issue 12: each feature fixture, read by the Word host, gives the .docx reader’s findings', () => {
  it.each([...DOCX_FIXTURES, allFeatures].map((f) => [f.id, f] as const))('%s', async (_id, fixture) => {
    const seen = await docxRead(fixture);
    const { host } = openWord(seen);
    const doc = await host.read();
    expect(findingsOf(doc, FIXTURE_TODAY)).toEqual(findingsOf(seen, FIXTURE_TODAY));
  });
});

describe('Word host: the document as people see it', () => {
  it('reads a cell merged down as the value of every row it spans, without loading what fails on merged cells (office-js#3200)', async () => {
    const seen = await docxRead(fixtureById('merged-down'));
    const { sim, host } = openWord(seen);
    expect(tablesIn(sim.document).some((t) => t.rows.some((r) => r.cells.some((c) => c.verticalMerge === 'continue')))).toBe(true);
    // What the host never loads: cellIndex across the merge fails the whole sync.
    const naive = Word.run(async (context) => {
      context.document.body.tables.load('items/rows/items/cells/items/cellIndex');
      await context.sync();
    });
    await expect(naive).rejects.toMatchObject({ code: 'GeneralException' });
    sim.resetTraffic();
    const doc = await host.read();
    expect(sim.syncCount).toBe(2);
    expect(doc).toEqual(sim.snapshot());
    const read = readStatusTable(doc);
    if (!read.ok) throw new Error(read.reason);
    const flex = read.table.measureRows.find((m) => m.title.startsWith('Flexwonen'));
    expect(flex?.cells.trekker).toEqual(['VNG']);
    expect(flex?.cells.planning).toEqual(['eind 2030']);
  });

  it('reads manual line breaks, tabs and non-breaking spaces as word breaks, soft hyphens and zero-width characters as nothing', async () => {
    const seen = await docxRead(fixtureById('breaks'));
    const { sim, host } = openWord(seen);
    // As Word's Paragraph.text gives them: a manual line break is "\v" (vertical tab), a tab "\t"
    // (Learn, Word.Paragraph.text; Word's own Range.Text convention for line breaks: ASCII 11).
    const trekkers = cellParagraphs(sim.document).filter((p) => ['JenV COA', 'BZK VNG'].includes(p.runs.map((r) => r.text).join('')));
    expect(trekkers).toHaveLength(2);
    replaceText(trekkers[0] as ParagraphNode, 'JenV\vCOA');
    replaceText(trekkers[1] as ParagraphNode, 'BZK\tVNG');
    const status = cellParagraphs(sim.document).find((p) => p.runs.map((r) => r.text).join('') === 'Verkenning afgerond.') as ParagraphNode;
    replaceText(status, 'Verken\u00ADning\u00A0af\u200Bgerond.');
    const doc = await host.read();
    const read = readStatusTable(doc);
    if (!read.ok) throw new Error(read.reason);
    expect(read.table.measureRows.map((m) => m.cells.trekker)).toEqual(expect.arrayContaining([['JenV COA'], ['BZK VNG']]));
    expect(findingsOf(doc, FIXTURE_TODAY)).toEqual(findingsOf(seen, FIXTURE_TODAY));
  });

  it('reads a comment’s mark in Word’s text (U+0005, office-js#2114) as nothing: a cell the pane commented on reads as before', async () => {
    const seen = await docxRead(fixtureById('merged-down'));
    const { sim, host } = openWord(seen);
    const trekker = cellParagraphs(sim.document).find((p) => p.runs.map((r) => r.text).join('') === 'BZK') as ParagraphNode;
    replaceText(trekker, 'BZK\u0005');
    const doc = await host.read();
    expect(doc).toEqual(seen);
  });

  it('gives measure numbers from list numbering as Word draws them (listItem.listString), not in Paragraph.text', async () => {
    const seen = await docxRead(fixtureById('numbering'));
    const { sim, host } = openWord(seen);
    // The .docx reader drew "4.1.1." from numbering.xml into the text; Word keeps it out of
    // Paragraph.text and gives it as listItem.listString (WordApi 1.3).
    let moved = 0;
    cellParagraphs(sim.document).forEach((p) => {
      const text = p.runs.map((r) => r.text).join('');
      const number = /^(\d+(?:\.\d+)+\.?) (.*)$/.exec(text);
      if (!number) return;
      replaceText(p, number[2] ?? '');
      p.list = { listString: number[1] ?? '', level: (number[1] ?? '').split('.').filter(Boolean).length - 1 };
      moved += 1;
    });
    expect(moved).toBeGreaterThan(0);
    const doc = await host.read();
    expect(findingsOf(doc, FIXTURE_TODAY)).toEqual(findingsOf(seen, FIXTURE_TODAY));
    const read = readStatusTable(doc);
    if (!read.ok) throw new Error(read.reason);
    expect(read.table.measureRows.every((m) => m.number !== undefined)).toBe(true);
  });

  it('judges text as it reads with tracked changes accepted (getReviewedText, WordApi 1.4), where Paragraph.text keeps deletions (office-js#1267)', async () => {
    const seen = await docxRead(fixtureById('tracked'));
    const { sim, host } = openWord(seen);
    sim.document.changeTrackingMode = 'TrackAll';
    // A trekker deleted under track changes, and a new one inserted: Word's text has both.
    const trekker = cellParagraphs(sim.document).find((p) => p.runs.map((r) => r.text).join('') === 'BZK') as ParagraphNode;
    expect(trekker).toBeDefined();
    trekker.runs = [{ text: 'Onbekend', revision: { kind: 'deleted', author: 'Redactie' } }, { text: 'BZK', revision: { kind: 'inserted', author: 'Redactie' } }];
    const doc = await host.read();
    expect(doc.trackedChanges).toBe(true);
    expect(findingsOf(doc, FIXTURE_TODAY)).toEqual(findingsOf(seen, FIXTURE_TODAY));
    expect(JSON.stringify(doc)).not.toContain('Onbekend');
  });

  it('without WordApi 1.4 reads Paragraph.text as it is, deletions included (the fallback the README states)', async () => {
    const seen = await docxRead(fixtureById('tracked'));
    const { sim, host } = openWord(seen, { requirementSets: { WordApi: '1.3' } });
    const trekker = cellParagraphs(sim.document).find((p) => p.runs.map((r) => r.text).join('') === 'BZK') as ParagraphNode;
    trekker.runs = [{ text: 'Onbekend', revision: { kind: 'deleted', author: 'Redactie' } }, { text: 'BZK', revision: { kind: 'inserted', author: 'Redactie' } }];
    const doc = await host.read();
    expect(JSON.stringify(doc)).toContain('OnbekendBZK');
  });

  it.each(['heading-bold', 'heading-style'])(
    '%s: headings between the tables head the measures that follow; "Koppen invoegen" writes what core plans, none twice, each in the document’s form',
    async (id) => {
      const seen = await docxRead(fixtureById(id));
      const { sim, host } = openWord(seen);
      const doc = await host.read();
      const read = readStatusTable(doc);
      if (!read.ok) throw new Error(read.reason);
      expect(read.table.headingForm).toBe('paragraph');
      const planned = planHeadings(read.table);
      expect(planned.length).toBeGreaterThan(0);
      const result = await insertHeadings(host);
      expect(result.applied).toEqual(planned);
      const after = sim.snapshot();
      const again = readStatusTable(after);
      if (!again.ok) throw new Error(again.reason);
      expect(planHeadings(again.table)).toEqual([]);
      // Every heading once; the inserted ones in the form (emphasis) of the document's own headings.
      const headings = again.table.headingRowList.filter((h) => h.standard);
      expect(new Set(headings.map((h) => h.standard?.chapter)).size).toBe(headings.length);
      const forms = new Set(headings.map((h) => (h.form === 'paragraph' ? h.emphasis : 'row')));
      expect(forms).toEqual(new Set(read.table.headingRowList.filter((h) => h.standard).map((h) => (h.form === 'paragraph' ? h.emphasis : 'row'))));
    },
  );

  it('a fix after a check on merged cells reads as the check did: one sync to read, one to write, nothing taken for a co-author’s change', async () => {
    const seen = await docxRead(fixtureById('merged-down'));
    const { sim, host } = openWord(seen);
    const basis = await host.read();
    sim.resetTraffic();
    const result = await refreshDateStamp(host, '2026-11-24', basis);
    expect(result.applied).toEqual([expect.objectContaining({ kind: 'setDateStamp', text: '24 november 2026' })]);
    expect(result.before).toEqual(basis);
    expect(sim.syncCount).toBe(2);
  });

  it('reads a 10,000-row table with a tracked deletion under Office’s 5 MB limit, asking accepted text page by page', async () => {
    const synthetic = syntheticDocument(10000, 3);
    const { sim, host } = openWord(synthetic, { payloadLimitBytes: EXCEL_PAYLOAD_LIMIT });
    sim.document.changeTrackingMode = 'TrackAll';
    const first = tablesIn(sim.document)[0];
    const trekker = first?.rows[3]?.cells[3];
    const p = trekker ? paragraphsIn(trekker, false)[0] : undefined;
    if (!p) throw new Error('no trekker cell');
    const kept = p.runs.map((r) => r.text).join('');
    p.runs = [{ text: 'Weg ', revision: { kind: 'deleted', author: 'Redactie' } }, ...p.runs];
    const truth = sim.snapshot();
    const doc = await host.read();
    expect(doc).toEqual(truth);
    expect(JSON.stringify(doc)).not.toContain('Weg ');
    expect(JSON.stringify(doc)).toContain(kept);
    expect(sim.traffic.largestRequestBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(sim.traffic.largestResponseBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    // The survey and the values (2 syncs); the tables' accepted text, whole tables of together at
    // most ACCEPT_ROWS rows a sync (tables of equal size here, so a fixed number a sync); then only
    // the table whose accepted text differs, paragraph by paragraph, ACCEPT_PAGE paragraphs a sync.
    const tables = tablesIn(sim.document);
    const size = tables[0]?.rows.length ?? 0;
    expect(tables.slice(0, -1).every((t) => t.rows.length === size)).toBe(true);
    const tablePages = Math.ceil(tables.length / Math.floor(ACCEPT_ROWS / size));
    const paragraphPages = Math.ceil(paragraphsIn({ blocks: [first as TableNode] }, true).length / ACCEPT_PAGE);
    expect(sim.syncCount).toBe(2 + tablePages + paragraphPages);
  }, 120_000);
});
