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

/**
 * A load, parsed once when `load()` is called: the properties asked for at this level, each with
 * what is asked below it. `whole` marks a path that ends here, which loads every scalar of an
 * object (as `load()` without arguments does).
 */
export interface LoadNode {
  readonly whole: boolean;
  readonly children: ReadonlyMap<string, LoadNode>;
}

interface MutableLoadNode {
  whole: boolean;
  readonly children: Map<string, MutableLoadNode>;
}

const emptyNode = (): MutableLoadNode => ({ whole: false, children: new Map() });

const addPath = (node: MutableLoadNode, steps: readonly string[], from: number): void => {
  if (from >= steps.length) {
    node.whole = true;
    return;
  }
  const head = steps[from] as string;
  let child = node.children.get(head);
  if (!child) {
    child = emptyNode();
    node.children.set(head, child);
  }
  addPath(child, steps, from + 1);
};

const mergeInto = (target: MutableLoadNode, source: LoadNode): void => {
  if (source.whole) target.whole = true;
  source.children.forEach((child, head) => {
    let existing = target.children.get(head);
    if (!existing) {
      existing = emptyNode();
      target.children.set(head, existing);
    }
    mergeInto(existing, child);
  });
};

/** Parses a load's paths into one tree; no paths at all loads every scalar. */
export const loadTree = (spec: LoadSpec): LoadNode => {
  const paths = loadPaths(spec);
  const root = emptyNode();
  if (paths.length === 0) root.whole = true;
  paths.forEach((path) => addPath(root, path.split('/'), 0));
  return root;
};

/** Item loads already worked out, per load (one load reaches many collections). */
const itemNodes = new WeakMap<LoadNode, LoadNode>();

/** What each item of a collection loads: 'items/x' and a bare 'x' alike; a bare 'items' loads nothing more. */
const itemNode = (node: LoadNode): LoadNode => {
  const known = itemNodes.get(node);
  if (known) return known;
  const item = emptyNode();
  item.whole = node.whole;
  node.children.forEach((child, head) => {
    if (head === 'items') child.children.forEach((grand, h) => mergeInto(item, { whole: false, children: new Map([[h, grand]]) }));
    else mergeInto(item, { whole: false, children: new Map([[head, child]]) });
  });
  itemNodes.set(node, item);
  return item;
};

/** Anything a load path can reach: an object or a collection. */
export interface Loadable {
  applyLoad(node: LoadNode): void;
}

/** The scalar properties of a proxy: each read from the model (the proxy itself at hand for context). */
export type ScalarReaders<M, P = unknown> = Readonly<Record<string, (model: M, proxy: P) => unknown>>;

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
  private _isBound = false;
  private _model: M | undefined;
  /** Loaded scalars, and navigation proxies made: plain records, as there are many proxies and few entries each. */
  private _values: Record<string, unknown> | undefined;
  private _children: Record<string, Loadable> | undefined;

  protected constructor(context: RequestContextDouble, typeName: string, resolver: () => M) {
    this.context = context;
    this.typeName = typeName;
    this._resolver = resolver;
  }

  /** The scalar properties a load can read, from the model. */
  protected abstract readonly scalars: ScalarReaders<M, this>;

  /** The navigation property `name`, if this object has it. */
  protected navigation(_name: string): Loadable | undefined {
    return undefined;
  }

  /** Resolves (once) the model object this proxy stands for; only batch actions call it. */
  resolve(): M {
    if (!this._isBound) {
      this._model = this._resolver();
      this._isBound = true;
    }
    return this._model as M;
  }

  /** A navigation property's proxy, made once so loads through it land on the same object. */
  protected child<T extends Loadable>(name: string, make: () => T): T {
    this._children ??= Object.create(null) as Record<string, Loadable>;
    const existing = this._children[name];
    if (existing) return existing as T;
    const made = make();
    this._children[name] = made;
    return made;
  }

  load(spec?: LoadSpec): this {
    const tree = loadTree(spec);
    this.context.enqueue(`${this.typeName}.load`, () => this.applyLoad(tree));
    return this;
  }

  applyLoad(node: LoadNode): void {
    const model = this.resolve();
    const scalars = this.scalars;
    const values = (this._values ??= Object.create(null) as Record<string, unknown>);
    if (node.whole) Object.entries(scalars).forEach(([name, scalar]) => (values[name] = scalar(model, this)));
    node.children.forEach((child, head) => {
      if (head === '$none' || head === '') return;
      const scalar = Object.prototype.hasOwnProperty.call(scalars, head) ? scalars[head] : undefined;
      if (scalar) {
        if (child.children.size > 0) throw invalidArgument(`${this.typeName}.load`, `'${head}' is not a navigation property`);
        values[head] = scalar(model, this);
        return;
      }
      const nav = this.navigation(head);
      if (!nav) throw invalidArgument(`${this.typeName}.load`, `unknown property '${head}'`);
      nav.applyLoad(child);
    });
  }

  /** A loaded scalar; throws PropertyNotLoaded otherwise, as Office does. */
  protected read<T>(name: string): T {
    const values = this._values;
    if (!values || !(name in values)) throw propertyNotLoaded(this.typeName, name);
    return values[name] as T;
  }

  /** Queues a write on the model: it happens at the next sync, or the whole batch is refused. */
  protected write(where: string, apply: (model: M) => void): void {
    this.context.enqueue(`${this.typeName}.${where}`, () => apply(this.resolve()), true);
  }

  toJSON(): Record<string, unknown> {
    return { ...this._values };
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
  /** Every proxy made, by model; made only when a second load needs it (most collections load once). */
  private _proxies: Map<M, P> | undefined;
  private _loaded: P[] | undefined;
  private _loadedModels: readonly M[] | undefined;
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

  private makeProxy(model: M): P {
    const made = this._makeItem(() => model);
    made.resolve();
    return made;
  }

  /** The proxies for `models`, reusing the one made for a model before. */
  private proxiesFor(models: readonly M[]): P[] {
    const previous = this._loaded;
    const previousModels = this._loadedModels;
    if (!previous || !previousModels) return models.map((model) => this.makeProxy(model));
    if (!this._proxies) {
      const proxies = new Map<M, P>();
      previousModels.forEach((model, i) => proxies.set(model, previous[i] as P));
      this._proxies = proxies;
    }
    const proxies = this._proxies;
    return models.map((model) => {
      const existing = proxies.get(model);
      if (existing) return existing;
      const made = this.makeProxy(model);
      proxies.set(model, made);
      return made;
    });
  }

  load(spec?: LoadSpec): this {
    const tree = loadTree(spec);
    this.context.enqueue(`${this.typeName}.load`, () => this.applyLoad(tree));
    return this;
  }

  applyLoad(node: LoadNode): void {
    const models = this.models();
    const items = this.proxiesFor(models);
    const item = itemNode(node);
    if (item.whole || item.children.size > 0) items.forEach((proxy) => proxy.applyLoad(item));
    this._loaded = items;
    this._loadedModels = models;
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
