import { HostError, type HostErrorCode } from './host';

/**
 * Office's errors as the host's own, for Word and Excel alike: one table, so the pane explains
 * the same Office error the same way in either application.
 *
 * Office rejects a batch with an `OfficeExtension.Error` whose `code` is one of the application's
 * ErrorCodes (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 * which lists Excel's and Word's codes). What each means for the user:
 * - AccessDenied (Excel and Word: "you cannot perform the requested operation", a protected sheet
 *   or document) and NotAllowed (Word: "the action isn't allowed in the current state of the
 *   document") → `protected`;
 * - ApiNotFound (the API is not in the requirement sets this Office has) → `requirement-missing`;
 * - ActivityLimitReached (Excel and Word) and InvalidOperationInCellEditMode (Excel, while the
 *   user is typing in a cell) pass when the user is done → `busy`, worth trying again;
 * - everything else → `failed`, with Office's code and message as the detail, so "Diagnose
 *   kopiëren" can pass them on. RequestPayloadSizeLimitExceeded and
 *   ResponsePayloadSizeLimitExceeded (Office's 5 MB per request or response) belong here: trying
 *   again sends the same bytes, so they are not `busy`. The Excel host pages its read before it
 *   would meet them.
 */

const BY_CODE: Readonly<Record<string, HostErrorCode>> = {
  AccessDenied: 'protected',
  NotAllowed: 'protected',
  ApiNotFound: 'requirement-missing',
  ActivityLimitReached: 'busy',
  InvalidOperationInCellEditMode: 'busy',
};

/** The `code` of an Office error (OfficeExtension.Error), if it has one. */
export const officeErrorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;

/** Office's payload limit was met: the request or the response was over 5 MB. */
export const isPayloadLimit = (error: unknown): boolean => {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
};

/** A HostError stays as it is; an Office error becomes the HostError its code means; anything else is `failed`. */
export const toHostError = (error: unknown): HostError => {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const mapped = code === undefined ? undefined : BY_CODE[code];
  const cause = { cause: error };
  if (mapped) return new HostError(mapped, message, cause);
  return new HostError('failed', code ? `${code}: ${message}` : message, cause);
};

/** What support needs to know of an Office error: its code, its message, and where in the batch it failed. */
export interface OfficeErrorInfo {
  readonly code: string;
  readonly message: string;
  /**
   * `debugInfo.errorLocation`: the API member that failed ("Body.insertTable"), which Office
   * gives on an OfficeExtension.Error
   * (https://learn.microsoft.com/javascript/api/office/officeextension.debuginfo#office-officeextension-debuginfo-errorlocation-member).
   */
  readonly errorLocation?: string;
}

/**
 * The Office error behind `error`: the error itself when it has an Office code, else its `cause`
 * (a HostError keeps the Office error it was made from), one level at a time; undefined when
 * Office raised none (a HostError of the host's own, such as a missing requirement set).
 */
export const officeErrorInfo = (error: unknown, depth = 0): OfficeErrorInfo | undefined => {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const code = officeErrorCode(error);
  if (code !== undefined && !(error instanceof HostError)) {
    const message = error instanceof Error ? error.message : String((error as { message?: unknown }).message ?? '');
    const location = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
    return { code, message, ...(typeof location === 'string' && location !== '' ? { errorLocation: location } : {}) };
  }
  return officeErrorInfo((error as { cause?: unknown }).cause, depth + 1);
};
