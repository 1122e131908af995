import { isCellLocation, type Location } from '../../src/core/document';
import { diffSnapshot, findingComments, isOwnCommentText, readSnapshot, readStatusTable, takeSnapshot } from '../../src/core';
import { snapshotJsonIn } from '../../src/hosts/files/snapshotPart';
import { HostError } from '../../src/hosts/host';
import { loadSnapshot, placeComments, refreshDateStamp, removeComments } from '../../src/hosts/operations';
import { paragraphsIn, type CommentNode, type ParagraphNode, type WordSimulator } from '../../src/simulator/word';
import { seedDocument } from '../fixtures/seed';
import { checkedReport } from '../support/check';
import { openWord } from '../support/hosts';

/**
 * The review round in Word (src/hosts/word/review.ts) on Microsoft's Word client over the
 * simulator: findings as comments (WordApi 1.4) and the stand in a custom XML part (Common API).
 */

const TODAY = '2026-11-24';

/** The paragraphs of the cell (or the paragraph) a location names, in the live document. */
const paragraphsAt = (sim: WordSimulator, location: Location): ParagraphNode[] => {
  if (!isCellLocation(location)) {
    // A body paragraph (the date stamp): the one whose text is that block's.
    const block = sim.snapshot().blocks[location.block];
    return paragraphsIn(sim.document.body, false).filter((p) => block?.kind === 'paragraph' && p.runs.map((r) => r.text).join('') === block.text);
  }
  const row = sim.tableAt(location.block)?.rows[location.row];
  const cell = row?.cells[Math.min(location.column ?? 0, (row?.cells.length ?? 1) - 1)];
  return cell ? paragraphsIn(cell, true) : [];
};

const personsComment = (sim: WordSimulator, paragraph: ParagraphNode, content: string, id: string): CommentNode => ({
  id,
  authorName: 'Jan Jansen',
  authorEmail: 'jan@example.invalid',
  content,
  resolved: false,
  creationDate: '2026-11-20T10:00:00Z',
  paragraph,
});

describe('findings as Word comments', () => {
  it('places one comment per finding on its cell, in at most 3 syncs, with the finding’s text', async () => {
    const { sim, host } = openWord(seedDocument);
    const report = await checkedReport(host, TODAY);
    sim.resetTraffic();
    const result = await placeComments(host, report, report.findings, 'nl');
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(result).toEqual({ placed: report.findings.length, removed: 0, kept: 0 });
    const expected = findingComments(report.table, report.findings, 'nl');
    expect(sim.document.comments).toHaveLength(expected.length);
    // Each comment is on a paragraph of the finding's cell, with the finding's text.
    expected.forEach((comment) => {
      const onCell = sim.document.comments.filter((c) => paragraphsAt(sim, comment.location).includes(c.paragraph) && c.content === comment.text);
      expect([comment.text, onCell.length]).toEqual([comment.text, 1]);
    });
  });

  it('placing again keeps the count, in at most 3 syncs; a person’s comment, an answered and a resolved one of ours survive; remove takes only ours', async () => {
    const { sim, host } = openWord(seedDocument);
    const report = await checkedReport(host, TODAY);
    await placeComments(host, report, report.findings, 'nl');
    const first = sim.document.comments.length;
    const title = sim.document.body.blocks.find((b): b is ParagraphNode => b.kind === 'paragraph') as ParagraphNode;
    sim.edit((doc) => {
      doc.comments.push(personsComment(sim, title, 'Klopt de titel?', '{person-1}'));
      // A person answers one of ours and resolves another.
      const [answered, resolved] = doc.comments.filter((c) => isOwnCommentText(c.content));
      if (!answered || !resolved) throw new Error('two comments of ours expected');
      answered.replies = [{ id: '{reply-1}', authorName: 'Jan Jansen', authorEmail: 'jan@example.invalid', content: 'Volgt in december.', creationDate: '2026-11-21T09:00:00Z' }];
      resolved.resolved = true;
    });
    sim.resetTraffic();
    const again = await placeComments(host, report, report.findings, 'nl');
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(again).toEqual({ placed: report.findings.length, removed: first - 2, kept: 2 });
    // Ours: the new ones plus the two a person took up; the person's own comment and reply stay.
    expect(sim.document.comments).toHaveLength(first + 2 + 1);
    expect(sim.document.comments.filter((c) => c.id === '{person-1}')).toHaveLength(1);
    expect(sim.document.comments.flatMap((c) => c.replies ?? []).map((r) => r.content)).toEqual(['Volgt in december.']);

    const removed = await removeComments(host);
    expect(removed).toEqual({ placed: 0, removed: report.findings.length, kept: 2 });
    expect(sim.document.comments.map((c) => c.authorName === 'Jan Jansen' || c.resolved || (c.replies ?? []).length > 0)).toEqual(sim.document.comments.map(() => true));
    expect(sim.document.comments).toHaveLength(3);
  });

  it('writes no comment into a protected document, and does where protection allows comments', async () => {
    const locked = openWord(seedDocument, { protection: 'AllowOnlyReading' });
    const report = await checkedReport(locked.host, TODAY);
    await expect(placeComments(locked.host, report, report.findings, 'nl')).rejects.toMatchObject({ code: 'protected' });
    expect(locked.sim.document.comments).toHaveLength(0);
    const commentsOnly = openWord(seedDocument, { protection: 'AllowOnlyComments' });
    const allowed = await placeComments(commentsOnly.host, report, report.findings, 'nl');
    expect(allowed.placed).toBe(report.findings.length);
  });

  it('says which requirement set is missing where Word has no comments (WordApi 1.3)', async () => {
    const { sim, host } = openWord(seedDocument, { requirementSets: { WordApi: '1.3' } });
    const report = await checkedReport(host, TODAY);
    const error = await placeComments(host, report, report.findings, 'nl').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'requirement-missing', detail: 'WordApi 1.4' });
    expect(sim.document.comments).toHaveLength(0);
  });

  it('syncs as often for 1,000 findings as for one', async () => {
    const { sim, host } = openWord(seedDocument);
    const report = await checkedReport(host, TODAY);
    const one = report.findings.slice(0, 1);
    const many = Array.from({ length: 1000 }, (_, i) => report.findings[i % report.findings.length] as (typeof report.findings)[number]);
    sim.resetTraffic();
    await placeComments(host, report, one, 'nl');
    const forOne = sim.syncCount;
    sim.resetTraffic();
    await placeComments(host, report, many, 'nl');
    expect(sim.syncCount).toBe(forOne);
    expect(sim.document.comments).toHaveLength(1000);
  });
});

