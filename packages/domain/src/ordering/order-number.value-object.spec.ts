import { DomainError } from '../shared/domain-error';
import { ORDER_NUMBER_ALPHABET, OrderNumber } from './order-number.value-object';

describe('OrderNumber', () => {
  it('uses an alphabet without look-alike symbols', () => {
    for (const confusing of ['0', 'O', '1', 'I', 'L', 'U']) expect(ORDER_NUMBER_ALPHABET).not.toContain(confusing);
    expect(new Set(ORDER_NUMBER_ALPHABET).size).toBe(ORDER_NUMBER_ALPHABET.length);
  });

  it('normalises case and spaces', () => {
    expect(OrderNumber.create(' dg-7kq4m2xh ').value).toBe('DG-7KQ4M2XH');
    expect(OrderNumber.isValid('dg-7kq4m2')).toBe(true);
  });

  it.each(['DG-7KQ4M', 'DG-7KQ4M2XHA', 'XX-7KQ4M2XH', 'DG-7KQ4M2X0', 'DG7KQ4M2XH', ''])('rejects %p', (raw) => {
    expect(() => OrderNumber.create(raw)).toThrow(DomainError);
    expect(OrderNumber.isValid(raw)).toBe(false);
  });

  it('generates numbers from a random source, each symbol drawn from the alphabet', () => {
    const draws: number[] = [];
    const number = OrderNumber.generate((max) => {
      draws.push(max);
      return draws.length - 1;
    });
    expect(number.value).toBe(`DG-${ORDER_NUMBER_ALPHABET.slice(0, 8)}`);
    expect(draws).toEqual(Array(8).fill(ORDER_NUMBER_ALPHABET.length));
    expect(OrderNumber.generate(() => ORDER_NUMBER_ALPHABET.length - 1, 6).value).toBe('DG-ZZZZZZ');
  });

  it('refuses a random source out of range, and lengths outside 6..8', () => {
    expect(() => OrderNumber.generate(() => ORDER_NUMBER_ALPHABET.length)).toThrow(/outside/);
    expect(() => OrderNumber.generate(() => 0.5)).toThrow(/outside/);
    expect(() => OrderNumber.generate(() => 0, 5)).toThrow(/6 to 8/);
    expect(() => OrderNumber.generate(() => 0, 9)).toThrow(/6 to 8/);
  });
});
