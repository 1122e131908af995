/**
 * Fuzzes the .docx and .xlsx readers: byte-level mutations of real files, zip-level mutations of
 * their XML parts (re-zipped), mutated random status documents and pure random bytes. Every input
 * must open, or be refused with a FileError; an opened file must also survive checkDocument and
 * writing its own planned edits (headings, date stamp) back, and the result must open again.
 *
 *   npx tsx scripts/fuzz-files.ts --count 100000 [--seed 1] [--format docx|xlsx|both] [--time-limit 1800]
 *   npx tsx scripts/fuzz-files.ts --seed 1 --format docx --index 4711     (reproduce one input)
 *
 * Each format runs in a child process (both formats at once on two cores): a parent watchdog
 * reports an input that hangs (no progress for --hang-seconds) or a crash (out of memory), with
 * the seed and index to reproduce it. Exit code 1 on any failure.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { checkDocument } from '../src/core/check';
import type { SourceDocument } from '../src/core/document';
import { planDateStamp, planHeadings, type Edit } from '../src/core/edits';
import { readStatusTable } from '../src/core/model';
import { openDocx } from '../src/hosts/files/docx';
import { FileError } from '../src/hosts/files/errors';
import { openBytes } from '../src/hosts/files/open';
import type { StatusHost } from '../src/hosts/host';
import type { StatusFile } from '../src/hosts/files/types';
import { openXlsx } from '../src/hosts/files/xlsx';
import { prng, randomStatusDocument } from '../test/fixtures/synthetic';
import { allFeatures, fixtureById } from './docx-fixtures/features';
import { buildSeedDocx, buildSeedXlsx } from './seed-files';
import { ALL_FEATURES, buildFixtureXlsx, withoutHeadings } from './xlsx-fixtures';

export type Format = 'docx' | 'xlsx';
type Random = () => number;

// ——— the corpus: real files the mutations start from ———

export interface Base {
  readonly label: string;
  readonly bytes: Uint8Array;
  /** The package's parts, unpacked once. */
  readonly parts: Readonly<Record<string, Uint8Array>>;
}

export interface Corpus {
  readonly docx: readonly Base[];
  readonly xlsx: readonly Base[];
}

const ROOT = join(__dirname, '..');

const base = (label: string, bytes: Uint8Array): Base => ({ label, bytes, parts: unzipSync(bytes) });

/** A small hand-written .docx (one table, a merged heading, a vMerge) next to what the docx library writes. */
const handWrittenDocx = (): Uint8Array => {
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const cell = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
  const table =
    '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
    row(cell('Ondersteuningsmaatregel'), cell('Stand van zaken'), cell('Planning'), cell('Trekker')) +
    row(cell('<w:rPr><w:b/></w:rPr>GEZONDHEID'.replace(/^<w:rPr><w:b\/><\/w:rPr>/, ''), '<w:gridSpan w:val="4"/>')) +
    row(cell('1.1 Maatregel'), cell('Loopt', '<w:vMerge w:val="restart"/>'), cell('Q3 2021'), cell('EZK')) +
    row(cell('1.2 Nog een'), cell('', '<w:vMerge/>'), cell('eind 2021'), cell('VWS')) +
    '</w:tbl>';
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${table}<w:p><w:r><w:t>19 juni 2021</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(xml),
    },
    { mtime: new Date(2021, 5, 19) },
  );
};

/** The seeds, a hand-written file and `generated` random status documents per format, all from `seed`. */
export const buildCorpus = async (seed: number, generated = { docx: 8, xlsx: 6 }): Promise<Corpus> => {
  const random = prng(seed ^ 0x5eed);
  const docs: SourceDocument[] = Array.from({ length: Math.max(generated.docx, generated.xlsx) }, () => randomStatusDocument(random));
  const docx = [
    base('seed.docx', new Uint8Array(readFileSync(join(ROOT, 'seeds/stand-van-zaken.docx')))),
    base('hand.docx', handWrittenDocx()),
    // Word's features that change what the text reads (merges, numbering, revisions, hidden text, content controls).
    base('all-features.docx', await allFeatures.build()),
    base('numbering-restarts.docx', await fixtureById('numbering-restarts').build()),
  ];
  for (let i = 0; i < generated.docx; i += 1) docx.push(base(`random-${i}.docx`, await buildSeedDocx(docs[i] as SourceDocument)));
  const xlsx = [base('seed.xlsx', new Uint8Array(readFileSync(join(ROOT, 'seeds/stand-van-zaken.xlsx'))))];
  // Workbooks that carry what real ones carry (charts, pivot caches, comments and VML, names,
  // filters, validations, conditional formats, formulas into the status sheet) and producers'
  // oddities (absolute part names, wtf/ paths, a prefixed namespace): the writer's moves are fuzzed too.
  const seedDoc = JSON.parse(readFileSync(join(ROOT, 'seeds/stand-van-zaken.json'), 'utf8')) as SourceDocument;
  const gaps = withoutHeadings(seedDoc, ['HUISVESTING', 'INBURGERING']);
  xlsx.push(base('features.xlsx', buildFixtureXlsx(gaps, { features: ALL_FEATURES, dateStamp: 'date' })));
  xlsx.push(base('features-absolute.xlsx', buildFixtureXlsx(gaps, { features: ALL_FEATURES, paths: 'absolute' })));
  xlsx.push(base('prefixed.xlsx', buildFixtureXlsx(gaps, { prefixed: true, features: ['autofilter', 'icon-filter', 'conditional', 'comments'] })));
  xlsx.push(base('wtf.xlsx', buildFixtureXlsx(gaps, { paths: 'wtf' })));
  for (let i = 0; i < generated.xlsx; i += 1) xlsx.push(base(`random-${i}.xlsx`, await buildSeedXlsx(docs[i] as SourceDocument)));
  return { docx, xlsx };
};

