import { isOfficeSimulationError, notSimulated, officeError } from './errors';
import { clientName, isSimObject, typeOf, type ObjectType, type SimObject, type TypeRegistry } from './objects';
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
 * An item of a collection result carries its key (`Id`/`_Id`, see query.ts), so the client
 * addresses it by key (an Indexer path) in later requests and it keeps its identity when earlier
 * writes of the batch move it; items of keyless types are addressed by position (`GetItemAt`).
 *
 * Objects the client keeps (inside `Word.run`/`Excel.run` it sends `_KeepReference` for every
 * object it creates, then instantiates it again) get a reference id in the Instantiate result;
 * the client then addresses them by that id (ObjectPathType ReferenceId) in later syncs of the
 * run, and removes them with `_RemoveReference` when the run ends. That is how a range made by
 * `getRangeByIndexes` survives from one sync to the next: without the id, the client refuses to
 * use it again (InvalidObjectPath). Read from OfficeExtension's TrackedObjects and ObjectPath.
 */

/** The application's table of kept objects: it outlives a request, as tracked objects do. */
export interface ReferenceTable {
  readonly byId: Map<string, SimObject>;
  next: number;
}

export const createReferenceTable = (): ReferenceTable => ({ byId: new Map(), next: 1 });

export interface ResponderOptions {
  readonly types: TypeRegistry;
  /** The global object: Word's Document, Excel's Workbook. */
  readonly root: SimObject;
  /** Top-level objects made by name (ObjectPathType NewObject). */
  readonly newObject?: (name: string) => SimObject | null;
  /** Kept objects, shared by every request to the same document. */
  readonly references: ReferenceTable;
}

const apiNotFound = (location: string, set: string): never => {
  throw officeError('ApiNotFound', location, `The method or property ${location} is part of the ${set} requirement set, which is not available here.`);
};

/**
 * The registry as an application supporting the requirement sets `supports` accepts serves it:
 * every member of a set it lacks fails with ApiNotFound, so a query, a path or an action reaching
 * it fails at its place in the batch. Microsoft's client 1.1.110 does not check requirement sets
 * itself (its check reads a flag that stays off), so, as in Office, the application refuses.
 */
export const withRequirementSets = (types: TypeRegistry, supports: (set: string) => boolean): TypeRegistry => {
  const wrap = <F extends (...args: never[]) => unknown>(typeName: string, name: string, set: string | undefined, fn: F): F =>
    set === undefined || supports(set) ? fn : ((() => apiNotFound(`${typeName}.${clientName(name)}`, set)) as unknown as F);
  const guardAll = <F extends (...args: never[]) => unknown>(typeName: string, type: ObjectType<never>, members: Readonly<Record<string, F>> | undefined) =>
    members === undefined
      ? undefined
      : Object.fromEntries(Object.entries(members).map(([name, fn]) => [name, wrap(typeName, name, type.sets?.[name] ?? type.set, fn)]));
  return Object.fromEntries(
    Object.entries(types).map(([typeName, type]) => {
      if (!type.set && !type.sets) return [typeName, type];
      const whole = type.set !== undefined && !supports(type.set);
      return [
        typeName,
        {
          ...type,
          scalars: guardAll(typeName, type, type.scalars),
          setters: guardAll(typeName, type, type.setters),
          navigation: guardAll(typeName, type, type.navigation),
          methods: guardAll(typeName, type, type.methods),
          ...(type.items ? { items: whole ? () => apiNotFound(`${typeName}.items`, type.set as string) : type.items } : {}),
        } as ObjectType<never>,
      ];
    }),
  );
};

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
  const { root, types } = options;
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
        object = options.references.byId.get(path.Name) ?? null;
        // No public source says which code Office answers for a reference it no longer holds.
        if (object === null) throw officeError('ItemNotFound', 'ObjectPath', `No kept object ${path.Name}.`);
        break;
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
  /** The reference id handed out for each kept path of this request. */
  const kept = new Map<number, string>();
  const keep = (pathId: number, object: SimObject): void => {
    if (kept.has(pathId)) return;
    const id = `{simulated}{${options.references.next++}}`;
    options.references.byId.set(id, object);
    kept.set(pathId, id);
  };

  const run = (action: ActionInfo): void => {
    switch (action.ActionType) {
      case ActionKind.Trace:
        // Reaching a trace action is reported twice: in TraceIds (event handler registrations
        // count only when theirs is there) and as a result (the client's trace-marker callbacks,
        // e.g. Excel's event handlers, run on it). Read from OfficeExtension's EventHandlers,
        // GenericEventHandlers and TraceMarkerActionResultHandler.
        traceIds.push(action.Id);
        results.push({ ActionId: action.Id, Value: null });
        return;
      case ActionKind.Instantiate: {
        const object = resolve(action.ObjectPathId);
        const reference = kept.get(action.ObjectPathId);
        if (object === null) results.push({ ActionId: action.Id, Value: null });
        else if (reference !== undefined) results.push({ ActionId: action.Id, Value: { _ReferenceId: reference } });
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
        if (action.Name === '_KeepReference') {
          if (object !== null) keep(action.ObjectPathId, object);
          return;
        }
        if (action.Name === '_RemoveReference') {
          options.references.byId.delete(String(action.ArgumentInfo?.Arguments?.[0]));
          return;
        }
        if (object === null) return;
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
