/**
 * Hand-written WordprocessingML for the fixtures the `docx` package cannot express (old Word's
 * w:hMerge, w:gridBefore/After, content controls around cells and rows, smart tags, custom XML,
 * moves, list restarts): small builders for the XML, and a package with the parts Word needs.
 * Written from ECMA-376 Part 1 (§17), element by element.
 */
import { strToU8, zipSync } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const NAMESPACES =
  `xmlns:w="${W_NS}" ` +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"';

export const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Run properties from a short list: b, i, vanish, rStyle=Id. */
export const rPr = (...props: string[]): string =>
  props.length === 0
    ? ''
    : `<w:rPr>${props
        .map((p) => (p.startsWith('rStyle=') ? `<w:rStyle w:val="${p.slice(7)}"/>` : `<w:${p}/>`))
        .sort((a, b) => (a.startsWith('<w:rStyle') ? -1 : b.startsWith('<w:rStyle') ? 1 : 0))
        .join('')}</w:rPr>`;

/** A run of text; `\t` and `\n` become w:tab and w:br. */
export const run = (text: string, ...props: string[]): string =>
  `<w:r>${rPr(...props)}${text
    .split(/(\t|\n)/)
    .filter((part) => part !== '')
    .map((part) => (part === '\t' ? '<w:tab/>' : part === '\n' ? '<w:br/>' : `<w:t xml:space="preserve">${esc(part)}</w:t>`))
    .join('')}</w:r>`;

/** A run of raw run content (`<w:t>`, `<w:sym/>`, …). */
export const rawRun = (content: string, ...props: string[]): string => `<w:r>${rPr(...props)}${content}</w:r>`;

export interface ParagraphOptions {
  readonly style?: string;
  readonly numId?: number;
  readonly ilvl?: number;
  /** Extra pPr content after pStyle/numPr (w:jc …) */
  readonly more?: string;
  /** Paragraph mark run properties (w:del …, w:vanish). */
  readonly mark?: string;
}

export const pPr = (o: ParagraphOptions): string => {
  const numPr =
    o.numId !== undefined || o.ilvl !== undefined
      ? `<w:numPr>${o.ilvl !== undefined ? `<w:ilvl w:val="${o.ilvl}"/>` : ''}${o.numId !== undefined ? `<w:numId w:val="${o.numId}"/>` : ''}</w:numPr>`
      : '';
  const inner = `${o.style ? `<w:pStyle w:val="${o.style}"/>` : ''}${numPr}${o.more ?? ''}${o.mark ? `<w:rPr>${o.mark}</w:rPr>` : ''}`;
  return inner === '' ? '' : `<w:pPr>${inner}</w:pPr>`;
};

/** A paragraph of runs (strings are runs of plain text). */
export const para = (content: string | readonly string[] = [], options: ParagraphOptions = {}): string => {
  const runs = typeof content === 'string' ? (content === '' ? '' : run(content)) : content.join('');
  return `<w:p>${pPr(options)}${runs}</w:p>`;
};

export interface CellOptions {
  readonly span?: number;
  readonly vMerge?: 'restart' | 'continue';
  readonly hMerge?: 'restart' | 'continue';
  readonly width?: number;
  readonly more?: string;
}

