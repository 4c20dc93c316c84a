import { issuesToDetails, isMalformedText, malformedTextIssues, MALFORMED_TEXT_MESSAGE } from './common';

describe('malformed text (NUL, unpaired surrogates)', () => {
  it('tells well-formed text, emoji included, from NUL and lone surrogates', () => {
    expect(isMalformedText('Keyboard 🎹 Größe')).toBe(false);
    expect(isMalformedText('key\u0000board')).toBe(true);
    expect(isMalformedText('a\uD83Db')).toBe(true); // high surrogate alone
    expect(isMalformedText('a\uDE00b')).toBe(true); // low surrogate alone
    expect(isMalformedText('\uDE00\uD83D')).toBe(true); // pair in the wrong order
    expect(isMalformedText('end\uD83D')).toBe(true);
  });

  it('names every offending field of a nested value, keys included', () => {
    const body = {
      shipping_address: { name: 'Ada\u0000', line1: 'ok' },
      variants: [{ options: { 'sw\u0000itch': 'brown' } }, { name: 'x\uD800' }],
      quantity: 2,
    };
    expect(issuesToDetails(malformedTextIssues(body))).toEqual({
      'shipping_address.name': [MALFORMED_TEXT_MESSAGE],
      'variants.0.options': [`has a field name that ${MALFORMED_TEXT_MESSAGE}`],
      'variants.1.name': [MALFORMED_TEXT_MESSAGE],
    });
    expect(malformedTextIssues({ q: 'fine', tags: ['a', 'b'] })).toEqual([]);
  });

  it('walks a very deep body without running out of stack', () => {
    let deep: unknown = 'bad\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(malformedTextIssues(deep)).toHaveLength(1);
  });
});
