import { strToU8, strFromU8, unzipSync, zipSync, Deflate, Zip, ZipDeflate } from 'fflate';
import { readStatusTable, type StatusTable } from '../../../src/core/model';
import { bottomUp, planHeadings, type Edit, type InsertHeadingEdit } from '../../../src/core/edits';
import { paragraph, sourceCell, type CellText, type SourceDocument } from '../../../src/core/document';
import { openDocx } from '../../../src/hosts/files/docx';
import { REASONS } from '../../../src/cli/messages';
import { FileError } from '../../../src/hosts/files/errors';
import { MAX_FILE_BYTES } from '../../../src/hosts/files/types';
import { buildSeedDocx, buildSeedXlsx } from '../../../scripts/seed-files';
import { seedDocument, seedWithout } from '../../fixtures/seed';
import { prng, randomStatusDocument, syntheticDocument } from '../../fixtures/synthetic';
import { documentXml, minimalDocx, CONTENT_TYPES, ROOT_RELS } from '../../fixtures/files/minimalDocx';
import { asDocxReads } from './docxExpect';
import { afterOf, around, beforeOf, contentOf, plainDocument, tableIndexOf, tablesOf, withTables } from '../../fixtures/plain';

const statusTable = (doc: SourceDocument): StatusTable => {
  const read = readStatusTable(doc);
  if (!read.ok) throw new Error(`no status table: ${read.reason}`);
  return read.table;
};

const documentXmlOf = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);

/** The XML of the row (`<w:tr …>…</w:tr>`) that contains `text`. */
const rowXml = (xml: string, text: string): string => {
  const at = xml.indexOf(`>${text}<`);
  if (at < 0) throw new Error(`no ${text}`);
  const start = Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
  const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
  return xml.slice(start, end);
};

/** What applying heading inserts must give, computed on plain arrays. */
const withHeadings = (doc: SourceDocument, edits: readonly InsertHeadingEdit[]): SourceDocument => {
  const tables = tablesOf(doc).map((t) => [...t]);
  for (const edit of bottomUp(edits)) tables[tableIndexOf(doc, edit.block)]?.splice(edit.beforeRow, 0, [[edit.text]]);
  return withTables(doc, tables);
};

