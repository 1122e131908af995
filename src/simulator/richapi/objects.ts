import { notSimulated, officeError } from './errors';

/**
 * The simulated application's side of the RichApi: every object the client can reach is a
 * `SimObject` (its RichApi type name and the model thing it stands for), and each type says what
 * it offers, by the names on the wire (PascalCase: `Text`, `Paragraphs`, `InsertText`).
 */

export interface SimObject {
  readonly type: string;
  readonly target: unknown;
}

export const simObject = (type: string, target: unknown): SimObject => ({ type, target });

export const isSimObject = (value: unknown): value is SimObject =>
  typeof value === 'object' && value !== null && typeof (value as SimObject).type === 'string' && 'target' in value;

/**
 * One RichApi type. `T` is the model thing its objects stand for. Every member is optional: a
 * member the type does not list is one the simulator does not model, and asking for it fails
 * loudly (NotImplemented) rather than answering a guess.
 */
export interface ObjectType<T> {
  /** Scalar properties a query can return. */
  readonly scalars?: Readonly<Record<string, (target: T) => unknown>>;
  /** Scalar properties a SetProperty (or Update) action can write. */
  readonly setters?: Readonly<Record<string, (target: T, value: unknown) => void>>;
  /** Navigation properties: another object, or null where Office hands back a null object. */
  readonly navigation?: Readonly<Record<string, (target: T) => SimObject | null>>;
  /** Methods: an object (a method path), null (an `*OrNullObject` miss), a value, or nothing. */
  readonly methods?: Readonly<Record<string, (target: T, args: readonly unknown[]) => unknown>>;
  /** A collection's items, in order, as they are when the batch reaches the action. */
  readonly items?: (target: T) => readonly SimObject[];
  /** A collection's indexer (`getItem` by key, or an item the host gave an id). */
  readonly indexer?: (target: T, key: unknown) => SimObject | null;
  /**
   * The key an item of this type carries in every collection result (`Id` where the type has a
   * public `id`, else `_Id`), so the client addresses it by its key, through the collection's
   * indexer, in later requests instead of by position.
   */
  readonly key?: { readonly name: 'Id' | '_Id'; readonly of: (target: T) => string | number };
  /** The requirement set the whole type needs ("WordApi 1.3"), where the reference gives one for the class. */
  readonly set?: string;
  /** The requirement set of a member above the API's first version, by wire name ("Tables": "WordApi 1.3"). */
  readonly sets?: Readonly<Record<string, string>>;
}

/** The types of one application, by RichApi type name. */
export type TypeRegistry = Readonly<Record<string, ObjectType<never>>>;

/** Widens a typed definition for the registry (the responder hands each type only its own targets). */
export const defineType = <T>(definition: ObjectType<T>): ObjectType<never> => definition as ObjectType<never>;

/** The client's name for a wire name: `InsertText` → `insertText`, for error locations. */
export const clientName = (wireName: string): string => wireName.charAt(0).toLowerCase() + wireName.slice(1);

/** The wire name for a client name: `tableNestingLevel` → `TableNestingLevel`. */
export const wireName = (clientName: string): string => clientName.charAt(0).toUpperCase() + clientName.slice(1);

export const typeOf = (types: TypeRegistry, object: SimObject): ObjectType<unknown> => {
  const type = types[object.type] as ObjectType<unknown> | undefined;
  if (!type) throw notSimulated(object.type, `the type ${object.type}`);
  return type;
};

/**
 * The `getFirst`/`getLast` family of a list-like collection, as Word's collections offer it:
 * the plain form fails with ItemNotFound on an empty collection, the `OrNullObject` form answers
 * a null object (https://learn.microsoft.com/javascript/api/word/word.paragraphcollection#word-word-paragraphcollection-getfirst-member(1)).
 */
export const firstOf = <T>(typeName: string, itemsOf: (target: T) => readonly SimObject[]) => ({
  GetFirst: (target: T): SimObject => itemsOf(target)[0] ?? fail(`${typeName}.getFirst`),
  GetFirstOrNullObject: (target: T): SimObject | null => itemsOf(target)[0] ?? null,
});

/** `getFirst` and `getLast` (with their `OrNullObject` forms), for collections that have both. */
export const firstAndLast = <T>(typeName: string, itemsOf: (target: T) => readonly SimObject[]) => ({
  ...firstOf(typeName, itemsOf),
  GetLast: (target: T): SimObject => itemsOf(target).at(-1) ?? fail(`${typeName}.getLast`),
  GetLastOrNullObject: (target: T): SimObject | null => itemsOf(target).at(-1) ?? null,
});

const fail = (location: string): never => {
  throw officeError('ItemNotFound', location);
};

/** Compares requirement-set versions ("1.10" is after "1.9"). */
export const versionAtLeast = (have: string | undefined, want: string): boolean => {
  if (have === undefined) return false;
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
};

/** Whether requirement sets `available` (name → highest version) include `set` ("WordApi 1.3"). */
export const setSupported = (available: Readonly<Record<string, string>>, set: string): boolean => {
  const [name = '', version = '1.1'] = set.split(' ');
  const key = Object.keys(available).find((k) => k.toLowerCase() === name.toLowerCase());
  return versionAtLeast(key === undefined ? undefined : available[key], version);
};
