import { isCellLocation, type Location } from '../document';
import type { Finding, Lang } from '../findings';
import { cellString } from '../document';
import { measures, type MeasureRow, type StatusTable } from '../model';
import { squash } from '../text';

/**
 * Findings handed to the trekkers as comments in the document. Every comment the add-in writes
 * ends with a signature line naming the rule, "— Statustabel (planning.past-due)": that line is
 * how the add-in knows its own comments again, in every host. Word's Office.js writes a comment
 * under the signed-in user's name (WordApi 1.4 `Range.insertComment(commentText)` takes no author,
 * and `Comment.authorName` is read-only: https://learn.microsoft.com/javascript/api/word/word.range,
 * https://learn.microsoft.com/javascript/api/word/word.comment),
 * so the author cannot be the mark; the file writer sets author "Statustabel" and initials "ST"
 * as well, for people to see at a glance.
 */
export const COMMENT_AUTHOR = 'Statustabel';
export const COMMENT_INITIALS = 'ST';

// Any dash: an editor's autocorrect may turn one into another.
const SIGNATURE = /^[\u2014\u2013-] ?Statustabel \(([a-z][a-z0-9]*(?:[.-][a-z0-9]+)*)\)$/;

export const commentSignature = (rule: string): string => `— Statustabel (${rule})`;

/** A comment is the add-in's own when its last line is the signature (white space aside). */
export const isOwnCommentText = (text: string): boolean => {
  const lines = text
    .split(/\r\n|[\r\n\u2029\u000b]/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  return SIGNATURE.test(lines[lines.length - 1] ?? '');
};

/** A comment to place: where, and its text (lines separated by "\n"; the last is the signature). */
export interface FindingComment {
  readonly location: Location;
  readonly text: string;
  readonly rule: string;
  /** When it was written (xsd:dateTime, UTC), where the caller knows the time. */
  readonly date?: string;
}

/** A location as a key: a cell by block, row and column; a paragraph by its block. */
const locationKey = (location: Location): string =>
  isCellLocation(location) ? `c${location.block}:${location.row}:${location.column ?? '-'}` : `p${location.block}`;

/**
 * Which measure a finding is about: the one owning its cell (or row), else the one of its subject.
 * Built once per table, so placing comments stays linear in the findings on long tables.
 */
const measureFinder = (table: StatusTable): ((finding: Finding) => MeasureRow | undefined) => {
  const byPlace = new Map<string, MeasureRow>();
  const bySubject = new Map<string, MeasureRow>();
  for (const measure of measures(table)) {
    for (const location of [measure.location, ...Object.values(measure.cellLocation)]) {
      const key = locationKey(location);
      if (!byPlace.has(key)) byPlace.set(key, measure);
    }
    if (!bySubject.has(measure.subject)) bySubject.set(measure.subject, measure);
  }
  return (finding) =>
    (finding.location ? byPlace.get(locationKey(finding.location)) : undefined) ??
    (finding.measure !== undefined ? bySubject.get(finding.measure) : undefined);
};

const ADDRESS: Readonly<Record<Lang, (trekker: string) => string>> = {
  nl: (trekker) => `Aan ${trekker}: `,
  en: (trekker) => `To ${trekker}: `,
};

/**
 * One comment per finding, in `lang`: the finding's message, addressed to the trekker of its
 * row where the row names one. A finding about the table as a whole (no place of its own) goes
 * on the header's first cell; one about a row, on the row's first cell.
 */
export const findingComments = (table: StatusTable, findings: readonly Finding[], lang: Lang): FindingComment[] => {
  const measureOf = measureFinder(table);
  return findings.map((finding) => {
    const trekker = squash(cellString(measureOf(finding)?.cells.trekker));
    const location: Location = finding.location
      ? isCellLocation(finding.location) && finding.location.column === undefined
        ? { ...finding.location, column: 0 }
        : finding.location
      : { ...table.header.location, column: 0 };
    const address = trekker !== '' ? ADDRESS[lang](trekker) : '';
    return { location, rule: finding.rule, text: `${address}${finding.message[lang]}\n${commentSignature(finding.rule)}` };
  });
};
