import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { findingComments, readStatusTable } from '../../../src/core';
import { openBytes } from '../../../src/hosts/files/open';
import { placeComments, removeComments } from '../../../src/hosts/operations';
import { readZip, rewriteZip } from '../../../src/hosts/files/ooxml/zip';
import { buildFixtureXlsx } from '../../../scripts/xlsx-fixtures';
import { seedDocument } from '../../fixtures/seed';
import { describeWith } from '../../prerequisite';
import { checkedReport } from '../../support/check';

const TODAY = '2026-11-24';
const SHEET = 'xl/worksheets/sheet1.xml';

const files = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);
const text = (bytes: Uint8Array, name: string): string => strFromU8(files(bytes)[name] as Uint8Array);

/** The notes of a comments part: cell, author and text (runs joined). */
const notesOf = (bytes: Uint8Array, part = 'xl/comments1.xml'): { ref: string; author: string; text: string }[] => {
  const xml = text(bytes, part);
  const authors = [...xml.matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1] ?? '');
  return [...xml.matchAll(/<comment ref="([A-Z]+\d+)" authorId="(\d+)"[^>]*>([\s\S]*?)<\/comment>/g)].map((m) => ({
    ref: m[1] ?? '',
    author: authors[Number(m[2])] ?? '',
    text: [...(m[3] ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''),
  }));
};

/** The note boxes of a VML part: their cells, one-based A1, from x:Row and x:Column (zero-based in VML). */
const boxesOf = (bytes: Uint8Array, part: string): string[] =>
  [...text(bytes, part).matchAll(/<x:Row>\s*(\d+)\s*<\/x:Row>\s*<x:Column>\s*(\d+)\s*<\/x:Column>/g)].map((m) => `${String.fromCharCode(65 + Number(m[2]))}${Number(m[1]) + 1}`);

const placeAll = async (bytes: Uint8Array) => {
  const opened = await openBytes(bytes, 'stand.xlsx');
  const report = await checkedReport(opened.host, TODAY);
  const result = await placeComments(opened.host, report, report.findings, 'nl');
  return { result, report, bytes: opened.host.capabilities.file?.bytes() ?? new Uint8Array(), host: opened.host, address: opened.host.capabilities.file?.address };
};

/** What the notes should say, cell by cell: the findings' comments on each finding's cell, in order, one note per cell. */
const expectedNotes = async (bytes: Uint8Array): Promise<Map<string, string>> => {
  const opened = await openBytes(bytes, 'stand.xlsx');
  const report = await checkedReport(opened.host, TODAY);
  const notes = new Map<string, string>();
  for (const comment of findingComments(report.table, report.findings, 'nl')) {
    const address = opened.host.capabilities.file?.address(comment.location)?.replace(/^.*!/, '') ?? '';
    notes.set(address, notes.has(address) ? `${notes.get(address)}\n\n${comment.text}` : comment.text);
  }
  return notes;
};