const expectFileError = async (bytes: Uint8Array, codes: readonly string[], message?: RegExp): Promise<FileError> => {
  const started = Date.now();
  let caught: unknown;
  try {
    await openDocx(bytes);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(FileError);
  const error = caught as FileError;
  expect(codes).toContain(error.code);
  // The reason as the command line says it in English (src/cli/messages.ts).
  if (message) expect(REASONS.en(error.reason)).toMatch(message);
  expect(error.message).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
  expect(Date.now() - started).toBeLessThan(5000);
  return error;
};

describe('openDocx on the seed', () => {
  it('reads the seed .docx as the structured seed', async () => {
    const file = await openDocx(await buildSeedDocx(seedDocument));
    expect(file.doc).toEqual(asDocxReads(seedDocument));
  });

  it('reads 1,000 rows in a blink, all of them', async () => {
    const doc = syntheticDocument(1000);
    const bytes = await buildSeedDocx(doc);
    const started = Date.now();
    const file = await openDocx(bytes);
    expect(Date.now() - started).toBeLessThan(3000);
    // Word keeps an empty paragraph between two tables; the synthetic document has none.
    expect(contentOf(file.doc)).toEqual(contentOf(asDocxReads(doc)));
  });

  it('reads random documents (unicode, tabs, markup-like text, empty cells) as built', async () => {
    const random = prng(7);
    for (let i = 0; i < 15; i += 1) {
      const doc = randomStatusDocument(random);
      const file = await openDocx(await buildSeedDocx(doc));
      expect(contentOf(file.doc)).toEqual(contentOf(asDocxReads(doc)));
    }
  });
});

describe('writing headings', () => {
  it('inserts INBURGERING above 7.2, copying the heading rows of the document, and touches nothing else', async () => {
    const variant = await buildSeedDocx(seedWithout('INBURGERING'));
    const file = await openDocx(variant);
    const edits = planHeadings(statusTable(file.doc));
    expect(edits.map((e) => e.text)).toEqual(['INBURGERING']);

    const fixed = await file.apply(edits);
    const again = await openDocx(fixed);
    expect(again.doc).toEqual(asDocxReads(seedDocument));
    const table = tablesOf(again.doc)[2] as readonly CellText[][];
    const at = table.findIndex((row) => row[0]?.[0]?.startsWith('7.2'));
    expect(table[at - 1]).toEqual([['INBURGERING']]);

    // Every other entry of the package is unchanged.
    const before = unzipSync(variant);
    const after = unzipSync(fixed);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name !== 'word/document.xml') expect(after[name]).toEqual(before[name]);
    }
    // document.xml is the old one plus one row, which is a copy of an existing heading row.
    const oldXml = documentXmlOf(variant);
    const newXml = documentXmlOf(fixed);
    const inserted = rowXml(newXml, 'INBURGERING');
    expect(newXml.replace(inserted, '')).toBe(oldXml);
    expect(inserted).toBe(rowXml(oldXml, 'HUISVESTING').replace('HUISVESTING', 'INBURGERING'));
    expect(inserted).toMatch(/<w:gridSpan w:val="4"\/>/);
    expect(inserted).toMatch(/<w:b\/>/);
  });

  it('inserts several headings in the standard order, even before the same row', async () => {
    const doc = seedWithout('INBURGERING');
    const without = plainDocument(({ before: beforeOf(doc), tables: tablesOf(doc).map((t) => t.filter((r) => r[0]?.[0] !== 'HUISVESTING' && r[0]?.[0] !== "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES")), after: afterOf(doc) }));
    const file = await openDocx(await buildSeedDocx(without));
    const edits = planHeadings(statusTable(file.doc));
    expect(edits).toHaveLength(3);
    const again = await openDocx(await file.apply(edits));
    expect(again.doc).toEqual(asDocxReads(seedDocument));

    // Two headings before one row, and one appended at the end of a table.
    const two: InsertHeadingEdit[] = [
      { kind: 'insertHeading', text: 'EERSTE', chapter: 1, block: 1, beforeRow: 1, width: 4 },
      { kind: 'insertHeading', text: 'TWEEDE', chapter: 2, block: 1, beforeRow: 1, width: 4 },
      { kind: 'insertHeading', text: 'LAATSTE', chapter: 9, block: 7, beforeRow: (tablesOf(seedDocument)[3] as CellText[][]).length, width: 4 },
    ];
    const seedFile = await openDocx(await buildSeedDocx(seedDocument));
    const out = await openDocx(await seedFile.apply(two));
    expect(contentOf(out.doc)).toEqual(contentOf(asDocxReads(withHeadings(seedDocument, two))));
    expect(tablesOf(out.doc)[0]?.slice(1, 3)).toEqual([[['EERSTE']], [['TWEEDE']]]);
  });

  it('applies planned headings to random documents exactly where core says', async () => {
    const random = prng(11);
    for (let i = 0; i < 15; i += 1) {
      const doc = randomStatusDocument(random);
      const file = await openDocx(await buildSeedDocx(doc));
      const read = readStatusTable(file.doc);
      if (!read.ok) continue;
      const edits = planHeadings(read.table);
      const again = await openDocx(await file.apply(edits));
      expect(contentOf(again.doc)).toEqual(contentOf(withHeadings(file.doc, edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading'))));
    }
  });

  it('rewrites a package written with data descriptors (a streaming zip writer), other entries unchanged', async () => {
    const entries = unzipSync(await buildSeedDocx(seedWithout('INBURGERING')));
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, data) => {
      if (error) throw error;
      chunks.push(data);
    });
    for (const [name, data] of Object.entries(entries)) {
      const entry = new ZipDeflate(name, { level: 9 });
      zip.add(entry);
      entry.push(data, true);
    }
    zip.end();
    const streamed = new Uint8Array(Buffer.concat(chunks));
    expect(streamed[6]! & 8).toBe(8); // the first entry's sizes follow its data

    const file = await openDocx(streamed);
    expect(file.doc).toEqual(asDocxReads(seedWithout('INBURGERING')));
    const fixed = await file.apply(planHeadings(statusTable(file.doc)));
    expect((await openDocx(fixed)).doc).toEqual(asDocxReads(seedDocument));
    const after = unzipSync(fixed);
    expect(Object.keys(after)).toEqual(Object.keys(entries));
    for (const name of Object.keys(entries)) {
      if (name !== 'word/document.xml') expect(after[name]).toEqual(entries[name]);
    }
    // The untouched entries' compressed bytes are copied, not packed again.
    const name = 'word/styles.xml';
    const local = (bytes: Uint8Array) => {
      const text = strFromU8(bytes, true);
      const at = text.indexOf(name);
      return bytes.subarray(at, at + 400);
    };
    expect(Buffer.from(local(fixed)).equals(Buffer.from(local(streamed)))).toBe(true);
  });

  it('rejects an edit outside the document', async () => {
    const file = await openDocx(await buildSeedDocx(seedDocument));
    await expect(
      file.apply([{ kind: 'insertHeading', text: 'X', chapter: 4, block: 9, beforeRow: 0, width: 4 }]),
    ).rejects.toThrow(/block 9/);
  });
});

