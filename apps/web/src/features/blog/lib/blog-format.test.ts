import { formatPostDate } from './blog-format';

describe('formatPostDate', () => {
  it("writes the date as en-US's long style does, in the reader's time zone", () => {
    const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });
    for (const iso of ['2026-11-28T12:00:00Z', '2026-01-01T00:30:00Z', '2025-12-31T23:59:59Z', '2024-02-29T08:00:00Z']) {
      expect(formatPostDate(iso)).toBe(long.format(new Date(iso)));
    }
  });
});