describe('findings as notes in an .xlsx', () => {
  const seed = new Uint8Array(readFileSync('seeds/stand-van-zaken.xlsx'));

  it('places one note per finding cell, by Statustabel, with each finding’s text on the finding’s cell, and a box for each', async () => {
    const { result, report, bytes } = await placeAll(seed);
    expect(result).toEqual({ placed: report.findings.length, removed: 0, kept: 0 });
    const expected = await expectedNotes(seed);
    const notes = notesOf(bytes);
    expect(new Map(notes.map((n) => [n.ref, n.text]))).toEqual(expected);
    expect(notes.every((n) => n.author === 'Statustabel')).toBe(true);
    expect(boxesOf(bytes, 'xl/drawings/vmlDrawing1.vml').sort()).toEqual([...expected.keys()].sort());
  });

  it('changes nothing else: the same table read back, every other part byte for byte, the new parts related and typed', async () => {
    const { bytes } = await placeAll(seed);
    const before = files(seed);
    const after = files(bytes);
    const changed = Object.keys(before).filter((name) => !Buffer.from(before[name] as Uint8Array).equals(Buffer.from(after[name] ?? new Uint8Array())));
    const added = Object.keys(after).filter((name) => !(name in before)).sort();
    const relsExisted = 'xl/worksheets/_rels/sheet1.xml.rels' in before;
    expect(changed.sort()).toEqual(['[Content_Types].xml', SHEET, ...(relsExisted ? ['xl/worksheets/_rels/sheet1.xml.rels'] : [])].sort());
    expect(added).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', ...(relsExisted ? [] : ['xl/worksheets/_rels/sheet1.xml.rels'])].sort());
    // The sheet gained its legacyDrawing element and nothing else.
    expect(text(bytes, SHEET).replace(/<legacyDrawing xmlns:r="[^"]+" r:id="rId\d+"\/>|<legacyDrawing r:id="rId\d+"\/>/, '')).toBe(text(seed, SHEET));
    const rels = text(bytes, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"');
    expect(rels).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"');
    expect(text(bytes, '[Content_Types].xml')).toContain('<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>');
    const reread = readStatusTable(await (await openBytes(bytes, 'x.xlsx')).host.read());
    const original = readStatusTable(await (await openBytes(seed, 'seed.xlsx')).host.read());
    expect(reread).toEqual(original);
  });

  it('placing again replaces its own notes: the count stays, the parts come out the same; removing gives the notes back empty', async () => {
    const first = await placeAll(seed);
    const second = await placeAll(first.bytes);
    expect(second.result).toEqual({ placed: first.result.placed, removed: notesOf(first.bytes).length, kept: 0 });
    for (const part of ['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', SHEET, '[Content_Types].xml', 'xl/worksheets/_rels/sheet1.xml.rels']) {
      expect([part, text(second.bytes, part)]).toEqual([part, text(first.bytes, part)]);
    }
    const removed = await removeComments(second.host);
    expect(removed).toEqual({ placed: 0, removed: notesOf(first.bytes).length, kept: 0 });
    const cleared = second.host.capabilities.file?.bytes() ?? new Uint8Array();
    expect(notesOf(cleared)).toEqual([]);
    expect(boxesOf(cleared, 'xl/drawings/vmlDrawing1.vml')).toEqual([]);
  });

  it('never touches someone else’s notes or boxes, and leaves a cell that holds one without ours', async () => {
    const theirs = buildFixtureXlsx(seedDocument, { features: ['comments'] });
    const before = notesOf(theirs);
    const beforeXml = text(theirs, 'xl/comments1.xml');
    expect(before.map((n) => n.author)).toEqual(['Secretariaat', 'Secretariaat', 'Secretariaat']);
    const expected = await expectedNotes(theirs);
    const occupied = [...expected.keys()].filter((ref) => before.some((n) => n.ref === ref));
    // The fixture's second note is on the stamp's cell, where the stale-stamp finding goes too.
    expect(occupied).toEqual(['A25']);
    const { result, bytes } = await placeAll(theirs);
    const after = notesOf(bytes);
    // Theirs: the same elements, byte for byte, in the same order, ahead of ours.
    for (const note of beforeXml.match(/<comment [\s\S]*?<\/comment>/g) ?? []) expect(text(bytes, 'xl/comments1.xml')).toContain(note);
    expect(after.slice(0, before.length)).toEqual(before);
    const ours = after.slice(before.length);
    expect(ours.every((n) => n.author === 'Statustabel')).toBe(true);
    expect(new Map(ours.map((n) => [n.ref, n.text]))).toEqual(new Map([...expected].filter(([ref]) => !occupied.includes(ref))));
    const skippedFindings = occupied.reduce((sum, ref) => sum + (expected.get(ref)?.split('— Statustabel').length ?? 1) - 1, 0);
    expect(result.skipped ?? 0).toBe(skippedFindings);
    // Their boxes stay where they were; ours are added after them.
    const boxes = boxesOf(bytes, 'xl/drawings/vmlDrawing1.vml');
    expect(boxes.slice(0, 3)).toEqual(boxesOf(theirs, 'xl/drawings/vmlDrawing1.vml'));
    expect(boxes.slice(3).sort()).toEqual(ours.map((n) => n.ref).sort());
    // And again: theirs still there, ours replaced.
    const again = await placeAll(bytes);
    expect(notesOf(again.bytes)).toEqual(after);
    expect(boxesOf(again.bytes, 'xl/drawings/vmlDrawing1.vml')).toEqual(boxes);
  });

  it('leaves the legacy stand-in of a threaded comment alone, even one the add-in signed in Excel', async () => {
    // What Excel writes beside a threaded comment: a note by "tc={id}" carrying the thread's text.
    const signed = 'Aan BZK: de planning is verlopen.\n— Statustabel (planning.past-due)';
    const withThread = (await placeAll(seed)).bytes;
    const notes = text(withThread, 'xl/comments1.xml');
    const first = notesOf(withThread)[0];
    if (!first) throw new Error('no note');
    const threaded = rewriteZip(
      readZip(withThread),
      new Map([
        [
          'xl/comments1.xml',
          strToU8(
            notes
              .replace('<authors>', '<authors><author>tc={00000000-0000-4000-8000-000000000001}</author>')
              .replace(/authorId="0"/g, 'authorId="1"')
              .replace(/<comment ref="[A-Z]+\d+"[\s\S]*?<\/comment>/, `<comment ref="${first.ref}" authorId="0"><text><t xml:space="preserve">${signed}</t></text></comment>`),
          ),
        ],
      ]),
    );
    const again = await placeAll(threaded);
    const after = notesOf(again.bytes);
    expect(after.filter((n) => n.author.startsWith('tc='))).toEqual([{ ref: first.ref, author: 'tc={00000000-0000-4000-8000-000000000001}', text: signed }]);
    expect(after.filter((n) => n.ref === first.ref)).toHaveLength(1);
    expect(again.result.skipped ?? 0).toBeGreaterThan(0);
  });

  it('writes no note into a sheet whose protection locks objects, and does where it does not', async () => {
    const protect = (objects: string): Uint8Array =>
      rewriteZip(readZip(seed), new Map([[SHEET, strToU8(text(seed, SHEET).replace(/(<\/sheetData>)/, `$1<sheetProtection sheet="1" objects="${objects}"/>`))]]));
    const locked = await openBytes(protect('1'), 'beveiligd.xlsx');
    const report = await checkedReport(locked.host, TODAY);
    await expect(placeComments(locked.host, report, report.findings, 'nl')).rejects.toMatchObject({ code: 'refused', reason: { kind: 'protected', edit: 'objects' } });
    expect(locked.host.capabilities.file?.bytes()).toEqual(protect('1'));
    const { result } = await placeAll(protect('0'));
    expect(result.placed).toBe(report.findings.length);
  });
});

describeWith('libreoffice', 'notes in LibreOffice', (soffice) => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'statustabel-notes-lo-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every note, with its text, after a round trip to .ods', async () => {
    const seed = new Uint8Array(readFileSync('seeds/stand-van-zaken.xlsx'));
    const { bytes } = await placeAll(seed);
    writeFileSync(join(dir, 'notities.xlsx'), bytes);
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'ods', '--outdir', join(dir, 'ods'), join(dir, 'notities.xlsx')],
      { cwd: dir, timeout: 120_000, stdio: 'pipe' },
    );
    const content = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'ods', 'notities.ods'))))['content.xml'] as Uint8Array);
    const annotations = [...content.matchAll(/<office:annotation\b[^>]*>([\s\S]*?)<\/office:annotation>/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => (p[1] ?? '').replace(/<[^>]+>/g, '')).join('\n'),
    );
    const expected = await expectedNotes(seed);
    expect(annotations.sort()).toEqual([...expected.values()].sort());
  }, 180_000);
});
