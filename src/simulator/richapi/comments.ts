/**
 * What Word's and Excel's comments and replies answer alike: the same scalar properties under the
 * same names (https://learn.microsoft.com/javascript/api/word/word.comment,
 * https://learn.microsoft.com/javascript/api/excel/excel.comment, and their CommentReply pages),
 * and the two a comment lets an add-in set, `content` and `resolved`.
 */

export interface CommentReplyFields {
  readonly id: string;
  readonly content: string;
  readonly authorName: string;
  readonly authorEmail: string;
  readonly creationDate: string;
}

export interface CommentFields extends CommentReplyFields {
  content: string;
  resolved: boolean;
}

export const commentReplyScalars = {
  Id: (c: CommentReplyFields) => c.id,
  Content: (c: CommentReplyFields) => c.content,
  AuthorName: (c: CommentReplyFields) => c.authorName,
  AuthorEmail: (c: CommentReplyFields) => c.authorEmail,
  CreationDate: (c: CommentReplyFields) => c.creationDate,
};

export const commentScalars = { ...commentReplyScalars, Resolved: (c: CommentFields) => c.resolved };

/**
 * `content` and `resolved`, each after `guard` (which throws where the document refuses the edit,
 * named by the member) and followed by `changed`.
 */
export const commentSetters = <T extends CommentFields>(guard: (c: T, member: string) => void, changed: () => void) => ({
  Content: (c: T, value: unknown) => {
    guard(c, 'Comment.content');
    c.content = String(value);
    changed();
  },
  Resolved: (c: T, value: unknown) => {
    guard(c, 'Comment.resolved');
    c.resolved = Boolean(value);
    changed();
  },
});
