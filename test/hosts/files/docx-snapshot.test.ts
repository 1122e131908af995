import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { readStatusTable, takeSnapshot, serialiseSnapshot, type Snapshot } from '../../../src/core';
import { openBytes } from '../../../src/hosts/files/open';
import { loadSnapshot, refreshDateStamp } from '../../../src/hosts/operations';
import { readZip, rewriteZip } from '../../../src/hosts/files/ooxml/zip';
import { findSnapshotPart, snapshotJsonIn, snapshotPartXml, withSnapshot } from '../../../src/hosts/files/snapshotPart';
import { buildSeedDocx } from '../../../scripts/seed-files';
import { seedDocument } from '../../fixtures/seed';
import { describeWith } from '../../prerequisite';

const seedSnapshot = (): Snapshot => {
  const read = readStatusTable(seedDocument);
  if (!read.ok) throw new Error(read.reason);
  return takeSnapshot(read.table, '2021-06-19');
};

const parts = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);
const text = (bytes: Uint8Array, name: string): string => strFromU8(parts(bytes)[name] as Uint8Array);

/** The raw bytes of each zip entry as stored (local header and compressed data), by name. */
const storedEntries = (bytes: Uint8Array): Map<string, string> => {
  const zip = readZip(bytes);
  return new Map(zip.entries.map((e) => [e.name, Buffer.from(bytes.subarray(e.localStart, e.localEnd)).toString('base64')]));
};

describe('the snapshot part of a .docx', () => {
  let seed: Uint8Array;
  beforeAll(async () => {
    seed = await buildSeedDocx(seedDocument);
  });

  it('is added as a custom XML part with its properties, one relationship and one content type; every other part keeps its stored bytes', () => {
    const json = serialiseSnapshot(seedSnapshot());
    const written = withSnapshot(seed, json);
    const before = storedEntries(seed);
    const after = storedEntries(written);
    const changed = [...before].filter(([name, data]) => after.get(name) !== data).map(([name]) => name);
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'word/_rels/document.xml.rels']);
    expect([...after.keys()].filter((name) => !before.has(name)).sort()).toEqual([
      'customXml/_rels/item1.xml.rels',
      'customXml/item1.xml',
      'customXml/itemProps1.xml',
    ]);

    const rels = text(written, 'word/_rels/document.xml.rels');
    // The seed's document part has relationships rId1…rId7: the new one takes rId8.
    expect(rels).toContain('<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>');
    expect(rels.replace(/<Relationship Id="rId8"[^>]*>/, '')).toBe(text(seed, 'word/_rels/document.xml.rels'));
    const types = text(written, '[Content_Types].xml');
    expect(types.replace('<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>', '')).toBe(
      text(seed, '[Content_Types].xml'),
    );
    expect(text(written, 'customXml/_rels/item1.xml.rels')).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"');
    expect(text(written, 'customXml/itemProps1.xml')).toMatch(/ds:itemID="\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}"[^>]*><ds:schemaRefs><ds:schemaRef ds:uri="urn:statustabel:snapshot"\/>/);
    expect(findSnapshotPart(readZip(written))).toEqual({ part: 'customXml/item1.xml', json });
  });

  it('is replaced in place the next time: only its own part changes', () => {
    const once = withSnapshot(seed, serialiseSnapshot(seedSnapshot()));
    const next = serialiseSnapshot({ ...seedSnapshot(), date: '2026-11-24' });
    const twice = withSnapshot(once, next);
    const before = storedEntries(once);
    const after = storedEntries(twice);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...before].filter(([name, data]) => after.get(name) !== data).map(([name]) => name)).toEqual(['customXml/item1.xml']);
    expect(findSnapshotPart(readZip(twice))?.json).toBe(next);
  });

  it('keeps JSON that looks like markup as text', () => {
    const json = '{"title":"a ]]> b <w:t> & c"}';
    expect(snapshotJsonIn('x', snapshotPartXml(json))).toBe(json);
  });

  it('takes a fresh name and leaves someone else’s custom XML part alone', () => {
    const zip = readZip(seed);
    const theirs = '<?xml version="1.0"?><ns0:properties xmlns:ns0="urn:someone-else"><x>1</x></ns0:properties>';
    const withTheirs = rewriteZip(
      zip,
      new Map([
        [
          'word/_rels/document.xml.rels',
          strToU8(text(seed, 'word/_rels/document.xml.rels').replace('</Relationships>', '<Relationship Id="rId20" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>')),
        ],
      ]),
      [{ name: 'customXml/item1.xml', data: strToU8(theirs) }],
    );
    expect(findSnapshotPart(readZip(withTheirs))).toBeUndefined();
    const written = withSnapshot(withTheirs, serialiseSnapshot(seedSnapshot()));
    expect(text(written, 'customXml/item1.xml')).toBe(theirs);
    expect(findSnapshotPart(readZip(written))?.part).toBe('customXml/item2.xml');
    // rId1…rId7 and rId20 are taken: the first free number after their count.
    expect(text(written, 'word/_rels/document.xml.rels')).toContain('<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item2.xml"/>');
  });
});