// ——— mutations ———

const int = (random: Random, n: number): number => Math.floor(random() * n);
const pickOf = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)] as T;
/** Small numbers mostly, sometimes large. */
const count = (random: Random, max: number): number => 1 + int(random, random() < 0.8 ? Math.min(4, max) : max);

const concatBytes = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const randomBytes = (random: Random, n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(random, 256));

const INTERESTING: readonly number[] = [0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff, 46, 30, 22];
const SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x01, 0x02],
  [0x50, 0x4b, 0x05, 0x06],
];

/** Where the zip's record signatures are: mutations there reach the directory parsing. */
const signatureOffsets = (bytes: Uint8Array): number[] => {
  const found: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 1) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && SIGNATURES.some((s) => s[2] === bytes[i + 2] && s[3] === bytes[i + 3])) found.push(i);
  }
  return found;
};

/** One byte-level mutation: flip, set, insert, delete, truncate, duplicate, or a zip header field. */
export const mutateBytes = (random: Random, input: Uint8Array): { bytes: Uint8Array; op: string } => {
  const b = input;
  const at = int(random, b.length + 1);
  const op = pickOf(random, ['flip', 'set', 'insert', 'delete', 'truncate', 'duplicate', 'header', 'header', 'header'] as const);
  switch (op) {
    case 'flip': {
      const out = b.slice();
      if (out.length > 0) out[at % out.length] = (out[at % out.length] ?? 0) ^ (1 << int(random, 8));
      return { bytes: out, op };
    }
    case 'set': {
      const out = b.slice();
      if (out.length > 0) out[at % out.length] = int(random, 256);
      return { bytes: out, op };
    }
    case 'insert':
      return { bytes: concatBytes(b.subarray(0, at), randomBytes(random, count(random, 64)), b.subarray(at)), op };
    case 'delete':
      return { bytes: concatBytes(b.subarray(0, at), b.subarray(Math.min(b.length, at + count(random, 256)))), op };
    case 'truncate':
      return { bytes: b.slice(0, at), op };
    case 'duplicate': {
      const from = int(random, b.length + 1);
      const range = b.subarray(from, Math.min(b.length, from + count(random, 2048)));
      return { bytes: concatBytes(b.subarray(0, at), range, b.subarray(at)), op };
    }
    case 'header': {
      const offsets = signatureOffsets(b);
      const out = b.slice();
      if (offsets.length === 0) return { bytes: out, op };
      const where = pickOf(random, offsets) + 4 + int(random, 44);
      const value = random() < 0.7 ? pickOf(random, INTERESTING) : int(random, 0x10000);
      const size = random() < 0.5 ? 2 : 4;
      for (let i = 0; i < size && where + i < out.length; i += 1) out[where + i] = Math.floor(value / 2 ** (8 * i)) & 0xff;
      return { bytes: out, op };
    }
  }
};

// Text-level mutations of an XML part.

