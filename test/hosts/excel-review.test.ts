import { columnLetters } from '../../src/core/a1';
import { findingComments, isOwnCommentText, readStatusTable, takeSnapshot } from '../../src/core';
import { snapshotJsonIn } from '../../src/hosts/files/snapshotPart';
import { fixDocument, loadSnapshot, placeComments, refreshDateStamp, removeComments, runCheck } from '../../src/hosts/operations';
import { readSnapshot } from '../../src/core';
import type { ExcelStatusHost } from '../../src/hosts/excel';
import type { CommentModel, ExcelSimulator } from '../../src/simulator/excel';
import { seedDocument, seedWithout } from '../fixtures/seed';

const seedDate = (): string | undefined => {
  const seed = readStatusTable(seedDocument);
  if (!seed.ok) throw new Error(seed.reason);
  return seed.table.dateStamp?.date;
};
import { checkedReport, type OkReport } from '../support/check';
import { openExcel } from '../support/hosts';

/**
 * The review round in Excel (src/hosts/excel/review.ts) on Microsoft's Excel client over the
 * simulator: findings as comments (ExcelApi 1.10) and the stand in a custom XML part (ExcelApi 1.5).
 */

const TODAY = '2026-11-24';

const cellName = (c: Pick<CommentModel, 'row' | 'column'>): string => `${columnLetters(c.column)}${c.row + 1}`;

/** The comments of the simulated workbook by cell. */
const byCell = (sim: ExcelSimulator): Map<string, string> => new Map((sim.workbook.comments ?? []).map((c) => [cellName(c), c.content]));

/**
 * What the comments should say, cell by cell: the findings' texts on each finding's cell, one
 * thread per cell. The cell is where the host's `select` puts the selection for that location
 * (its mapping is tested with the selection in excel.test.ts).
 */
const expectedComments = async (sim: ExcelSimulator, host: ExcelStatusHost, report: OkReport): Promise<Map<string, string>> => {
  const expected = new Map<string, string>();
  for (const comment of findingComments(report.table, report.findings, 'nl')) {
    await host.capabilities.select(comment.location);
    const area = sim.workbook.selection?.area;
    if (!area) throw new Error(`no cell for ${JSON.stringify(comment.location)}`);
    const cell = cellName(area);
    expected.set(cell, expected.has(cell) ? `${expected.get(cell)}\n\n${comment.text}` : comment.text);
  }
  return expected;
};

describe('findings as Excel comments', () => {
  it('places the findings on their cells (one thread per cell) in at most 3 syncs', async () => {
    const { sim, host } = openExcel(seedDocument);
    const report = await checkedReport(host, TODAY);
    sim.resetTraffic();
    const result = await placeComments(host, report, report.findings, 'nl');
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(result).toEqual({ placed: report.findings.length, removed: 0, kept: 0 });
    expect(byCell(sim)).toEqual(await expectedComments(sim, host, report));
  });

  it('placing again keeps the count; a person’s thread, and ours that a person answered or resolved, survive; remove takes only ours', async () => {
    const { sim, host } = openExcel(seedDocument);
    const report = await checkedReport(host, TODAY);
    await placeComments(host, report, report.findings, 'nl');
    const first = [...byCell(sim)];
    const sheet = sim.workbook.sheets[0];
    if (!sheet) throw new Error('no sheet');
    sim.workbook.comments?.push({
      id: '{person-1}', sheet, row: 0, column: 5, content: 'Klopt de titel?', authorName: 'Jan Jansen', authorEmail: 'jan@example.invalid',
      creationDate: '2026-11-20T10:00:00Z', resolved: false, replies: [],
    });
    const [answered, resolved] = (sim.workbook.comments ?? []).filter((c) => isOwnCommentText(c.content));
    if (!answered || !resolved) throw new Error('two comments of ours expected');
    answered.replies.push({ id: '{reply-1}', content: 'Volgt in december.', authorName: 'Jan Jansen', authorEmail: 'jan@example.invalid', creationDate: '2026-11-21T09:00:00Z' });
    resolved.resolved = true;
    const takenFindings = [answered, resolved].reduce((n, c) => n + c.content.split('— Statustabel').length - 1, 0);

    sim.resetTraffic();
    const again = await placeComments(host, report, report.findings, 'nl');
    expect(sim.syncCount).toBeLessThanOrEqual(3);
    expect(again).toEqual({ placed: report.findings.length - takenFindings, removed: first.length - 2, kept: 2, skipped: takenFindings });
    // The same threads on the same cells, plus the person's.
    expect(byCell(sim)).toEqual(new Map([...first, ['F1', 'Klopt de titel?']]));
    expect(answered.replies.map((r) => r.content)).toEqual(['Volgt in december.']);

    const removed = await removeComments(host);
    expect(removed).toEqual({ placed: 0, removed: first.length - 2, kept: 2 });
    expect((sim.workbook.comments ?? []).map((c) => c.id).sort()).toEqual([answered.id, resolved.id, '{person-1}'].sort());
  });

  it('syncs as often for 1,000 findings as for one', async () => {
    const { sim, host } = openExcel(seedDocument);
    const report = await checkedReport(host, TODAY);
    const many = Array.from({ length: 1000 }, (_, i) => report.findings[i % report.findings.length] as (typeof report.findings)[number]);
    sim.resetTraffic();
    await placeComments(host, report, report.findings.slice(0, 1), 'nl');
    const forOne = sim.syncCount;
    await removeComments(host);
    sim.resetTraffic();
    await placeComments(host, report, many, 'nl');
    expect(sim.syncCount).toBe(forOne);
  });

  it('writes none on a protected sheet, and says which set is missing below ExcelApi 1.10', async () => {
    const locked = openExcel(seedDocument, { protected: true });
    const report = await checkedReport(locked.host, TODAY);
    await expect(placeComments(locked.host, report, report.findings, 'nl')).rejects.toMatchObject({ code: 'protected' });
    expect(locked.sim.workbook.comments ?? []).toEqual([]);
    const old = openExcel(seedDocument, { requirementSets: { ExcelApi: '1.9' } });
    await expect(placeComments(old.host, report, report.findings, 'nl')).rejects.toMatchObject({ code: 'requirement-missing', detail: 'ExcelApi 1.10' });
  });
});

