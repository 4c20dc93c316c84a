import { DeterministicSecureRandom, base64url } from './deterministic-secure-random';

describe('base64url', () => {
  it.each([
    [[], ''],
    [[0xff], '_w'],
    [[0xfb, 0xff], '-_8'],
    [[0x66, 0x6f, 0x6f], 'Zm9v'],
    [[0x66, 0x6f, 0x6f, 0x62], 'Zm9vYg'],
  ])('%p -> %p', (bytes, encoded) => {
    expect(base64url(bytes)).toBe(encoded);
  });
});

describe('DeterministicSecureRandom', () => {
  it('gives 256-bit tokens the length of the real ones, all different', () => {
    const random = new DeterministicSecureRandom();
    const tokens = Array.from({ length: 200 }, () => random.token(32));
    expect(tokens.every((t) => /^[A-Za-z0-9_-]{43}$/.test(t))).toBe(true);
    expect(new Set(tokens).size).toBe(200);
    expect(random.issued).toEqual(tokens);
  });

  it('repeats the same sequence for the same seed', () => {
    expect(new DeterministicSecureRandom(7).token(16)).toBe(new DeterministicSecureRandom(7).token(16));
    expect(new DeterministicSecureRandom(7).token(16)).not.toBe(new DeterministicSecureRandom(8).token(16));
  });

  it('refuses a non-positive size', () => {
    expect(() => new DeterministicSecureRandom().token(0)).toThrow(RangeError);
  });
});
