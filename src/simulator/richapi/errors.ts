/**
 * Errors the simulated application answers with, in Office's shape: a code the client turns into
 * `OfficeExtension.Error.code`, a message, and a location that becomes `debugInfo.errorLocation`.
 *
 * The codes are those Office documents: Word.ErrorCodes
 * (https://learn.microsoft.com/javascript/api/word/word.errorcodes), Excel.ErrorCodes
 * (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes) and the "Office Common API
 * error codes" page (https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes).
 * The HTTP status per code and the exact message wording are not documented; the status follows
 * the client's own use (PropertyNotLoaded 400, ApiNotFound 404) and the messages are ours.
 * PropertyNotLoaded, ValueNotLoaded, InvalidObjectPath and InvalidRequestContext are raised by
 * the client itself, never by the application, so they do not appear here.
 */

export type OfficeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'ItemNotFound'
  | 'NotImplemented'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

const STATUS: Readonly<Record<OfficeErrorCode, number>> = {
  AccessDenied: 403,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidOperation: 400,
  InvalidOperationInCellEditMode: 400,
  ItemNotFound: 404,
  NotImplemented: 501,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
};

const MESSAGE: Readonly<Record<OfficeErrorCode, string>> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode: 'The operation is not available while Excel is in Edit cell mode.',
  ItemNotFound: 'The requested resource does not exist.',
  NotImplemented: 'The requested feature is not implemented.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
};

/** Thrown by a simulated object; the responder turns it into the response's `Error`. */
export class OfficeSimulationError extends Error {
  readonly code: OfficeErrorCode;
  readonly location: string;
  readonly httpStatusCode: number;

  constructor(code: OfficeErrorCode, location: string, detail?: string) {
    super(detail ? `${MESSAGE[code]} ${detail}` : MESSAGE[code]);
    this.name = 'OfficeSimulationError';
    this.code = code;
    this.location = location;
    this.httpStatusCode = STATUS[code];
  }
}

export const officeError = (code: OfficeErrorCode, location: string, detail?: string): OfficeSimulationError =>
  new OfficeSimulationError(code, location, detail);

/** What the simulator was asked for but does not model (yet): a loud failure, never a silent guess. */
export const notSimulated = (location: string, what: string): OfficeSimulationError =>
  new OfficeSimulationError('NotImplemented', location, `The simulator does not model ${what}; see src/simulator/README.md.`);

export const isOfficeSimulationError = (error: unknown): error is OfficeSimulationError => error instanceof OfficeSimulationError;