describe('the stand in Excel', () => {
  it('keeps the table under the old stamp’s date in a custom XML part the .xlsx reader reads, replacing its own each time', async () => {
    const { sim, host } = openExcel(seedDocument);
    expect(await loadSnapshot(host)).toEqual({ status: 'none' });
    const seed = readStatusTable(seedDocument);
    if (!seed.ok) throw new Error(seed.reason);
    const before = readStatusTable(await host.read());
    if (!before.ok) throw new Error(before.reason);
    expect((await refreshDateStamp(host, '2026-11-01')).snapshot).toBe('saved');
    const expected = takeSnapshot(before.table, before.table.dateStamp?.date);
    expect(await loadSnapshot(host)).toEqual({ status: 'ok', snapshot: expected });
    expect(sim.workbook.customXmlParts).toHaveLength(1);
    expect(readSnapshot(snapshotJsonIn('item1.xml', sim.workbook.customXmlParts?.[0]?.xml ?? ''))).toEqual({ status: 'ok', snapshot: expected });
    await refreshDateStamp(host, TODAY);
    expect(sim.workbook.customXmlParts).toHaveLength(1);
    const loaded = await loadSnapshot(host);
    expect(loaded.status === 'ok' && loaded.snapshot.date).toBe('2026-11-01');
  });

  // Issue 9's targets: the stand costs the stamp no syncs of its own (it rides in the update's read
  // and write, 1 + 1 on a plain range), and a check that reads a kept stand 1 + the table's 1.
  it('keeps the stand within the stamp’s two syncs, and a check reads it in two', async () => {
    const { sim, host } = openExcel(seedDocument);
    sim.resetTraffic();
    expect((await refreshDateStamp(host, '2026-11-01')).snapshot).toBe('saved');
    expect(sim.traffic.syncs).toBe(2);
    expect(sim.workbook.customXmlParts).toHaveLength(1);
    sim.resetTraffic();
    const outcome = await runCheck(host, TODAY);
    expect(sim.traffic.syncs).toBe(2);
    expect(outcome.snapshot.status === 'ok' && outcome.snapshot.snapshot.date).toBe(seedDate());
    sim.resetTraffic();
    expect((await refreshDateStamp(host, TODAY)).snapshot).toBe('saved');
    expect(sim.traffic.syncs).toBe(2);
    expect(sim.workbook.customXmlParts).toHaveLength(1);
    const loaded = await loadSnapshot(host);
    expect(loaded.status === 'ok' && loaded.snapshot.date).toBe('2026-11-01');
  });

  it('reads the newest of two parts (a save stopped between its add and its delete), and the next stamp leaves one', async () => {
    const { sim, host } = openExcel(seedDocument);
    await refreshDateStamp(host, '2026-11-01');
    const older = sim.workbook.customXmlParts?.[0];
    await refreshDateStamp(host, TODAY);
    const newer = sim.workbook.customXmlParts?.[0];
    if (!older || !newer) throw new Error('no stand kept');
    // The older stand back in front of the newer, as a save that added but never deleted leaves them.
    sim.workbook.customXmlParts = [older, newer];
    sim.resetTraffic();
    const loaded = await loadSnapshot(host);
    expect(sim.traffic.syncs).toBe(3);
    expect(loaded.status === 'ok' && loaded.snapshot.date).toBe('2026-11-01');
    await refreshDateStamp(host, '2026-12-01');
    expect(sim.workbook.customXmlParts).toHaveLength(1);
  });

  it('with headings going in too, still keeps the table as written', async () => {
    const { sim, host } = openExcel(seedWithout('INBURGERING'));
    const result = await fixDocument(host, { headings: true, datestamp: true, today: TODAY });
    expect(result.snapshot).toBe('saved');
    const after = readStatusTable(await host.read());
    if (!after.ok) throw new Error(after.reason);
    const loaded = await loadSnapshot(host);
    expect(loaded).toEqual({ status: 'ok', snapshot: takeSnapshot(after.table, seedDate()) });
    expect(sim.workbook.customXmlParts).toHaveLength(1);
  });

  it('is not kept below ExcelApi 1.5', async () => {
    const { host } = openExcel(seedDocument, { requirementSets: { ExcelApi: '1.4' } });
    expect(host.capabilities.snapshots).toBeUndefined();
  });
});