describe('the file host keeps the stand when the stamp is refreshed', () => {
  it('stores the table under the date the stamp carried, and reads it back; a damaged part is a notice, not a failure', async () => {
    const opened = await openBytes(await buildSeedDocx(seedDocument), 'seed.docx');
    expect(await loadSnapshot(opened.host)).toEqual({ status: 'none' });
    const result = await refreshDateStamp(opened.host, '2026-11-24');
    expect(result.snapshot).toBe('saved');
    expect(await loadSnapshot(opened.host)).toEqual({ status: 'ok', snapshot: seedSnapshot() });
    // The document itself now carries the new stamp.
    const read = readStatusTable(await opened.host.read());
    expect(read.ok && read.table.dateStamp?.date).toBe('2026-11-24');

    // Refreshing again on the same day changes nothing, so the stand of 19 June stays.
    expect((await refreshDateStamp(opened.host, '2026-11-24')).snapshot).toBeUndefined();
    expect(await loadSnapshot(opened.host)).toEqual({ status: 'ok', snapshot: seedSnapshot() });

    const bytes = opened.host.capabilities.file?.bytes() ?? new Uint8Array();
    const broken = rewriteZip(readZip(bytes), new Map([['customXml/item1.xml', strToU8('<snapshot xmlns="urn:statustabel:snapshot">{"format":')]]));
    const reopened = await openBytes(broken, 'broken.docx');
    expect(await loadSnapshot(reopened.host)).toEqual({ status: 'ignored', problem: 'damaged' });
    const notXml = rewriteZip(readZip(bytes), new Map([['customXml/item1.xml', strToU8('<snapshot xmlns="urn:statustabel:snapshot">')]]));
    expect(await loadSnapshot((await openBytes(notXml, 'x.docx')).host)).toEqual({ status: 'ignored', problem: 'damaged' });
  });

  it('keeps the stand of an .xlsx the same way, in a custom XML part related from the workbook', async () => {
    const seedXlsx = new Uint8Array(readFileSync('seeds/stand-van-zaken.xlsx'));
    const opened = await openBytes(seedXlsx, 'seed.xlsx');
    const before = readStatusTable(await opened.host.read());
    if (!before.ok) throw new Error(before.reason);
    expect((await refreshDateStamp(opened.host, '2026-11-24')).snapshot).toBe('saved');
    expect(await loadSnapshot(opened.host)).toEqual({ status: 'ok', snapshot: takeSnapshot(before.table, '2021-06-19') });
    const written = opened.host.capabilities.file?.bytes() ?? new Uint8Array();
    expect(text(written, 'xl/_rels/workbook.xml.rels')).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/customXml" Target="..\/customXml\/item1.xml"\/>/);
    // Read again from the bytes alone, as `diff FILE` does.
    expect(await loadSnapshot((await openBytes(written, 'again.xlsx')).host)).toEqual({ status: 'ok', snapshot: takeSnapshot(before.table, '2021-06-19') });
  });
});

describeWith('libreoffice', 'the stand after LibreOffice re-saves the file', (soffice) => {
  let dir = '';
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is still there and still the same', async () => {
    dir = mkdtempSync(join(tmpdir(), 'statustabel-snapshot-lo-'));
    const opened = await openBytes(await buildSeedDocx(seedDocument), 'seed.docx');
    await refreshDateStamp(opened.host, '2026-11-24');
    writeFileSync(join(dir, 'stand.docx'), opened.host.capabilities.file?.bytes() ?? new Uint8Array());
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'docx', '--outdir', join(dir, 'lo'), join(dir, 'stand.docx')],
      { cwd: dir, timeout: 120_000, stdio: 'pipe' },
    );
    const saved = new Uint8Array(readFileSync(join(dir, 'lo', 'stand.docx')));
    const reopened = await openBytes(saved, 'lo.docx');
    expect(await loadSnapshot(reopened.host)).toEqual({ status: 'ok', snapshot: seedSnapshot() });
  }, 180_000);
});
