import type { CheckRequest, CheckResponse } from './protocol';
import { inlineChecker, type Checker } from './view';

/**
 * A Checker that runs in a Web Worker (webpack bundles ./worker.ts as its own file, loaded from
 * the pane's origin, so the CSP's script-src 'self' covers it). Where no worker can start (an
 * old webview, a blocked file) or it fails, the check runs on the UI thread instead: slower on a
 * long table, never wrong. Only the page entries import this file: `import.meta` is for webpack.
 */
export const createWorkerChecker = (): Checker => {
  let worker: Worker | undefined;
  let broken = false;
  let next = 0;
  const waiting = new Map<number, { resolve: (response: CheckResponse) => void }>();

  const start = (): Worker | undefined => {
    if (broken || typeof Worker === 'undefined') return undefined;
    if (worker) return worker;
    try {
      // webpack turns this into the worker file's URL at build time (its ts-loader compiles with
      // module esnext); the type check runs with module commonjs for Jest, which lacks import.meta.
      // webpack spots only this exact form (new Worker(new URL(…, import.meta.url))).
      worker = new Worker(
        // @ts-expect-error TS1343: import.meta under module commonjs
        new URL('./worker.ts', import.meta.url),
        { name: 'statustabel-check' },
      );
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<CheckResponse>) => {
      waiting.get(event.data.id)?.resolve(event.data);
      waiting.delete(event.data.id);
    };
    worker.onerror = () => {
      // The worker itself failed (did not load): every waiting check falls back to the UI thread.
      broken = true;
      worker?.terminate();
      worker = undefined;
      for (const [id, entry] of waiting) entry.resolve({ id, error: 'worker failed' });
      waiting.clear();
    };
    return worker;
  };

  return async (doc, today, settings) => {
    const target = start();
    if (!target) return inlineChecker(doc, today, settings);
    const id = (next += 1);
    const response = await new Promise<CheckResponse>((resolve) => {
      waiting.set(id, { resolve });
      const request: CheckRequest = { id, doc, today, settings };
      target.postMessage(request);
    });
    return 'view' in response ? response.view : inlineChecker(doc, today, settings);
  };
};
