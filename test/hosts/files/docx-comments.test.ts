import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { checkDocument, isOwnCommentText, type Finding } from '../../../src/core';
import { openBytes } from '../../../src/hosts/files/open';
import { placeComments, removeComments } from '../../../src/hosts/operations';
import { readZip, rewriteZip } from '../../../src/hosts/files/ooxml/zip';
import { buildSeedDocx } from '../../../scripts/seed-files';
import { seedDocument } from '../../fixtures/seed';
import { minimalDocx } from '../../fixtures/files/minimalDocx';
import { expectedSeedFindings } from '../../fixtures/seedExpectation';
import { describeWith } from '../../prerequisite';
import { checkedReport } from '../../support/check';

const TODAY = '2026-11-24';
const NOW = new Date('2026-11-24T09:30:00Z');

const text = (bytes: Uint8Array, name: string): string => strFromU8(unzipSync(bytes)[name] as Uint8Array);

/** Each comment of word/comments.xml: id, author, initials and its paragraphs' text. */
const commentsOf = (bytes: Uint8Array): { id: string; author: string; initials: string; text: string }[] =>
  [...text(bytes, 'word/comments.xml').matchAll(/<w:comment w:id="(\d+)" w:author="([^"]*)"(?: w:date="[^"]*")? w:initials="([^"]*)">([\s\S]*?)<\/w:comment>/g)].map((m) => ({
    id: m[1] ?? '',
    author: m[2] ?? '',
    initials: m[3] ?? '',
    text: [...(m[4] ?? '').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n'),
  }));

/** The XML of the table cell holding `words`. */
const cellXml = (xml: string, words: string): string => {
  const at = xml.indexOf(words);
  if (at < 0) throw new Error(`no ${words}`);
  return xml.slice(xml.lastIndexOf('<w:tc>', at), xml.indexOf('</w:tc>', at));
};

const seedFindings = (): Finding[] => {
  const report = checkDocument(seedDocument, { today: TODAY });
  if (!report.ok) throw new Error(report.reason);
  return [...report.findings];
};

const placeAll = async (bytes: Uint8Array, lang: 'nl' | 'en' = 'nl') => {
  const opened = await openBytes(bytes, 'seed.docx');
  const report = await checkedReport(opened.host, TODAY);
  const result = await placeComments(opened.host, report, report.findings, lang, NOW);
  return { result, bytes: opened.host.capabilities.file?.bytes() ?? new Uint8Array(), host: opened.host };
};

