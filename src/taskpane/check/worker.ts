import type { SourceDocument } from '../../core/document';
import type { Snapshot } from '../../core/review';
import type { Settings } from '../../core/settings';
import { joinPieces, SLICE, type CheckRequest, type CheckResponse, type DocPiece } from './protocol';
import { checkToView } from './view';

/**
 * The check off the UI thread: a 10,000-row table takes longer to check than a frame may take
 * (the limit is 100 ms for any main-thread task), so the pane sends the document here.
 */
// The pane's TypeScript program has the DOM's types, not a worker's: the two parts used, typed here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (message: CheckResponse) => void;
};

/** The checks being received: their fields, then their pieces. */
const receiving = new Map<number, { doc: SourceDocument; today: string; settings: Settings; snapshot?: Snapshot; pieces: DocPiece[] }>();

const run = (id: number): void => {
  const request = receiving.get(id);
  receiving.delete(id);
  if (!request) return;
  try {
    const view = checkToView(joinPieces(request.doc, request.pieces), request.today, request.settings, request.snapshot);
    if (!view.ok) {
      scope.postMessage({ id, head: view, slices: 0 });
      return;
    }
    const slices = Math.ceil(view.findings.length / SLICE);
    scope.postMessage({ id, head: { ...view, findings: [] }, slices });
    for (let slice = 0; slice < slices; slice += 1) {
      scope.postMessage({ id, slice, findings: view.findings.slice(slice * SLICE, (slice + 1) * SLICE) });
    }
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

scope.onmessage = (event: MessageEvent<CheckRequest>): void => {
  const message = event.data;
  if (message.kind === 'start') {
    receiving.set(message.id, {
      doc: message.doc,
      today: message.today,
      settings: message.settings,
      ...(message.snapshot ? { snapshot: message.snapshot } : {}),
      pieces: [],
    });
  } else if (message.kind === 'pieces') {
    receiving.get(message.id)?.pieces.push(...message.pieces);
  } else {
    run(message.id);
  }
};
