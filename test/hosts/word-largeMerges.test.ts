import { readStatusTable } from '../../src/core/model';
import type { SourceDocument, SourceTable } from '../../src/core/document';
import { STANDARD_HEADINGS } from '../../src/core';
import { openDocx } from '../../src/hosts/files/docx';
import { refreshDateStamp } from '../../src/hosts/operations';
import { OUTLINE_PAGES, SHAPE_ROWS } from '../../src/hosts/word/read';
import { syntheticDocument } from '../../src/simulator';
import { FIXTURE_TODAY, HEADER, STAMP, TITLE } from '../../scripts/docx-fixtures/features';
import * as x from '../../scripts/docx-fixtures/wml';
import { findingsOf } from './files/docxExpect';
import { EXCEL_PAYLOAD_LIMIT, openWord } from '../support/hosts';

/**
 * Issue 12 past SHAPE_ROWS: a status table too long to have its whole outline (OOXML) read with
 * its values still has its merged cells read, from pages of only the rows whose values show a
 * merge may be there (a '' cell: Word's `values` for a cell merged down; a row of fewer cells than
 * the widest and more than one), in one more sync, and never a cell property
 * (OfficeDev/office-js#3200).
 */

const MEASURES = 301;

const title = (chapter: number, i: number): string => `${chapter}.${1 + Math.floor(i / 100)}.${i % 100} Maatregel ${i}`;
/** A measure row of plain cells. */
const measure = (chapter: number, i: number, trekker = 'COA'): string => x.row([title(chapter, i), 'Loopt.', 'eind 2030', trekker].map((t) => x.cell(t)));

/**
 * One table of 5 chapters of 301 measures (1,511 rows), with merges at its start, middle and end,
 * and one trekker cell truly empty, the only measure a reader finds without a trekker:
 * - start (chapter 4, measures 1–2): the trekker "BZK" merged down over both;
 * - middle (chapter 6): the planning "Q4 2030" merged down over measures 150–152, and measure
 *   170's status merged across the planning column (a row of three cells);
 * - end (chapter 8, measures 300–301): the measure cell merged down over two rows, with its
 *   planning and trekker (the second row adds a status paragraph), as Word users lay out a
 *   measure over two rows.
 * - measure 201 of chapter 5: no trekker, its cell empty and not merged.
 */
const largeDocx = (): Uint8Array => {
  const rows: string[] = [x.row(HEADER.map((h) => x.cell([x.para([x.run(h, 'b')])])), { more: '<w:tblHeader/>' })];
  STANDARD_HEADINGS.forEach(({ chapter, text }) => {
    rows.push(x.row([x.cell([x.para([x.run(text, 'b')])], { span: 4 })]));
    for (let i = 1; i <= MEASURES; i += 1) {
      const t = title(chapter, i);
      if (chapter === 4 && i === 1) rows.push(x.row([x.cell(t), x.cell('Loopt.'), x.cell('eind 2030'), x.cell('BZK', { vMerge: 'restart' })]));
      else if (chapter === 4 && i === 2) rows.push(x.row([x.cell(t), x.cell('Loopt.'), x.cell('eind 2030'), x.cell('', { vMerge: 'continue' })]));
      else if (chapter === 6 && i === 150) rows.push(x.row([x.cell(t), x.cell('Loopt.'), x.cell('Q4 2030', { vMerge: 'restart' }), x.cell('VNG')]));
      else if (chapter === 6 && (i === 151 || i === 152)) rows.push(x.row([x.cell(t), x.cell('Loopt.'), x.cell('', { vMerge: 'continue' }), x.cell('VNG')]));
      else if (chapter === 6 && i === 170) rows.push(x.row([x.cell(t), x.cell('Gereed, planning volgt.', { span: 2 }), x.cell('VNG')]));
      else if (chapter === 8 && i === MEASURES - 1) {
        rows.push(x.row([x.cell(t, { vMerge: 'restart' }), x.cell('Opdracht verleend.'), x.cell('najaar 2030', { vMerge: 'restart' }), x.cell('JenV', { vMerge: 'restart' })]));
        rows.push(x.row([x.cell('', { vMerge: 'continue' }), x.cell('Eerste locatie open.'), x.cell('', { vMerge: 'continue' }), x.cell('', { vMerge: 'continue' })]));
        break;
      } else if (chapter === 5 && i === 201) rows.push(measure(chapter, i, ''));
      else rows.push(measure(chapter, i));
    }
  });
  const body = x.para([x.run(TITLE, 'b')]) + x.table([2300, 3800, 1700, 1200], rows) + x.para(STAMP);
  return x.wordPackage({ body, styles: x.stylesXml([]) });
};

const rowsOf = (doc: SourceDocument): number => doc.blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length : 0), 0);

const withoutTrekker = (doc: SourceDocument): string[] => {
  const read = readStatusTable(doc);
  if (!read.ok) throw new Error(read.reason);
  return read.table.measureRows.filter((m) => m.cells.trekker.join('').trim() === '').map((m) => m.subject);
};

