/**
 * The Common API's custom XML parts (`Office.context.document.customXmlParts`, requirement set
 * CustomXmlParts 1.1, Word only: https://learn.microsoft.com/javascript/api/office/office.customxmlparts,
 * https://learn.microsoft.com/javascript/api/office/office.customxmlpart). Written from the
 * reference, not from Microsoft's code: `addAsync(xml)` gives the new part, `getByNamespaceAsync`
 * the parts whose root element is in that namespace, a part's `getXmlAsync` its XML and
 * `deleteAsync` removes it. Callbacks run after the call returns, as Office's do. Ids are GUIDs in
 * braces, as Word gives them (the reference shows "{3BC85265-09D6-4205-B665-8EB239A8B9A1}").
 */

export interface SimulatedCustomXmlPart {
  readonly id: string;
  readonly xml: string;
}

interface AsyncResult<T> {
  readonly status: 'succeeded' | 'failed';
  readonly value?: T;
  readonly error?: { readonly code: number; readonly name: string; readonly message: string };
}

type Callback<T> = (result: AsyncResult<T>) => void;

/** The callback among `(options?, callback?)`, as every Common API async method takes them. */
const callbackOf = <T>(...args: unknown[]): Callback<T> | undefined => args.find((a): a is Callback<T> => typeof a === 'function');

const later = <T>(callback: Callback<T> | undefined, result: AsyncResult<T>): void => {
  setTimeout(() => callback?.(result), 0);
};

/** The namespace of the root element: its prefix's declaration on that element, or the default one. */
export const rootNamespace = (xml: string): string => {
  const start = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(\s[^>]*)?\/?>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''));
  if (!start) return '';
  const prefix = (start[1] ?? '').replace(/:$/, '');
  const attributes = start[3] ?? '';
  const declaration = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
  return declaration?.[2] ?? '';
};

export interface CustomXmlStore {
  /** The parts as the document holds them now. */
  readonly parts: SimulatedCustomXmlPart[];
  /** `Office.context.document.customXmlParts`. */
  readonly api: Record<string, unknown>;
}

export const createCustomXmlStore = (initial: readonly string[] = []): CustomXmlStore => {
  let next = 1;
  const guid = (): string => `{00000000-0000-4000-8000-${String(next++).padStart(12, '0')}}`;
  const parts: SimulatedCustomXmlPart[] = initial.map((xml) => ({ id: guid(), xml }));
  const proxy = (part: SimulatedCustomXmlPart) => ({
    id: part.id,
    builtIn: false,
    getXmlAsync: (...args: unknown[]) => {
      const current = parts.find((p) => p.id === part.id);
      later(callbackOf<string>(...args), current ? { status: 'succeeded', value: current.xml } : { status: 'failed', error: { code: 5001, name: 'Internal Error', message: 'The part was deleted.' } });
    },
    deleteAsync: (...args: unknown[]) => {
      const at = parts.findIndex((p) => p.id === part.id);
      if (at >= 0) parts.splice(at, 1);
      later(callbackOf<void>(...args), { status: 'succeeded' });
    },
  });
  return {
    parts,
    api: {
      addAsync: (xml: unknown, ...args: unknown[]) => {
        const made = { id: guid(), xml: String(xml) };
        parts.push(made);
        later(callbackOf(...args), { status: 'succeeded', value: proxy(made) });
      },
      getByIdAsync: (id: unknown, ...args: unknown[]) => {
        const found = parts.find((p) => p.id === id);
        later(callbackOf(...args), { status: 'succeeded', value: found ? proxy(found) : null });
      },
      getByNamespaceAsync: (namespace: unknown, ...args: unknown[]) => {
        later(callbackOf(...args), { status: 'succeeded', value: parts.filter((p) => rootNamespace(p.xml) === namespace).map(proxy) });
      },
    },
  };
};
