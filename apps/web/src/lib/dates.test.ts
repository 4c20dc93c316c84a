import { formatDate, formatDateTime } from './dates';

describe('dates', () => {
  it('writes a date as en-US medium does, in the local time zone, without building an Intl formatter', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
    for (let month = 0; month < 12; month += 1) {
      for (const day of [1, 9, 10, 28]) {
        for (const time of ['00:00:00', '23:59:59']) {
          const iso = new Date(`2026-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}`).toISOString();
          expect(formatDate(iso)).toBe(intl.format(new Date(iso)));
        }
      }
    }
    const built = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(formatDate('2025-03-04T12:00:00')).toBe('Mar 4, 2025');
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });

  it('writes a date and time as en-US medium/short does', () => {
    const iso = '2025-03-04T14:05:00';
    expect(formatDateTime(iso)).toBe(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)));
  });
});
