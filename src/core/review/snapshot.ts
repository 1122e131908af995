import { isValidDate, type ISODate } from '../calendar';
import { cellString } from '../document';
import { unreachable } from '../edits';
import type { Localized } from '../findings';
import { measures, headingRows, type MeasureRow, type StatusTable } from '../model';
import { parsePlanning, type PlanningParse } from '../planning';
import { squash } from '../text';
import { textHash, TEXT_HASH_LENGTH } from './hash';

/**
 * The table as it stood at a stand: enough to say later what moved, and small enough to keep in
 * the document. Status texts are kept as hashes only (see `hash.ts`); planning and trekker as
 * text, because a reviewer wants to read what they were.
 */
export interface SnapshotMeasure {
  /** The measure's number without a trailing dot ("4.2.1"); absent when it has none. */
  readonly number?: string;
  /** Its title: the words after the number, or the whole measure cell when it has no number. */
  readonly title: string;
  /** `textHash` of its status text exactly as read (paragraphs joined by a newline). */
  readonly status: string;
  /** Its planning, white space folded; cut at `MAX_PLANNING` characters. */
  readonly planning: string;
  /** `textHash` of the whole planning when `planning` had to be cut. */
  readonly planningHash?: string;
  /** The latest day its planning names, where the planning parser found a date. */
  readonly deadline?: ISODate;
  readonly trekker: string;
}

export interface Snapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  /** The date the stamp carried at that stand; absent when the table had no stamp. */
  readonly date?: ISODate;
  /** Section headings in document order, as written. */
  readonly headings: readonly string[];
  readonly measures: readonly SnapshotMeasure[];
}

/** Bumped when the format changes in a way an older reader must not guess at. */
export const SNAPSHOT_VERSION = 1;
/** A stored snapshot larger than this is not read: far above any real table (10,000 measures take about 2 MB). */
export const MAX_SNAPSHOT_CHARS = 4 * 1024 * 1024;
export const MAX_SNAPSHOT_MEASURES = 20_000;
const MAX_HEADINGS = 2_000;
/** Planning longer than this is kept cut, with the whole text's hash to tell a change. */
export const MAX_PLANNING = 500;
/** Titles, trekkers and headings longer than this make a snapshot damaged: no cell of a real table is. */
const MAX_TEXT = 10_000;

const FORMAT = 'statustabel.snapshot';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^\d{1,2}(?:\.\d{1,3})+$/;
const HASH = new RegExp(`^[0-9a-f]{${TEXT_HASH_LENGTH}}$`);

/** The title under which a snapshot remembers a measure. */
const titleOf = (measure: MeasureRow): string => (measure.number ? measure.title : measure.subject);

const plannedOf = (text: string): Pick<SnapshotMeasure, 'planning' | 'planningHash'> =>
  text.length <= MAX_PLANNING ? { planning: text } : { planning: text.slice(0, MAX_PLANNING), planningHash: textHash(text) };

const parseOwnPlanning = (measure: MeasureRow): PlanningParse => parsePlanning(cellString(measure.cells.planning));

/** A planning parser that parses each distinct text once: long tables repeat "N.v.t." and "Doorlopend" many times. */
export const cachedPlanning = (): ((measure: MeasureRow) => PlanningParse) => {
  const parsed = new Map<string, PlanningParse>();
  return (measure) => {
    const text = cellString(measure.cells.planning);
    let result = parsed.get(text);
    if (!result) {
      result = parsePlanning(text);
      parsed.set(text, result);
    }
    return result;
  };
};

/**
 * A hasher that hashes each distinct text once: a workbook may give thousands of cells one shared
 * (and long) string, and hashing each copy again made `fix --datestamp` take minutes.
 */
const cachedHash = (): ((text: string) => string) => {
  const hashes = new Map<string, string>();
  return (text) => {
    let hash = hashes.get(text);
    if (hash === undefined) {
      hash = textHash(text);
      hashes.set(text, hash);
    }
    return hash;
  };
};

/** The measures of a table as a snapshot keeps them; each distinct planning parsed, and each distinct status hashed, once. */
export const snapshotMeasures = (
  rows: readonly MeasureRow[],
  planningOf: (measure: MeasureRow) => PlanningParse = cachedPlanning(),
): SnapshotMeasure[] => {
  const hashOf = cachedHash();
  return rows.map((row) => snapshotMeasure(row, planningOf, hashOf));
};

/** One measure as a snapshot keeps it; `planningOf` lets a check reuse the planning it already parsed. */
const snapshotMeasure = (
  measure: MeasureRow,
  planningOf: (measure: MeasureRow) => PlanningParse = parseOwnPlanning,
  hashOf: (text: string) => string = textHash,
): SnapshotMeasure => {
  const planning = squash(cellString(measure.cells.planning));
  const parsed = planningOf(measure);
  const deadline = parsed.kind === 'dated' ? parsed.deadline?.latest : undefined;
  return {
    ...(measure.number ? { number: measure.number.number } : {}),
    title: titleOf(measure),
    status: hashOf(cellString(measure.cells.standVanZaken)),
    ...plannedOf(planning),
    ...(deadline ? { deadline } : {}),
    trekker: squash(cellString(measure.cells.trekker)),
  };
};

