import { readStatusTable, type StatusTable } from '../../../src/core';
import {
  MAX_PLANNING,
  MAX_SNAPSHOT_CHARS,
  readSnapshot,
  serialiseSnapshot,
  snapshotNotice,
  takeSnapshot,
  textHash,
} from '../../../src/core/review';
import { doc, heading, row } from '../helpers';
import { seedDocument } from '../../fixtures/seed';

const tableOf = (document: ReturnType<typeof doc>): StatusTable => {
  const read = readStatusTable(document);
  if (!read.ok) throw new Error(read.reason);
  return read.table;
};

const small = (): StatusTable =>
  tableOf(
    doc([
      heading('HUISVESTING'),
      row('4.1. Woningen', 'Loopt|Tweede alinea', 'eind september  2021', 'BZK'),
      row('Ondersteuningsmaatregelen', 'Gestart', 'N.v.t.', ' COA '),
    ]),
  );

describe('takeSnapshot', () => {
  it('keeps per measure its number or title, its status as a hash, its planning and deadline, its trekker; the headings; the date', () => {
    const snapshot = takeSnapshot(small(), '2021-06-19');
    expect(snapshot).toEqual({
      version: 1,
      date: '2021-06-19',
      headings: ['HUISVESTING'],
      measures: [
        // "4.1." is number 4.1 with a trailing dot; "eind september" is the last third of the month: latest 30 September.
        { number: '4.1', title: 'Woningen', status: textHash('Loopt\nTweede alinea'), planning: 'eind september 2021', deadline: '2021-09-30', trekker: 'BZK' },
        // No number: the whole measure cell is its title; N.v.t. names no date, so no deadline.
        { title: 'Ondersteuningsmaatregelen', status: textHash('Gestart'), planning: 'N.v.t.', trekker: 'COA' },
      ],
    });
  });

  it('has no date when the table had no stamp', () => {
    const table = tableOf(doc([row('4.1 A', 'x', '2030', 'BZK')], []));
    expect(takeSnapshot(table, undefined)).not.toHaveProperty('date');
  });

  it('cuts a long planning and keeps the hash of the whole', () => {
    const long = `Bespreking ${'en verder '.repeat(80)}in najaar 2021`;
    const table = tableOf(doc([row('4.1 A', 'x', long, 'BZK')]));
    const [measure] = takeSnapshot(table, '2021-06-19').measures;
    expect(measure?.planning).toBe(long.slice(0, MAX_PLANNING));
    expect(measure?.planningHash).toBe(textHash(long));
    // The deadline still comes from the whole text: najaar ends on 20 December.
    expect(measure?.deadline).toBe('2021-12-20');
  });

  it('takes the seed’s 12 measures and 5 headings', () => {
    const read = readStatusTable(seedDocument);
    if (!read.ok) throw new Error(read.reason);
    const snapshot = takeSnapshot(read.table, read.table.dateStamp?.date);
    expect(snapshot.date).toBe('2021-06-19');
    expect(snapshot.headings).toHaveLength(5);
    expect(snapshot.measures.map((m) => m.number ?? m.title)).toEqual([
      '4.2.1', '4.2.3', '4.2.5', '4.3.1', '4.3.2', '5.2.1', '5.2.2', '5.2.3', 'Ondersteuningsmaatregelen', '7.2', '8.2.1', '8.2.2',
    ]);
    expect(snapshot.measures.find((m) => m.number === '4.3.2')).toMatchObject({ planning: 'Openstelling in najaar 2021', deadline: '2021-12-20', trekker: 'BZK' });
    expect(serialiseSnapshot(snapshot).length).toBeLessThan(6000);
  });
});

describe('serialiseSnapshot and readSnapshot', () => {
  const snapshot = takeSnapshot(small(), '2021-06-19');
  const stored = (change: (value: Record<string, unknown>) => void): string => {
    const value = JSON.parse(serialiseSnapshot(snapshot)) as Record<string, unknown>;
    change(value);
    return JSON.stringify(value);
  };
  const firstMeasure = (value: Record<string, unknown>): Record<string, unknown> => (value.measures as Record<string, unknown>[])[0] ?? {};

  it('reads back exactly what it wrote', () => {
    expect(readSnapshot(serialiseSnapshot(snapshot))).toEqual({ status: 'ok', snapshot });
  });

  it('finds nothing in nothing', () => {
    expect(readSnapshot(undefined)).toEqual({ status: 'none' });
    expect(readSnapshot('  ')).toEqual({ status: 'none' });
  });

  it('ignores a damaged snapshot as a whole, with the reason', () => {
    const damaged = { status: 'ignored', problem: 'damaged' };
    expect(readSnapshot(serialiseSnapshot(snapshot).slice(0, 80))).toEqual(damaged);
    expect(readSnapshot('[]')).toEqual(damaged);
    expect(readSnapshot('{"format":"iets anders","version":1}')).toEqual(damaged);
    expect(readSnapshot(stored((v) => (v.version = '1')))).toEqual(damaged);
    expect(readSnapshot(stored((v) => (v.date = '2021-02-30')))).toEqual(damaged);
    expect(readSnapshot(stored((v) => (v.headings = ['HUISVESTING', 7])))).toEqual(damaged);
    expect(readSnapshot(stored((v) => (firstMeasure(v).status = 'abc')))).toEqual(damaged);
    expect(readSnapshot(stored((v) => (firstMeasure(v).number = '4.1.')))).toEqual(damaged);
    expect(readSnapshot(stored((v) => (firstMeasure(v).deadline = 'najaar')))).toEqual(damaged);
    expect(readSnapshot(stored((v) => delete firstMeasure(v).trekker))).toEqual(damaged);
    expect(readSnapshot(stored((v) => (firstMeasure(v).planning = 'x'.repeat(MAX_PLANNING + 1))))).toEqual(damaged);
  });

  it('ignores another version and an oversized text without reading them', () => {
    expect(readSnapshot(stored((v) => (v.version = 2)))).toEqual({ status: 'ignored', problem: 'unknown-version' });
    expect(readSnapshot(' '.repeat(MAX_SNAPSHOT_CHARS) + serialiseSnapshot(snapshot))).toEqual({ status: 'ignored', problem: 'too-large' });
  });

  it('leaves out fields it does not know (written by a later add-in of the same version)', () => {
    const read = readSnapshot(stored((v) => ((firstMeasure(v).colour = 'red'), (v.extra = true))));
    expect(read).toEqual({ status: 'ok', snapshot });
  });

  it('explains each problem in both languages', () => {
    for (const problem of ['damaged', 'unknown-version', 'too-large'] as const) {
      const notice = snapshotNotice(problem);
      expect(notice.nl).toMatch(/genegeerd/);
      expect(notice.en).toMatch(/ignored/);
    }
  });
});
