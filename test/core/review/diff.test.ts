import { readStatusTable, type SourceDocument, type StatusTable } from '../../../src/core';
import { diffSnapshot, diffSnapshots, diffTables, matchMeasures, shiftBetween, takeSnapshot, type SnapshotMeasure } from '../../../src/core/review';
import { doc, heading, row } from '../helpers';

const tableOf = (document: SourceDocument): StatusTable => {
  const read = readStatusTable(document);
  if (!read.ok) throw new Error(read.reason);
  return read.table;
};

const OLD = doc([
  heading('HUISVESTING'),
  row('4.1 Woningen', 'Loopt', 'eind september 2021', 'BZK'),
  row('4.2 Tussenvoorzieningen', 'Gestart', 'najaar 2021', 'BZK'),
  heading('OPVANG KORTE TERMIJN'),
  row('5.1 Opvang', 'Loopt', 'N.v.t.', 'COA'),
  row('5.2 Escalatie', 'Loopt', '1 maart 2022', 'JenV'),
]);

describe('diffTables', () => {
  it('reports what a round changed, kind by kind in the order of the kinds, each in document order', () => {
    const now = doc([
      heading('HUISVESTING'),
      row('4.1 Woningen', 'Loopt', 'eind december 2021', 'BZK'),
      row('4.3 Nieuwe regeling', 'Start', '2022', 'BZK'),
      heading('INBURGERING'),
      row('5.1 Opvang', 'Loopt nog', 'N.v.t.', ''),
      row('5.2 Escalatie', 'Loopt', '15 maart 2022', 'JenV'),
    ]);
    expect(diffTables(tableOf(OLD), tableOf(now))).toEqual([
      { kind: 'measure.added', measure: '4.3', after: 'Nieuwe regeling', location: { block: 0, row: 3 } },
      { kind: 'measure.removed', measure: '4.2', before: 'Tussenvoorzieningen' },
      // 30 September to 31 December: both the last day of their month, so whole months.
      { kind: 'planning.changed', measure: '4.1', before: 'eind september 2021', after: 'eind december 2021', shift: 'later', amount: { unit: 'months', count: 3 }, location: { block: 0, row: 2, column: 2 } },
      // 1 to 15 March: not the same day of the month, so days.
      { kind: 'planning.changed', measure: '5.2', before: '1 maart 2022', after: '15 maart 2022', shift: 'later', amount: { unit: 'days', count: 14 }, location: { block: 0, row: 6, column: 2 } },
      { kind: 'trekker.changed', measure: '5.1', before: 'COA', after: '', location: { block: 0, row: 5, column: 3 } },
      { kind: 'status.changed', measure: '5.1', location: { block: 0, row: 5, column: 1 } },
      { kind: 'heading.added', heading: 'INBURGERING', location: { block: 0, row: 4 } },
      { kind: 'heading.removed', heading: 'OPVANG KORTE TERMIJN' },
    ]);
  });

  it('finds nothing between a table and itself', () => {
    expect(diffTables(tableOf(OLD), tableOf(OLD))).toEqual([]);
  });

  it('sees one changed byte of a status, but not white space moved in a planning or trekker', () => {
    const now = doc([
      heading('HUISVESTING'),
      row('4.1 Woningen', 'Loopt ', 'eind  september 2021', ' BZK'),
      row('4.2 Tussenvoorzieningen', 'Gestart', 'najaar 2021', 'BZK'),
      heading('OPVANG KORTE TERMIJN'),
      row('5.1 Opvang', 'Loopt', 'N.v.t.', 'COA'),
      row('5.2 Escalatie', 'Loopt', '1 maart 2022', 'JenV'),
    ]);
    expect(diffTables(tableOf(OLD), tableOf(now))).toEqual([{ kind: 'status.changed', measure: '4.1', location: { block: 0, row: 2, column: 1 } }]);
  });

  it('follows a renumbered measure by its title and says what it was', () => {
    const now = doc([
      heading('HUISVESTING'),
      row('4.1 Woningen', 'Loopt', 'eind september 2021', 'BZK'),
      row('4.4 Tussenvoorzieningen', 'Gestart', 'voorjaar 2022', 'BZK'),
      heading('OPVANG KORTE TERMIJN'),
      row('5.1 Opvang', 'Loopt', 'N.v.t.', 'COA'),
      row('5.2 Escalatie', 'Loopt', '1 maart 2022', 'JenV'),
    ]);
    // Najaar ends on 20 December 2021, voorjaar on 20 June 2022: the same day, six months on.
    expect(diffTables(tableOf(OLD), tableOf(now))).toEqual([
      {
        kind: 'planning.changed',
        measure: '4.4',
        previously: '4.2',
        before: 'najaar 2021',
        after: 'voorjaar 2022',
        shift: 'later',
        amount: { unit: 'months', count: 6 },
        location: { block: 0, row: 3, column: 2 },
      },
    ]);
  });
});

