import { preferredEncoding, PreparedBody } from './prepared-body';

describe('preferredEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['BR', 'br'],
    ['*', 'gzip'],
    ['gzip;q=0', null],
  ])('%s -> %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe('PreparedBody', () => {
  it('has one strong ETag per content', () => {
    const a = PreparedBody.json({ data: [1, 2] });
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(PreparedBody.json({ data: [1, 2] }).etag).toBe(a.etag);
    expect(PreparedBody.json({ data: [1, 3] }).etag).not.toBe(a.etag);
    expect(a.bytes.toString('utf8')).toBe('{"data":[1,2]}');
  });
});
