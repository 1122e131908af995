/**
 * Errors shaped like `OfficeExtension.Error`: hosts tell them apart by `code`, as they must in
 * Office (the class itself is not reachable outside Office).
 */
export interface OfficeErrorDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
}

export class OfficeDoubleError extends Error {
  readonly code: string;
  readonly debugInfo: OfficeErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** What Office throws when a property is read before it was loaded and synced. */
export const propertyNotLoaded = (owner: string, property: string): OfficeDoubleError =>
  new OfficeDoubleError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );

export const accessDenied = (location: string): OfficeDoubleError =>
  new OfficeDoubleError('AccessDenied', 'You cannot perform the requested operation.', location);

export const itemNotFound = (location: string): OfficeDoubleError =>
  new OfficeDoubleError('ItemNotFound', 'The requested resource does not exist.', location);

export const invalidArgument = (location: string, why: string): OfficeDoubleError =>
  new OfficeDoubleError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. ${why}`, location);

export const apiNotFound = (location: string, set: string): OfficeDoubleError =>
  new OfficeDoubleError('ApiNotFound', `The API you are trying to use could not be found (needs ${set}).`, location);

export const notImplemented = (location: string, why: string): OfficeDoubleError =>
  new OfficeDoubleError('NotImplemented', `Not implemented by the test double: ${why}`, location);

export const isOfficeDoubleError = (error: unknown): error is OfficeDoubleError => error instanceof OfficeDoubleError;
