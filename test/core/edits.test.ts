import { bottomUp, changedSince, isTable, sourceCell, planDateStamp, planHeadings, readStatusTable, type InsertHeadingEdit, type SourceDocument, type StatusTable } from '../../src/core';
import { seedDocument, seedWithout } from '../fixtures/seed';
import { completeRows, doc, heading, row } from './helpers';

const rowsOnly = (edits: ReturnType<typeof planHeadings>): InsertHeadingEdit[] =>
  edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading');

/** The first paragraph of cell `cell` of row `row` in block `block`. */
const textAt = (d: SourceDocument, block: number, r: number, cell: number): string | undefined => {
  const b = d.blocks[block];
  return isTable(b) ? b.rows[r]?.cells[cell]?.paragraphs[0] : undefined;
};

const tableOf = (d: Parameters<typeof readStatusTable>[0]): StatusTable => {
  const r = readStatusTable(d);
  if (!r.ok) throw new Error(r.reason);
  return r.table;
};

describe('planHeadings', () => {
  it('plans nothing for the seed', () => {
    expect(planHeadings(tableOf(seedDocument))).toEqual([]);
  });

  it('puts INBURGERING directly above 7.2 when it is missing', () => {
    const variant = seedWithout('INBURGERING');
    const edits = planHeadings(tableOf(variant));
    expect(edits).toEqual([
      { kind: 'insertHeading', text: 'INBURGERING', chapter: 7, block: 5, beforeRow: 4, width: 4 },
    ]);
    expect(textAt(variant, 5, 4, 0)).toBe('7.2 Ondersteuningsmaatregelen');
  });

  it('puts HUISVESTING above the first chapter-4 measure, after the header', () => {
    const [edit] = planHeadings(tableOf(seedWithout('HUISVESTING')));
    expect(edit).toMatchObject({ text: 'HUISVESTING', block: 1, beforeRow: 1 });
  });

  it('places a heading without measures in its standard order, before the next heading', () => {
    const rows = completeRows().filter((r) => !(r[0]?.[0] === 'INBURGERING' || r[0]?.[0]?.startsWith('7.1')));
    const [edit] = planHeadings(tableOf(doc(rows)));
    // Rows: header 0, HUISVESTING 1, 4.1 2, OPVANG KT 3, 5.1 4, OPVANG MT 5, 6.1 6, ONDERSTEUNING 7.
    expect(edit).toMatchObject({ text: 'INBURGERING', block: 0, beforeRow: 7 });
  });

  it('appends the last heading after the last row when nothing follows it', () => {
    const rows = completeRows().slice(0, 8);
    const [edit] = planHeadings(tableOf(doc(rows)));
    expect(edit).toMatchObject({ text: "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES", block: 0, beforeRow: 9 });
  });

  it('appends a heading after the last measure’s last row when its measure cell is merged down over two rows', () => {
    // 5.1.1 takes rows 3 and 4: its measure and trekker cells are merged down, its status has a line in each row.
    const merged: SourceDocument = {
      blocks: [
        {
          kind: 'table',
          rows: [
            { cells: ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'].map((t) => sourceCell([t])) },
            { cells: [sourceCell(['HUISVESTING'], 4)] },
            { cells: [sourceCell(['4.1.1 Tussenvoorzieningen']), sourceCell(['Loopt.']), sourceCell(['eind 2030']), sourceCell(['BZK'])] },
            { cells: [sourceCell(['5.1.1 Spoedopvang'], 1, 2), sourceCell(['Opdracht verleend.']), sourceCell(['najaar 2030']), sourceCell(['COA'], 1, 2)] },
            { cells: [sourceCell(['Eerste locatie open.']), sourceCell([''])] },
          ],
        },
      ],
    };
    const table = tableOf(merged);
    expect(table.measureRows.map((m) => [m.subject, m.location.row, m.lastRow])).toEqual([
      ['4.1.1', 2, undefined],
      ['5.1.1', 3, 4],
    ]);
    const last = rowsOnly(planHeadings(table)).find((e) => e.chapter === 8);
    expect(last).toMatchObject({ block: 0, beforeRow: 5 });
  });

  it('plans every missing heading, and bottomUp orders them for safe application', () => {
    const edits = planHeadings(tableOf(doc([row('4.1 A', 'x', '2030', 'BZK'), row('8.1 B', 'x', '2030', 'LRT')])));
    expect(edits.map((e) => e.text)).toEqual([
      'HUISVESTING',
      'OPVANG KORTE TERMIJN',
      'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING',
      'INBURGERING',
      "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES",
    ]);
    // 5, 6 and 7 have no measures: they go above chapter 8's section, in standard order.
    expect(rowsOnly(edits).map((e) => e.beforeRow)).toEqual([1, 2, 2, 2, 2]);
    expect(bottomUp(rowsOnly(edits)).map((e) => e.chapter)).toEqual([8, 7, 6, 5, 4]);
  });

  it('does not treat a non-standard uppercase row as a standard heading', () => {
    const edits = planHeadings(tableOf(doc([heading('OVERIG'), row('4.1 A', 'x', '2030', 'BZK')])));
    expect(edits[0]).toMatchObject({ text: 'HUISVESTING', beforeRow: 2 });
  });
});

describe('planDateStamp', () => {
  it('replaces the stamp paragraph', () => {
    expect(planDateStamp(tableOf(seedDocument), '2026-11-24')).toEqual([
      { kind: 'setDateStamp', text: '24 november 2026', date: '2026-11-24', block: 8, afterBlock: 7 },
    ]);
  });

  it('adds a stamp when there is none', () => {
    expect(planDateStamp(tableOf(doc([], [])), '2026-11-24')).toEqual([
      { kind: 'setDateStamp', text: '24 november 2026', date: '2026-11-24', afterBlock: 0 },
    ]);
  });

  it('plans nothing when the stamp is already today', () => {
    expect(planDateStamp(tableOf(seedDocument), '2021-06-19')).toEqual([]);
  });
});

describe('changedSince', () => {
  it('notices a co-author edit in the table an edit touches, not elsewhere', () => {
    const basis = seedWithout('INBURGERING');
    const edits = planHeadings(tableOf(basis));
    const elsewhere = JSON.parse(JSON.stringify(basis));
    elsewhere.blocks[1].rows[2].cells[3].paragraphs = ['VWS'];
    const here = JSON.parse(JSON.stringify(basis));
    here.blocks[5].rows[4].cells[3].paragraphs = ['VWS'];
    expect(changedSince(basis, elsewhere, edits)).toBe(false);
    expect(changedSince(basis, here, edits)).toBe(true);
  });

  it('notices a changed stamp paragraph for a stamp edit', () => {
    const edits = planDateStamp(tableOf(seedDocument), '2026-11-24');
    const restamped = JSON.parse(JSON.stringify(seedDocument));
    restamped.blocks[8].text = '20 juni 2021';
    expect(changedSince(seedDocument, restamped, edits)).toBe(true);
    expect(changedSince(seedDocument, seedDocument, edits)).toBe(false);
  });
});