describe('writing the date stamp', () => {
  it('replaces the text of the stamp paragraph and keeps its properties', async () => {
    const bytes = await buildSeedDocx(seedDocument);
    const file = await openDocx(bytes);
    const fixed = await file.apply([{ kind: 'setDateStamp', text: '25 november 2026', date: '2026-11-25', block: 8, afterBlock: 7 }]);
    const again = await openDocx(fixed);
    expect(again.doc).toEqual(asDocxReads(around(seedDocument, { after: ['25 november 2026'] })));
    const oldXml = documentXmlOf(bytes);
    const newXml = documentXmlOf(fixed);
    expect(newXml.replace('25 november 2026', '19 juni 2021')).toBe(oldXml);
  });

  it('adds a stamp paragraph after the last table when there is none', async () => {
    const file = await openDocx(await buildSeedDocx(around(seedDocument, { after: [] })));
    expect(afterOf(file.doc)).toEqual([]);
    const again = await openDocx(await file.apply([{ kind: 'setDateStamp', text: '25 november 2026', date: '2026-11-25', afterBlock: 7 }]));
    expect(again.doc).toEqual(asDocxReads(around(seedDocument, { after: ['25 november 2026'] })));
  });

  it('writes headings and the stamp in one go', async () => {
    const file = await openDocx(await buildSeedDocx(seedWithout('INBURGERING')));
    const edits: Edit[] = [
      ...planHeadings(statusTable(file.doc)),
      { kind: 'setDateStamp', text: 'Stand per 1 juli 2021', date: '2021-07-01', block: 8, afterBlock: 7 },
    ];
    const again = await openDocx(await file.apply(edits));
    expect(again.doc).toEqual(asDocxReads(around(seedDocument, { after: ['Stand per 1 juli 2021'] })));
  });

  it('returns the same bytes when there is nothing to write', async () => {
    const bytes = await buildSeedDocx(seedDocument);
    const file = await openDocx(bytes);
    expect(await file.apply([])).toEqual(bytes);
  });
});

