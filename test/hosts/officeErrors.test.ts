import { HostError } from '../../src/hosts/host';
import { isPayloadLimit, officeErrorCode, toHostError } from '../../src/hosts/officeErrors';

/** Office's error codes as the host's own: one table for Word and Excel (the codes Learn lists per application). */

const officeError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('toHostError', () => {
  it.each([
    ['AccessDenied', 'protected'],
    ['NotAllowed', 'protected'],
    ['ApiNotFound', 'requirement-missing'],
    ['ActivityLimitReached', 'busy'],
    ['InvalidOperationInCellEditMode', 'busy'],
    ['GeneralException', 'failed'],
    ['ItemNotFound', 'failed'],
    ['RequestPayloadSizeLimitExceeded', 'failed'],
    ['ResponsePayloadSizeLimitExceeded', 'failed'],
  ] as const)('maps Office code %s to %s', (code, expected) => {
    expect(toHostError(officeError(code)).code).toBe(expected);
  });

  it('keeps Office\'s code in the detail of a failure, for "Diagnose kopiëren"', () => {
    expect(toHostError(officeError('GeneralException', 'An internal error has occurred.')).detail).toBe('GeneralException: An internal error has occurred.');
  });

  it('keeps a HostError and wraps anything else', () => {
    const own = new HostError('changed');
    expect(toHostError(own)).toBe(own);
    expect(toHostError('boom')).toMatchObject({ code: 'failed', detail: 'boom' });
  });

  it('tells the payload limit from other errors', () => {
    expect([officeError('ResponsePayloadSizeLimitExceeded'), officeError('RequestPayloadSizeLimitExceeded'), officeError('GeneralException'), 'x'].map(isPayloadLimit)).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(officeErrorCode({ code: 42 })).toBe('42');
    expect(officeErrorCode(null)).toBeUndefined();
  });
});
