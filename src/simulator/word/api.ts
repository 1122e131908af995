import { rangeOoxml } from './ooxml';
import { officeError, notSimulated } from '../richapi/errors';
import { commentReplyScalars, commentScalars, commentSetters } from '../richapi/comments';
import { defineType, firstAndLast, firstOf, simObject, type SimObject, type TypeRegistry } from '../richapi/objects';
import {
  boldOf,
  buildIndex,
  builtInStyleOf,
  controlsIn,
  paragraphNode,
  paragraphsIn,
  rawText,
  reviewedText,
  run,
  setBold,
  tablesIn,
  type BlockNode,
  type CellNode,
  type CommentNode,
  type CommentReplyNode,
  type Container,
  type ContentControlNode,
  type ParagraphNode,
  type RowNode,
  type TableNode,
  type WordDocument,
  type WordIndex,
} from './model';

/**
 * Word's RichApi types over the simulated document (`model.ts`), by their names on the wire.
 * Every behaviour cites the Word JavaScript API reference
 * (https://learn.microsoft.com/javascript/api/word) or an OfficeDev issue; "no public source"
 * marks a choice the simulator had to make.
 */

/** A range: whole paragraphs, or a point between blocks of a container. */
type RangeTarget =
  | { readonly kind: 'span'; readonly paragraphs: readonly ParagraphNode[] }
  | { readonly kind: 'point'; readonly container: Container; readonly index: number };

interface BodyTarget {
  readonly container: Container;
  /** Word.BodyType: "MainDoc" for the document body, "TableCell" for a cell's. */
  readonly type: 'MainDoc' | 'TableCell';
}

export interface WordApiOptions {
  /** Who the simulated user is (comment author). */
  readonly author?: string;
  /** The requirement sets Word supports, where a behaviour differs by version ("WordApi 1.3"). */
  readonly supports?: (set: string) => boolean;
}

type Thunk<T> = () => readonly T[];

const locationArg = (value: unknown): string => (typeof value === 'string' ? value : String(value));