const TAG = /<[^<>]*>/g;
const tagSpans = (xml: string): { start: number; end: number }[] => [...xml.matchAll(TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
/** A random position right after some `>` (or anywhere when there is none). */
const boundary = (random: Random, xml: string): number => {
  const at = xml.indexOf('>', int(random, xml.length + 1));
  return at < 0 ? int(random, xml.length + 1) : at + 1;
};
const insertAt = (xml: string, at: number, text: string): string => xml.slice(0, at) + text + xml.slice(at);
/** Inserts `text` right after a random occurrence of `pattern` (at a random boundary when none). */
const insertAfter = (random: Random, xml: string, pattern: RegExp, text: string): string => {
  const hits = [...xml.matchAll(pattern)];
  if (hits.length === 0) return insertAt(xml, boundary(random, xml), text);
  const hit = pickOf(random, hits);
  return insertAt(xml, hit.index + hit[0].length, text);
};

const NOISE = ['<', '>', '&', '"', "'", '/', '=', ':', ';', '!', '[', ']', '?', '-', '#', ' ', '\n', '\t', '\u0000', '\uFFFE', '\uD800', 'é', '😀', 'w:', 'x'];
const ATTR_VALUES = ['999999', '-1', 'x', '0', '', '1e308', 'NaN', '4294967297', '2', '1.5', ' 3 ', '0x10', '&amp;', '&#0;'];
const ENTITIES = ['&amp;', '&lt;', '&#0;', '&#x110000;', '&#xD800;', '&#65;', '&foo;', '&', '&#;', '&#x;', '&#99999999999;'];
const BILLION_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';

const WORD_STRUCTURE = [
  '<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>', '<w:tc>', '</w:tc>', '<w:p>', '</w:p>', '<w:r>', '</w:r>', '<w:t>', '</w:t>',
  '<w:tblGrid><w:gridCol/></w:tblGrid>', '<w:tc><w:p/></w:tc>', '<w:tr/>', '<w:tc/>', '<w:p/>', '<w:tbl/>',
  '<w:tr><w:trPr><w:del w:id="1" w:author="x"/></w:trPr><w:tc><w:p/></w:tc></w:tr>', '<w:del><w:r><w:t>weg</w:t></w:r></w:del>',
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r><w:fldChar w:fldCharType="end"/></w:r>', '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
  '<w:txbxContent><w:p/></w:txbxContent>', '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>',
  '<w:r><w:tab/><w:br/><w:cr/><w:noBreakHyphen/></w:r>', '<w:body>', '</w:body>', '<w:sectPr/>', '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>VET</w:t></w:r>',
];
const SHEET_STRUCTURE = [
  '<row>', '</row>', '<c>', '</c>', '<v>', '</v>', '<sheetData>', '</sheetData>', '<row r="2"><c r="A2" t="s"><v>0</v></c></row>',
  '<c r="A1"><v>1</v></c>', '<c t="inlineStr"><is><t>GEZONDHEID</t></is></c>', '<c t="s"><v>999999</v></c>', '<c t="e"><v>#REF!</v></c>',
  '<c t="d"><v>x</v></c>', '<c t="b"><v>2</v></c>', '<c><f>SUM(A1:A2)</f><v>3</v></c>', '<c><f t="shared" si="0"/></c>',
  '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>', '<mergeCell ref="A1:XFD1048576"/>', '<mergeCell ref="B2:A1"/>',
  '<mergeCell ref="A0:B0"/>', '<mergeCell ref="x"/>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', '<row r="0"/>', '<row r="x"/>',
  '<cols><col min="1" max="16384" width="-1"/></cols>', '<dimension ref="A1:XFD1048576"/>', '<hyperlinks><hyperlink ref="A1" r:id="rId99"/></hyperlinks>',
  '<tableParts count="1"><tablePart r:id="rId7"/></tableParts>', '<hyperlinks><hyperlink ref="A1:XFD1048576" display="x"/></hyperlinks>',
  '<dataValidations count="1"><dataValidation type="list" prompt="a>b" sqref="A1:XFD1048576 B2"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
  '<dataValidations count="1"><dataValidation type="whole" sqref="A3:D30"><formula1>x</formula1></dataValidation></dataValidations>',
  '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>',
  '<autoFilter ref="A1:XFD1048576"/>', '<printOptions gridLines="1"/>', '<rowBreaks count="1"><brk id="1048576" max="16383"/></rowBreaks>', '<si><t>x</t></si>', '<si><r><rPr><sz val="x"/></rPr><t>y</t></r></si>', '<si/>',
  '<sheet name="" sheetId="x" r:id="rId999"/>', '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="9">x!$1:$1</definedName></definedNames>',
  '<numFmt numFmtId="164" formatCode="[$-413]d mmmm yyyy;;;@&quot;"/>', '<xf numFmtId="99999" fontId="999" fillId="-1" borderId="x"/>',
  '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
  // What the writer moves: formulas shared and not, relative conditional formats, links, breaks, anchors.
  '<c r="H5"><f t="shared" ref="H5:H40" si="7">A4</f><v>1</v></c>', '<c r="H6"><f t="shared" si="7"/><v>1</v></c>',
  '<c r="H2"><f t="array" ref="H2:H30">SUM(A1:A1048576)</f><v>1</v></c>', '<c r="H3"><f>\'Stand van zaken\'!A9+Blad1:Blad3!A1+[1]X!A1</f><v>1</v></c>',
  '<conditionalFormatting sqref="A1:D40 F2"><cfRule type="expression" priority="9"><formula>$A2="x"</formula></cfRule></conditionalFormatting>',
  '<hyperlinks><hyperlink ref="A5:B9" location="\'Stand van zaken\'!A9"/></hyperlinks>', '<rowBreaks count="1"><brk id="12" max="16383"/></rowBreaks>',
  '<c r="A30" t="d"><v>2021-06-19T00:00:00</v></c>', '<xm:f>A1:A99</xm:f>', '<xdr:row>7</xdr:row>', '<comment ref="A9" authorId="0"><text><t>x</t></text></comment>',
  '<x:Row>8</x:Row>', '<x:Anchor>1, 15, 8, 2, 3, 15, 12, 16</x:Anchor>', '<worksheetSource ref="A1:D40" sheet="Stand van zaken"/>', '<c:f>\'Stand van zaken\'!$B$4:$B$30</c:f>',
  '<location ref="H1:I40"/>', '<definedName name="x" localSheetId="0">\'Stand van zaken\'!$A$1:$D$1048576</definedName>', '<mergeCell ref="D5:D30"/>', '<row r="3"/>',
];

/** Attributes with hostile values on a random start tag, or structural chaos for the part's own format. */
const chaos = (random: Random, xml: string, format: Format): string => {
  if (format === 'docx') {
    switch (int(random, 5)) {
      case 0:
        return insertAfter(random, xml, /<w:tcPr>|<w:tc>/g, `<w:gridSpan w:val="${pickOf(random, ATTR_VALUES)}"/>`);
      case 1:
        // vMerge chaos: every cell may start or continue a vertical merge.
        return xml.replace(/<w:tc>/g, (tag) =>
          random() < 0.4 ? `${tag}<w:tcPr><w:vMerge${pickOf(random, ['', ' w:val="restart"', ' w:val="continue"', ' w:val="zz"'])}/></w:tcPr>` : tag,
        );
      case 2:
        return xml.replace(/w:val="\d+"/g, (attr) => (random() < 0.5 ? `w:val="${pickOf(random, ATTR_VALUES)}"` : attr));
      case 3:
        return xml.replace(/<w:gridCol\b[^>]*\/>/g, (tag) => (random() < 0.5 ? '' : tag.repeat(1 + int(random, 3))));
      default:
        return insertAfter(random, xml, /<w:tr>/g, '<w:trPr><w:del w:id="9" w:author="x" w:date="2021-01-01T00:00:00Z"/></w:trPr>');
    }
  }
  switch (int(random, 5)) {
    case 0:
      return xml.replace(/\sr="[A-Z]+\d+"/g, (attr) =>
        random() < 0.2 ? ` r="${pickOf(random, ['XFD1048576', 'A0', '', '-1', 'A1048577', 'AAAA1', '1A', 'A1'])}"` : attr,
      );
    case 1:
      return xml.replace(/\s(t|s)="[^"]*"/g, (attr, name: string) =>
        random() < 0.2 ? ` ${name}="${pickOf(random, name === 't' ? ['s', 'str', 'inlineStr', 'b', 'e', 'd', 'n', 'zz'] : ['99999', '-1', 'x'])}"` : attr,
      );
    case 2:
      return xml.replace(/<v>[^<]*<\/v>/g, (v) => (random() < 0.2 ? `<v>${pickOf(random, ['999999', '-1', 'NaN', '1e400', '', 'x', '0.5', '2958466'])}</v>` : v));
    case 3:
      return xml.replace(/\s(ref|spans|count|uniqueCount|min|max|numFmtId|fontId|sheetId)="[^"]*"/g, (attr, name: string) =>
        random() < 0.3 ? ` ${name}="${pickOf(random, [...ATTR_VALUES, 'A1:XFD1048576', 'B2:A1', '1:16384'])}"` : attr,
      );
    default: {
      const merge = `<mergeCell ref="${pickOf(random, ['A1:XFD1048576', 'B2:A1', 'A1:A1', 'A0:B0', 'ZZZZ1:A1', 'A1', 'x', 'A1:D1', 'A3:D1000000', 'A5:B6'])}"/>`;
      return /<mergeCells\b/.test(xml)
        ? insertAfter(random, xml, /<mergeCells[^>]*>/g, merge)
        : xml.replace('</sheetData>', `</sheetData><mergeCells count="1">${merge}</mergeCells>`);
    }
  }
};

