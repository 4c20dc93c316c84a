import { COUNTRY_CODES } from '@devgear/domain';
import { COUNTRIES, countryName } from './countries';

describe('the country list', () => {
  it('offers exactly the codes the domain accepts, each once, with a name', () => {
    expect(COUNTRIES.map((c) => c.code).sort()).toEqual([...COUNTRY_CODES].sort());
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    for (const c of COUNTRIES) expect(c.name.length).toBeGreaterThan(1);
  });

  it('is sorted by name, for a select a customer scans', () => {
    const names = COUNTRIES.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('names a code in any case, and falls back to the code itself', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName(' us ')).toBe('United States');
    expect(countryName('QQ')).toBe('QQ');
  });
});
