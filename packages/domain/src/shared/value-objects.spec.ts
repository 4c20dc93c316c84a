import { DomainError } from './domain-error';
import { Email } from './email.value-object';
import { Sku } from './sku.value-object';
import { Slug } from './slug.value-object';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

describe('DomainError', () => {
  it('carries a stable code, a kind and field details', () => {
    const error = new DomainError('CATALOG.DUPLICATE_SKU', 'SKU taken', 'conflict', { 'variants.1.sku': ['is taken'] });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('CATALOG.DUPLICATE_SKU');
    expect(error.kind).toBe('conflict');
    expect(error.details).toEqual({ 'variants.1.sku': ['is taken'] });
    expect(error.message).toBe('SKU taken');
  });

  it('defaults to a validation error', () => {
    expect(new DomainError('X.Y', 'bad').kind).toBe('validation');
  });
});

describe('Email', () => {
  it('trims and lower-cases so addresses compare case-insensitively', () => {
    const email = Email.create('  Ada.Lovelace@Example.COM ');
    expect(email.value).toBe('ada.lovelace@example.com');
    expect(email.equals(Email.create('ADA.LOVELACE@example.com'))).toBe(true);
    expect(email.domain).toBe('example.com');
    expect(JSON.stringify({ email })).toBe('{"email":"ada.lovelace@example.com"}');
  });

  it.each(['dev+shop@devgear.io', "o'brien@mail.example.org", 'a@b.co', 'x@xn--80ak6aa92e.xn--p1ai'])('accepts %p', (raw) => {
    expect(Email.create(raw).value).toBe(raw.toLowerCase());
  });

  it.each(['', '   ', 'plainaddress', '@example.com', 'ada@', 'ada@example', 'ada@@example.com', 'a b@example.com', 'ada..l@example.com', '.ada@example.com', 'ada@-example.com', 'ada@example.c'])(
    'rejects %p with a field detail',
    (raw) => {
      const error = errorOf(() => Email.create(raw));
      expect(error.code).toBe('EMAIL.INVALID');
      expect(error.kind).toBe('validation');
      expect(error.details?.email?.length).toBe(1);
    },
  );

  it('accepts 254 characters and rejects 255', () => {
    const local = 'a'.repeat(60);
    const domain = `${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.com`; // 186 chars
    expect(Email.create(`${local}@${'e'.repeat(6)}.${domain}`).value).toHaveLength(254);
    const error = errorOf(() => Email.create(`${local}@${'e'.repeat(7)}.${domain}`));
    expect(error.details?.email).toEqual(['must be at most 254 characters']);
  });

  it('rejects a local part over 64 characters', () => {
    expect(errorOf(() => Email.create(`${'a'.repeat(65)}@example.com`)).code).toBe('EMAIL.INVALID');
  });
});

describe('Slug', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(Slug.create('keychron-k2-pro').value).toBe('keychron-k2-pro');
    expect(Slug.create('usb-c').toString()).toBe('usb-c');
  });

  it.each(['', 'Keychron', 'a--b', '-a', 'a-', 'a b', 'café', 'a_b'])('rejects %p', (raw) => {
    const error = errorOf(() => Slug.create(raw));
    expect(error.code).toBe('SLUG.INVALID');
    expect(error.details?.slug).toHaveLength(1);
  });

  it('rejects slugs longer than 120 characters', () => {
    expect(Slug.create('a'.repeat(120)).value).toHaveLength(120);
    expect(errorOf(() => Slug.create('a'.repeat(121))).details?.slug).toEqual(['must be at most 120 characters']);
  });

  it.each([
    ['Keychron K2 — Pro!', 'keychron-k2-pro'],
    ['  Café Crème Brûlée  ', 'cafe-creme-brulee'],
    ['Straße Ærø Łódź', 'strasse-aero-lodz'],
    ["Logitech's MX Master 3S", 'logitechs-mx-master-3s'],
    ['USB-C → HDMI 2.1 adapter', 'usb-c-hdmi-2-1-adapter'],
    ['ＦＵＬＬ-width ｔｅｘｔ²', 'full-width-text2'],
  ])('derives %p -> %p', (text, expected) => {
    expect(Slug.fromText(text).value).toBe(expected);
  });

  it('cuts derived slugs at 120 characters without a trailing hyphen', () => {
    const slug = Slug.fromText(`${'a'.repeat(119)} bcd`);
    expect(slug.value).toBe('a'.repeat(119));
  });

  it('refuses to derive a slug from text without letters or digits', () => {
    const error = errorOf(() => Slug.fromText('!!! — ???'));
    expect(error.code).toBe('SLUG.INVALID');
    expect(error.details?.slug?.[0]).toMatch(/provide one/);
  });
});

describe('Sku', () => {
  it('trims and upper-cases', () => {
    expect(Sku.create('  kc-k2.brown_v2 ').value).toBe('KC-K2.BROWN_V2');
    expect(Sku.create('kc-1').equals(Sku.create('KC-1'))).toBe(true);
  });

  it('accepts 2 to 64 characters', () => {
    expect(Sku.create('A1').value).toBe('A1');
    expect(Sku.create('A'.repeat(64)).value).toHaveLength(64);
  });

  it.each([
    ['', 'must not be blank'],
    ['A', 'must be 2 to 64 characters long'],
    ['A'.repeat(65), 'must be 2 to 64 characters long'],
    ['-ABC', "must contain only letters, digits, '.', '_' or '-' and start with a letter or digit"],
    ['AB C', "must contain only letters, digits, '.', '_' or '-' and start with a letter or digit"],
    ['ÄBC', "must contain only letters, digits, '.', '_' or '-' and start with a letter or digit"],
  ])('rejects %p: %s', (raw, problem) => {
    const error = errorOf(() => Sku.create(raw));
    expect(error.code).toBe('SKU.INVALID');
    expect(error.details).toEqual({ sku: [problem] });
  });
});