const TEXT_OPS = [
  'deleteChars', 'insertChars', 'deleteTag', 'duplicateTag', 'swapTags', 'insertTag', 'attribute', 'chaos', 'chaos', 'hugeText',
  'deepNesting', 'namespace', 'bom', 'cdata', 'pi', 'entity', 'empty',
] as const;
export type TextOp = (typeof TEXT_OPS)[number];

/** One text mutation of an XML part. */
export const mutateText = (random: Random, xml: string, format: Format, op: TextOp = pickOf(random, TEXT_OPS)): string => {
  const structure = format === 'docx' ? WORD_STRUCTURE : SHEET_STRUCTURE;
  switch (op) {
    case 'deleteChars': {
      const at = int(random, xml.length + 1);
      return xml.slice(0, at) + xml.slice(at + count(random, 200));
    }
    case 'insertChars':
      return insertAt(xml, int(random, xml.length + 1), Array.from({ length: count(random, 20) }, () => pickOf(random, NOISE)).join(''));
    case 'deleteTag': {
      const tags = tagSpans(xml);
      if (tags.length === 0) return xml;
      const tag = pickOf(random, tags);
      return xml.slice(0, tag.start) + xml.slice(tag.end);
    }
    case 'duplicateTag': {
      const tags = tagSpans(xml);
      if (tags.length === 0) return xml;
      const tag = pickOf(random, tags);
      return insertAt(xml, boundary(random, xml), xml.slice(tag.start, tag.end));
    }
    case 'swapTags': {
      const tags = tagSpans(xml);
      if (tags.length < 2) return xml;
      let [a, b] = [pickOf(random, tags), pickOf(random, tags)];
      if (a.start === b.start) return xml;
      if (a.start > b.start) [a, b] = [b, a];
      return xml.slice(0, a.start) + xml.slice(b.start, b.end) + xml.slice(a.end, b.start) + xml.slice(a.start, a.end) + xml.slice(b.end);
    }
    case 'insertTag':
      return insertAt(xml, boundary(random, xml), pickOf(random, structure));
    case 'attribute': {
      const tags = tagSpans(xml).filter((t) => xml[t.start + 1] !== '/' && xml[t.start + 1] !== '?' && xml[t.start + 1] !== '!');
      if (tags.length === 0) return xml;
      const tag = pickOf(random, tags);
      const at = xml.slice(tag.start, tag.end).endsWith('/>') ? tag.end - 2 : tag.end - 1;
      const name = pickOf(random, ['w:val', 'w:gridSpan', 'r', 't', 's', 'ref', 'xml:space', 'xmlns:w', 'xmlns', 'q:x', 'val', 'w:val']);
      return insertAt(xml, at, ` ${name}="${pickOf(random, ATTR_VALUES)}"`);
    }
    case 'chaos':
      return chaos(random, xml, format);
    case 'hugeText': {
      const text = pickOf(random, ['A', 'é', '<', '&amp;', ' ', '1.1 ']).repeat(1 + int(random, 500_000));
      return insertAfter(random, xml, format === 'docx' ? /<w:t[^>]*>/g : /<t[^>]*>|<v>/g, text);
    }
    case 'deepNesting': {
      const depth = random() < 0.5 ? 10_000 : 1 + int(random, 2_000);
      const [open, close] = pickOf(random, [
        format === 'docx' ? ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'] : ['<row><c>', '</c></row>'],
        ['<x>', '</x>'],
        format === 'docx' ? ['<w:p>', '</w:p>'] : ['<si>', '</si>'],
        format === 'docx' ? ['<w:r>', '</w:r>'] : ['<is>', '</is>'],
      ] as const);
      const closed = random() < 0.7;
      return insertAt(xml, boundary(random, xml), open.repeat(depth) + (closed ? close.repeat(depth) : ''));
    }
    case 'namespace':
      switch (int(random, 3)) {
        case 0:
          return xml.replace(/xmlns(:\w+)?="[^"]*"/, (attr) => attr.replace(/"[^"]*"/, '"urn:unknown"'));
        case 1:
          return xml.replace(/<(\w+:)?(document|worksheet|sst|workbook|Types|Relationships)\b/, (tag) => `${tag} xmlns:q="urn:q"`).replace(/(<\/?)w:(p|r|t)>/, '$1q:$2>');
        default:
          return insertAt(xml, boundary(random, xml), '<q:unknown xmlns:q="urn:q" q:a="1"><q:x/>text</q:unknown>');
      }
    case 'bom':
      return pickOf(random, ['\uFEFF' + xml, '\uFEFF\uFEFF' + xml, insertAt(xml, boundary(random, xml), '\uFEFF'), ' ' + xml, '\uFFFE' + xml]);
    case 'cdata':
      return random() < 0.7
        ? insertAt(xml, boundary(random, xml), `<![CDATA[${pickOf(random, ['x', ']]', '<w:p/>', '19 juni 2021', ''])}]]>`)
        : insertAt(xml, boundary(random, xml), '<![CDATA[unterminated');
    case 'pi':
      return insertAt(xml, pickOf(random, [0, boundary(random, xml)]), pickOf(random, ['<?pi data?>', '<?xml version="1.0"?>', '<?xml-stylesheet href="x"?>', '<?', '<??>']));
    case 'entity':
      return random() < 0.15
        ? xml.replace(/^(<\?xml[^>]*\?>)?/, (decl) => decl + BILLION_LAUGHS) + '&lol3;'
        : insertAt(xml, boundary(random, xml), pickOf(random, ENTITIES));
    case 'empty':
      return pickOf(random, ['', ' ', '<', '<?xml version="1.0"?>', xml.slice(0, int(random, xml.length + 1))]);
  }
};