export const wordTypes = (doc: WordDocument, options: WordApiOptions = {}): TypeRegistry => {
  /**
   * Keys of the items Word hands out (Paragraph, Table, TableRow, TableCell carry `_Id`; see
   * richapi/query.ts), given when first handed out. Their form is not documented; numbers here.
   */
  const ids = new WeakMap<object, number>();
  const idOf = (node: object): number => {
    let id = ids.get(node);
    if (id === undefined) {
      id = doc.nextId++;
      ids.set(node, id);
    }
    return id;
  };
  /** The item of a collection with key `key`; ItemNotFound once it has left the collection. */
  const byKey = <N extends object>(list: readonly N[], key: unknown, location: string, keyOf: (node: N) => unknown = (n) => ids.get(n)): N => {
    const found = list.find((node) => keyOf(node) === key || String(keyOf(node)) === String(key));
    if (!found) throw officeError('ItemNotFound', location);
    return found;
  };

  let cached: WordIndex | undefined;
  const index = (): WordIndex => {
    if (!cached || cached.version !== doc.version) cached = buildIndex(doc);
    return cached;
  };
  const changed = (): void => {
    doc.version += 1;
  };

  /**
   * A protected document refuses edits. The code is AccessDenied ("You cannot perform the
   * requested operation", Word.ErrorCodes); no public source says which code a protected
   * document answers with. Comments stay allowed where protection allows only comments.
   */
  const guardWrite = (location: string, comment = false): void => {
    if (doc.protection === 'NoProtection') return;
    if (comment && doc.protection === 'AllowOnlyComments') return;
    throw officeError('AccessDenied', location);
  };

  // ---- object constructors

  const body = (target: BodyTarget): SimObject => simObject('Body', target);
  const paragraph = (node: ParagraphNode): SimObject => simObject('Paragraph', node);
  const paragraphs = (list: Thunk<ParagraphNode>): SimObject => simObject('ParagraphCollection', list);
  const table = (node: TableNode): SimObject => simObject('Table', node);
  const tables = (list: Thunk<TableNode>): SimObject => simObject('TableCollection', list);
  const row = (node: RowNode): SimObject => simObject('TableRow', node);
  const rows = (list: Thunk<RowNode>): SimObject => simObject('TableRowCollection', list);
  const cell = (node: CellNode): SimObject => simObject('TableCell', node);
  const cells = (list: Thunk<CellNode>): SimObject => simObject('TableCellCollection', list);
  const control = (node: ContentControlNode): SimObject => simObject('ContentControl', node);
  const controls = (list: Thunk<ContentControlNode>): SimObject => simObject('ContentControlCollection', list);
  const font = (covered: Thunk<ParagraphNode>): SimObject => simObject('Font', covered);
  const range = (target: RangeTarget): SimObject => simObject('Range', target);
  const comment = (node: CommentNode): SimObject => simObject('Comment', node);
  const comments = (list: Thunk<CommentNode>): SimObject => simObject('CommentCollection', list);

  // ---- where things are

  const containerOf = (block: BlockNode, location: string): Container => {
    const found = index().containerOf.get(block);
    if (!found) throw officeError('ItemNotFound', location, 'The object is no longer in the document.');
    return found;
  };
  const tableOf = (node: RowNode, location: string): TableNode => {
    const found = index().tableOfRow.get(node);
    if (!found) throw officeError('ItemNotFound', location);
    return found;
  };
  const rowOf = (node: CellNode, location: string): RowNode => {
    const found = index().rowOfCell.get(node);
    if (!found) throw officeError('ItemNotFound', location);
    return found;
  };
  const cellOfParagraph = (node: ParagraphNode): CellNode | undefined => {
    let container: Container | undefined = index().containerOf.get(node);
    // Up through content controls to the cell (or the body).
    while (container && (container as ContentControlNode).kind === 'contentControl') {
      container = index().containerOf.get(container as ContentControlNode);
    }
    return container ? index().cellOfContainer.get(container) : undefined;
  };
  const tableParagraphs = (node: TableNode): ParagraphNode[] =>
    node.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsIn(c, true)));
  const allParagraphs = (): ParagraphNode[] => paragraphsIn(doc.body, true);
  const nextTable = (t: TableNode): TableNode | undefined => {
    const all = tablesIn(doc.body);
    return all[all.indexOf(t) + 1];
  };
  /** The paragraph before a table's first paragraph, or after its last, in document order. */
  const paragraphBeside = (t: TableNode, step: 1 | -1): ParagraphNode | undefined => {
    const own = tableParagraphs(t);
    const edge = step === 1 ? own.at(-1) : own[0];
    const at = edge ? index().order.get(edge) : undefined;
    return at === undefined ? undefined : allParagraphs()[at + step];
  };
  /**
   * Merges cells `first`..`last` of a row into the first: it spans their grid columns and keeps
   * the content of each that has any, in order, as Word's own Merge Cells command does (what the
   * API keeps of merged content is not documented).
   */
  const mergeRowCells = (target: RowNode, first: number, last: number, location: string): CellNode => {
    const span = target.cells.slice(first, last + 1);
    const head = span[0];
    if (!head || span.length !== last - first + 1) throw officeError('InvalidArgument', location);
    const filled = (c: CellNode): boolean => paragraphsIn(c, true).some((p) => rawText(p) !== '') || c.blocks.some((b) => b.kind !== 'paragraph');
    head.blocks = [...head.blocks, ...span.slice(1).filter(filled).flatMap((c) => c.blocks)];
    head.columnSpan = span.reduce((n, c) => n + c.columnSpan, 0);
    target.cells.splice(first, span.length, head);
    changed();
    return head;
  };
  const neighbour = (p: ParagraphNode, step: 1 | -1): ParagraphNode | undefined => {
    const at = index().order.get(p);
    return at === undefined ? undefined : allParagraphs()[at + step];
  };
  const nullable = (p: ParagraphNode | undefined): SimObject | null => (p ? paragraph(p) : null);
  const notFound = (location: string): never => {
    throw officeError('ItemNotFound', location);
  };
  const rangeParagraphs = (target: RangeTarget): readonly ParagraphNode[] => (target.kind === 'span' ? target.paragraphs : []);

  // ---- writes shared by several types

  const insertBlock = (container: Container, at: number, block: BlockNode): void => {
    container.blocks.splice(at, 0, block);
    changed();
  };

  /** insertParagraph beside a block ("Before"/"After"), as Paragraph.insertParagraph and Table.insertParagraph do. */
  const insertBeside = (anchor: BlockNode, text: string, where: unknown, location: string): SimObject => {
    guardWrite(location);
    const position = locationArg(where);
    if (position !== 'Before' && position !== 'After') throw officeError('InvalidArgument', location, `insertLocation must be 'Before' or 'After', not '${position}'.`);
    rejectBreaks(text, location);
    const container = containerOf(anchor, location);
    const made = paragraphNode(text);
    insertBlock(container, container.blocks.indexOf(anchor) + (position === 'After' ? 1 : 0), made);
    return paragraph(made);
  };

  const rejectBreaks = (text: string, location: string): void => {
    // Word turns "\n" into new paragraphs; the simulator does not model that yet.
    if (/[\r\n]/.test(text)) throw notSimulated(location, 'text with paragraph breaks');
  };

  /** Text into a paragraph: Replace keeps the first run's formatting (no public source on which run's formatting Word keeps). */
  const insertIntoParagraph = (node: ParagraphNode, text: string, where: unknown, location: string): void => {
    rejectBreaks(text, location);
    const position = locationArg(where);
    const bold = node.runs[0]?.bold ?? node.markBold;
    if (position === 'Replace') node.runs = text === '' ? [] : [run(text, bold)];
    else if (position === 'Start') node.runs.unshift(run(text, bold));
    else if (position === 'End') node.runs.push(run(text, node.runs.at(-1)?.bold ?? node.markBold));
    else throw officeError('InvalidArgument', location, `insertLocation '${position}' is not valid here.`);
    changed();
  };

  const select = (selected: WordDocument['selection']): undefined => {
    doc.selection = selected;
    return undefined;
  };

  const addComment = (anchor: ParagraphNode | undefined, text: unknown, location: string): SimObject => {
    guardWrite(location, true);
    if (!anchor) throw officeError('InvalidArgument', location, 'A comment needs a range with text.');
    const made: CommentNode = {
      id: `{comment-${doc.nextId++}}`,
      authorName: options.author ?? 'Simulated User',
      authorEmail: 'user@statustabel.simulator.invalid',
      content: String(text),
      resolved: false,
      creationDate: new Date(0).toISOString(),
      paragraph: anchor,
    };
    doc.comments.push(made);
    changed();
    return comment(made);
  };

  const commentsOn = (scope: () => readonly ParagraphNode[]): SimObject =>
    comments(() => {
      const inScope = new Set(scope());
      return doc.comments.filter((c) => inScope.has(c.paragraph));
    });

  /** Replaces a content control's content with one paragraph of `text`, keeping the control. */
  const replaceControlText = (node: ContentControlNode, text: string, location: string): void => {
    rejectBreaks(text, location);
    const first = paragraphsIn(node, false)[0];
    const made = paragraphNode(text, { ...(first ? { style: first.style, bold: first.runs[0]?.bold ?? first.markBold } : {}) });
    node.blocks = [made];
    changed();
  };

  const reviewed = (list: readonly ParagraphNode[], version: unknown): string => {
    const which = version === 'Original' ? 'Original' : 'Current';
    return list.map((p) => reviewedText(p, which)).join('\r');
  };

  const rangeOfBlock = (block: ParagraphNode | TableNode, where: unknown, location: string): SimObject => {
    const position = locationArg(where ?? 'Whole');
    const covered = block.kind === 'paragraph' ? [block] : tableParagraphs(block);
    if (position === 'Whole' || position === 'Content') return range({ kind: 'span', paragraphs: covered });
    const container = containerOf(block, location);
    const at = container.blocks.indexOf(block);
    if (position === 'Start' || position === 'Before') return range({ kind: 'point', container, index: at });
    if (position === 'End' || position === 'After') return range({ kind: 'point', container, index: at + 1 });
    throw officeError('InvalidArgument', location, `rangeLocation '${position}' is not valid here.`);
  };

  return {
    Document: defineType<WordDocument>({
      sets: {
        ChangeTrackingMode: 'WordApi 1.4',
      },
      scalars: {
        // WordApi 1.4 (https://learn.microsoft.com/javascript/api/word/word.document#word-word-document-changetrackingmode-member)
        ChangeTrackingMode: (d) => d.changeTrackingMode,
        Saved: () => true,
      },
      setters: {
        ChangeTrackingMode: (d, value) => {
          guardWrite('Document.changeTrackingMode');
          d.changeTrackingMode = value as WordDocument['changeTrackingMode'];
          changed();
        },
      },
      navigation: {
        Body: (d) => body({ container: d.body, type: 'MainDoc' }),
        ContentControls: (d) => controls(() => controlsIn(d.body)),
      },
      methods: {
        GetSelection: (d) => {
          const selected = d.selection;
          if (!selected) return range({ kind: 'point', container: d.body, index: 0 });
          if (selected.kind === 'paragraph') return range({ kind: 'span', paragraphs: [selected.node] });
          if (selected.kind === 'paragraphs') return range({ kind: 'span', paragraphs: selected.nodes });
          if (selected.kind === 'table') return range({ kind: 'span', paragraphs: tableParagraphs(selected.node) });
          if (selected.kind === 'row') return range({ kind: 'span', paragraphs: selected.node.cells.flatMap((c) => paragraphsIn(c, true)) });
          if (selected.kind === 'cell') return range({ kind: 'span', paragraphs: paragraphsIn(selected.node, true) });
          return range({ kind: 'span', paragraphs: paragraphsIn(selected.node, true) });
        },
      },
    }),

    Body: defineType<BodyTarget>({
      sets: {
        Tables: 'WordApi 1.3',
        Type: 'WordApi 1.3',
        StyleBuiltIn: 'WordApi 1.3',
        ParentBody: 'WordApi 1.3',
        GetRange: 'WordApi 1.3',
        GetReviewedText: 'WordApi 1.4',
        GetComments: 'WordApi 1.4',
      },
      scalars: {
        Text: (b) => paragraphsIn(b.container, true).map(rawText).join('\r'),
        Type: (b) => b.type,
        Style: (b) => paragraphsIn(b.container, false)[0]?.style ?? 'Normal',
        StyleBuiltIn: (b) => paragraphsIn(b.container, false)[0]?.styleBuiltIn ?? 'Normal',
      },
      navigation: {
        // "Paragraphs in tables aren't returned for requirement sets 1.1 and 1.2. From requirement
        // set 1.3, paragraphs in tables are also returned", in document order
        // (https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-paragraphs-member).
        Paragraphs: (b) => paragraphs(() => paragraphsIn(b.container, options.supports?.('WordApi 1.3') ?? true)),
        // Every table of the body, nested ones included (https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-tables-member).
        Tables: (b) => tables(() => tablesIn(b.container)),
        ContentControls: (b) => controls(() => controlsIn(b.container)),
        Font: (b) => font(() => paragraphsIn(b.container, true)),
        ParentBody: (b) => {
          if (b.type === 'MainDoc') throw officeError('ItemNotFound', 'Body.parentBody');
          const owner = index().rowOfCell.get(b.container as CellNode);
          const tableNode = owner ? index().tableOfRow.get(owner) : undefined;
          const holder = tableNode ? index().containerOf.get(tableNode) : undefined;
          if (!holder) throw officeError('ItemNotFound', 'Body.parentBody');
          return body({ container: holder, type: holder === doc.body ? 'MainDoc' : 'TableCell' });
        },
      },
      methods: {
        GetRange: (b, [where]) => {
          const position = locationArg(where ?? 'Whole');
          if (position === 'Start') return range({ kind: 'point', container: b.container, index: 0 });
          if (position === 'End' || position === 'After') return range({ kind: 'point', container: b.container, index: b.container.blocks.length });
          return range({ kind: 'span', paragraphs: paragraphsIn(b.container, true) });
        },
        InsertParagraph: (b, [text, where]) => {
          guardWrite('Body.insertParagraph');
          const position = locationArg(where);
          if (position !== 'Start' && position !== 'End') throw officeError('InvalidArgument', 'Body.insertParagraph', `insertLocation must be 'Start' or 'End', not '${position}'.`);
          rejectBreaks(String(text), 'Body.insertParagraph');
          const made = paragraphNode(String(text));
          insertBlock(b.container, position === 'Start' ? 0 : b.container.blocks.length, made);
          return paragraph(made);
        },
        Select: (b) =>
          select(
            b.type === 'TableCell' && index().cellOfContainer.get(b.container)
              ? { kind: 'cell', node: b.container as CellNode }
              : { kind: 'paragraphs', nodes: paragraphsIn(b.container, true) },
          ),
        GetReviewedText: (b, [version]) => reviewed(paragraphsIn(b.container, true), version),
        GetComments: (b) => commentsOn(() => paragraphsIn(b.container, true)),
      },
    }),

    Paragraph: defineType<ParagraphNode>({
      key: { name: '_Id', of: (p) => idOf(p) },
      sets: {
        TableNestingLevel: 'WordApi 1.3',
        StyleBuiltIn: 'WordApi 1.3',
        IsListItem: 'WordApi 1.3',
        IsLastParagraph: 'WordApi 1.3',
        ListItem: 'WordApi 1.3',
        ListItemOrNullObject: 'WordApi 1.3',
        ParentTableCell: 'WordApi 1.3',
        ParentTableCellOrNullObject: 'WordApi 1.3',
        ParentTableOrNullObject: 'WordApi 1.3',
        ParentContentControlOrNullObject: 'WordApi 1.3',
        GetNext: 'WordApi 1.3',
        GetNextOrNullObject: 'WordApi 1.3',
        GetPrevious: 'WordApi 1.3',
        GetPreviousOrNullObject: 'WordApi 1.3',
        GetRange: 'WordApi 1.3',
        GetReviewedText: 'WordApi 1.4',
        GetComments: 'WordApi 1.4',
      },
      scalars: {
        // Deleted text under track changes is still in `text` (OfficeDev/office-js#1267); the list number is not (it is `listItem.listString`).
        Text: (p) => rawText(p),
        TableNestingLevel: (p) => index().paragraphLevel.get(p) ?? 0,
        Style: (p) => p.style,
        StyleBuiltIn: (p) => p.styleBuiltIn,
        IsListItem: (p) => p.list !== undefined,
        IsLastParagraph: (p) => allParagraphs().at(-1) === p,
      },
      setters: {
        Style: (p, value) => {
          guardWrite('Paragraph.style');
          p.style = String(value);
          p.styleBuiltIn = builtInStyleOf(p.style);
          changed();
        },
        StyleBuiltIn: (p, value) => {
          guardWrite('Paragraph.styleBuiltIn');
          p.styleBuiltIn = String(value);
          p.style = String(value).replace(/^Heading([1-9])$/, 'Heading $1');
          changed();
        },
      },
      navigation: {
        Font: (p) => font(() => [p]),
        // Throws ItemNotFound outside a list (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-listitem-member).
        ListItem: (p) => {
          if (!p.list) throw officeError('ItemNotFound', 'Paragraph.listItem');
          return simObject('ListItem', p);
        },
        ListItemOrNullObject: (p) => (p.list ? simObject('ListItem', p) : null),
        ParentTableCellOrNullObject: (p) => {
          const found = cellOfParagraph(p);
          return found ? cell(found) : null;
        },
        ParentTableCell: (p) => {
          const found = cellOfParagraph(p);
          if (!found) throw officeError('ItemNotFound', 'Paragraph.parentTableCell');
          return cell(found);
        },
        ParentTableOrNullObject: (p) => {
          const found = cellOfParagraph(p);
          return found ? table(tableOf(rowOf(found, 'Paragraph.parentTable'), 'Paragraph.parentTable')) : null;
        },
        ParentContentControlOrNullObject: (p) => {
          const around = index().controlsOf.get(p)?.[0];
          return around ? control(around) : null;
        },
        ParentContentControl: (p) => {
          const around = index().controlsOf.get(p)?.[0];
          if (!around) throw officeError('ItemNotFound', 'Paragraph.parentContentControl');
          return control(around);
        },
      },
      methods: {
        /**
         * Replacing a paragraph's whole text where a content control wraps just that paragraph
         * takes the control with it: no public source; the stricter assumption, and the reason
         * the Word host rewrites its stamp through the control.
         */
        InsertText: (p, [text, where]) => {
          guardWrite('Paragraph.insertText');
          insertIntoParagraph(p, String(text), where, 'Paragraph.insertText');
          if (locationArg(where) === 'Replace') {
            const around = index().controlsOf.get(p)?.[0];
            if (around && around.blocks.length === 1 && around.blocks[0] === p) {
              const holder = containerOf(around, 'Paragraph.insertText');
              holder.blocks.splice(holder.blocks.indexOf(around), 1, p);
              changed();
            }
          }
          return range({ kind: 'span', paragraphs: [p] });
        },
        InsertParagraph: (p, [text, where]) => insertBeside(p, String(text), where, 'Paragraph.insertParagraph'),
        // Wraps the paragraph in a rich text content control (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-insertcontentcontrol-member(1)).
        InsertContentControl: (p) => {
          guardWrite('Paragraph.insertContentControl');
          const holder = containerOf(p, 'Paragraph.insertContentControl');
          const made: ContentControlNode = { kind: 'contentControl', id: doc.nextId++, tag: '', title: '', cannotEdit: false, cannotDelete: false, blocks: [p] };
          holder.blocks.splice(holder.blocks.indexOf(p), 1, made);
          changed();
          return control(made);
        },
        Select: (p) => select({ kind: 'paragraph', node: p }),
        // The next or previous paragraph in the document (https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-getnext-member(1)).
        GetNext: (p) => paragraph(neighbour(p, 1) ?? notFound('Paragraph.getNext')),
        GetNextOrNullObject: (p) => nullable(neighbour(p, 1)),
        GetPrevious: (p) => paragraph(neighbour(p, -1) ?? notFound('Paragraph.getPrevious')),
        GetPreviousOrNullObject: (p) => nullable(neighbour(p, -1)),
        GetRange: (p, [where]) => rangeOfBlock(p, where, 'Paragraph.getRange'),
        GetReviewedText: (p, [version]) => reviewedText(p, version === 'Original' ? 'Original' : 'Current'),
        GetComments: (p) => commentsOn(() => [p]),
        Delete: (p) => {
          guardWrite('Paragraph.delete');
          const holder = containerOf(p, 'Paragraph.delete');
          holder.blocks.splice(holder.blocks.indexOf(p), 1);
          changed();
          return undefined;
        },
      },
    }),

    ParagraphCollection: defineType<Thunk<ParagraphNode>>({
      indexer: (list, key) => paragraph(byKey(list(), key, 'ParagraphCollection.getItem')),
      sets: {
        GetFirst: 'WordApi 1.3',
        GetFirstOrNullObject: 'WordApi 1.3',
        GetLast: 'WordApi 1.3',
        GetLastOrNullObject: 'WordApi 1.3',
      },
      items: (list) => list().map(paragraph),
      methods: firstAndLast<Thunk<ParagraphNode>>('ParagraphCollection', (list) => list().map(paragraph)),
    }),

    // https://learn.microsoft.com/javascript/api/word/word.listitem
    ListItem: defineType<ParagraphNode>({
      set: 'WordApi 1.3',
      scalars: {
        ListString: (p) => p.list?.listString ?? '',
        Level: (p) => p.list?.level ?? 0,
        SiblingIndex: (p) => {
          const all = allParagraphs().filter((q) => q.list && q.list.level === p.list?.level);
          return Math.max(0, all.indexOf(p));
        },
      },
    }),

    Table: defineType<TableNode>({
      key: { name: '_Id', of: (t) => idOf(t) },
      set: 'WordApi 1.3',
      sets: { MergeCells: 'WordApi 1.4' },
      scalars: {
        NestingLevel: (t) => index().tableLevel.get(t) ?? 1,
        RowCount: (t) => t.rows.length,
        Values: (t) => t.rows.map((r) => r.cells.map((c) => paragraphsIn(c, false).map(rawText).join('\r'))),
        Style: (t) => t.style,
        HeaderRowCount: (t) => {
          const first = t.rows.findIndex((r) => !r.isHeader);
          return first < 0 ? t.rows.length : first;
        },
      },
      navigation: {
        Rows: (t) => rows(() => t.rows),
        Font: (t) => font(() => tableParagraphs(t)),
        Tables: (t) => tables(() => t.rows.flatMap((r) => r.cells.flatMap((c) => tablesIn(c)))),
      },
      methods: {
        // Throws ItemNotFound where there is no such cell (https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-getcell-member(1)).
        GetCell: (t, [rowIndex, cellIndex]) => {
          const found = t.rows[Number(rowIndex)]?.cells[Number(cellIndex)];
          if (!found) throw officeError('ItemNotFound', 'Table.getCell');
          return cell(found);
        },
        GetCellOrNullObject: (t, [rowIndex, cellIndex]) => {
          const found = t.rows[Number(rowIndex)]?.cells[Number(cellIndex)];
          return found ? cell(found) : null;
        },
        InsertParagraph: (t, [text, where]) => insertBeside(t, String(text), where, 'Table.insertParagraph'),
        GetRange: (t, [where]) => rangeOfBlock(t, where, 'Table.getRange'),
        Select: (t) => select({ kind: 'table', node: t }),
        /**
         * "Gets the next table" (WordApi 1.3,
         * https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-getnext-member(1));
         * whether tables nested in cells count is not documented: here they do, in document order
         * (the body's `tables` order), the stricter case for a reader that walks top-level tables.
         */
        GetNext: (t) => table(nextTable(t) ?? notFound('Table.getNext')),
        GetNextOrNullObject: (t) => {
          const next = nextTable(t);
          return next ? table(next) : null;
        },
        // The paragraph directly before or after the table in document order (WordApi 1.3,
        // https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-getparagraphbefore-member(1)).
        GetParagraphBefore: (t) => paragraph(paragraphBeside(t, -1) ?? notFound('Table.getParagraphBefore')),
        GetParagraphBeforeOrNullObject: (t) => nullable(paragraphBeside(t, -1)),
        GetParagraphAfter: (t) => paragraph(paragraphBeside(t, 1) ?? notFound('Table.getParagraphAfter')),
        GetParagraphAfterOrNullObject: (t) => nullable(paragraphBeside(t, 1)),
        /**
         * Merges the cells bounded by a first and last cell, each by its index in its row (WordApi
         * 1.4, https://learn.microsoft.com/javascript/api/word/word.table#word-word-table-mergecells-member(1)).
         * Absent from the client @microsoft/office-js 1.1.110; served to a client that has it. Only
         * cells of one row are modelled (a merge across rows is not simulated).
         */
        MergeCells: (t, [topRow, firstCell, bottomRow, lastCell]) => {
          guardWrite('Table.mergeCells');
          if (Number(topRow) !== Number(bottomRow)) throw notSimulated('Table.mergeCells', 'a merge across rows');
          const target = t.rows[Number(topRow)];
          if (!target) throw officeError('ItemNotFound', 'Table.mergeCells');
          return cell(mergeRowCells(target, Number(firstCell), Number(lastCell), 'Table.mergeCells'));
        },
      },
    }),

    TableCollection: defineType<Thunk<TableNode>>({
      indexer: (list, key) => table(byKey(list(), key, 'TableCollection.getItem')),
      set: 'WordApi 1.3',
      items: (list) => list().map(table),
      methods: firstOf<Thunk<TableNode>>('TableCollection', (list) => list().map(table)),
    }),

    TableRow: defineType<RowNode>({
      key: { name: '_Id', of: (r) => idOf(r) },
      set: 'WordApi 1.3',
      sets: { Merge: 'WordApi 1.4' },
      scalars: {
        CellCount: (r) => r.cells.length,
        RowIndex: (r) => tableOf(r, 'TableRow.rowIndex').rows.indexOf(r),
        Values: (r) => [r.cells.map((c) => paragraphsIn(c, false).map(rawText).join('\r'))],
        IsHeader: (r) => r.isHeader ?? false,
      },
      navigation: {
        Cells: (r) => cells(() => r.cells),
        Font: (r) => font(() => r.cells.flatMap((c) => paragraphsIn(c, true))),
        ParentTable: (r) => table(tableOf(r, 'TableRow.parentTable')),
      },
      methods: {
        /**
         * Inserts rows using this row as template: as many cells, each as wide, its first
         * paragraph's style and bold; `values` fill the new cells from the left. "The number of
         * cells in each row must not exceed the number of cells in the existing row"
         * (https://learn.microsoft.com/javascript/api/word/word.tablerow#word-word-tablerow-insertrows-member(1)).
         * Which formatting Word copies is not documented; the copy here is the simulator's choice.
         */
        InsertRows: (template, [where, rowCount, values]) => {
          guardWrite('TableRow.insertRows');
          const position = locationArg(where);
          const count = Number(rowCount);
          const texts = (values ?? []) as unknown[][];
          if (position !== 'Before' && position !== 'After') throw officeError('InvalidArgument', 'TableRow.insertRows', `insertLocation must be 'Before' or 'After'.`);
          if (!Number.isInteger(count) || count < 1 || texts.length > count) throw officeError('InvalidArgument', 'TableRow.insertRows', 'rowCount');
          if (texts.some((line) => !Array.isArray(line) || line.length > template.cells.length)) {
            throw officeError('InvalidArgument', 'TableRow.insertRows', 'More values than the row has cells.');
          }
          const owner = tableOf(template, 'TableRow.insertRows');
          const made: RowNode[] = Array.from({ length: count }, (_, i) => ({
            cells: template.cells.map((t, c) => {
              const model = paragraphsIn(t, false)[0];
              const text = String(texts[i]?.[c] ?? '');
              return {
                blocks: [paragraphNode(text, { ...(model ? { style: model.style, bold: model.runs[0]?.bold ?? model.markBold } : {}) })],
                columnSpan: t.columnSpan,
              };
            }),
            ...(template.gridBefore ? { gridBefore: template.gridBefore } : {}),
          }));
          owner.rows.splice(owner.rows.indexOf(template) + (position === 'After' ? 1 : 0), 0, ...made);
          changed();
          return rows(() => made);
        },
        Select: (r) => select({ kind: 'row', node: r }),
        // The next row of its table (WordApi 1.3, https://learn.microsoft.com/javascript/api/word/word.tablerow#word-word-tablerow-getnext-member(1)).
        GetNext: (r) => {
          const owner = tableOf(r, 'TableRow.getNext');
          return row(owner.rows[owner.rows.indexOf(r) + 1] ?? notFound('TableRow.getNext'));
        },
        GetNextOrNullObject: (r) => {
          const owner = tableOf(r, 'TableRow.getNextOrNullObject');
          const next = owner.rows[owner.rows.indexOf(r) + 1];
          return next ? row(next) : null;
        },
        // "Merges the row into one cell" (WordApi 1.4, https://learn.microsoft.com/javascript/api/word/word.tablerow#word-word-tablerow-merge-member(1));
        // absent from the client @microsoft/office-js 1.1.110, served to a client that has it.
        Merge: (r) => {
          guardWrite('TableRow.merge');
          return cell(mergeRowCells(r, 0, r.cells.length - 1, 'TableRow.merge'));
        },
        Delete: (r) => {
          guardWrite('TableRow.delete');
          const owner = tableOf(r, 'TableRow.delete');
          owner.rows.splice(owner.rows.indexOf(r), 1);
          changed();
          return undefined;
        },
      },
    }),

    TableRowCollection: defineType<Thunk<RowNode>>({
      indexer: (list, key) => row(byKey(list(), key, 'TableRowCollection.getItem')),
      set: 'WordApi 1.3',
      items: (list) => list().map(row),
      methods: firstOf<Thunk<RowNode>>('TableRowCollection', (list) => list().map(row)),
    }),

    TableCell: defineType<CellNode>({
      key: { name: '_Id', of: (c) => idOf(c) },
      set: 'WordApi 1.3',
      scalars: {
        Value: (c) => paragraphsIn(c, false).map(rawText).join('\r'),
        RowIndex: (c) => {
          const owner = rowOf(c, 'TableCell.rowIndex');
          return tableOf(owner, 'TableCell.rowIndex').rows.indexOf(owner);
        },
        // A vertically merged cell fails the whole request with GeneralException when its cellIndex
        // is asked, as OfficeDev/office-js#3200 reports for Word on Windows (both the cell the merge
        // starts in and the cells continuing it: the issue does not tell them apart).
        CellIndex: (c) => {
          if (c.verticalMerge) throw officeError('GeneralException', 'TableCell.cellIndex');
          return rowOf(c, 'TableCell.cellIndex').cells.indexOf(c);
        },
      },
      navigation: {
        Body: (c) => body({ container: c, type: 'TableCell' }),
        ParentRow: (c) => row(rowOf(c, 'TableCell.parentRow')),
        ParentTable: (c) => table(tableOf(rowOf(c, 'TableCell.parentTable'), 'TableCell.parentTable')),
      },
    }),

    TableCellCollection: defineType<Thunk<CellNode>>({
      indexer: (list, key) => cell(byKey(list(), key, 'TableCellCollection.getItem')),
      set: 'WordApi 1.3',
      items: (list) => list().map(cell),
      methods: firstOf<Thunk<CellNode>>('TableCellCollection', (list) => list().map(cell)),
    }),

    ContentControl: defineType<ContentControlNode>({
      key: { name: 'Id', of: (c) => c.id },
      sets: {
        Tables: 'WordApi 1.3',
        GetRange: 'WordApi 1.3',
        GetReviewedText: 'WordApi 1.4',
      },
      scalars: {
        Id: (c) => c.id,
        Tag: (c) => c.tag,
        Title: (c) => c.title,
        Text: (c) => paragraphsIn(c, true).map(rawText).join('\r'),
        Type: () => 'RichText',
        CannotEdit: (c) => c.cannotEdit,
        CannotDelete: (c) => c.cannotDelete,
      },
      setters: {
        Tag: (c, value) => {
          guardWrite('ContentControl.tag');
          c.tag = String(value);
          changed();
        },
        Title: (c, value) => {
          guardWrite('ContentControl.title');
          c.title = String(value);
          changed();
        },
        CannotEdit: (c, value) => {
          guardWrite('ContentControl.cannotEdit');
          c.cannotEdit = Boolean(value);
          changed();
        },
        CannotDelete: (c, value) => {
          guardWrite('ContentControl.cannotDelete');
          c.cannotDelete = Boolean(value);
          changed();
        },
      },
      navigation: {
        Paragraphs: (c) => paragraphs(() => paragraphsIn(c, true)),
        Tables: (c) => tables(() => tablesIn(c)),
        Font: (c) => font(() => paragraphsIn(c, true)),
      },
      methods: {
        InsertText: (c, [text, where]) => {
          guardWrite('ContentControl.insertText');
          // A control whose contents cannot be edited refuses (https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-cannotedit-member).
          if (c.cannotEdit) throw officeError('AccessDenied', 'ContentControl.insertText');
          const position = locationArg(where);
          if (position === 'Replace') replaceControlText(c, String(text), 'ContentControl.insertText');
          else {
            const list = paragraphsIn(c, false);
            const target = position === 'Start' ? list[0] : list.at(-1);
            if (!target || (position !== 'Start' && position !== 'End')) throw officeError('InvalidArgument', 'ContentControl.insertText');
            insertIntoParagraph(target, String(text), position, 'ContentControl.insertText');
          }
          return range({ kind: 'span', paragraphs: paragraphsIn(c, true) });
        },
        Select: (c) => select({ kind: 'contentControl', node: c }),
        GetReviewedText: (c, [version]) => reviewed(paragraphsIn(c, true), version),
        GetRange: (c) => range({ kind: 'span', paragraphs: paragraphsIn(c, true) }),
        Delete: (c, [keepContent]) => {
          guardWrite('ContentControl.delete');
          const holder = containerOf(c, 'ContentControl.delete');
          holder.blocks.splice(holder.blocks.indexOf(c), 1, ...(keepContent ? c.blocks : []));
          changed();
          return undefined;
        },
      },
    }),

    ContentControlCollection: defineType<Thunk<ContentControlNode>>({
      indexer: (list, key) => control(byKey(list(), key, 'ContentControlCollection.getItem', (c) => c.id)),
      sets: {
        GetByIdOrNullObject: 'WordApi 1.3',
        GetFirst: 'WordApi 1.3',
        GetFirstOrNullObject: 'WordApi 1.3',
      },
      items: (list) => list().map(control),
      methods: {
        ...firstOf<Thunk<ContentControlNode>>('ContentControlCollection', (list) => list().map(control)),
        GetByTag: (list, [tag]) => controls(() => list().filter((c) => c.tag === tag)),
        GetByTitle: (list, [title]) => controls(() => list().filter((c) => c.title === title)),
        GetById: (list, [id]) => {
          const found = list().find((c) => c.id === Number(id));
          if (!found) throw officeError('ItemNotFound', 'ContentControlCollection.getById');
          return control(found);
        },
        GetByIdOrNullObject: (list, [id]) => {
          const found = list().find((c) => c.id === Number(id));
          return found ? control(found) : null;
        },
      },
    }),

    // Font over the paragraphs it covers: bold is true or false when uniform, null when mixed
    // (https://learn.microsoft.com/javascript/api/word/word.font#word-word-font-bold-member).
    Font: defineType<Thunk<ParagraphNode>>({
      scalars: {
        Bold: (covered) => boldOf(covered()),
        Italic: () => false,
      },
      setters: {
        Bold: (covered, value) => {
          guardWrite('Font.bold');
          setBold(covered(), Boolean(value));
          changed();
        },
      },
    }),

    Range: defineType<RangeTarget>({
      sets: {
        IsEmpty: 'WordApi 1.3',
        ExpandTo: 'WordApi 1.3',
        Tables: 'WordApi 1.3',
        GetReviewedText: 'WordApi 1.4',
        InsertComment: 'WordApi 1.4',
        GetComments: 'WordApi 1.4',
      },
      scalars: {
        Text: (r) => rangeParagraphs(r).map(rawText).join('\r'),
        IsEmpty: (r) => rangeParagraphs(r).every((p) => rawText(p) === ''),
      },
      navigation: {
        Paragraphs: (r) => paragraphs(() => rangeParagraphs(r)),
        Font: (r) => font(() => rangeParagraphs(r)),
        /**
         * "Gets the collection of table objects in the range" (WordApi 1.3,
         * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-tables-member):
         * here every table, at any depth, that begins inside the range, in document order. Which
         * tables a range that only touches a table lists is not documented.
         */
        Tables: (r) =>
          tables(() => {
            const inside = new Set(rangeParagraphs(r));
            return tablesIn(doc.body).filter((t) => {
              const first = tableParagraphs(t)[0];
              return first !== undefined && inside.has(first);
            });
          }),
      },
      methods: {
        /** The range from this one's start to the other's end, in document order (whole paragraphs). */
        ExpandTo: (r, [other]) => {
          const order = index().order;
          const all = allParagraphs();
          const bounds = [r, (other as SimObject | null)?.target as RangeTarget | undefined].flatMap((t) => {
            if (!t) return [];
            if (t.kind === 'span') return t.paragraphs.map((p) => order.get(p) ?? -1);
            const next = paragraphsIn({ blocks: t.container.blocks.slice(t.index) }, true)[0];
            return next ? [order.get(next) ?? all.length] : [all.length - 1];
          });
          const from = Math.max(0, Math.min(...bounds));
          const to = Math.max(...bounds);
          return range({ kind: 'span', paragraphs: all.slice(from, to + 1) });
        },
        InsertParagraph: (r, [text, where]) => {
          if (r.kind === 'span') {
            const position = locationArg(where);
            const anchor = position === 'Before' || position === 'Start' ? r.paragraphs[0] : r.paragraphs.at(-1);
            if (!anchor) throw officeError('InvalidArgument', 'Range.insertParagraph');
            return insertBeside(anchor, String(text), position === 'Start' ? 'Before' : position === 'End' ? 'After' : position, 'Range.insertParagraph');
          }
          guardWrite('Range.insertParagraph');
          rejectBreaks(String(text), 'Range.insertParagraph');
          const made = paragraphNode(String(text));
          insertBlock(r.container, r.index, made);
          return paragraph(made);
        },
        Select: (r) => select(r.kind === 'span' ? { kind: 'paragraphs', nodes: r.paragraphs } : undefined),
        GetReviewedText: (r, [version]) => reviewed(rangeParagraphs(r), version),
        // WordApi 1.1: the range as Flat OPC (see ooxml.ts for what the simulator writes of it).
        GetOoxml: (r) => rangeOoxml(doc.body, new Set(rangeParagraphs(r)), tableParagraphs),
        // WordApi 1.4 (https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertcomment-member(1)).
        InsertComment: (r, [text]) => addComment(rangeParagraphs(r)[0], text, 'Range.insertComment'),
        GetComments: (r) => commentsOn(() => rangeParagraphs(r)),
      },
    }),

    // https://learn.microsoft.com/javascript/api/word/word.comment (WordApi 1.4)
    Comment: defineType<CommentNode>({
      key: { name: 'Id', of: (c) => c.id },
      set: 'WordApi 1.4',
      scalars: commentScalars,
      setters: commentSetters<CommentNode>((_c, member) => guardWrite(member, true), changed),
      methods: {
        Delete: (c) => {
          guardWrite('Comment.delete', true);
          doc.comments = doc.comments.filter((other) => other !== c);
          changed();
          return undefined;
        },
        GetRange: (c) => range({ kind: 'span', paragraphs: [c.paragraph] }),
      },
      navigation: {
        // Deleting a comment deletes its replies with it (https://learn.microsoft.com/javascript/api/word/word.comment#word-word-comment-delete-member(1)).
        Replies: (c) => simObject('CommentReplyCollection', c),
      },
    }),

    // https://learn.microsoft.com/javascript/api/word/word.commentreplycollection (WordApi 1.4)
    CommentReplyCollection: defineType<CommentNode>({
      indexer: (c, key) => simObject('CommentReply', byKey(c.replies ?? [], key, 'CommentReplyCollection.getItem', (r) => r.id)),
      set: 'WordApi 1.4',
      items: (c) => (c.replies ?? []).map((r) => simObject('CommentReply', r)),
      methods: {
        ...firstOf<CommentNode>('CommentReplyCollection', (c) => (c.replies ?? []).map((r) => simObject('CommentReply', r))),
      },
    }),

    // https://learn.microsoft.com/javascript/api/word/word.commentreply (WordApi 1.4)
    CommentReply: defineType<CommentReplyNode>({
      key: { name: 'Id', of: (r) => r.id },
      set: 'WordApi 1.4',
      scalars: commentReplyScalars,
    }),

    CommentCollection: defineType<Thunk<CommentNode>>({
      indexer: (list, key) => comment(byKey(list(), key, 'CommentCollection.getItem', (c) => c.id)),
      set: 'WordApi 1.4',
      items: (list) => list().map(comment),
      methods: {
        ...firstOf<Thunk<CommentNode>>('CommentCollection', (list) => list().map(comment)),
      },
    }),
  };
};
