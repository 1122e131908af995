import { officeError } from './errors';
import { typeOf, wireName, type SimObject, type TypeRegistry } from './objects';
import type { QueryInfo } from './protocol';

/**
 * Answering a Query action: the client sends `load()`'s paths with `items/` stripped
 * (`rows/cells/body/paragraphs/text`), and reads back nested objects with PascalCase keys, a
 * collection as `{ _Items: [...] }` (read from OfficeExtension's `_handleResult` and
 * `createChildItemObjectPathUsingIndexerOrGetItemAt` in @microsoft/office-js 1.1.110; no public
 * spec). Each item of a type with a key carries it (`Id` or `_Id`) whatever was selected: the
 * client reads it to address the item by key afterwards, and Excel's client binds worksheets and
 * tables to `workbook.worksheets[id]` by it (`_collectionPropertyPath`); that Office sends keys
 * unasked is inferred from that design, not documented.
 *
 * What a path means, as the client and Microsoft's documentation of `load()` describe it
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load):
 * no paths load every scalar property; a path naming a navigation property loads that object's
 * scalars; `a/b` loads `b` of `a`; Expand loads the named objects with all their scalars.
 */

interface Selection {
  /** Every scalar of the object. */
  all: boolean;
  /** Names selected at this level (a scalar, or a navigation property loaded whole). */
  readonly names: Set<string>;
  /** Deeper paths, by the navigation property they go through. */
  readonly children: Map<string, Selection>;
}

const emptySelection = (): Selection => ({ all: false, names: new Set(), children: new Map() });

const childOf = (selection: Selection, name: string): Selection => {
  let child = selection.children.get(name);
  if (!child) {
    child = emptySelection();
    selection.children.set(name, child);
  }
  return child;
};

const addPath = (selection: Selection, steps: readonly string[], expand: boolean): void => {
  const [head, ...rest] = steps;
  if (head === undefined || head === '') return;
  if (head === '*') {
    selection.all = true;
    return;
  }
  if (rest.length === 0) {
    if (expand) childOf(selection, head).all = true;
    else selection.names.add(head);
    return;
  }
  const child = childOf(selection, head);
  // An expanded object brings its own scalars along, as `load({ expand })` does.
  if (expand) child.all = true;
  addPath(child, rest, expand);
};

/** The selection a Query action asks for. */
export const selectionOf = (query: QueryInfo | undefined): Selection => {
  const selection = emptySelection();
  const select = query?.Select ?? [];
  const expand = query?.Expand ?? [];
  if (select.length === 0) selection.all = true;
  select.forEach((path) => addPath(selection, path.split('/'), false));
  expand.forEach((path) => addPath(selection, path.split('/'), true));
  return selection;
};

export interface Page {
  readonly top?: number;
  readonly skip?: number;
}

const paged = <T>(items: readonly T[], page: Page | undefined): readonly T[] => {
  if (!page || (page.top === undefined && page.skip === undefined)) return items;
  const from = page.skip ?? 0;
  return items.slice(from, page.top === undefined ? undefined : from + page.top);
};

/** The value of `object` under `selection`, as the client expects it back. */
export const answerQuery = (types: TypeRegistry, object: SimObject, selection: Selection, page?: Page): unknown => {
  const type = typeOf(types, object);
  const scalars = type.scalars ?? {};
  const navigation = type.navigation ?? {};
  const out: Record<string, unknown> = {};
  const collection = type.items !== undefined;

  // A collection's own scalars (Excel's `count`) answer at its level; everything else goes to its items.
  const own = (name: string): boolean => Object.prototype.hasOwnProperty.call(scalars, wireName(name));
  const itemSelection = emptySelection();
  if (collection) {
    itemSelection.all = selection.all;
    selection.names.forEach((name) => (own(name) ? undefined : itemSelection.names.add(name)));
    selection.children.forEach((child, name) => itemSelection.children.set(name, child));
  }

  const readScalar = (name: string): void => {
    const read = scalars[name];
    if (read) out[name] = read(object.target);
  };
  if (!collection && selection.all) Object.keys(scalars).forEach(readScalar);
  selection.names.forEach((name) => {
    const wire = wireName(name);
    if (collection && !own(name)) return;
    if (Object.prototype.hasOwnProperty.call(scalars, wire)) return readScalar(wire);
    const nav = navigation[wire];
    if (!nav) throw officeError('InvalidArgument', `${object.type}.${name}`, `${object.type} has no property '${name}' the simulator knows.`);
    const target = nav(object.target);
    out[wire] = target === null ? null : answerQuery(types, target, { all: true, names: new Set(), children: new Map() });
  });
  if (!collection) {
    selection.children.forEach((child, name) => {
      const wire = wireName(name);
      const nav = navigation[wire];
      if (!nav) throw officeError('InvalidArgument', `${object.type}.${name}`, `${object.type} has no navigation property '${name}' the simulator knows.`);
      const target = nav(object.target);
      out[wire] = target === null ? null : answerQuery(types, target, child);
    });
  }
  if (collection) {
    const items = paged(type.items?.(object.target) ?? [], page);
    out._Items = items.map((item) => {
      const answer = answerQuery(types, item, itemSelection) as Record<string, unknown>;
      const key = typeOf(types, item).key;
      if (key && !(key.name in answer)) answer[key.name] = key.of(item.target as never);
      return answer;
    });
  }
  return out;
};