describe('the stand in Word', () => {
  it('keeps the table under the old stamp’s date in a custom XML part the .docx reader reads, and reads it back', async () => {
    const { sim, host } = openWord(seedDocument);
    expect(await loadSnapshot(host)).toEqual({ status: 'none' });
    const result = await refreshDateStamp(host, TODAY);
    expect(result.snapshot).toBe('saved');
    const seed = readStatusTable(seedDocument);
    if (!seed.ok) throw new Error(seed.reason);
    const expected = takeSnapshot(seed.table, '2021-06-19');
    expect(await loadSnapshot(host)).toEqual({ status: 'ok', snapshot: expected });
    // One part, in the form the command line reads from a .docx.
    expect(sim.office.customXml.parts).toHaveLength(1);
    expect(readSnapshot(snapshotJsonIn('item1.xml', sim.office.customXml.parts[0]?.xml ?? ''))).toEqual({ status: 'ok', snapshot: expected });

    // A planning edited since: the diff names that one change, every other measure's status is unchanged.
    const table = sim.tableAt(1);
    const planning = table ? paragraphsIn(table.rows[3]?.cells[2] ?? { blocks: [] }, true)[0] : undefined;
    if (!planning) throw new Error('no planning cell');
    sim.edit(() => {
      planning.runs = [{ ...(planning.runs[0] ?? { bold: false }), text: 'eind 2027' }];
    });
    const now = readStatusTable(await host.read());
    if (!now.ok) throw new Error(now.reason);
    expect(diffSnapshot(expected, now.table).map((change) => change.kind)).toEqual(['planning.changed']);
    const report = await checkedReport(host, TODAY);
    // The row whose planning was edited was looked at; every other status is as it was.
    expect(report.findings.filter((f) => f.rule === 'status.unchanged').length).toBe(expected.measures.length - 1);
  });

  it('replaces its own part on the next stand and leaves anyone else’s alone; a damaged part is a notice', async () => {
    const theirs = '<?xml version="1.0"?><props xmlns="urn:someone-else"><x>1</x></props>';
    const { sim, host } = openWord(seedDocument, { customXmlParts: [theirs] });
    await refreshDateStamp(host, '2026-11-01');
    await refreshDateStamp(host, TODAY);
    expect(sim.office.customXml.parts.map((p) => p.xml)).toContain(theirs);
    expect(sim.office.customXml.parts).toHaveLength(2);
    const loaded = await loadSnapshot(host);
    expect(loaded.status === 'ok' && loaded.snapshot.date).toBe('2026-11-01');
    const damaged = openWord(seedDocument, { customXmlParts: ['<snapshot xmlns="urn:statustabel:snapshot">{"format":'] });
    expect(await loadSnapshot(damaged.host)).toEqual({ status: 'ignored', problem: 'damaged' });
  });

  it('is not kept where Word lacks the CustomXmlParts set, and the stamp still moves', async () => {
    const { host } = openWord(seedDocument, { requirementSets: { WordApi: '1.4' } });
    expect(host.capabilities.snapshots).toBeUndefined();
    expect((await refreshDateStamp(host, TODAY)).snapshot).toBe('unsupported');
  });
});
