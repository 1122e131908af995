/** The corpus the fuzzer mutates: the seeds, hand-written and feature-rich files, random status documents. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { SourceDocument } from '../../../src/core/document';
import { prng, randomStatusDocument } from '../../../src/simulator/fixtures/synthetic';
import { allFeatures, fixtureById } from '../../../scripts/docx-fixtures/features';
import { buildSeedDocx, buildSeedXlsx } from '../../../scripts/seed-files';
import { ALL_FEATURES, buildFixtureXlsx, withoutHeadings } from '../../../scripts/xlsx-fixtures';

export type Format = 'docx' | 'xlsx';

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

const ROOT = join(__dirname, '..', '..', '..');

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

