import type { Location } from '../../core/document';
import { isOwnCommentText, type FindingComment } from '../../core/review/comments';
import { serialiseSnapshot, type Snapshot, type SnapshotRead } from '../../core/review/snapshot';
import { HostError, type CommentsCapability, type CommentsResult, type SnapshotsCapability } from '../host';
import { readStandFrom, snapshotPartXml, SNAPSHOT_NS } from '../snapshotXml';

/*
 * The review round in Word: findings as comments, and the stand kept in a custom XML part.
 *
 * Comments (WordApi 1.4, https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertcomment-member(1)):
 * `Range.insertComment(text)` on the cell's body range. It takes no author: Word writes the
 * signed-in user's name (https://learn.microsoft.com/javascript/api/word/word.comment, `authorName`
 * is read-only), so the add-in's comments are known by their signature line (core's
 * `isOwnCommentText`). `body.getComments()` lists the body's comments, those in table cells too;
 * a comment's `resolved` and `replies` (WordApi 1.4, word.commentreplycollection) tell that a
 * person took it up: such comments stay, because `Comment.delete()` deletes its replies too. In a
 * protected document Word refuses the first delete or insert (AccessDenied), so nothing changes.
 *
 * Syncs: the comments load rides in the host's one reading sync, and every delete and insert goes
 * in one more: two syncs whatever the number of findings.
 *
 * The stand: WordApi 1.4 lists `document.customXmlParts`, but the Office.js client served
 * (@microsoft/office-js 1.1.110) has no Word.CustomXmlPart class, so the Common API's
 * `Office.context.document.customXmlParts` (requirement set CustomXmlParts 1.1, Word only:
 * https://learn.microsoft.com/javascript/api/office/office.customxmlparts,
 * https://learn.microsoft.com/javascript/api/office/office.customxmlpart) does it: the same custom
 * XML part of the .docx the command line reads and writes (files/snapshotPart.ts). Not the add-in's
 * settings: those live in the web extension part, out of the command line's honest reach, and
 * the stand is data about the table (README, "The stand lives in a custom XML part").
 */

export const COMMENTS_SET = { set: 'WordApi', version: '1.4' } as const;
export const CUSTOM_XML_SET = { set: 'CustomXmlParts', version: '1.1' } as const;

/** What the comments need of the host's read: the whole range of the cell or paragraph a location names. */
export type WordLocator = (location: Location) => Word.Range;

export interface WordReviewEnvironment {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** `Office.context.document.customXmlParts`, where Office has it. */
  readonly customXmlParts?: Office.CustomXmlParts;
}

/**
 * The comments capability over the host's own read (`locate` reads where the blocks are and
 * must queue nothing after its last sync). `guarded` maps Office's errors to the host's.
 */
export const wordComments = (
  env: WordReviewEnvironment,
  locate: (context: Word.RequestContext) => Promise<WordLocator>,
  guarded: <T>(work: () => Promise<T>) => Promise<T>,
): CommentsCapability => {
  const placeWith = (comments: readonly FindingComment[]): Promise<CommentsResult> =>
    guarded(async () => {
      if (!env.isSetSupported(COMMENTS_SET.set, COMMENTS_SET.version)) {
        throw new HostError('requirement-missing', `${COMMENTS_SET.set} ${COMMENTS_SET.version}`);
      }
      return env.run(async (context) => {
        // Queued before the read, so it rides in the read's sync.
        const existing = context.document.body.getComments().load('items/content,items/resolved,items/replies/items/id');
        const rangeOf = await locate(context);
        const own = existing.items.filter((comment) => isOwnCommentText(comment.content));
        const taken = own.filter((comment) => comment.resolved || comment.replies.items.length > 0);
        const stale = own.filter((comment) => !taken.includes(comment));
        // Ranges first: a bad location fails before anything is queued.
        const ranges = comments.map((comment) => rangeOf(comment.location));
        stale.forEach((comment) => comment.delete());
        ranges.forEach((range, i) => range.insertComment((comments[i] as FindingComment).text));
        if (stale.length > 0 || ranges.length > 0) await context.sync();
        return { placed: comments.length, removed: stale.length, kept: taken.length };
      });
    });
  return { place: placeWith, remove: () => placeWith([]) };
};

const callAsync = <T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(new HostError('failed', result.error.message));
      else resolve(result.value);
    });
  });

/** Our parts: those in our namespace whose root really is our snapshot element. */
const ourParts = async (parts: Office.CustomXmlParts): Promise<{ part: Office.CustomXmlPart; xml: string }[]> => {
  const found = await callAsync<Office.CustomXmlPart[]>((done) => parts.getByNamespaceAsync(SNAPSHOT_NS, done));
  return Promise.all(found.map(async (part) => ({ part, xml: await callAsync<string>((done) => part.getXmlAsync(done)) })));
};

/** The stand in Word's custom XML parts; undefined where Office offers none (the pane then says the stand is not kept). */
export const wordSnapshots = (env: WordReviewEnvironment): SnapshotsCapability | undefined => {
  const parts = env.customXmlParts;
  if (!parts || !env.isSetSupported(CUSTOM_XML_SET.set, CUSTOM_XML_SET.version)) return undefined;
  return {
    load: async (): Promise<SnapshotRead> => {
      const found = await ourParts(parts);
      return readStandFrom(found.map(({ xml }) => xml));
    },
    // Added first, then the old ones go: a failure half-way leaves a stand, never none.
    save: async (snapshot: Snapshot): Promise<void> => {
      const old = await ourParts(parts);
      await callAsync<Office.CustomXmlPart>((done) => parts.addAsync(snapshotPartXml(serialiseSnapshot(snapshot)), done));
      for (const { part } of old) await callAsync<void>((done) => part.deleteAsync(done));
    },
  };
};