describe('findings as Word comments in a .docx', () => {
  let seed: Uint8Array;
  beforeAll(async () => {
    seed = await buildSeedDocx(seedDocument);
  });

  it('places one comment per finding, by Statustabel, addressed to the row’s trekker and signed with its rule', async () => {
    const { result, bytes } = await placeAll(seed);
    const findings = seedFindings();
    expect(findings).toHaveLength(expectedSeedFindings(TODAY).length);
    expect(result).toEqual({ placed: findings.length, removed: 0, kept: 0 });
    const comments = commentsOf(bytes);
    expect(comments).toHaveLength(findings.length);
    expect(comments.every((c) => c.author === 'Statustabel' && c.initials === 'ST' && isOwnCommentText(c.text))).toBe(true);
    // 4.3.2's planning "Openstelling in najaar 2021" ended on 20 December 2021; its trekker is BZK.
    const pastDue = comments.find((c) => c.text.includes('maatregel 4.3.2 is verlopen'));
    expect(pastDue?.text).toBe(
      'Aan BZK: De planning van maatregel 4.3.2 is verlopen: “najaar 2021” liep tot 20 december 2021.\n— Statustabel (planning.past-due)',
    );
    // Anchored in that very cell: range start, range end and the reference run.
    const cell = cellXml(text(bytes, 'word/document.xml'), 'Openstelling in najaar 2021');
    expect(cell).toContain(`<w:commentRangeStart w:id="${pastDue?.id}"/>`);
    expect(cell).toContain(`<w:commentRangeEnd w:id="${pastDue?.id}"/><w:r><w:commentReference w:id="${pastDue?.id}"/></w:r>`);
    // Every comment has exactly one start, one end and one reference in the document.
    const documentXml = text(bytes, 'word/document.xml');
    for (const { id } of comments) {
      for (const mark of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) {
        expect(documentXml.split(`<w:${mark} w:id="${id}"/>`)).toHaveLength(2);
      }
    }
    expect(text(bytes, 'word/comments.xml')).toContain('w:date="2026-11-24T09:30:00Z"');
  });

  it('changes nothing else: the same document read back, every other part byte for byte, the comments part declared once', async () => {
    const { bytes } = await placeAll(seed);
    await expect((await openBytes(bytes, 'x.docx')).host.read()).resolves.toEqual(await (await openBytes(seed, 'seed.docx')).host.read());
    const before = unzipSync(seed);
    const after = unzipSync(bytes);
    const changed = Object.keys(before).filter((name) => !Buffer.from(before[name] as Uint8Array).equals(Buffer.from(after[name] ?? new Uint8Array())));
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'word/_rels/document.xml.rels', 'word/document.xml']);
    expect(Object.keys(after).filter((name) => !(name in before))).toEqual(['word/comments.xml']);
    expect(text(bytes, '[Content_Types].xml')).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    expect(text(bytes, 'word/_rels/document.xml.rels')).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"');
    // Only comment marks were added to the document (an empty paragraph written <w:p/> had to be opened for them).
    const stripped = text(bytes, 'word/document.xml')
      .replace(/<w:commentRange(Start|End) w:id="\d+"\/>|<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, '')
      .replace(/<w:p><\/w:p>/g, '<w:p/>');
    expect(stripped === text(seed, 'word/document.xml')).toBe(true);
  });

  it('placing again replaces its own comments: the count stays, and the parts it added are not added twice', async () => {
    const first = await placeAll(seed);
    const second = await placeAll(first.bytes);
    expect(second.result).toEqual({ placed: first.result.placed, removed: first.result.placed, kept: 0 });
    expect(commentsOf(second.bytes)).toHaveLength(first.result.placed);
    expect(text(second.bytes, '[Content_Types].xml')).toBe(text(first.bytes, '[Content_Types].xml'));
    expect(text(second.bytes, 'word/_rels/document.xml.rels')).toBe(text(first.bytes, 'word/_rels/document.xml.rels'));
    // Removed again, the document is the seed's once more.
    const removed = await removeComments(second.host);
    expect(removed).toEqual({ placed: 0, removed: first.result.placed, kept: 0 });
    const cleared = second.host.capabilities.file?.bytes() ?? new Uint8Array();
    expect(text(cleared, 'word/document.xml').replace(/<w:p><\/w:p>/g, '<w:p/>') === text(seed, 'word/document.xml')).toBe(true);
  });

  describe('with a person’s comment, a reply to one of ours and one of ours resolved', () => {
    /**
     * What Word leaves after people worked on our comments: paragraph ids on every comment, a
     * comment of Jan's on the title, Jan's reply to our first comment, our second marked done.
     */
    const worked = (bytes: Uint8Array): Uint8Array => {
      const zip = readZip(bytes);
      let n = 0;
      const comments = text(bytes, 'word/comments.xml')
        .replace(/<w:comments /, '<w:comments xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ')
        .replace(/<w:p>(?=(?:(?!<w:p>)[\s\S])*?— Statustabel)/g, () => `<w:p w14:paraId="0000000${(n += 1)}">`)
        .replace(
          '</w:comments>',
          '<w:comment w:id="100" w:author="Jan Jansen" w:initials="JJ"><w:p w14:paraId="000000AA"><w:r><w:t>Graag de titel aanpassen.</w:t></w:r></w:p></w:comment>' +
            '<w:comment w:id="101" w:author="Jan Jansen" w:initials="JJ"><w:p w14:paraId="000000BB"><w:r><w:t>Wij pakken dit op.</w:t></w:r></w:p></w:comment></w:comments>',
        );
      const extended =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">' +
        '<w15:commentEx w15:paraId="00000001" w15:done="0"/><w15:commentEx w15:paraId="00000002" w15:done="1"/><w15:commentEx w15:paraId="00000003" w15:done="0"/>' +
        '<w15:commentEx w15:paraId="000000AA" w15:done="0"/><w15:commentEx w15:paraId="000000BB" w15:paraIdParent="00000001" w15:done="0"/></w15:commentsEx>';
      const documentXml = text(bytes, 'word/document.xml').replace(
        /(<w:p>|<w:p [^>]*>)(<w:pPr>[\s\S]*?<\/w:pPr>)?(<w:r>[\s\S]*?Stand van zaken ondersteuningsmaatregelen[\s\S]*?<\/w:r>)/,
        '$1$2<w:commentRangeStart w:id="100"/><w:commentRangeStart w:id="101"/>$3<w:commentRangeEnd w:id="100"/><w:r><w:commentReference w:id="100"/></w:r><w:commentRangeEnd w:id="101"/><w:r><w:commentReference w:id="101"/></w:r>',
      );
      const rels = text(bytes, 'word/_rels/document.xml.rels').replace(
        '</Relationships>',
        '<Relationship Id="rId50" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
      );
      const types = text(bytes, '[Content_Types].xml').replace(
        '</Types>',
        '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
      );
      return rewriteZip(
        zip,
        new Map([
          ['word/comments.xml', strToU8(comments)],
          ['word/document.xml', strToU8(documentXml)],
          ['word/_rels/document.xml.rels', strToU8(rels)],
          ['[Content_Types].xml', strToU8(types)],
        ]),
        [{ name: 'word/commentsExtended.xml', data: strToU8(extended) }],
      );
    };

    it('keeps Jan’s comments and their anchors, our answered and our resolved comment; replaces the rest', async () => {
      const first = await placeAll(seed);
      const before = worked(first.bytes);
      const beforeComments = commentsOf(before);
      const ours = first.result.placed;
      const again = await placeAll(before);
      expect(again.result).toEqual({ placed: ours, removed: ours - 2, kept: 2 });
      const after = commentsOf(again.bytes);
      // Ours anew, the two of ours someone acted on, and Jan's two.
      expect(after).toHaveLength(ours + 2 + 2);
      for (const kept of [beforeComments[0], beforeComments[1], ...beforeComments.filter((c) => c.author === 'Jan Jansen')]) {
        expect(after).toContainEqual(kept);
      }
      const documentXml = text(again.bytes, 'word/document.xml');
      for (const id of ['100', '101', beforeComments[0]?.id, beforeComments[1]?.id]) {
        expect(documentXml).toContain(`<w:commentRangeStart w:id="${id}"/>`);
        expect(documentXml).toContain(`<w:commentReference w:id="${id}"/>`);
      }
      // The removed comments' entries left commentsExtended; Jan's and the kept ones' stayed.
      const extended = text(again.bytes, 'word/commentsExtended.xml');
      expect(extended).not.toContain('w15:paraId="00000003"');
      for (const id of ['00000001', '00000002', '000000AA', '000000BB']) expect(extended).toContain(`w15:paraId="${id}"`);

      const removed = await removeComments(again.host);
      expect(removed).toEqual({ placed: 0, removed: ours, kept: 2 });
      const left = commentsOf(again.host.capabilities.file?.bytes() ?? new Uint8Array());
      expect(left.map((c) => c.author)).toEqual(['Statustabel', 'Statustabel', 'Jan Jansen', 'Jan Jansen']);
    });
  });

  it('writes no comment into a document protected against it, and does where the protection allows comments', async () => {
    const protect = (edit: string): Uint8Array =>
      rewriteZip(
        readZip(seed),
        new Map([['word/settings.xml', strToU8(text(seed, 'word/settings.xml').replace(/(<w:settings\b[^>]*>)/, `$1<w:documentProtection w:edit="${edit}" w:enforcement="1"/>`))]]),
      );
    const readOnly = await openBytes(protect('readOnly'), 'beveiligd.docx');
    const report = await checkedReport(readOnly.host, TODAY);
    await expect(placeComments(readOnly.host, report, report.findings, 'nl')).rejects.toMatchObject({ code: 'refused', reason: { kind: 'protected', edit: 'readOnly' } });
    expect(readOnly.host.capabilities.file?.bytes()).toEqual(protect('readOnly'));
    const { result } = await placeAll(protect('comments'));
    expect(result.placed).toBe(report.findings.length);
  });

  it('writes into a document that binds WordprocessingML as its default namespace and has no relationships part', async () => {
    const cell = (text: string) => `<tc><p><r><t>${text}</t></r></p></tc>`;
    const row = (...texts: string[]) => `<tr>${texts.map(cell).join('')}</tr>`;
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body>' +
      `<tbl><tblGrid><gridCol/><gridCol/><gridCol/><gridCol/></tblGrid>${row('Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker')}${row('4.1 Woningen', 'Loopt', 'eind 2030', '')}</tbl>` +
      '<p><r><t>19 juni 2021</t></r></p></body></document>';
    const { result, bytes } = await placeAll(minimalDocx(xml));
    expect(result.placed).toBeGreaterThan(0);
    const documentXml = text(bytes, 'word/document.xml');
    expect(documentXml).toContain('<w:commentRangeStart xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="0"/>');
    expect(text(bytes, 'word/_rels/document.xml.rels')).toContain('Target="comments.xml"');
    // The new relationships part is typed by the package's Default for .rels: only the comments part needs an Override.
    expect(text(bytes, '[Content_Types].xml')).toBe(
      text(minimalDocx(xml), '[Content_Types].xml').replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'),
    );
    // What was written reads back, and placing again finds its own comments in it.
    const again = await placeAll(bytes);
    expect(again.result).toEqual({ placed: result.placed, removed: result.placed, kept: 0 });
  });

  it('addresses the comment in English when asked, and leaves out the address where the row has no trekker', async () => {
    const { bytes } = await placeAll(seed, 'en');
    const texts = commentsOf(bytes).map((c) => c.text);
    expect(texts).toContainEqual(expect.stringMatching(/^To BZK: The planning of measure 4\.3\.2 ran out: “najaar 2021” ended/));
    // The stamp's finding is about the document, not a row.
    expect(texts.filter((t) => !/^To /.test(t)).every((t) => isOwnCommentText(t))).toBe(true);
  });
});