/** A hand-written body with everything Word puts between a paragraph and its text. */
const TRICKY_BODY =
  // Title: runs split mid-word, proofing marks, a bookmark, a text box whose text is not the title's.
  '<w:p w14:paraId="1A2B3C4D"><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:proofErr w:type="spellStart"/><w:r><w:t>Stand van za</w:t></w:r>' +
  '<w:bookmarkStart w:id="0" w:name="titel"/><w:r><w:rPr><w:i/></w:rPr><w:t>ken</w:t></w:r><w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/>' +
  '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>KADER</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>' +
  '<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>KADER</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
  '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="4000"/><w:gridCol w:w="2000"/><w:gridCol w:w="1000"/></w:tblGrid>' +
  // Header row, split runs.
  '<w:tr><w:tc><w:p><w:r><w:t>Ondersteunings</w:t></w:r><w:r><w:t>maatregel</w:t></w:r></w:p></w:tc>' +
  '<w:tc><w:p><w:r><w:t xml:space="preserve">Stand </w:t></w:r><w:r><w:t>van zaken</w:t></w:r></w:p></w:tc>' +
  '<w:tc><w:p><w:r><w:t>Planning</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Trekker</w:t></w:r></w:p></w:tc></w:tr>' +
  // A measure: tracked insert and delete, a complex field, a simple field, a nested table, a tab and a break.
  '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>4.2.1. Tussen</w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>voor</w:t></w:r></w:ins>' +
  '<w:del w:id="2" w:author="A"><w:r><w:delText>oplossingen</w:delText></w:r></w:del><w:r><w:t>zieningen</w:t></w:r></w:p></w:tc>' +
  '<w:tc><w:p><w:r><w:t xml:space="preserve">Gepubliceerd op </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1 juni 2021</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
  '<w:p><w:fldSimple w:instr=" AUTHOR "><w:r><w:t>BZK</w:t></w:r></w:fldSimple><w:r><w:tab/><w:t>en</w:t><w:br/><w:t>VNG</w:t></w:r></w:p></w:tc>' +
  '<w:tc><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>GENEST</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p>' +
  // A field nested in another's instruction: only the outer result is text.
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
  '<w:r><w:instrText>DATE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1-1-2021</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
  '<w:r><w:instrText xml:space="preserve"> &gt; 0 "Q3 2021" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Q3 2021</w:t></w:r>' +
  '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:tc>' +
  '<w:tc><w:sdt><w:sdtPr/><w:sdtContent><w:p><w:moveFrom w:id="6" w:author="A"><w:r><w:t>VWS</w:t></w:r></w:moveFrom>' +
  '<w:r><w:t>BZK</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc></w:tr>' +
  // A row deleted as a tracked change: gone.
  '<w:tr><w:trPr><w:del w:id="3" w:author="A"/></w:trPr><w:tc><w:p><w:r><w:t>WEG</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>' +
  // A vertical merge: the continuation reads empty. Then a heading-width row that is not bold.
  '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>verborgen</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>vervolg</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>VNG</w:t></w:r></w:p></w:tc></w:tr>' +
  '</w:tbl>' +
  // The stamp: split runs, a deleted word, a bookmark.
  '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">19 </w:t></w:r><w:del w:id="4" w:author="A"><w:r><w:delText>mei</w:delText></w:r></w:del>' +
  '<w:bookmarkStart w:id="5" w:name="d"/><w:r><w:t>juni</w:t></w:r><w:bookmarkEnd w:id="5"/><w:r><w:t xml:space="preserve"> 2021</w:t></w:r></w:p>' +
  '<w:p/>';

const TRICKY_EXPECTED: SourceDocument = {
  blocks: [
    paragraph('Stand van zaken'),
    {
      kind: 'table',
      rows: [
        { cells: [sourceCell(['Ondersteuningsmaatregel']), sourceCell(['Stand van zaken']), sourceCell(['Planning']), sourceCell(['Trekker'])] },
        // The measure's cell is merged down over the next row (w:vMerge restart, then continue).
        {
          cells: [
            sourceCell(['4.2.1. Tussenvoorzieningen'], 1, 2),
            // A tab and a line break part words: each reads as a space.
            sourceCell(['Gepubliceerd op 1 juni 2021', 'BZK en VNG']),
            sourceCell(['Q3 2021']),
            sourceCell(['BZK']),
          ],
        },
        { cells: [sourceCell(['vervolg']), sourceCell(['']), sourceCell(['VNG'])] },
      ],
    },
    paragraph('19 juni 2021'),
    paragraph(''),
  ],
  trackedChanges: true,
};