const MAIN_PARTS: Record<Format, readonly (readonly [string, number])[]> = {
  docx: [
    ['word/document.xml', 0.75],
    ['[Content_Types].xml', 0.08],
    ['_rels/.rels', 0.09],
    ['word/_rels/document.xml.rels', 0.08],
  ],
  xlsx: [
    ['xl/worksheets/sheet1.xml', 0.35],
    ['xl/sharedStrings.xml', 0.12],
    ['[Content_Types].xml', 0.06],
    ['xl/workbook.xml', 0.09],
    ['xl/styles.xml', 0.07],
    ['xl/_rels/workbook.xml.rels', 0.06],
    // The parts the writer moves references in (absent from some bases: then nothing changes).
    ['xl/worksheets/sheet3.xml', 0.04],
    ['xl/comments1.xml', 0.04],
    ['xl/drawings/vmlDrawing1.vml', 0.04],
    ['xl/drawings/drawing2.xml', 0.03],
    ['xl/charts/chart1.xml', 0.03],
    ['xl/pivotCache/pivotCacheDefinition1.xml', 0.03],
    ['xl/calcChain.xml', 0.02],
    ['xl/tables/table1.xml', 0.02],
  ],
};

const weighted = (random: Random, items: readonly (readonly [string, number])[]): string => {
  let r = random();
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  return items[0]?.[0] ?? '';
};

/** The package re-zipped with its main parts mutated as text, or a part dropped, renamed or re-encoded. */
const mutateZip = (random: Random, source: Base, format: Format): { bytes: Uint8Array; ops: string[] } => {
  const parts: Zippable = { ...source.parts };
  const ops: string[] = [];
  const rounds = count(random, 6);
  for (let i = 0; i < rounds; i += 1) {
    const name = weighted(random, MAIN_PARTS[format]);
    const data = parts[name];
    const roll = random();
    if (roll < 0.03) {
      delete parts[name];
      ops.push(`drop ${name}`);
    } else if (roll < 0.05 && data) {
      delete parts[name];
      parts[name.toUpperCase()] = data;
      ops.push(`rename ${name}`);
    } else if (data instanceof Uint8Array) {
      const op = pickOf(random, TEXT_OPS);
      const text = mutateText(random, new TextDecoder().decode(data), format, op);
      const encoding = random() < 0.03 ? 'utf16' : 'utf8';
      parts[name] = encoding === 'utf16' ? new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le')) : strToU8(text);
      ops.push(`${op} ${name}${encoding === 'utf16' ? ' (utf-16)' : ''}`);
    }
  }
  const level = random() < 0.2 ? 0 : 6;
  return { bytes: zipSync(parts, { level, mtime: new Date(2021, 5, 19) }), ops };
};