describe('Word host: merged cells past SHAPE_ROWS rows', () => {
  it('reads a 1,511-row table with merges down and across at its start, middle and end as the .docx reader does, in one more sync', async () => {
    const seen = (await openDocx(largeDocx())).doc;
    expect(rowsOf(seen)).toBeGreaterThan(SHAPE_ROWS);
    // The .docx reader sees the one truly missing trekker; the merges give theirs to every row.
    expect(withoutTrekker(seen)).toEqual(['5.3.1']);
    const { sim, host } = openWord(seen, { payloadLimitBytes: EXCEL_PAYLOAD_LIMIT });
    const doc = await host.read();
    expect(doc).toEqual(seen);
    expect(findingsOf(doc, FIXTURE_TODAY)).toEqual(findingsOf(seen, FIXTURE_TODAY));
    // The survey, the values, then the outline of the rows that show a merge may be there, in pages of one sync.
    expect(sim.syncCount).toBe(3);
  }, 60_000);

  it('a date stamp fixed after a check on it reads as the check did: the outline after the survey, then the write', async () => {
    const seen = (await openDocx(largeDocx())).doc;
    const { sim, host } = openWord(seen);
    const basis = await host.read();
    sim.resetTraffic();
    const result = await refreshDateStamp(host, '2026-11-24', basis);
    // Not taken for a co-author's change: the read before the write gives the checked document, merges and all.
    expect(result.before).toEqual(basis);
    expect(result.applied).toEqual([expect.objectContaining({ kind: 'setDateStamp', text: '24 november 2026' })]);
    // The survey with the status table whole, its outline pages, the write.
    expect(sim.syncCount).toBe(3);
  }, 60_000);

  it('reads the same table without merges in two syncs, no outline asked for', async () => {
    const seen = (await openDocx(largeDocx())).doc;
    const table = seen.blocks.find((b): b is SourceTable => b.kind === 'table') as SourceTable;
    // Without the merged rows and the empty trekker's row, every cell is a grid column (a heading row one cell across).
    const plain: SourceDocument = {
      ...seen,
      blocks: seen.blocks.map((b) =>
        b === table
          ? {
              ...table,
              rows: table.rows.filter((r) =>
                r.cells.length === 1 ? r.cells[0]?.columnSpan === 4 : r.cells.length === 4 && r.cells.every((c) => !c.rowSpan && c.paragraphs.join('') !== ''),
              ),
            }
          : b,
      ),
    };
    expect(rowsOf(plain)).toBeGreaterThan(SHAPE_ROWS);
    const { sim, host } = openWord(plain);
    expect(await host.read()).toEqual(plain);
    expect(sim.syncCount).toBe(2);
  }, 60_000);

  /** The synthetic 10,000-row document (50-row tables), row 10's trekker merged down into row 11 in its first `tables` tables. */
  const mergedSynthetic = (tables: number, fill?: string): SourceDocument => {
    const synthetic = syntheticDocument(10000, 3);
    let merged = 0;
    return {
      ...synthetic,
      blocks: synthetic.blocks.map((block) => {
        if (block.kind !== 'table') return block;
        const rows = block.rows.map((row) => ({ ...row, cells: row.cells.map((c) => (fill && c.paragraphs.join('') === '' ? { ...c, paragraphs: [fill] } : c)) }));
        if (merged >= tables) return { ...block, rows };
        merged += 1;
        return {
          ...block,
          rows: rows.map((row, r) => {
            if (r === 10) return { ...row, cells: row.cells.map((c, i) => (i === 3 ? { ...c, rowSpan: 2 } : c)) };
            if (r === 11) return { ...row, cells: row.cells.slice(0, 3) };
            return row;
          }),
        };
      }),
    };
  };

  it('reads 10,000 rows with a merge down in OUTLINE_PAGES of its tables under Office’s 5 MB limit, in one more sync', async () => {
    // Every trekker filled in: the only cells `values` gives as '' are the merges' (rows 11).
    const doc = mergedSynthetic(OUTLINE_PAGES, 'BZK');
    const { sim, host } = openWord(doc, { payloadLimitBytes: EXCEL_PAYLOAD_LIMIT });
    const truth = sim.snapshot();
    expect(JSON.stringify(truth)).toContain('"rowSpan":2');
    expect(await host.read()).toEqual(truth);
    expect(sim.traffic.largestRequestBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(sim.traffic.largestResponseBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    // One page (rows 10–11) a merged table, all in one sync after the survey and the values.
    expect(sim.syncCount).toBe(3);
  }, 120_000);

  it('reads a table whose rows that may hold a merge do not fit one sync as its values say, in two syncs', async () => {
    // The synthetic table leaves about one trekker in eight empty: far more rows to outline than OUTLINE_ROWS.
    const doc = mergedSynthetic(1);
    const { sim, host } = openWord(doc, { payloadLimitBytes: EXCEL_PAYLOAD_LIMIT });
    const truth = sim.snapshot();
    const read = await host.read();
    expect(sim.syncCount).toBe(2);
    // As values gives it: the merged trekker in row 10 only, row 11's cell of its own and empty.
    const first = (d: SourceDocument): SourceTable => d.blocks.find((b): b is SourceTable => b.kind === 'table') as SourceTable;
    const split: SourceDocument = {
      ...truth,
      blocks: truth.blocks.map((b) =>
        b === first(truth)
          ? {
              ...first(truth),
              rows: first(truth).rows.map((row, r) =>
                r === 10 ? { ...row, cells: row.cells.map(({ rowSpan: _, ...c }) => c) } : r === 11 ? { ...row, cells: [...row.cells, { paragraphs: [''] }] } : row,
              ),
            }
          : b,
      ),
    };
    expect(read).toEqual(split);
  }, 120_000);
});
