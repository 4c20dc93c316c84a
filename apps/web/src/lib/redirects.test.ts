import { customer, storedSession } from '@/testing/auth-fixtures';
import { safeNextPath, signInHref } from './redirects';
import { parseStoredSession, serialiseSession } from './session-storage';

describe('where to go after signing in', () => {
  it('accepts paths of this site, with their query', () => {
    expect(safeNextPath('/account/addresses')).toBe('/account/addresses');
    expect(safeNextPath('/products?q=keyboard&page=2')).toBe('/products?q=keyboard&page=2');
  });

  it('refuses anything that could lead off the site, or back into the sign-in flow', () => {
    for (const raw of ['https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null, '/sign-in?next=/x', '/reset-password?token=t']) {
      expect(safeNextPath(raw, '/fallback')).toBe('/fallback');
    }
  });

  it('builds the sign-in link that comes back here', () => {
    expect(signInHref({ pathname: '/account', search: '?tab=1', hash: '' })).toBe(`/sign-in?next=${encodeURIComponent('/account?tab=1')}`);
    expect(signInHref('/')).toBe('/sign-in');
    expect(signInHref('/sign-up')).toBe('/sign-in');
  });
});

describe('the saved session', () => {
  it('reads back what it wrote', () => {
    const session = storedSession(customer);
    expect(parseStoredSession(serialiseSession(session))).toEqual(session);
  });

  it('ignores values it did not write (corrupt, edited, from an older version)', () => {
    expect(parseStoredSession('{not json')).toBeNull();
    expect(parseStoredSession(JSON.stringify({ accessToken: 'a', refreshToken: 'r' }))).toBeNull();
    expect(parseStoredSession(JSON.stringify({ ...storedSession(customer), user: { ...customer, role: 'superuser' } }))).toBeNull();
    expect(parseStoredSession(JSON.stringify({ ...storedSession(customer), refreshToken: '' }))).toBeNull();
  });
});
