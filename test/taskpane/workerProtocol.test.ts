import { isTable, simpleTable, type SourceDocument } from '../../src/core/document';
import { documentPieces, joinPieces, SLICE } from '../../src/taskpane/check/protocol';
import { seedDocument } from '../fixtures/seed';
import { syntheticDocument } from '../fixtures/synthetic';

/** The document goes to the check worker in parts and must arrive whole, in order. */
const roundTrip = (doc: SourceDocument): SourceDocument => joinPieces({ ...doc, blocks: [] }, documentPieces(doc).flat());

const weight = (pieces: ReturnType<typeof documentPieces>[number]): number =>
  pieces.reduce((n, p) => n + ('whole' in p ? (isTable(p.whole) ? p.whole.rows.length : 1) : p.rows.length), 0);

describe('the document sent to the worker in parts', () => {
  it('the seed arrives as it was, in one message', () => {
    expect(roundTrip(seedDocument)).toEqual(seedDocument);
    expect(documentPieces(seedDocument)).toHaveLength(1);
  });

  it('a 10,000-row document in tables of 50 arrives whole, in messages of about SLICE rows', () => {
    const doc = syntheticDocument(10_000, 2);
    expect(roundTrip(doc)).toEqual(doc);
    const messages = documentPieces(doc);
    expect(messages.length).toBeGreaterThan(5);
    // A message closes once the next block would pass SLICE; a 50-row table never splits.
    for (const message of messages) expect(weight(message)).toBeLessThanOrEqual(SLICE);
  });

  it('one table of 2,500 rows is cut into row pieces and joined again, with its other fields', () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => [[`4.${i} Maatregel`], ['x'], ['N.v.t.'], ['BZK']]);
    const table = { ...simpleTable(rows), note: 'kept' } as unknown as ReturnType<typeof simpleTable>;
    const doc: SourceDocument = { blocks: [{ kind: 'paragraph', text: 'Titel' }, table, { kind: 'paragraph', text: '19 juni 2021' }], trackedChanges: true };
    const messages = documentPieces(doc);
    expect(messages.flat().filter((p) => 'rows' in p)).toHaveLength(3);
    expect(roundTrip(doc)).toEqual(doc);
  });
});