/**
 * The snapshot of `table` under `date`: the stand it closes. Refreshing the stamp takes it with
 * the date the stamp carried until then (see `operations.ts`).
 */
export const takeSnapshot = (table: StatusTable, date: ISODate | undefined): Snapshot => {
  return {
    version: SNAPSHOT_VERSION,
    ...(date ? { date } : {}),
    headings: headingRows(table).map((h) => h.text),
    measures: snapshotMeasures(measures(table)),
  };
};

/** The snapshot as stored: one line of JSON whose first keys say what it is. */
export const serialiseSnapshot = (snapshot: Snapshot): string =>
  JSON.stringify({
    format: FORMAT,
    version: snapshot.version,
    ...(snapshot.date ? { date: snapshot.date } : {}),
    headings: snapshot.headings,
    measures: snapshot.measures,
  });

export type SnapshotProblem = 'damaged' | 'unknown-version' | 'too-large';

/** What was found where a snapshot is kept. */
export type SnapshotRead =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly snapshot: Snapshot }
  | { readonly status: 'ignored'; readonly problem: SnapshotProblem };

const NONE: SnapshotRead = { status: 'none' };
const ignored = (problem: SnapshotProblem): SnapshotRead => ({ status: 'ignored', problem });

const isIsoDate = (value: unknown): value is ISODate => {
  if (typeof value !== 'string') return false;
  const match = ISO.exec(value);
  return match !== null && isValidDate(Number(match[1]), Number(match[2]), Number(match[3]));
};

const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One measure read back, each field checked; undefined when any field is wrong. */
const measureOf = (value: unknown): SnapshotMeasure | undefined => {
  if (!isRecord(value)) return undefined;
  const { number, title, status, planning, planningHash, deadline, trekker } = value;
  if (number !== undefined && !(typeof number === 'string' && NUMBER.test(number))) return undefined;
  if (!isText(title) || !isText(trekker) || !isText(planning, MAX_PLANNING)) return undefined;
  if (typeof status !== 'string' || !HASH.test(status)) return undefined;
  if (planningHash !== undefined && !(typeof planningHash === 'string' && HASH.test(planningHash))) return undefined;
  if (deadline !== undefined && !isIsoDate(deadline)) return undefined;
  return {
    ...(number !== undefined ? { number } : {}),
    title,
    status,
    planning,
    ...(planningHash !== undefined ? { planningHash } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    trekker,
  };
};

/**
 * A stored snapshot read back. Anything else than what `serialiseSnapshot` writes — cut off,
 * edited by hand, from a newer add-in — is ignored as a whole with the reason, never half-used:
 * half a snapshot would report every measure it lost as new.
 */
export const readSnapshot = (text: string | undefined): SnapshotRead => {
  if (text === undefined || text.trim() === '') return NONE;
  if (text.length > MAX_SNAPSHOT_CHARS) return ignored('too-large');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return ignored('damaged');
  }
  if (!isRecord(value) || value.format !== FORMAT) return ignored('damaged');
  if (value.version !== SNAPSHOT_VERSION) return ignored(typeof value.version === 'number' ? 'unknown-version' : 'damaged');
  const { date, headings, measures: stored } = value;
  if (date !== undefined && !isIsoDate(date)) return ignored('damaged');
  if (!Array.isArray(headings) || headings.length > MAX_HEADINGS) return ignored('damaged');
  const headingTexts: string[] = [];
  for (const heading of headings as unknown[]) {
    if (!isText(heading)) return ignored('damaged');
    headingTexts.push(heading);
  }
  if (!Array.isArray(stored)) return ignored('damaged');
  if (stored.length > MAX_SNAPSHOT_MEASURES) return ignored('too-large');
  const read: SnapshotMeasure[] = [];
  for (const item of stored as unknown[]) {
    const measure = measureOf(item);
    if (!measure) return ignored('damaged');
    read.push(measure);
  }
  return {
    status: 'ok',
    snapshot: { version: SNAPSHOT_VERSION, ...(date !== undefined ? { date } : {}), headings: headingTexts, measures: read },
  };
};

/** Why a stored snapshot was not used, for the pane and the command line. */
export const snapshotNotice = (problem: SnapshotProblem): Localized => {
  switch (problem) {
    case 'damaged':
      return {
        nl: 'De opgeslagen stand van de vorige keer is beschadigd en wordt genegeerd; bij de volgende datumwijziging wordt een nieuwe opgeslagen.',
        en: 'The stored previous stand is damaged and is ignored; a new one is stored at the next date refresh.',
      };
    case 'unknown-version':
      return {
        nl: 'De opgeslagen stand van de vorige keer komt uit een nieuwere versie van Statustabel en wordt genegeerd.',
        en: 'The stored previous stand was written by a newer version of Statustabel and is ignored.',
      };
    case 'too-large':
      return {
        nl: 'De opgeslagen stand van de vorige keer is te groot om te lezen en wordt genegeerd.',
        en: 'The stored previous stand is too large to read and is ignored.',
      };
    default:
      return unreachable(problem);
  }
};
