import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellString, planHeadings, readStatusTable, resolveGrid, squash, type SourceDocument, type StatusTable } from '../../src/core';
import type { JsonReport } from '../../src/cli/report';
import { openDocx } from '../../src/hosts/files/docx';
import { allFeatures, DOCX_FIXTURES } from '../../scripts/docx-fixtures/features';
import { isPdf, openLibreOffice, pdfPages, type LibreOffice } from '../hosts/files/docxLibreOffice';
import { describeWith } from '../prerequisite';
import { findingKeys, run, tempDir, writeTemp, type ExpectedFinding } from './helpers';

/**
 * The command line on Word documents made the way offices make them (issue 12): `check` on one
 * document with every feature at once gives exactly the findings a careful reader would list, and
 * `fix --headings --datestamp` on every feature fixture gives a document with no heading or stamp
 * left to fix, that LibreOffice opens, with every other cell as it was.
 */

/**
 * The all-features document (scripts/docx-fixtures/features.ts) as of its own date, 19 June 2021,
 * finding by finding, from reading the page. What is not here is as deliberate: 4.2.1's trekker
 * is "JenV" and "COA" on two lines (two known organisations); its planning reads "eind 2030" once
 * the tracked change is accepted; its hidden note is not status text; 4.2.3 and 5.1.2 have the
 * planning and trekker cells merged down from the row above; the deleted row "Vervallen
 * maatregel" is gone, so it lacks nothing and 4.2.4 follows 4.2.3; 5.1.2's status is the moved
 * sentence, 5.1.3's no longer holds it; 7.1.2's trekker is "Divosa" (the rest is hidden); the
 * stamp reads "Den Haag, 19 juni 2021" (the word "concept" is hidden), today's date.
 */
const ALL_FEATURES_FINDINGS: readonly ExpectedFinding[] = [
  {
    severity: 'error',
    rule: 'heading.missing',
    subject: 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING',
    why: 'chapter 6 has measures (6.1.1, 6.1.2), but the paragraph above their table is empty',
  },
  {
    severity: 'error',
    rule: 'trekker.missing',
    subject: '4.2.4',
    why: 'its trekker cell is a content control still showing its grey placeholder: nobody filled it in',
  },
  { severity: 'error', rule: 'trekker.missing', subject: '6.1.2', why: 'its row ends a column early (w:gridAfter): it has no trekker cell' },
  { severity: 'error', rule: 'planning.past-due', subject: '7.1.1', why: '"eind 2020" ended on 31 December 2020, before 19 June 2021' },
  {
    severity: 'warning',
    rule: 'measure.chapter',
    subject: '6.1.1',
    why: 'without a heading of its own it stands under OPVANG KORTE TERMIJN, the heading above the previous table',
  },
  { severity: 'warning', rule: 'measure.chapter', subject: '6.1.2', why: 'as 6.1.1' },
  {
    severity: 'warning',
    rule: 'planning.missing',
    subject: '6.1.1',
    why: 'its status cell is merged over the planning column (old Word’s w:hMerge): there is no planning',
  },
  { severity: 'warning', rule: 'status.missing', subject: '7.1.2', why: 'its status cell is empty; the bookmark around it holds no text' },
];

