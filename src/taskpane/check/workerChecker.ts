import { documentPieces, type CheckRequest, type CheckResponse } from './protocol';
import { inlineChecker, type Checker, type CheckView, type ViewFinding } from './view';

type Outcome = { readonly view: CheckView } | { readonly error: string };

/** Lets the UI thread draw and handle input before the next part goes (a macrotask, not a microtask). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A check under way: the head, then the slices of findings as they come. */
interface Pending {
  readonly done: (outcome: Outcome) => void;
  head?: CheckView;
  slices: (readonly ViewFinding[])[];
  expected: number;
  received: number;
}

/**
 * Tables up to this many rows are checked on the UI thread: 1,000 rows take about 7 ms there
 * (npm run bench, core check), less than starting a worker and copying the document to it. The
 * seed and ordinary documents never wait for a worker.
 */
export const INLINE_UP_TO_ROWS = 2000;

const rowsIn = (doc: Parameters<Checker>[0]): number =>
  doc.blocks.reduce((n, block) => n + (block.kind === 'table' ? block.rows.length : 1), 0);

/**
 * A Checker that runs long documents in a Web Worker (webpack bundles ./worker.ts as its own
 * file, loaded from the pane's origin, so the CSP's script-src 'self' covers it), started at the
 * first long document. Where no worker can start (an old webview, a blocked file) or it fails,
 * the check runs on the UI thread instead: slower on a long table, never wrong. Only the page
 * entries import this file: `import.meta` is for webpack.
 */
export const createWorkerChecker = (): Checker => {
  let worker: Worker | undefined;
  let broken = false;
  let next = 0;
  const waiting = new Map<number, Pending>();

  const finish = (id: number, outcome: Outcome): void => {
    waiting.get(id)?.done(outcome);
    waiting.delete(id);
  };

  const receive = (message: CheckResponse): void => {
    const pending = waiting.get(message.id);
    if (!pending) return;
    if ('error' in message) {
      finish(message.id, { error: message.error });
      return;
    }
    if ('head' in message) {
      pending.head = message.head;
      pending.expected = message.slices;
    } else {
      pending.slices[message.slice] = message.findings;
      pending.received += 1;
    }
    if (pending.head && pending.received === pending.expected) {
      const head = pending.head;
      finish(message.id, { view: head.ok ? { ...head, findings: pending.slices.flat() } : head });
    }
  };

  const start = (): Worker | undefined => {
    if (broken || typeof Worker === 'undefined') return undefined;
    if (worker) return worker;
    try {
      // webpack spots only this exact form (new Worker(new URL(…, import.meta.url))).
      worker = new Worker(
        // webpack turns this into the worker file's URL at build time (its ts-loader compiles with
        // module esnext); the type check runs with module commonjs for Jest, which lacks import.meta.
        // @ts-expect-error TS1343: import.meta under module commonjs
        new URL('./worker.ts', import.meta.url),
        { name: 'statustabel-check' },
      );
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<CheckResponse>) => receive(event.data);
    worker.onerror = () => {
      // The worker itself failed (did not load): every waiting check falls back to the UI thread.
      broken = true;
      worker?.terminate();
      worker = undefined;
      for (const id of [...waiting.keys()]) finish(id, { error: 'worker failed' });
    };
    return worker;
  };

  return async (doc, today, settings, snapshot) => {
    const target = rowsIn(doc) > INLINE_UP_TO_ROWS ? start() : undefined;
    if (!target) return inlineChecker(doc, today, settings, snapshot);
    const id = (next += 1);
    const outcome = new Promise<Outcome>((done) => waiting.set(id, { done, slices: [], expected: 0, received: 0 }));
    const send = (request: CheckRequest) => target.postMessage(request);
    // The document goes in parts, a task each, so the UI thread is never busy copying it for long.
    send({ id, kind: 'start', doc: { ...doc, blocks: [] }, today, settings, ...(snapshot ? { snapshot } : {}) });
    for (const pieces of documentPieces(doc)) {
      send({ id, kind: 'pieces', pieces });
      await nextTask();
    }
    send({ id, kind: 'run' });
    const result = await outcome;
    return 'view' in result ? result.view : inlineChecker(doc, today, settings, snapshot);
  };
};
