/** The fuzzer's mutations: of a file's bytes, of its XML parts as text, and of its zip package. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { concat } from '../../../src/hosts/files/ooxml/zip';
import type { Base, Format } from './corpus';

export type Random = () => number;

export const int = (random: Random, n: number): number => Math.floor(random() * n);
export const pickOf = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)] as T;
/** Small numbers mostly, sometimes large. */
export const count = (random: Random, max: number): number => 1 + int(random, random() < 0.8 ? Math.min(4, max) : max);

export const randomBytes = (random: Random, n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(random, 256));

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
      return { bytes: concat([b.subarray(0, at), randomBytes(random, count(random, 64)), b.subarray(at)]), op };
    case 'delete':
      return { bytes: concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + count(random, 256)))]), op };
    case 'truncate':
      return { bytes: b.slice(0, at), op };
    case 'duplicate': {
      const from = int(random, b.length + 1);
      const range = b.subarray(from, Math.min(b.length, from + count(random, 2048)));
      return { bytes: concat([b.subarray(0, at), range, b.subarray(at)]), op };
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
export const mutateZip = (random: Random, source: Base, format: Format): { bytes: Uint8Array; ops: string[] } => {
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
