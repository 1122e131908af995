/**
 * The RichApi wire format between Microsoft's Office.js client and an Office application, as the
 * client in @microsoft/office-js 1.1.110 writes and reads it (OfficeExtension's ClientRequest,
 * ObjectPath and Action in word-web-16.00.debug.js / excel-web-16.00.debug.js). There is no public
 * specification of this protocol: everything here is read from that client's code.
 */

/** `ObjectPathInfo.ObjectPathType`: how an object is reached. */
export const PathType = {
  /** The root: Word's document, Excel's workbook. */
  Global: 1,
  /** A top-level object made by name (e.g. "Microsoft.WordServices.Application"). */
  NewObject: 2,
  /** A method of the parent that returns an object (`getByTag`, `getItemAt`, `insertParagraph`). */
  Method: 3,
  /** A navigation property of the parent (`body`, `tables`, `font`). */
  Property: 4,
  /** A collection item by its id (`worksheets.getItem` by id, items the host returned an `Id` for). */
  Indexer: 5,
  /** An object the host handed out a `_ReferenceId` for. */
  ReferenceId: 6,
  /** An `*OrNullObject` result that found nothing. */
  NullObject: 7,
} as const;

/** `ActionInfo.ActionType`. */
export const ActionKind = {
  Instantiate: 1,
  Query: 2,
  Method: 3,
  SetProperty: 4,
  Trace: 5,
  RecursiveQuery: 6,
  QueryAsJson: 7,
  EnsureUnchanged: 8,
  Update: 9,
} as const;

export interface ArgumentInfo {
  /** The arguments; an object argument is sent as its object path id. */
  readonly Arguments?: readonly unknown[];
  /** Per argument, the object path id it refers to (0: a plain value). */
  readonly ReferencedObjectPathIds?: readonly unknown[];
}

export interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

/** What a `load()` asks for: property paths relative to the object, `items/` already stripped. */
export interface QueryInfo {
  readonly Select?: readonly string[];
  readonly Expand?: readonly string[];
  readonly Top?: number;
  readonly Skip?: number;
}

export interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: QueryInfo;
  /** Update (9): the properties to set, by their client (camelCase) names. */
  readonly ObjectState?: Readonly<Record<string, unknown>>;
}

export interface RequestBody {
  readonly Actions: readonly ActionInfo[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPathInfo>>;
  readonly AutoKeepReference?: boolean;
}

export interface ActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

/** An action that failed: the client turns it into an `OfficeExtension.Error` with `debugInfo.errorLocation`. */
export interface ResponseError {
  readonly Code: string;
  readonly Message: string;
  readonly Location: string;
  readonly ActionIndex: number;
  readonly HttpStatusCode: number;
}

export interface ResponseBody {
  readonly Results: readonly ActionResult[];
  /** The trace actions the host reached: event handler registrations count only when theirs is here. */
  readonly TraceIds?: readonly number[];
  readonly Error?: ResponseError;
}

/** What the session hands back to the client's request executor. */
export interface ResponseMessage {
  readonly ErrorCode: string;
  readonly ErrorMessage?: string;
  readonly HttpStatusCode: number;
  readonly Headers: Readonly<Record<string, string>>;
  readonly Body: ResponseBody;
}