describe('openDocx on hand-written WordprocessingML', () => {
  const bytes = minimalDocx(documentXml(TRICKY_BODY));

  it('reads text as Word shows it: split runs, marks, fields, tracked changes, merges; nested tables and text boxes left out', async () => {
    expect((await openDocx(bytes)).doc).toEqual(TRICKY_EXPECTED);
  });

  it('builds a heading row when the document has none to copy, spanning the grid, bold', async () => {
    const file = await openDocx(bytes);
    const fixed = await file.apply([{ kind: 'insertHeading', text: 'HUISVESTING & CO', chapter: 4, block: 1, beforeRow: 1, width: 4 }]);
    const again = await openDocx(fixed);
    expect(tablesOf(again.doc)[0]).toEqual([
      tablesOf(TRICKY_EXPECTED)[0]?.[0],
      [['HUISVESTING & CO']],
      ...(tablesOf(TRICKY_EXPECTED)[0]?.slice(1) ?? []),
    ]);
    const row = rowXml(documentXmlOf(fixed), 'HUISVESTING &amp; CO');
    expect(row).toMatch(/<w:gridSpan w:val="4"\/>/);
    expect(row).toMatch(/<w:b\/>/);
    // The deleted row stays where it was: between the measure and the merged row.
    expect(documentXmlOf(fixed).replace(row, '')).toBe(documentXml(TRICKY_BODY));
  });

  it('sets the stamp in the first text of its first run, keeping run and paragraph properties', async () => {
    const file = await openDocx(bytes);
    const fixed = await file.apply([{ kind: 'setDateStamp', text: 'Stand:\t1 juli 2021 <def>', date: '2021-07-01', block: 2, afterBlock: 1 }]);
    const again = await openDocx(fixed);
    expect(again.doc).toEqual(around(TRICKY_EXPECTED, { after: ['Stand: 1 juli 2021 <def>', ''] }));
    const xml = documentXmlOf(fixed);
    expect(xml).toContain('<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Stand:</w:t><w:tab/>');
    expect(xml).toContain('1 juli 2021 &lt;def&gt;');
    expect(xml).toContain('<w:delText>mei</w:delText>');
  });

  it('reads a document whose main namespace has another prefix, and writes with that prefix', async () => {
    const xml = documentXml(TRICKY_BODY)
      .replace(/<(\/?)w:/g, '<$1x:')
      .replace(/ w:/g, ' x:')
      .replace('xmlns:w=', 'xmlns:x=');
    const file = await openDocx(minimalDocx(xml));
    expect(file.doc).toEqual(TRICKY_EXPECTED);
    const fixed = await file.apply([{ kind: 'insertHeading', text: 'OPVANG', chapter: 5, block: 1, beforeRow: 3, width: 4 }]);
    expect(documentXmlOf(fixed)).toMatch(/<x:tr><x:tc><x:tcPr><x:gridSpan x:val="4"\/><\/x:tcPr>/);
    expect(tablesOf((await openDocx(fixed)).doc)[0]?.[3]).toEqual([['OPVANG']]);
  });

  it('keeps a byte order mark and CRLF line ends it did not touch', async () => {
    const xml = `\uFEFF${documentXml(TRICKY_BODY).replace(/<w:tr>/g, '\r\n<w:tr>')}`;
    const file = await openDocx(minimalDocx(xml));
    expect(file.doc).toEqual(TRICKY_EXPECTED);
    const fixed = await file.apply([{ kind: 'insertHeading', text: 'OPVANG', chapter: 5, block: 1, beforeRow: 3, width: 4 }]);
    const out = unzipSync(fixed)['word/document.xml'] as Uint8Array;
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(out);
    expect(text.replace(rowXml(text, 'OPVANG'), '')).toBe(xml);
  });
});

/** A zip whose one entry claims `declaredSize` and holds `compressed` (deflated) data. */
const rawZip = (name: string, compressed: Uint8Array, declaredSize: number): Uint8Array => {
  const nameBytes = strToU8(name);
  const le = (value: number, size: number) => Array.from({ length: size }, (_, i) => Math.floor(value / 2 ** (8 * i)) & 0xff);
  const local = [...le(0x04034b50, 4), ...le(20, 2), ...le(0, 2), ...le(8, 2), ...le(0, 4), ...le(0, 4)];
  const sizes = [...le(compressed.length, 4), ...le(declaredSize, 4), ...le(nameBytes.length, 2), ...le(0, 2)];
  const header = new Uint8Array([...local, ...sizes, ...nameBytes]);
  const central = new Uint8Array([
    ...le(0x02014b50, 4), ...le(20, 2), ...le(20, 2), ...le(0, 2), ...le(8, 2), ...le(0, 4), ...le(0, 4),
    ...sizes, ...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(0, 4), ...le(0, 4), ...nameBytes,
  ]);
  const cdStart = header.length + compressed.length;
  const end = new Uint8Array([...le(0x06054b50, 4), 0, 0, 0, 0, ...le(1, 2), ...le(1, 2), ...le(central.length, 4), ...le(cdStart, 4), 0, 0]);
  const out = new Uint8Array(cdStart + central.length + end.length);
  out.set(header, 0);
  out.set(compressed, header.length);
  out.set(central, cdStart);
  out.set(end, cdStart + central.length);
  return out;
};

