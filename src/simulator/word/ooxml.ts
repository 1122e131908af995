import { flatBlocks, paragraphsIn, type Container, type ParagraphNode, type RowNode, type TableNode } from './model';

/*
 * What `Range.getOoxml()` (WordApi 1.1,
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-getooxml-member(1))
 * gives for a range: the range as a Flat OPC package (`pkg:package`, one `pkg:part` per part, the
 * body in /word/document.xml), as Learn describes it in "Create better add-ins for Word with
 * Office Open XML" (https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 * Here only the document part, and in it only what the model holds: paragraphs with their runs
 * (tracked insertions and deletions as w:ins/w:del), tables with w:gridBefore, w:gridSpan and
 * w:vMerge (ECMA-376 Part 1, 17.4). Word writes far more (styles, rsids, widths): a real
 * response is several times larger, which is why the host asks for a table's whole outline only
 * for smaller tables, and for a larger one only of the rows that may hold a merge.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const runXml = (text: string, bold: boolean | undefined, deleted: boolean): string =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:${deleted ? 'delText' : 't'} xml:space="preserve">${escape(text)}</w:${deleted ? 'delText' : 't'}></w:r>`;

const paragraphXml = (p: ParagraphNode): string =>
  `<w:p>${p.style !== 'Normal' ? `<w:pPr><w:pStyle w:val="${escape(p.style)}"/></w:pPr>` : ''}${p.runs
    .map((r) => {
      const xml = runXml(r.text, r.bold, r.revision?.kind === 'deleted');
      if (!r.revision) return xml;
      const tag = r.revision.kind === 'deleted' ? 'del' : 'ins';
      return `<w:${tag} w:id="0" w:author="${escape(r.revision.author)}">${xml}</w:${tag}>`;
    })
    .join('')}</w:p>`;

const blocksXml = (container: Container): string =>
  flatBlocks(container)
    .map((b) => (b.kind === 'paragraph' ? paragraphXml(b) : tableXml(b)))
    .join('');

const tableXml = (t: TableNode, rows: readonly RowNode[] = t.rows): string =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="${escape(t.style)}"/></w:tblPr>${rows
    .map((row) => {
      const trPr = [row.gridBefore ? `<w:gridBefore w:val="${row.gridBefore}"/>` : '', row.isHeader ? '<w:tblHeader/>' : ''].join('');
      const cells = row.cells
        .map((c) => {
          const tcPr = [
            c.columnSpan > 1 ? `<w:gridSpan w:val="${c.columnSpan}"/>` : '',
            c.verticalMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.verticalMerge === 'continue' ? '<w:vMerge/>' : '',
          ].join('');
          // A cell always ends in a paragraph (ECMA-376 17.4.66).
          const body = blocksXml(c);
          return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${body.endsWith('</w:p>') ? body : `${body}<w:p/>`}</w:tc>`;
        })
        .join('');
      return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
    })
    .join('')}</w:tbl>`;

/**
 * The Flat OPC package of the blocks of `body` that a range covers: a paragraph outside tables
 * when it is in `covered`; a table when all its paragraphs are, or, where the range covers only
 * some of its rows whole (from a row's first paragraph to a later row's last), a table of those
 * rows. That a range over whole rows gives them as a table of their own, with their w:tcPr, is
 * what Word does when such rows are copied; no public source says `getOoxml` answers so: the
 * simulator's choice, and the host checks each page's rows and cells against `values` before it
 * trusts one. Rows a range covers in part are left out.
 */
export const rangeOoxml = (body: Container, covered: ReadonlySet<ParagraphNode>, paragraphsOf: (t: TableNode) => readonly ParagraphNode[]): string => {
  const parts = flatBlocks(body).flatMap((b) => {
    if (b.kind === 'paragraph') return covered.has(b) ? [paragraphXml(b)] : [];
    const own = paragraphsOf(b);
    if (!own.some((p) => covered.has(p))) return [];
    if (own.every((p) => covered.has(p))) return [tableXml(b)];
    const rows = b.rows.filter((row) => {
      const inRow = row.cells.flatMap((c) => paragraphsIn(c, true));
      return inRow.length > 0 && inRow.every((p) => covered.has(p));
    });
    return rows.length > 0 ? [tableXml(b, rows)] : [];
  });
  return (
    `<pkg:package xmlns:pkg="${PKG}"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
    `<pkg:xmlData><w:document xmlns:w="${W}"><w:body>${parts.join('')}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`
  );
};