// ——— inputs ———

export type Opener = 'open' | 'openBytes';

export interface FuzzInput {
  readonly format: Format;
  readonly index: number;
  readonly strategy: string;
  readonly bytes: Uint8Array;
  /** The format's own reader, or openBytes with `name` (which checks the name against the content). */
  readonly opener: Opener;
  readonly name: string;
}

/** A 32-bit mix of seed, format and index: each input has its own random stream. */
const streamSeed = (seed: number, format: Format, index: number): number => {
  let h = (seed ^ 0x9e3779b9 ^ (format === 'docx' ? 0x1234567 : 0x7654321)) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
};

/** Input `index` of `format` for `seed`: the same on every run. */
export const generateInput = (corpus: Corpus, seed: number, format: Format, index: number): FuzzInput => {
  const random = prng(streamSeed(seed, format, index));
  const bases = corpus[format];
  const source = pickOf(random, bases);
  const roll = random();
  let bytes: Uint8Array;
  let strategy: string;
  if (roll < 0.3) {
    bytes = source.bytes;
    const ops: string[] = [];
    const rounds = count(random, 12);
    for (let i = 0; i < rounds; i += 1) {
      const next = mutateBytes(random, bytes);
      bytes = next.bytes;
      ops.push(next.op);
    }
    strategy = `bytes(${source.label}: ${ops.join(',')})`;
  } else if (roll < 0.85) {
    const next = mutateZip(random, source, format);
    bytes = next.bytes;
    strategy = `zip(${source.label}: ${next.ops.join('; ')})`;
    if (random() < 0.05) {
      bytes = mutateBytes(random, bytes).bytes;
      strategy += ' + bytes';
    }
  } else if (roll < 0.9) {
    bytes = source.bytes;
    strategy = `intact(${source.label})`;
  } else {
    const kind = int(random, 3);
    if (kind === 0) {
      bytes = randomBytes(random, int(random, random() < 0.9 ? 512 : 65536));
      strategy = 'random bytes';
    } else if (kind === 1) {
      bytes = concatBytes(new Uint8Array([0x50, 0x4b, pickOf(random, [3, 5]), pickOf(random, [4, 6])]), randomBytes(random, int(random, 4096)));
      strategy = 'random bytes after a zip signature';
    } else {
      const names = format === 'docx' ? ['word/document.xml', '_rels/.rels', '[Content_Types].xml'] : ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', '_rels/.rels'];
      const parts: Zippable = {};
      for (const name of names) if (random() < 0.8) parts[name] = randomBytes(random, int(random, 2048));
      bytes = zipSync(parts);
      strategy = 'zip of random parts';
    }
  }
  const opener: Opener = random() < 0.6 ? 'open' : 'openBytes';
  const name = opener === 'open' ? `input.${format}` : pickOf(random, [`input.${format}`, `input.${format}`, `INPUT.${format.toUpperCase()}`, 'input.docx', 'input.xlsx', 'input.doc', 'input']);
  return { format, index, strategy, bytes, opener, name };
};

// ——— running one input ———

export type Outcome =
  | { readonly kind: 'opened'; readonly applied: boolean }
  | { readonly kind: 'file-error'; readonly code: string; readonly stage: 'open' | 'apply' }
  | { readonly kind: 'failure'; readonly stage: string; readonly error: string };

const TODAY = '2026-11-24';

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(error);

/** The file host behind openBytes, seen as a reader: its document, and its bytes after an update. */
const asReader = async (host: StatusHost): Promise<StatusFile> => ({
  doc: await host.read(),
  apply: async (edits) => {
    await host.update(() => edits);
    return host.capabilities.file?.bytes() ?? new Uint8Array();
  },
});

