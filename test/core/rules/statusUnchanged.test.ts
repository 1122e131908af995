import { checkDocument, readStatusTable, takeSnapshot, DEFAULT_SETTINGS, type RuleId, type Snapshot, type SourceDocument } from '../../../src/core';
import { doc, heading, row } from '../helpers';
import { subjects } from './run';

const ROWS = [
  heading('HUISVESTING'),
  row('4.1 Woningen', 'Loopt', 'eind 2030', 'BZK'),
  row('4.2 Tussenvoorzieningen', 'Gestart', 'eind 2030', 'BZK'),
  row('4.3 Leeg', '', 'eind 2030', 'BZK'),
];

/** The stand the document recorded when its stamp moved on from 19 June 2021. */
const stand = (): Snapshot => {
  const read = readStatusTable(doc(ROWS));
  if (!read.ok) throw new Error(read.reason);
  return takeSnapshot(read.table, '2021-06-19');
};

/** `null`: the document keeps no snapshot. */
const unchanged = (document: SourceDocument, snapshot: Snapshot | null = stand(), disabledRules: RuleId[] = []) => {
  const report = checkDocument(document, { today: '2021-12-01', settings: { ...DEFAULT_SETTINGS, disabledRules }, ...(snapshot ? { snapshot } : {}) });
  if (!report.ok) throw new Error(report.reason);
  return report.findings.filter((f) => f.rule === 'status.unchanged');
};

describe('status.unchanged', () => {
  it('passes over a row whose planning or trekker was edited this round: someone looked at it', () => {
    const now = doc(
      [
        heading('HUISVESTING'),
        row('4.1 Woningen', 'Loopt', 'medio 2031', 'BZK'),
        row('4.2 Tussenvoorzieningen', 'Gestart', 'eind 2030', 'BZK, COA'),
        row('4.3 Leeg', '', 'eind 2030', 'BZK'),
      ],
      ['1 december 2021'],
    );
    expect(subjects(unchanged(now))).toEqual([]);
  });

  it('warns for each status left byte for byte as it was, once the stamp has moved on; not for one edited or empty', () => {
    const now = doc(
      [heading('HUISVESTING'), row('4.1 Woningen', 'Loopt', 'eind 2030', 'BZK'), row('4.2 Tussenvoorzieningen', 'Gestart, offertes binnen', 'eind 2030', 'BZK'), row('4.3 Leeg', '', 'eind 2030', 'BZK')],
      ['1 december 2021'],
    );
    const found = unchanged(now);
    expect(subjects(found)).toEqual(['4.1']);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.location).toEqual({ block: 0, row: 2, column: 1 });
    expect(found[0]?.message.nl).toBe(
      'Bij maatregel 4.1 staat dezelfde stand van zaken als op 19 juni 2021.',
    );
    // The previous stand's date in English, never the Dutch "19 juni".
    expect(found[0]?.message.en).toBe('Measure 4.1 has the same status as on 19 June 2021.');
  });

  it('says nothing while the stamp still carries the stand’s date, or without a stamp or a snapshot', () => {
    expect(unchanged(doc(ROWS, ['19 juni 2021']))).toEqual([]);
    expect(unchanged(doc(ROWS, []))).toEqual([]);
    expect(unchanged(doc(ROWS, ['1 december 2021']), null)).toEqual([]);
  });

  it('counts a trailing space as a change: byte for byte', () => {
    const now = doc([heading('HUISVESTING'), row('4.1 Woningen', 'Loopt ', 'eind 2030', 'BZK'), row('4.2 Tussenvoorzieningen', 'Gestart', 'eind 2030', 'BZK')], ['1 december 2021']);
    expect(subjects(unchanged(now))).toEqual(['4.2']);
  });

  it('follows a renumbered measure by its title', () => {
    const now = doc([heading('HUISVESTING'), row('4.7 Woningen', 'Loopt', 'eind 2030', 'BZK')], ['1 december 2021']);
    expect(subjects(unchanged(now))).toEqual(['4.7']);
  });

  it('is switched off like every rule', () => {
    expect(unchanged(doc(ROWS, ['1 december 2021']), stand(), ['status.unchanged'])).toEqual([]);
    expect(subjects(unchanged(doc(ROWS, ['1 december 2021'])))).toEqual(['4.1', '4.2']);
  });

  it('warns after a stamp that had no date at the stand, once the table has one', () => {
    const read = readStatusTable(doc(ROWS, []));
    if (!read.ok) throw new Error(read.reason);
    expect(subjects(unchanged(doc(ROWS, ['1 december 2021']), takeSnapshot(read.table, undefined)))).toEqual(['4.1', '4.2']);
  });
});