// LibreOffice is the judge that Word comments we write are real comments.
describeWith('libreoffice', 'comments in LibreOffice', (soffice) => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'statustabel-comments-lo-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists every comment, by Statustabel, with its text, after a round trip to .odt', async () => {
    const { bytes } = await placeAll(await buildSeedDocx(seedDocument));
    writeFileSync(join(dir, 'opmerkingen.docx'), bytes);
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'odt', '--outdir', join(dir, 'odt'), join(dir, 'opmerkingen.docx')],
      { cwd: dir, timeout: 120_000, stdio: 'pipe' },
    );
    const content = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'odt', 'opmerkingen.odt'))))['content.xml'] as Uint8Array);
    const annotations = [...content.matchAll(/<office:annotation [^>]*>([\s\S]*?)<\/office:annotation>/g)].map((m) => m[1] ?? '');
    const findings = seedFindings();
    expect(annotations).toHaveLength(findings.length);
    expect(annotations.every((a) => a.includes('<dc:creator>Statustabel</dc:creator>'))).toBe(true);
    const paragraphs = annotations.map((a) => [...a.matchAll(/<text:p[^>]*>([^<]*)<\/text:p>/g)].map((p) => p[1]));
    expect(paragraphs).toContainEqual([
      'Aan BZK: De planning van maatregel 4.3.2 is verlopen: “najaar 2021” liep tot 20 december 2021.',
      '— Statustabel (planning.past-due)',
    ]);
    expect(paragraphs.map((p) => p[1]).sort()).toEqual(findings.map((f) => `— Statustabel (${f.rule})`).sort());
  }, 180_000);
});
