import { rootNamespace } from '../client/customXml';
import { officeError } from '../richapi/errors';
import { commentReplyScalars, commentScalars, commentSetters } from '../richapi/comments';
import { defineType, simObject, type SimObject, type TypeRegistry } from '../richapi/objects';
import type { Area, CommentModel, CustomXmlPartModel, SheetModel, WorkbookModel } from './model';

/**
 * Excel's comments (ExcelApi 1.10; `resolved` 1.11) and custom XML parts (ExcelApi 1.5) over the
 * simulated workbook, each behaviour with its reference page; "no public source" marks a choice.
 */

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly area: Area;
}

export interface ReviewHelpers {
  readonly changed: () => void;
  readonly guard: (sheet: SheetModel, location: string) => void;
  readonly range: (target: RangeTarget) => SimObject;
  readonly rangeFromReference: (reference: unknown, location: string) => RangeTarget;
  /** The simulated user, as a comment's author. */
  readonly author: string;
}

/** Comments of the workbook, or of one sheet (Worksheet.comments). */
interface CommentScope {
  readonly sheet: SheetModel | undefined;
}

export const reviewTypes = (workbook: WorkbookModel, helpers: ReviewHelpers): TypeRegistry => {
  const { changed, guard, range, rangeFromReference, author } = helpers;
  let next = 1;
  const all = (): CommentModel[] => (workbook.comments ??= []);
  const inScope = (scope: CommentScope): CommentModel[] => all().filter((c) => scope.sheet === undefined || c.sheet === scope.sheet);
  const comment = (c: CommentModel): SimObject => simObject('Comment', c);
  const byId = (scope: CommentScope, id: unknown, location: string): CommentModel => {
    const found = inScope(scope).find((c) => c.id === id);
    if (!found) throw officeError('ItemNotFound', location);
    return found;
  };
  const parts = (): CustomXmlPartModel[] => (workbook.customXmlParts ??= []);
  const part = (p: CustomXmlPartModel): SimObject => simObject('CustomXmlPart', p);
  const partById = (list: readonly CustomXmlPartModel[], id: unknown): CustomXmlPartModel | undefined => list.find((p) => p.id === id);

  return {
    // https://learn.microsoft.com/javascript/api/excel/excel.commentcollection (ExcelApi 1.10)
    CommentCollection: defineType<CommentScope>({
      set: 'ExcelApi 1.10',
      items: (scope) => inScope(scope).map(comment),
      indexer: (scope, key) => comment(byId(scope, key, 'CommentCollection.getItem')),
      methods: {
        // "An InvalidArgument error is thrown if the provided range is larger than one cell" (add's reference).
        // A cell that already holds a thread: no public source; Excel's UI opens that thread
        // instead, so the simulator refuses a second one (InvalidArgument) rather than guess.
        Add: (_scope, [cellAddress, content]) => {
          const target = rangeFromReference(cellAddress, 'CommentCollection.add');
          if (target.area.rowCount !== 1 || target.area.columnCount !== 1) throw officeError('InvalidArgument', 'CommentCollection.add');
          guard(target.sheet, 'CommentCollection.add');
          if (all().some((c) => c.sheet === target.sheet && c.row === target.area.row && c.column === target.area.column)) {
            throw officeError('InvalidArgument', 'CommentCollection.add', 'The cell already has a comment.');
          }
          const made: CommentModel = {
            id: `{comment-${next++}}`,
            sheet: target.sheet,
            row: target.area.row,
            column: target.area.column,
            content: String(content),
            authorName: author,
            authorEmail: 'user@statustabel.simulator.invalid',
            creationDate: new Date(0).toISOString(),
            resolved: false,
            replies: [],
          };
          all().push(made);
          changed();
          return comment(made);
        },
        GetCount: (scope) => inScope(scope).length,
        GetItem: (scope, [id]) => comment(byId(scope, id, 'CommentCollection.getItem')),
        GetItemAt: (scope, [index]) => {
          const found = inScope(scope)[Number(index)];
          if (!found) throw officeError('ItemNotFound', 'CommentCollection.getItemAt');
          return comment(found);
        },
        // "Gets the comment from the specified cell" (getItemByCell's reference); none there: ItemNotFound.
        GetItemByCell: (scope, [cellAddress]) => {
          const target = rangeFromReference(cellAddress, 'CommentCollection.getItemByCell');
          const found = inScope(scope).find((c) => c.sheet === target.sheet && c.row === target.area.row && c.column === target.area.column);
          if (!found) throw officeError('ItemNotFound', 'CommentCollection.getItemByCell');
          return comment(found);
        },
      },
    }),

    // https://learn.microsoft.com/javascript/api/excel/excel.comment
    Comment: defineType<CommentModel>({
      key: { name: 'Id', of: (c) => c.id },
      set: 'ExcelApi 1.10',
      sets: { Resolved: 'ExcelApi 1.11' },
      scalars: commentScalars,
      setters: commentSetters<CommentModel>((c, member) => guard(c.sheet, member), changed),
      navigation: {
        Replies: (c) => simObject('CommentReplyCollection', c),
      },
      methods: {
        // "Deletes the comment and all the connected replies" (delete's reference).
        Delete: (c) => {
          guard(c.sheet, 'Comment.delete');
          workbook.comments = all().filter((other) => other !== c);
          changed();
          return undefined;
        },
        // "Gets the cell where this comment is located" (getLocation's reference).
        GetLocation: (c) => range({ sheet: c.sheet, area: { row: c.row, column: c.column, rowCount: 1, columnCount: 1 } }),
      },
    }),

    // https://learn.microsoft.com/javascript/api/excel/excel.commentreplycollection (ExcelApi 1.10)
    CommentReplyCollection: defineType<CommentModel>({
      set: 'ExcelApi 1.10',
      items: (c) => c.replies.map((r) => simObject('CommentReply', r)),
      indexer: (c, key) => {
        const found = c.replies.find((r) => r.id === key);
        if (!found) throw officeError('ItemNotFound', 'CommentReplyCollection.getItem');
        return simObject('CommentReply', found);
      },
      methods: {
        GetCount: (c) => c.replies.length,
      },
    }),

    // https://learn.microsoft.com/javascript/api/excel/excel.commentreply (ExcelApi 1.10)
    CommentReply: defineType<CommentModel['replies'][number]>({
      key: { name: 'Id', of: (r) => r.id },
      set: 'ExcelApi 1.10',
      scalars: commentReplyScalars,
    }),

    // https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection (ExcelApi 1.5)
    CustomXmlPartCollection: defineType<WorkbookModel>({
      set: 'ExcelApi 1.5',
      items: () => parts().map(part),
      indexer: (_w, key) => {
        const found = partById(parts(), key);
        if (!found) throw officeError('ItemNotFound', 'CustomXmlPartCollection.getItem');
        return part(found);
      },
      methods: {
        // "Adds a new custom XML part to the workbook" (add's reference); ids are GUIDs in braces there.
        Add: (_w, [xml]) => {
          const made = { id: `{00000000-0000-4000-8000-${String(next++).padStart(12, '0')}}`, xml: String(xml) };
          parts().push(made);
          changed();
          return part(made);
        },
        // "Gets a new scoped collection of custom XML parts whose namespaces match the given namespace".
        GetByNamespace: (_w, [namespace]) => simObject('CustomXmlPartScopedCollection', () => parts().filter((p) => rootNamespace(p.xml) === namespace)),
        GetCount: () => parts().length,
        GetItem: (_w, [id]) => {
          const found = partById(parts(), id);
          if (!found) throw officeError('ItemNotFound', 'CustomXmlPartCollection.getItem');
          return part(found);
        },
        GetItemOrNullObject: (_w, [id]) => {
          const found = partById(parts(), id);
          return found ? part(found) : null;
        },
      },
    }),

    // https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection (ExcelApi 1.5)
    CustomXmlPartScopedCollection: defineType<() => CustomXmlPartModel[]>({
      set: 'ExcelApi 1.5',
      items: (list) => list().map(part),
      indexer: (list, key) => {
        const found = partById(list(), key);
        if (!found) throw officeError('ItemNotFound', 'CustomXmlPartScopedCollection.getItem');
        return part(found);
      },
      methods: {
        GetCount: (list) => list().length,
        GetItem: (list, [id]) => {
          const found = partById(list(), id);
          if (!found) throw officeError('ItemNotFound', 'CustomXmlPartScopedCollection.getItem');
          return part(found);
        },
        GetItemOrNullObject: (list, [id]) => {
          const found = partById(list(), id);
          return found ? part(found) : null;
        },
        // "If the collection contains exactly one item, this method returns it. Otherwise, this method produces an error" / a null object.
        GetOnlyItem: (list) => {
          const found = list();
          if (found.length !== 1 || !found[0]) throw officeError('InvalidOperation', 'CustomXmlPartScopedCollection.getOnlyItem');
          return part(found[0]);
        },
        GetOnlyItemOrNullObject: (list) => {
          const found = list();
          return found.length === 1 && found[0] ? part(found[0]) : null;
        },
      },
    }),

    // https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart (ExcelApi 1.5)
    CustomXmlPart: defineType<CustomXmlPartModel>({
      key: { name: 'Id', of: (p) => p.id },
      set: 'ExcelApi 1.5',
      scalars: {
        Id: (p) => p.id,
        NamespaceUri: (p) => rootNamespace(p.xml),
      },
      methods: {
        GetXml: (p) => p.xml,
        SetXml: (p, [xml]) => {
          p.xml = String(xml);
          changed();
          return undefined;
        },
        Delete: (p) => {
          workbook.customXmlParts = parts().filter((other) => other !== p);
          changed();
          return undefined;
        },
      },
    }),
  };
};
