import { checkToView } from './view';
import type { CheckRequest, CheckResponse } from './protocol';

/**
 * The check off the UI thread: a 10,000-row table takes longer to check than a frame may take
 * (the limit is 100 ms for any main-thread task), so the pane sends the document here.
 */
// The pane's TypeScript program has the DOM's types, not a worker's: the two parts used, typed here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (message: CheckResponse) => void;
};

scope.onmessage = (event: MessageEvent<CheckRequest>): void => {
  const { id, doc, today, settings } = event.data;
  let response: CheckResponse;
  try {
    response = { id, view: checkToView(doc, today, settings) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
