import { CountryCode } from './country-code.value-object';
import { DomainError } from './domain-error';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

describe('CountryCode', () => {
  it('normalises to upper-case without surrounding spaces', () => {
    expect(CountryCode.create(' de ').value).toBe('DE');
    expect(CountryCode.create('us').equals(CountryCode.create('US'))).toBe(true);
    expect(JSON.stringify({ country: CountryCode.create('gb') })).toBe('{"country":"GB"}');
  });

  it.each(['US', 'DE', 'JP', 'BR', 'ZA', 'AX', 'SS', 'CW', 'XK'])('accepts %p', (code) => {
    expect(CountryCode.create(code).value).toBe(code);
    expect(CountryCode.isValid(code)).toBe(true);
  });

  it.each([
    ['', 'must not be blank'],
    ['   ', 'must not be blank'],
    ['XX', 'must be an ISO 3166-1 alpha-2 country code such as US or DE'],
    ['UK', 'must be an ISO 3166-1 alpha-2 country code such as US or DE'], // the code is GB
    ['USA', 'must be an ISO 3166-1 alpha-2 country code such as US or DE'],
    ['D', 'must be an ISO 3166-1 alpha-2 country code such as US or DE'],
    ['Germany', 'must be an ISO 3166-1 alpha-2 country code such as US or DE'],
  ])('rejects %p', (raw, problem) => {
    const error = errorOf(() => CountryCode.create(raw));
    expect(error.code).toBe('COUNTRY.INVALID');
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({ country: [problem] });
    expect(CountryCode.isValid(raw)).toBe(false);
  });

  it('rejects a non-string', () => {
    expect(errorOf(() => CountryCode.create(undefined as unknown as string)).details).toEqual({ country: ['must not be blank'] });
  });
});
