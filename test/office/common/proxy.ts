import type { RequestContextDouble } from './context';
import { invalidArgument, itemNotFound, propertyNotLoaded } from './errors';

/** What `load()` accepts in Office: "a,b/c", ["a", "b/c"], or { select, expand }. */
export type LoadSpec =
  | string
  | readonly string[]
  | { readonly select?: string | readonly string[]; readonly expand?: string | readonly string[] }
  | undefined;

const split = (value: string | readonly string[] | undefined): string[] =>
  (typeof value === 'string' ? value.split(',') : [...(value ?? [])]).map((p) => p.trim()).filter((p) => p !== '');

/** The property paths a load asks for ("items/rows/items/cellCount" stays one path). */
export const loadPaths = (spec: LoadSpec): string[] =>
  typeof spec === 'string' || Array.isArray(spec) || spec === undefined
    ? split(spec as string | readonly string[] | undefined)
    : [...split((spec as { select?: string | readonly string[] }).select), ...split((spec as { expand?: string | readonly string[] }).expand)];

/** Anything a load path can reach: an object or a collection. */
export interface Loadable {
  applyLoad(paths: readonly string[]): void;
}

/**
 * A proxy for one document object. It is bound to its model object the first time a batch uses
 * it (as Office instantiates an object path in order), and keeps that binding afterwards.
 * Scalar properties are readable only once loaded and synced; navigation properties (another
 * object or a collection) need no load, as in Office.
 */
export abstract class ClientObjectDouble<M> implements Loadable {
  readonly context: RequestContextDouble;
  protected readonly typeName: string;
  private readonly _resolver: () => M;
  private _bound: { readonly model: M } | undefined;
  private readonly _values = new Map<string, unknown>();
  private readonly _children = new Map<string, Loadable>();

  protected constructor(context: RequestContextDouble, typeName: string, resolver: () => M) {
    this.context = context;
    this.typeName = typeName;
    this._resolver = resolver;
  }

  /** The scalar properties a load can read, from the model. */
  protected abstract readonly scalars: Readonly<Record<string, (model: M) => unknown>>;

  /** The navigation property `name`, if this object has it. */
  protected navigation(_name: string): Loadable | undefined {
    return undefined;
  }

  /** Resolves (once) the model object this proxy stands for; only batch actions call it. */
  resolve(): M {
    this._bound ??= { model: this._resolver() };
    return this._bound.model;
  }

  /** A navigation property's proxy, made once so loads through it land on the same object. */
  protected child<T extends Loadable>(name: string, make: () => T): T {
    const existing = this._children.get(name);
    if (existing) return existing as T;
    const made = make();
    this._children.set(name, made);
    return made;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue(`${this.typeName}.load`, () => this.applyLoad(paths));
    return this;
  }

  applyLoad(paths: readonly string[]): void {
    const model = this.resolve();
    const wanted = paths.length === 0 ? Object.keys(this.scalars) : paths;
    wanted.forEach((path) => {
      const [head = '', ...rest] = path.split('/');
      if (head === '$none' || head === '') return;
      const scalar = this.scalars[head];
      if (scalar) {
        if (rest.length > 0) throw invalidArgument(`${this.typeName}.load`, `'${head}' is not a navigation property`);
        this._values.set(head, scalar(model));
        return;
      }
      const nav = this.navigation(head);
      if (!nav) throw invalidArgument(`${this.typeName}.load`, `unknown property '${head}'`);
      nav.applyLoad(rest.length > 0 ? [rest.join('/')] : []);
    });
  }

  /** A loaded scalar; throws PropertyNotLoaded otherwise, as Office does. */
  protected read<T>(name: string): T {
    if (!this._values.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this._values.get(name) as T;
  }

  /** Queues a write on the model: it happens at the next sync, or the whole batch is refused. */
  protected write(where: string, apply: (model: M) => void): void {
    this.context.enqueue(`${this.typeName}.${where}`, () => apply(this.resolve()), true);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/**
 * A proxy for a collection: `items` exists only after load and sync, and holds one proxy per
 * model object (the same proxy for the same object across loads).
 */
/** What a collection needs of its items' proxies. */
export interface ItemProxy extends Loadable {
  resolve(): unknown;
  toJSON(): Record<string, unknown>;
}

export class CollectionDouble<M, P extends ItemProxy> implements Loadable {
  readonly context: RequestContextDouble;
  private readonly typeName: string;
  private readonly _resolver: () => readonly M[];
  private readonly _makeItem: (resolver: () => M) => P;
  private readonly _proxies = new Map<M, P>();
  private _loaded: P[] | undefined;
  private _bound: { readonly models: readonly M[] } | undefined;

  constructor(context: RequestContextDouble, typeName: string, resolver: () => readonly M[], makeItem: (resolver: () => M) => P) {
    this.context = context;
    this.typeName = typeName;
    this._resolver = resolver;
    this._makeItem = makeItem;
  }

  get items(): P[] {
    if (!this._loaded) throw propertyNotLoaded(this.typeName, 'items');
    return this._loaded;
  }

  /** The models now in the collection (a collection returned by a method is fixed when made). */
  models(): readonly M[] {
    return this._bound ? this._bound.models : this._resolver();
  }

  /** Fixes the collection's members: for collections a write action returns (e.g. inserted rows). */
  bind(models: readonly M[]): void {
    this._bound = { models };
  }

  private proxyFor(model: M): P {
    const existing = this._proxies.get(model);
    if (existing) return existing;
    const made = this._makeItem(() => model);
    made.resolve();
    this._proxies.set(model, made);
    return made;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue(`${this.typeName}.load`, () => this.applyLoad(paths));
    return this;
  }

  applyLoad(paths: readonly string[]): void {
    const items = this.models().map((model) => this.proxyFor(model));
    const itemPaths = paths
      .map((path) => (path === 'items' ? '$none' : path.startsWith('items/') ? path.slice('items/'.length) : path))
      .filter((path) => path !== '');
    items.forEach((item) => item.applyLoad(paths.length === 0 ? [] : itemPaths));
    this._loaded = items;
  }

  getFirst(): P {
    return this._makeItem(() => {
      const first = this.models()[0];
      if (first === undefined) throw itemNotFound(`${this.typeName}.getFirst`);
      return first;
    });
  }

  getLast(): P {
    return this._makeItem(() => {
      const all = this.models();
      const last = all[all.length - 1];
      if (last === undefined) throw itemNotFound(`${this.typeName}.getLast`);
      return last;
    });
  }

  toJSON(): { items: Record<string, unknown>[] } | undefined {
    return this._loaded ? { items: this._loaded.map((item) => item.toJSON()) } : undefined;
  }
}
