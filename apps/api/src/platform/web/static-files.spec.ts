import { negotiateEncoding } from './static-files';

describe('Accept-Encoding negotiation', () => {
  const all = ['identity', 'br', 'gzip'] as const;
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['deflate', 'identity'],
    ['gzip;q=0', 'identity'],
  ])('%j -> %s', (header, expected) => {
    expect(negotiateEncoding(header, [...all])).toBe(expected);
  });

  it('only offers what the file has', () => {
    expect(negotiateEncoding('br, gzip', ['identity', 'gzip'])).toBe('gzip');
    expect(negotiateEncoding('br, gzip', ['identity'])).toBe('identity');
  });
});