/** 256 MB of spaces, deflated (about 250 KB): a zip bomb's payload. */
const bombPayload = (): Uint8Array => {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => parts.push(chunk));
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < 256; i += 1) deflate.push(block, i === 255);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('openDocx refuses what it cannot read, with a FileError and quickly', () => {
  let seedBytes: Uint8Array;
  beforeAll(async () => {
    seedBytes = await buildSeedDocx(seedDocument);
  });

  it('a truncated file', async () => {
    await expectFileError(seedBytes.slice(0, Math.floor(seedBytes.length / 2)), ['damaged']);
    await expectFileError(seedBytes.slice(0, seedBytes.length - 30), ['damaged']);
  });

  it('random bytes, and random bytes that start like a zip', async () => {
    const random = prng(3);
    const noise = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
    await expectFileError(noise, ['unsupported-type'], /not an Office document/);
    noise.set([0x50, 0x4b, 0x03, 0x04], 0);
    await expectFileError(noise, ['damaged']);
    await expectFileError(new Uint8Array(0), ['unsupported-type']);
  });

  it('an Excel workbook', async () => {
    await expectFileError(await buildSeedXlsx(seedDocument), ['unsupported-type'], /Excel workbook/);
  });

  it('a package without a document', async () => {
    const bytes = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'docProps/app.xml': strToU8('<a/>') });
    await expectFileError(bytes, ['unsupported-type', 'damaged']);
  });

  it('an old .doc or a password-protected file (a compound file, not a zip)', async () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectFileError(cfb, ['unsupported-type'], /password|\.doc/);
  });

  it('a file over the size limit, before unpacking anything', async () => {
    await expectFileError(new Uint8Array(MAX_FILE_BYTES + 1), ['too-large']);
  });

  it('a zip bomb, whether it declares its size or lies about it', async () => {
    const payload = bombPayload();
    expect(payload.length).toBeLessThan(2 * 1024 * 1024);
    await expectFileError(rawZip('word/document.xml', payload, 256 * 1024 * 1024), ['too-large']);
    await expectFileError(rawZip('word/document.xml', payload, 1000), ['damaged']);
  }, 30_000);

  it('a DTD with entity expansion (billion laughs), and external entities', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>' +
      `<w:document ${'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'}><w:body><w:p><w:r><w:t>&d;</w:t></w:r></w:p></w:body></w:document>`;
    await expectFileError(minimalDocx(laughs), ['damaged'], /DTD/);
    const external =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>';
    await expectFileError(minimalDocx(external), ['damaged']);
  });

  it('XML that is not well-formed, or not UTF-8, or has no body', async () => {
    await expectFileError(minimalDocx(documentXml('<w:p><w:r><w:t>open').replace('</w:body>', '')), ['damaged'], /well-formed/);
    await expectFileError(minimalDocx(documentXml('<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>')), ['damaged']);
    await expectFileError(minimalDocx('<?xml version="1.0"?><root/>'), ['damaged']);
    const latin1 = zipSync({
      '_rels/.rels': strToU8(ROOT_RELS),
      'word/document.xml': new Uint8Array([...strToU8(documentXml('<w:p><w:r><w:t>caf')), 0xe9, ...strToU8('</w:t></w:r></w:p>')]),
    });
    await expectFileError(latin1, ['damaged'], /UTF-8/);
  });

  it('a document whose stored checksum does not match', async () => {
    const stored = zipSync({ '_rels/.rels': strToU8(ROOT_RELS), 'word/document.xml': strToU8(documentXml(TRICKY_BODY)) }, { level: 0 });
    const at = strFromU8(stored, true).indexOf('Tussen');
    stored[at] = 0x58; // 'T' → 'X'
    await expectFileError(stored, ['damaged'], /corrupt/);
  });
});
