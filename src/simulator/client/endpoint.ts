import { officeError } from '../richapi/errors';
import { ActionKind, type RequestBody, type ResponseBody, type ResponseMessage } from '../richapi/protocol';

/**
 * The application's end of the wire for one document: takes the client's request as JSON (the
 * way it crosses from the add-in to Office), answers it, and counts what crossed. Latency can be
 * added to every sync, as over a slow connection to Office on the web.
 */

/** One request, as it crossed the wire. */
export interface SyncRecord {
  /**
   * A `context.sync()` of the add-in, or the client's own clean-up at the end of a run
   * (`_RemoveReference` of the objects it kept), which the add-in does not wait for.
   */
  readonly kind: 'sync' | 'cleanup';
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  /** The error code the application answered with, if any. */
  readonly error?: string;
}

export interface Traffic {
  /** The add-in's syncs: requests other than the client's clean-ups. */
  readonly syncs: number;
  readonly cleanups: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly records: readonly SyncRecord[];
}

type EventHandler = (payload: unknown) => void;

/** What the client's `context.eventRegistration` must offer (OfficeExtension's EventRegistration). */
export interface EventRegistration {
  register(eventId: number, targetId: string, handler: EventHandler): PromiseLike<unknown>;
  unregister(eventId: number, targetId: string, handler: EventHandler): PromiseLike<unknown>;
}

export interface EndpointOptions {
  /** Added to every sync, in milliseconds. */
  readonly latencyMs?: number;
  /**
   * Requests and responses larger than this many bytes are refused. Office documents a 5 MB
   * limit for Excel ("Excel add-ins: payload size limit for requests and responses" in
   * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
   * for Word on the web it is reported, not documented. Off unless set.
   */
  readonly payloadLimitBytes?: number;
}

export interface Endpoint {
  readonly traffic: Traffic;
  resetTraffic(): void;
  /** The client's request executor calls this for every `context.sync()`. */
  execute(body: unknown): Promise<ResponseMessage>;
  readonly eventRegistration: EventRegistration;
  /** Calls the handlers the client registered for `eventId` (and target), as the application does when the event happens. */
  fireEvent(eventId: number, targetId: string, payload: unknown): number;
}

/** UTF-8 length of a string without encoding it. */
export const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
};

const emptyTraffic = (): Traffic => ({ syncs: 0, cleanups: 0, requestBytes: 0, responseBytes: 0, largestRequestBytes: 0, largestResponseBytes: 0, records: [] });

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const createEndpoint = (respond: (request: RequestBody) => ResponseBody, options: EndpointOptions = {}): Endpoint => {
  let traffic = emptyTraffic();
  const registrations = new Map<string, Set<EventHandler>>();
  const keyOf = (eventId: number, targetId: string): string => `${eventId}:${targetId ?? ''}`;

  const record = (entry: SyncRecord): void => {
    traffic = {
      syncs: traffic.syncs + (entry.kind === 'sync' ? 1 : 0),
      cleanups: traffic.cleanups + (entry.kind === 'cleanup' ? 1 : 0),
      requestBytes: traffic.requestBytes + entry.requestBytes,
      responseBytes: traffic.responseBytes + entry.responseBytes,
      largestRequestBytes: Math.max(traffic.largestRequestBytes, entry.requestBytes),
      largestResponseBytes: Math.max(traffic.largestResponseBytes, entry.responseBytes),
      records: [...traffic.records, entry],
    };
  };

  const limitError = (code: 'RequestPayloadSizeLimitExceeded' | 'ResponsePayloadSizeLimitExceeded'): ResponseBody => {
    const error = officeError(code, '');
    return { Results: [], Error: { Code: error.code, Message: error.message, Location: '', ActionIndex: -1, HttpStatusCode: error.httpStatusCode } };
  };

  /** Answers a request, as JSON text: what does not survive JSON does not reach Office either. */
  const answer = (requestText: string): ResponseMessage => {
    const request = JSON.parse(requestText) as RequestBody;
    const requestBytes = utf8Length(requestText);
    const limit = options.payloadLimitBytes;
    let answered = limit !== undefined && requestBytes > limit ? limitError('RequestPayloadSizeLimitExceeded') : respond(request);
    let responseText = JSON.stringify(answered);
    if (limit !== undefined && utf8Length(responseText) > limit) {
      answered = limitError('ResponsePayloadSizeLimitExceeded');
      responseText = JSON.stringify(answered);
    }
    const cleanup =
      request.Actions.some((a) => a.Name === '_RemoveReference') &&
      request.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === ActionKind.Instantiate);
    record({
      kind: cleanup ? 'cleanup' : 'sync',
      requestBytes,
      responseBytes: utf8Length(responseText),
      actions: request.Actions.length,
      ...(answered.Error ? { error: answered.Error.Code } : {}),
    });
    return { ErrorCode: '', HttpStatusCode: 200, Headers: {}, Body: JSON.parse(responseText) as ResponseBody };
  };

  /** The request is serialised when sent and reaches the document after the latency, as over a slow connection. */
  const execute = (body: unknown): Promise<ResponseMessage> => {
    const requestText = JSON.stringify(body);
    return options.latencyMs ? delay(options.latencyMs).then(() => answer(requestText)) : Promise.resolve(answer(requestText));
  };

  return {
    get traffic() {
      return traffic;
    },
    resetTraffic: () => {
      traffic = emptyTraffic();
    },
    execute,
    eventRegistration: {
      register: (eventId, targetId, handler) => {
        const key = keyOf(eventId, targetId);
        const set = registrations.get(key) ?? new Set<EventHandler>();
        set.add(handler);
        registrations.set(key, set);
        return Promise.resolve(null);
      },
      unregister: (eventId, targetId, handler) => {
        registrations.get(keyOf(eventId, targetId))?.delete(handler);
        return Promise.resolve(null);
      },
    },
    fireEvent: (eventId, targetId, payload) => {
      const handlers = [...(registrations.get(keyOf(eventId, targetId)) ?? [])];
      handlers.forEach((handler) => handler(payload));
      return handlers.length;
    },
  };
};