/** A cell of paragraphs (strings are paragraphs of plain text; an empty cell has one empty paragraph). */
export const cell = (content: string | readonly string[], o: CellOptions = {}): string => {
  const paragraphs = typeof content === 'string' ? [content] : content.length === 0 ? [''] : content;
  const props =
    `${o.width !== undefined ? `<w:tcW w:w="${o.width}" w:type="dxa"/>` : ''}` +
    `${o.span && o.span > 1 ? `<w:gridSpan w:val="${o.span}"/>` : ''}` +
    `${o.hMerge ? (o.hMerge === 'restart' ? '<w:hMerge w:val="restart"/>' : '<w:hMerge/>') : ''}` +
    `${o.vMerge ? (o.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : ''}` +
    (o.more ?? '');
  const body = paragraphs.map((p) => (p.startsWith('<w:p>') || p.startsWith('<w:p ') || p.startsWith('<w:sdt') ? p : para(p))).join('');
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${body}</w:tc>`;
};

export interface RowOptions {
  readonly gridBefore?: number;
  readonly gridAfter?: number;
  /** Extra trPr content (w:del, w:ins, w:tblHeader). */
  readonly more?: string;
}

export const row = (cells: readonly string[], o: RowOptions = {}): string => {
  const props =
    `${o.gridBefore ? `<w:gridBefore w:val="${o.gridBefore}"/>` : ''}` +
    `${o.gridAfter ? `<w:gridAfter w:val="${o.gridAfter}"/>` : ''}` +
    (o.more ?? '');
  return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
};

/** A table with bordered grid columns of these widths (twentieths of a point). */
export const table = (widths: readonly number[], rows: readonly string[]): string =>
  '<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="0" w:type="auto"/>' +
  '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>' +
  '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>' +
  '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>' +
  '<w:tblLook w:val="04A0"/></w:tblPr>' +
  `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;

/** A content control (w:sdt) around `content`; `placeholder` when it shows its placeholder text. */
export const sdt = (content: string, tag: string, placeholder = false): string =>
  `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/>${placeholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

export const customXml = (content: string, element: string): string =>
  `<w:customXml w:uri="urn:statustabel:test" w:element="${element}">${content}</w:customXml>`;

export const smartTag = (content: string, element: string): string =>
  `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="${element}">${content}</w:smartTag>`;

const REVISION = 'w:author="Redactie" w:date="2021-06-18T10:00:00Z"';

const asDeleted = (runs: string): string => runs.replace(/<w:t( [^>]*)?>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>');

/**
 * Markup that needs ids unique in its document (bookmarks, revisions): one set of builders per
 * document, counting its own ids.
 */
export const marks = () => {
  let id = 0;
  const next = (): number => {
    id += 1;
    return id;
  };
  return {
    bookmark: (content: string, name: string): string => {
      const n = next();
      return `<w:bookmarkStart w:id="${n}" w:name="${name}"/>${content}<w:bookmarkEnd w:id="${n}"/>`;
    },
    ins: (runs: string): string => `<w:ins w:id="${next()}" ${REVISION}>${runs}</w:ins>`,
    /** Runs deleted under track changes: their w:t become w:delText. */
    del: (runs: string): string => `<w:del w:id="${next()}" ${REVISION}>${asDeleted(runs)}</w:del>`,
    moveFrom: (runs: string, name: string): string => {
      const range = next();
      return `<w:moveFromRangeStart w:id="${range}" ${REVISION} w:name="${name}"/><w:moveFrom w:id="${next()}" ${REVISION}>${asDeleted(runs)}</w:moveFrom><w:moveFromRangeEnd w:id="${range}"/>`;
    },
    moveTo: (runs: string, name: string): string => {
      const range = next();
      return `<w:moveToRangeStart w:id="${range}" ${REVISION} w:name="${name}"/><w:moveTo w:id="${next()}" ${REVISION}>${runs}</w:moveTo><w:moveToRangeEnd w:id="${range}"/>`;
    },
    /** For w:pPr/w:rPr (a deleted paragraph mark) and w:trPr (a deleted row). */
    deleted: (): string => `<w:del w:id="${next()}" ${REVISION}/>`,
    inserted: (): string => `<w:ins w:id="${next()}" ${REVISION}/>`,
  };
};

/** A complex field with its instruction and the result Word shows. */
export const field = (instruction: string, result: string): string =>
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
  `<w:r><w:instrText xml:space="preserve"> ${esc(instruction)} </w:instrText></w:r>` +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
  run(result) +
  '<w:r><w:fldChar w:fldCharType="end"/></w:r>';

export const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NAMESPACES}><w:body>${body}` +
  '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>' +
  '</w:body></w:document>';

export interface StyleDefinition {
  readonly id: string;
  readonly type: 'paragraph' | 'character' | 'table' | 'numbering';
  readonly name: string;
  readonly basedOn?: string;
  readonly isDefault?: boolean;
  /** pPr content. */
  readonly pPr?: string;
  /** rPr content. */
  readonly rPr?: string;
}

/** styles.xml: Word's Normal and "Table Grid" (Dutch id Tabelraster), and `styles`. */
export const stylesXml = (styles: readonly StyleDefinition[]): string => {
  const all: StyleDefinition[] = [
    { id: 'Standaard', type: 'paragraph', name: 'Normal', isDefault: true, pPr: '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>' },
    { id: 'Standaardalinea-lettertype', type: 'character', name: 'Default Paragraph Font', isDefault: true },
    { id: 'Tabelraster', type: 'table', name: 'Table Grid' },
    ...styles,
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="20"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>' +
    all
      .map(
        (s) =>
          `<w:style w:type="${s.type}"${s.isDefault ? ' w:default="1"' : ''} w:styleId="${s.id}"><w:name w:val="${s.name}"/>` +
          `${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}${s.type === 'paragraph' && s.id !== 'Standaard' ? '<w:next w:val="Standaard"/>' : ''}<w:qFormat/>` +
          `${s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : ''}${s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : ''}</w:style>`,
      )
      .join('') +
    '</w:styles>'
  );
};

export interface LevelDefinition {
  readonly ilvl: number;
  readonly start?: number;
  readonly format?: string;
  readonly text: string;
  readonly restart?: number;
  readonly suffix?: 'tab' | 'space' | 'nothing';
  readonly style?: string;
}

export interface NumberingDefinition {
  readonly abstracts: readonly { readonly id: number; readonly levels: readonly LevelDefinition[] }[];
  readonly nums: readonly { readonly id: number; readonly abstractId: number; readonly startOverrides?: Readonly<Record<number, number>> }[];
}

const levelXml = (l: LevelDefinition): string =>
  `<w:lvl w:ilvl="${l.ilvl}">${l.start !== undefined ? `<w:start w:val="${l.start}"/>` : ''}<w:numFmt w:val="${l.format ?? 'decimal'}"/>` +
  `${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}${l.style ? `<w:pStyle w:val="${l.style}"/>` : ''}` +
  `${l.suffix && l.suffix !== 'tab' ? `<w:suff w:val="${l.suffix}"/>` : ''}<w:lvlText w:val="${esc(l.text)}"/><w:lvlJc w:val="left"/>` +
  `<w:pPr><w:ind w:left="${(l.ilvl + 1) * 567}" w:hanging="567"/></w:pPr></w:lvl>`;

export const numberingXml = (n: NumberingDefinition): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:numbering xmlns:w="${W_NS}">` +
  n.abstracts.map((a) => `<w:abstractNum w:abstractNumId="${a.id}"><w:multiLevelType w:val="multilevel"/>${a.levels.map(levelXml).join('')}</w:abstractNum>`).join('') +
  n.nums
    .map(
      (num) =>
        `<w:num w:numId="${num.id}"><w:abstractNumId w:val="${num.abstractId}"/>` +
        Object.entries(num.startOverrides ?? {})
          .map(([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
          .join('') +
        '</w:num>',
    )
    .join('') +
  '</w:numbering>';

const CONTENT_TYPES = (parts: readonly string[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  (parts.includes('styles') ? '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' : '') +
  (parts.includes('numbering') ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : '') +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '</Types>';

const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** A .docx package: document.xml with its styles, numbering and settings, every entry dated the seed's day. */
export const wordPackage = (parts: { readonly body: string; readonly styles: string; readonly numbering?: string; readonly trackRevisions?: boolean }): Uint8Array => {
  const names = ['styles', ...(parts.numbering ? ['numbering'] : [])];
  const documentRels =
    `${RELS}<Relationship Id="rId1" Type="${REL_TYPE}styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_TYPE}settings" Target="settings.xml"/>` +
    (parts.numbering ? `<Relationship Id="rId3" Type="${REL_TYPE}numbering" Target="numbering.xml"/>` : '') +
    '</Relationships>';
  const settings =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W_NS}">${parts.trackRevisions ? '<w:trackRevisions/>' : ''}` +
    '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES(names)),
    '_rels/.rels': strToU8(`${RELS}<Relationship Id="rId1" Type="${REL_TYPE}officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(documentXml(parts.body)),
    'word/_rels/document.xml.rels': strToU8(documentRels),
    'word/styles.xml': strToU8(parts.styles),
    'word/settings.xml': strToU8(settings),
    ...(parts.numbering ? { 'word/numbering.xml': strToU8(parts.numbering) } : {}),
  };
  // A local-time Date gives the same DOS time fields in every time zone.
  return zipSync(files, { level: 6, mtime: new Date(2021, 5, 19, 0, 0, 0) });
};
