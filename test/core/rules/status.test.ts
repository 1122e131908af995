import { doc, row } from '../helpers';
import { findingsOf, subjects } from './run';

describe('status.missing', () => {
  it('warns when Stand van zaken is empty', () => {
    const f = findingsOf('status.missing', doc([row('4.1 A', '', '2030', 'BZK'), row('4.2 B', 'Loopt', '2030', 'BZK')]));
    expect(subjects(f)).toEqual(['4.1']);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.location).toEqual({ block: 0, row: 1, column: 1 });
  });
});