describe('shiftBetween', () => {
  it('says which way and how far a deadline moved', () => {
    expect(shiftBetween('2021-12-20', '2021-12-20')).toEqual({ shift: 'same' });
    expect(shiftBetween('2022-03-15', '2022-03-01')).toEqual({ shift: 'earlier', amount: { unit: 'days', count: 14 } });
    // 28 February 2022 and 30 April 2022 both end their month: two months.
    expect(shiftBetween('2022-02-28', '2022-04-30')).toEqual({ shift: 'later', amount: { unit: 'months', count: 2 } });
    // 31 December 2021 to 1 January 2023: 366 days (2022 is no leap year, so 365 + 1).
    expect(shiftBetween('2021-12-31', '2023-01-01')).toEqual({ shift: 'later', amount: { unit: 'days', count: 366 } });
    expect(shiftBetween(undefined, '2022-01-01')).toEqual({ shift: 'unknown' });
    expect(shiftBetween('2022-01-01', undefined)).toEqual({ shift: 'unknown' });
  });

  it('is unknown where either planning names no date, and same where only the words changed', () => {
    const now = doc([
      heading('HUISVESTING'),
      row('4.1 Woningen', 'Loopt', 'uiterlijk 30 september 2021', 'BZK'),
      row('4.2 Tussenvoorzieningen', 'Gestart', 'najaar 2021', 'BZK'),
      heading('OPVANG KORTE TERMIJN'),
      row('5.1 Opvang', 'Loopt', 'eind 2022', 'COA'),
      row('5.2 Escalatie', 'Loopt', '1 maart 2022', 'JenV'),
    ]);
    const shifts = diffTables(tableOf(OLD), tableOf(now)).map((c) => [c.measure, c.shift]);
    expect(shifts).toEqual([
      ['4.1', 'same'],
      ['5.1', 'unknown'],
    ]);
  });
});

describe('matchMeasures', () => {
  const m = (number: string | undefined, title: string): SnapshotMeasure => ({
    ...(number ? { number } : {}),
    title,
    status: '0'.repeat(32),
    planning: '',
    trekker: '',
  });

  it('pairs by number first, then by title; a measure with a new number and a new title is removed and added', () => {
    const before = [m('4.1', 'A'), m('4.2', 'B'), m(undefined, 'Ondersteuningsmaatregelen'), m('4.3', 'C'), m('5.1', 'D')];
    const after = [m('4.1', 'A herschreven'), m('4.9', 'b'), m('6.1', 'Ondersteuningsmaatregelen'), m('4.4', 'E'), m(undefined, 'D')];
    expect(matchMeasures(before, after)).toEqual({
      // 4.1 by number (title reworded); 4.2→4.9 and the unnumbered one by title, case aside; 5.1 lost its number but kept its title.
      pairs: [
        [0, 0],
        [1, 1],
        [2, 2],
        [4, 4],
      ],
      removed: [3],
      added: [3],
    });
  });

  it('pairs a number used twice in document order', () => {
    expect(matchMeasures([m('4.1', 'A'), m('4.1', 'B')], [m('4.1', 'A'), m('4.1', 'B')]).pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('leaves an unnumbered measure that was retitled as removed and added', () => {
    expect(matchMeasures([m(undefined, 'Oud')], [m(undefined, 'Nieuw')])).toEqual({ pairs: [], removed: [0], added: [0] });
  });
});

describe('diffSnapshot and diffSnapshots', () => {
  it('compare with a stored stand the same way as with a table', () => {
    const before = tableOf(OLD);
    const now = tableOf(doc([heading('HUISVESTING'), row('4.1 Woningen', 'Loopt', 'eind september 2021', 'SZW')]));
    const snapshot = takeSnapshot(before, '2021-06-19');
    const kinds = (changes: readonly { kind: string; measure?: string; heading?: string }[]) => changes.map((c) => [c.kind, c.measure ?? c.heading]);
    const expected = [
      ['measure.removed', '4.2'],
      ['measure.removed', '5.1'],
      ['measure.removed', '5.2'],
      ['trekker.changed', '4.1'],
      ['heading.removed', 'OPVANG KORTE TERMIJN'],
    ];
    expect(kinds(diffSnapshot(snapshot, now))).toEqual(expected);
    const between = diffSnapshots(snapshot, takeSnapshot(now, undefined));
    expect(kinds(between)).toEqual(expected);
    expect(between.every((c) => c.location === undefined)).toBe(true);
  });
});
