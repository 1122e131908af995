import { isOfficeSimulationError, notSimulated, officeError } from './errors';
import { clientName, isSimObject, typeOf, type SimObject, type TypeRegistry } from './objects';
import { ActionKind, PathType, type ActionInfo, type ActionResult, type ArgumentInfo, type RequestBody, type ResponseBody } from './protocol';
import { answerQuery, selectionOf } from './query';

/**
 * Answers one RichApi request the way an Office application runs a batch:
 *
 * - Actions run one after another, in the order the client queued them; a write changes the
 *   document when its action runs, so a later action in the same batch sees it.
 * - An object path is resolved once per request, when an action first refers to it (the client
 *   sends an Instantiate action for each path before its first use), and keeps that object for
 *   the rest of the request. A method path (`insertParagraph`, `getByTag`) therefore runs once,
 *   however often the batch refers to its result. (Read from the client: it re-sends Instantiate
 *   actions for the same path after `_KeepReference`; a host that ran the method each time would
 *   insert twice.)
 * - The first action that fails stops the batch: actions before it have run and their results
 *   are returned, none after it runs. Microsoft documents that an error's `traceMessages` hold
 *   "all trace messages that were executed before the error occurred"
 *   (https://learn.microsoft.com/javascript/api/office/officeextension.error#officeextension-officeextension-error-tracemessages-member).
 *   Whether Office undoes the earlier writes is not documented; the simulator keeps them.
 * - A null object (an `*OrNullObject` that found nothing) answers a query with null. Methods
 *   and property writes on it are ignored: no public source says what Office does there.
 *
 * Collections hand out their items by position (`GetItemAt`), the way the client addresses items
 * when the application returns no `Id`/`_Id` for them. Whether Word returns `_Id`s (which would
 * make an item keep its identity when earlier writes in the batch move it) is not documented; by
 * position is the stricter assumption for a host that queues several writes.
 */

export interface ResponderOptions {
  readonly types: TypeRegistry;
  /** The global object: Word's Document, Excel's Workbook. */
  readonly root: SimObject;
  /** Top-level objects made by name (ObjectPathType NewObject). */
  readonly newObject?: (name: string) => SimObject | null;
}

/** Reads the arguments of a path or action; an object argument arrives as its path id. */
const argumentsOf = (info: ArgumentInfo | undefined, resolve: (id: number) => SimObject | null): unknown[] => {
  const values = [...(info?.Arguments ?? [])];
  const refs = info?.ReferencedObjectPathIds ?? [];
  const decode = (value: unknown, ref: unknown): unknown => {
    if (typeof ref === 'number' && ref > 0) return resolve(ref);
    if (Array.isArray(ref) && Array.isArray(value)) return value.map((v, i) => decode(v, ref[i]));
    return value;
  };
  return values.map((value, i) => decode(value, refs[i]));
};