describe('statustabel check on a Word document with every feature at once', () => {
  it('gives exactly the findings a careful reader lists, and exit 1 for the errors', async () => {
    const dir = tempDir();
    const path = writeTemp(dir, 'alles.docx', await allFeatures.build());
    const result = await run(['check', path, '--today', '2021-06-19', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    // Four headings written as paragraphs; five header rows (one per table); twelve measures.
    expect(report.table).toEqual({ rows: 21, measures: 12, headings: 4 });
    const { found, expected } = findingKeys(report, ALL_FEATURES_FINDINGS);
    expect(found).toEqual(expected);
  });

  it('prints them as a table too, the trekker of 4.2.4 and of 6.1.2 missing', async () => {
    const dir = tempDir();
    const path = writeTemp(dir, 'alles.docx', await allFeatures.build());
    const result = await run(['check', path, '--today', '2021-06-19', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('12 measures, 4 headings');
    expect(result.stdout).toMatch(/error\s+trekker\.missing\s+4\.2\.4/);
    expect(result.stdout).toMatch(/error\s+trekker\.missing\s+6\.1\.2/);
    expect(result.stdout).not.toMatch(/trekker\.unknown/);
  });
});

/** A text without the section number a numbered heading style draws before it. */
const bare = (text: string): string => text.replace(/^\d{1,2}(?:\.\d{1,3})*\.?\s+/, '');

/** Each table's text, row by row and grid column by grid column: a merged cell's text in every place it covers. */
const cellTexts = (doc: SourceDocument, leaveOut: ReadonlySet<string>): string[][][] =>
  doc.blocks.flatMap((block) =>
    block.kind === 'table'
      ? [resolveGrid(block).cover.map((line) => line.map((cell) => squash(cellString(cell?.paragraphs)))).filter((line) => !(line.length > 0 && line.every((t) => leaveOut.has(bare(t)))))]
      : [],
  );

const statusTable = (doc: SourceDocument): StatusTable => {
  const read = readStatusTable(doc);
  if (!read.ok) throw new Error(read.reason);
  return read.table;
};

/** The paragraphs outside the tables, except those left out (new headings) and the date stamp. */
const paragraphTexts = (doc: SourceDocument, leaveOut: ReadonlySet<string>): string[] => {
  const stamp = statusTable(doc).dateStamp?.block;
  return doc.blocks.flatMap((block, b) => (block.kind === 'paragraph' && b !== stamp && !leaveOut.has(bare(squash(block.text))) ? [squash(block.text)] : []));
};

describeWith('libreoffice', 'statustabel fix --headings --datestamp on every feature fixture, as made and as LibreOffice re-saved it', (soffice) => {
  const fixtures = [...DOCX_FIXTURES, allFeatures];
  let office: LibreOffice | undefined;
  const inputs = new Map<string, Uint8Array>();
  const fixed = new Map<string, Uint8Array>();
  const outcomes = new Map<string, { code: number; stdout: string; stderr: string }>();
  let pdfs = new Map<string, Buffer>();

  beforeAll(async () => {
    office = openLibreOffice(soffice);
    const made = new Map<string, Uint8Array>();
    for (const fixture of fixtures) made.set(fixture.id, await fixture.build());
    const resaved = office.resave(made);
    for (const [id, bytes] of made) inputs.set(id, bytes);
    for (const [id, bytes] of resaved) inputs.set(`${id}.libreoffice`, bytes);
    const dir = tempDir();
    for (const [name, bytes] of inputs) {
      const input = writeTemp(dir, `${name}.docx`, bytes);
      const output = join(dir, `${name}.fixed.docx`);
      outcomes.set(name, await run(['fix', input, '--headings', '--datestamp', '--today', '2026-11-25', '-o', output]));
      fixed.set(name, new Uint8Array(readFileSync(output)));
    }
    pdfs = office.pdf(fixed);
  }, 600_000);
  afterAll(() => office?.close());

  const names = fixtures.flatMap((f) => [f.id, `${f.id}.libreoffice`]);

  it.each(names)('%s: fixes, re-reads with no heading or stamp finding, other cells unchanged, opens in LibreOffice', async (name) => {
    const outcome = outcomes.get(name);
    expect(outcome?.stderr).toBe('');
    expect(outcome?.code).toBe(0);
    const before = (await openDocx(inputs.get(name) as Uint8Array)).doc;
    const bytes = fixed.get(name) as Uint8Array;
    const after = (await openDocx(bytes)).doc;

    const dir = tempDir();
    const check = await run(['check', writeTemp(dir, 'fixed.docx', bytes), '--today', '2026-11-25', '--json']);
    const report = JSON.parse(check.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.rule.startsWith('heading.') || f.rule.startsWith('datestamp.'))).toEqual([]);

    // What fix added: the headings core planned for the document as it was (a numbered heading
    // style draws its number before them); every other cell and paragraph reads as before.
    const added = new Set(planHeadings(statusTable(before)).map((edit) => edit.text));
    expect(added.size).toBeGreaterThan(0);
    expect(cellTexts(after, added)).toEqual(cellTexts(before, added));
    expect(paragraphTexts(after, added)).toEqual(paragraphTexts(before, added));

    const pdf = pdfs.get(name) as Buffer;
    expect(isPdf(pdf)).toBe(true);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
  });
});