const openWith = async (input: Pick<FuzzInput, 'format' | 'opener' | 'name'>, bytes: Uint8Array): Promise<StatusFile> =>
  input.opener === 'openBytes' ? asReader((await openBytes(bytes, input.name)).host) : input.format === 'docx' ? openDocx(bytes) : openXlsx(bytes);

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`TIMEOUT: ${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/**
 * Opens the input; when it opens, checks it, plans the heading and date-stamp edits, writes them
 * and opens what was written. Anything but a FileError thrown on the way is a failure, and so is
 * a file we wrote ourselves that does not open again.
 */
export const runInput = async (input: FuzzInput, timeoutMs = 30_000): Promise<Outcome> => {
  let stage = 'open';
  try {
    return await withTimeout(
      (async (): Promise<Outcome> => {
        const file = await openWith(input, input.bytes);
        stage = 'check';
        checkDocument(file.doc, { today: TODAY });
        const read = readStatusTable(file.doc);
        if (!read.ok) return { kind: 'opened', applied: false };
        stage = 'plan';
        const edits: Edit[] = [...planHeadings(read.table), ...planDateStamp(read.table, TODAY)];
        stage = 'apply';
        let written: Uint8Array;
        try {
          written = await file.apply(edits);
        } catch (error) {
          if (error instanceof FileError) return { kind: 'file-error', code: error.code, stage: 'apply' };
          throw error;
        }
        stage = 'reopen';
        try {
          const again = await openWith({ ...input, name: `input.${input.format}` }, written);
          stage = 'recheck';
          checkDocument(again.doc, { today: TODAY });
        } catch (error) {
          if (error instanceof FileError) return { kind: 'failure', stage, error: `what apply wrote does not open: ${error.code}: ${error.message}` };
          throw error;
        }
        return { kind: 'opened', applied: true };
      })(),
      timeoutMs,
      `${input.format} #${input.index}`,
    );
  } catch (error) {
    if (error instanceof FileError && stage === 'open') return { kind: 'file-error', code: error.code, stage: 'open' };
    return { kind: 'failure', stage, error: describe(error) };
  }
};

// ——— a run ———

export interface Failure {
  readonly format: Format;
  readonly index: number;
  readonly strategy: string;
  readonly stage: string;
  readonly error: string;
}

export interface Summary {
  readonly format: Format;
  readonly seed: number;
  readonly ran: number;
  readonly opened: number;
  readonly applied: number;
  readonly fileErrors: Record<string, number>;
  readonly failures: Failure[];
  readonly strategies: Record<string, number>;
  readonly slowest: { readonly index: number; readonly ms: number; readonly strategy: string };
  readonly ms: number;
  readonly peakRssMb: number;
}

export interface RunOptions {
  readonly seed: number;
  readonly format: Format;
  readonly count: number;
  readonly start?: number;
  /** Stop early (reporting how far it got) after this many ms. */
  readonly timeLimitMs?: number;
  readonly corpus?: Corpus;
  readonly onInput?: (index: number) => void;
  readonly timeoutMs?: number;
}