export const respond = (request: RequestBody, options: ResponderOptions): ResponseBody => {
  const { types, root } = options;
  const resolved = new Map<number, SimObject | null>();

  const resolve = (id: number): SimObject | null => {
    if (resolved.has(id)) return resolved.get(id) ?? null;
    const path = request.ObjectPaths[String(id)];
    if (!path) throw officeError('InvalidArgument', 'ObjectPath', `No object path ${id} in the request.`);
    let object: SimObject | null;
    switch (path.ObjectPathType) {
      case PathType.Global:
        object = root;
        break;
      case PathType.NewObject:
        object = options.newObject?.(path.Name) ?? null;
        if (object === null) throw notSimulated(path.Name, `the top-level object ${path.Name}`);
        break;
      case PathType.NullObject:
        object = null;
        break;
      case PathType.ReferenceId:
        throw notSimulated('ObjectPath', 'reference ids (the simulator hands none out)');
      default: {
        const parent = resolve(path.ParentObjectPathId ?? -1);
        if (parent === null) {
          object = null;
          break;
        }
        const type = typeOf(types, parent);
        const args = argumentsOf(path.ArgumentInfo, resolve);
        if (path.ObjectPathType === PathType.Property) {
          const nav = type.navigation?.[path.Name];
          if (!nav) throw notSimulated(`${parent.type}.${clientName(path.Name)}`, `${parent.type}.${clientName(path.Name)}`);
          object = nav(parent.target);
        } else if (path.ObjectPathType === PathType.Indexer) {
          if (!type.indexer) throw notSimulated(`${parent.type}.getItem`, `the indexer of ${parent.type}`);
          object = type.indexer(parent.target, args[0]);
        } else if (path.ObjectPathType === PathType.Method && (path.Name === 'GetItemAt' || path.Name === '_GetItemAt') && type.items) {
          const index = Number(args[0]);
          object = type.items(parent.target)[index] ?? null;
          if (object === null) throw officeError('ItemNotFound', `${parent.type}.getItemAt`);
        } else if (path.ObjectPathType === PathType.Method) {
          const method = type.methods?.[path.Name];
          if (!method) throw notSimulated(`${parent.type}.${clientName(path.Name)}`, `${parent.type}.${clientName(path.Name)}`);
          const made = method(parent.target, args);
          if (made !== null && !isSimObject(made)) throw notSimulated(`${parent.type}.${clientName(path.Name)}`, `an object from ${parent.type}.${clientName(path.Name)}`);
          object = made;
        } else {
          throw notSimulated('ObjectPath', `object path type ${path.ObjectPathType}`);
        }
      }
    }
    resolved.set(id, object);
    return object;
  };

  const results: ActionResult[] = [];
  const traceIds: number[] = [];

  const run = (action: ActionInfo): void => {
    switch (action.ActionType) {
      case ActionKind.Trace:
        traceIds.push(action.Id);
        return;
      case ActionKind.Instantiate: {
        if (resolve(action.ObjectPathId) === null) results.push({ ActionId: action.Id, Value: null });
        return;
      }
      case ActionKind.Query:
      case ActionKind.QueryAsJson: {
        const object = resolve(action.ObjectPathId);
        const query = action.QueryInfo;
        const page = { ...(query?.Top !== undefined ? { top: query.Top } : {}), ...(query?.Skip !== undefined ? { skip: query.Skip } : {}) };
        results.push({ ActionId: action.Id, Value: object === null ? null : answerQuery(types, object, selectionOf(query), page) });
        return;
      }
      case ActionKind.Method: {
        const object = resolve(action.ObjectPathId);
        // Lifetime bookkeeping of tracked objects: the simulator keeps every object alive anyway.
        if (action.Name === '_KeepReference' || action.Name === '_RemoveReference' || object === null) return;
        const method = typeOf(types, object).methods?.[action.Name];
        if (!method) throw notSimulated(`${object.type}.${clientName(action.Name)}`, `${object.type}.${clientName(action.Name)}`);
        const value = method(object.target, argumentsOf(action.ArgumentInfo, resolve));
        if (value !== undefined && !isSimObject(value)) results.push({ ActionId: action.Id, Value: value });
        return;
      }
      case ActionKind.SetProperty:
      case ActionKind.Update: {
        const object = resolve(action.ObjectPathId);
        if (object === null) return;
        const type = typeOf(types, object);
        const writes: [string, unknown][] =
          action.ActionType === ActionKind.SetProperty
            ? [[action.Name, action.ArgumentInfo?.Arguments?.[0]]]
            : Object.entries(action.ObjectState ?? {}).map(([name, value]) => [name.charAt(0).toUpperCase() + name.slice(1), value]);
        writes.forEach(([name, value]) => {
          const set = type.setters?.[name];
          if (!set) {
            throw type.scalars?.[name]
              ? officeError('InvalidArgument', `${object.type}.${clientName(name)}`, `'${clientName(name)}' is read-only.`)
              : notSimulated(`${object.type}.${clientName(name)}`, `setting ${object.type}.${clientName(name)}`);
          }
          set(object.target, value);
        });
        return;
      }
      default:
        throw notSimulated('Action', `action type ${action.ActionType}`);
    }
  };

  for (const [index, action] of request.Actions.entries()) {
    try {
      run(action);
    } catch (error) {
      if (!isOfficeSimulationError(error)) throw error;
      return {
        Results: results,
        TraceIds: traceIds,
        Error: { Code: error.code, Message: error.message, Location: error.location, ActionIndex: index, HttpStatusCode: error.httpStatusCode },
      };
    }
  }
  return { Results: results, TraceIds: traceIds };
};
