import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as ts from 'typescript';
import { isolatedOfficeClient } from '../../src/simulator/node';
import { officeMemberUses, surfaceProgram, type MemberUse } from '../support/apiSurface';

/**
 * The API surface: every Word, Excel and OfficeExtension member the hosts, the pane and the
 * ribbon commands use must exist in the Office.js client we serve (@microsoft/office-js, the
 * pinned copy `npm start` serves offline and the tests run), unless the code tests for it at run
 * time and has a fallback. Found statically, so a path no test happens to run is checked too.
 */

const ROOT = join(__dirname, '../..');

const sourcesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return path === join('src', 'hosts', 'files') ? [] : sourcesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

const FILES = ['src/hosts', 'src/taskpane', 'src/commands'].flatMap(sourcesUnder);

const clients = { Word: isolatedOfficeClient('Word'), Excel: isolatedOfficeClient('Excel') };

/** The client's class for a use; undefined where the type has no class at run time (an interface such as an event's arguments). */
const classOf = (use: MemberUse): { prototype: object } | undefined => {
  const holders =
    use.namespace === 'OfficeExtension' ? [clients.Word.OfficeExtension, clients.Excel.OfficeExtension] : [clients[use.namespace as 'Word' | 'Excel'].api];
  const found = holders.map((holder) => (holder as Record<string, unknown>)[use.className]).find((c) => typeof c === 'function');
  return found as { prototype: object } | undefined;
};

const lacking = (uses: readonly MemberUse[]): MemberUse[] =>
  uses.filter((use) => {
    const cls = classOf(use);
    return cls !== undefined && !(use.name in cls.prototype);
  });

const describeUses = (uses: readonly MemberUse[]): string[] => uses.map((u) => `${u.member} at ${u.where}${u.gated ? ' (gated)' : ''}`);

let program: ts.Program;
let uses: MemberUse[];

beforeAll(() => {
  program = surfaceProgram(FILES);
  uses = officeMemberUses(program, FILES);
});

describe('the Office.js members the add-in uses', () => {
  it('finds the hosts\' use of the client (the check sees what it must)', () => {
    const members = new Set(uses.map((u) => u.member));
    for (const expected of ['Word.Body.tables', 'Word.Paragraph.tableNestingLevel', 'Word.TableRow.insertRows', 'Excel.Worksheet.getRangeByIndexes', 'Excel.Range.getMergedAreasOrNullObject']) {
      expect(members).toContain(expected);
    }
    expect(uses.length).toBeGreaterThan(100);
  });

  it('exist in the client we serve, or are used only after a run-time check', () => {
    expect(describeUses(lacking(uses).filter((u) => !u.gated))).toEqual([]);
  });

  it('are gated where the pinned client lacks them: Table.mergeCells and the paragraph events', () => {
    expect(describeUses(lacking(uses)).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Word\.Table\.mergeCells at src\/hosts\/word\/write\.ts:\d+ \(gated\)$/)]),
    );
    const events = lacking(uses).filter((u) => /^Word\.Document\.onParagraph(Added|Changed|Deleted)$/.test(u.member));
    expect(events.map((u) => u.name).sort()).toEqual(['onParagraphAdded', 'onParagraphChanged', 'onParagraphDeleted']);
    expect(events.every((u) => u.gated)).toBe(true);
  });

  it('fails when a gated member loses its gate', () => {
    const host = 'src/hosts/word/write.ts';
    const environment = 'src/hosts/word/environment.ts';
    const hostText = readFileSync(join(ROOT, host), 'utf8');
    const environmentText = readFileSync(join(ROOT, environment), 'utf8');
    const ungatedHost = hostText.replace("typeof table.mergeCells === 'function'", 'true');
    const ungatedEnvironment = environmentText.replace(' && clientHasParagraphEvents()', '');
    expect(ungatedHost).not.toBe(hostText);
    expect(ungatedEnvironment).not.toBe(environmentText);
    const mutated = surfaceProgram([host, environment], { [host]: ungatedHost, [environment]: ungatedEnvironment });
    const flagged = lacking(officeMemberUses(mutated, [host, environment])).filter((u) => !u.gated);
    expect([...new Set(flagged.map((u) => u.member))].sort()).toEqual([
      'Word.Document.onParagraphAdded',
      'Word.Document.onParagraphChanged',
      'Word.Document.onParagraphDeleted',
      'Word.Table.mergeCells',
    ]);
  });
});