export const fuzz = async (options: RunOptions): Promise<Summary> => {
  const started = Date.now();
  const corpus = options.corpus ?? (await buildCorpus(options.seed));
  const fileErrors: Record<string, number> = {};
  const strategies: Record<string, number> = {};
  const failures: Failure[] = [];
  let opened = 0;
  let applied = 0;
  let ran = 0;
  let slowest = { index: -1, ms: 0, strategy: '' };
  let peakRss = process.memoryUsage().rss;
  const first = options.start ?? 0;
  let current = first;
  // An error that escapes every await (a library throwing from a stream callback) is a failure too.
  const escaped = (error: unknown) =>
    failures.push({ format: options.format, index: current, strategy: '(escaped)', stage: 'unhandled', error: describe(error) });
  process.on('unhandledRejection', escaped);
  process.on('uncaughtException', escaped);
  try {
  for (let index = first; index < first + options.count; index += 1) {
    if (options.timeLimitMs !== undefined && Date.now() - started > options.timeLimitMs) break;
    current = index;
    options.onInput?.(index);
    const input = generateInput(corpus, options.seed, options.format, index);
    const kind = input.strategy.replace(/\(.*$/s, '');
    strategies[kind] = (strategies[kind] ?? 0) + 1;
    const t = Date.now();
    const outcome = await runInput(input, options.timeoutMs);
    const ms = Date.now() - t;
    if (ms > slowest.ms) slowest = { index, ms, strategy: input.strategy.slice(0, 160) };
    ran += 1;
    if (outcome.kind === 'opened') {
      opened += 1;
      if (outcome.applied) applied += 1;
    } else if (outcome.kind === 'file-error') {
      const key = `${outcome.code}${outcome.stage === 'apply' ? ' (on apply)' : ''}`;
      fileErrors[key] = (fileErrors[key] ?? 0) + 1;
    } else {
      failures.push({ format: options.format, index, strategy: input.strategy.slice(0, 300), stage: outcome.stage, error: outcome.error });
    }
    if (index % 256 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  } finally {
    process.off('unhandledRejection', escaped);
    process.off('uncaughtException', escaped);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    format: options.format,
    seed: options.seed,
    ran,
    opened,
    applied,
    fileErrors,
    failures,
    strategies,
    slowest,
    ms: Date.now() - started,
    peakRssMb: Math.round(peakRss / 1024 / 1024),
  };
};

// ——— command line ———

interface Args {
  count: number;
  seed: number;
  formats: Format[];
  index?: number;
  timeLimitS?: number;
  hangS: number;
  child: boolean;
}

const parseArgs = (argv: readonly string[]): Args => {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const number = (flag: string, fallback?: number): number | undefined => {
    const text = value(flag);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, not ${text}`);
    return n;
  };
  const format = value('--format') ?? 'both';
  if (!['docx', 'xlsx', 'both'].includes(format)) throw new Error(`--format is docx, xlsx or both, not ${format}`);
  const index = number('--index');
  const timeLimitS = number('--time-limit');
  return {
    count: number('--count', 1000) as number,
    seed: number('--seed', 1) as number,
    formats: format === 'both' ? ['docx', 'xlsx'] : [format as Format],
    ...(index !== undefined ? { index } : {}),
    ...(timeLimitS !== undefined ? { timeLimitS } : {}),
    hangS: number('--hang-seconds', 120) as number,
    child: argv.includes('--child'),
  };
};

const printSummary = (s: Summary, requested: number): void => {
  const line = (label: string, text: string) => console.log(`  ${label.padEnd(12)} ${text}`);
  console.log(`${s.format}: ${s.ran} of ${requested} inputs (seed ${s.seed}) in ${(s.ms / 1000).toFixed(1)} s (${(s.ms / Math.max(s.ran, 1)).toFixed(2)} ms/input)`);
  line('opened', `${s.opened} (${s.applied} of them written back with their planned edits and reopened)`);
  const errors = Object.entries(s.fileErrors).sort((a, b) => b[1] - a[1]);
  line('FileError', `${errors.reduce((n, [, c]) => n + c, 0)}: ${errors.map(([code, c]) => `${code} ${c}`).join(', ') || '-'}`);
  line('failures', String(s.failures.length));
  line('strategies', Object.entries(s.strategies).map(([k, c]) => `${k} ${c}`).join(', '));
  line('slowest', `#${s.slowest.index} ${s.slowest.ms} ms (${s.slowest.strategy})`);
  line('peak RSS', `${s.peakRssMb} MB`);
  for (const f of s.failures.slice(0, 20)) {
    console.log(`  FAILURE ${f.format} #${f.index} at ${f.stage}: ${f.error}\n    input: ${f.strategy}`);
    console.log(`    reproduce: npx tsx scripts/fuzz-files.ts --seed ${s.seed} --format ${f.format} --index ${f.index}`);
  }
  if (s.failures.length > 20) console.log(`  … and ${s.failures.length - 20} more failures`);
};

type ChildMessage = { type: 'at'; index: number } | { type: 'done'; summary: Summary };

/** One format in a child process, watched: no progress for `hangS` seconds, or a crash, is a failure at the current index. */
const runWatched = (args: Args, format: Format): Promise<Summary> =>
  new Promise((resolve) => {
    const childArgs = ['--child', '--format', format, '--count', String(args.count), '--seed', String(args.seed)];
    if (args.timeLimitS !== undefined) childArgs.push('--time-limit', String(args.timeLimitS));
    const child = fork(__filename, childArgs, { execArgv: [...process.execArgv, '--max-old-space-size=2048'], stdio: 'inherit' });
    const started = Date.now();
    let current = -1;
    let lastProgress = Date.now();
    let done: Summary | undefined;
    const failed = (stage: string, error: string): Summary => ({
      format,
      seed: args.seed,
      ran: Math.max(current, 0),
      opened: 0,
      applied: 0,
      fileErrors: {},
      failures: [{ format, index: current, strategy: '(see --index)', stage, error }],
      strategies: {},
      slowest: { index: current, ms: Date.now() - lastProgress, strategy: '' },
      ms: Date.now() - started,
      peakRssMb: 0,
    });
    const watchdog = setInterval(() => {
      if (Date.now() - lastProgress > args.hangS * 1000) {
        clearInterval(watchdog);
        child.kill('SIGKILL');
        resolve(failed('hang', `no progress for ${args.hangS} s`));
      }
    }, 1000);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'at') {
        current = message.index;
        lastProgress = Date.now();
      } else done = message.summary;
    });
    child.on('exit', (code, signal) => {
      clearInterval(watchdog);
      resolve(done ?? failed('crash', `the fuzzing process ended (code ${code}, signal ${signal}) without a result`));
    });
  });

const main = async (): Promise<number> => {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) {
    const [format] = args.formats as [Format];
    const summary = await fuzz({
      seed: args.seed,
      format,
      count: args.count,
      ...(args.timeLimitS !== undefined ? { timeLimitMs: args.timeLimitS * 1000 } : {}),
      onInput: (index) => process.send?.({ type: 'at', index } satisfies ChildMessage),
    });
    await new Promise<void>((resolve) => process.send?.({ type: 'done', summary } satisfies ChildMessage, () => resolve()));
    return 0;
  }
  if (args.index !== undefined) {
    // Reproduce one input, in this process, with its whole story.
    const corpus = await buildCorpus(args.seed);
    let failed = false;
    for (const format of args.formats) {
      const input = generateInput(corpus, args.seed, format, args.index);
      console.log(`${format} #${args.index}: ${input.bytes.length} bytes, ${input.opener}(${input.name}), ${input.strategy}`);
      const outcome = await runInput(input);
      console.log(JSON.stringify(outcome, null, 2));
      failed ||= outcome.kind === 'failure';
    }
    return failed ? 1 : 0;
  }
  const started = Date.now();
  const summaries = await Promise.all(args.formats.map((format) => runWatched(args, format)));
  summaries.forEach((s) => printSummary(s, args.count));
  const failures = summaries.reduce((n, s) => n + s.failures.length, 0);
  const total = summaries.reduce((n, s) => n + s.ran, 0);
  console.log(`total: ${total} inputs, ${failures} failures, ${((Date.now() - started) / 1000).toFixed(1)} s wall clock`);
  return failures > 0 ? 1 : 0;
};

const invokedDirectly = /fuzz-files\.[cm]?[tj]s$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  main().then(
    (code) => {
      process.exitCode = code;
      if (process.argv.includes('--child')) process.disconnect?.();
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
