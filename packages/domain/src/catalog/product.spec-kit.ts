import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money.value-object';
import type { CreateProductProps } from './product.aggregate';
import type { VariantInput } from './variant.entity';

/** What the product specs share: dates, prices, a valid product and variant, and the validation error of a call. */
export const T0 = new Date('2025-01-10T10:00:00.000Z');
export const T1 = new Date('2025-01-11T10:00:00.000Z');
export const T2 = new Date('2025-01-12T10:00:00.000Z');
export const usd = (amount: number) => Money.of(amount, 'USD');

export function variant(overrides: Partial<VariantInput> = {}): VariantInput {
  return {
    id: 'v-brown',
    sku: 'kc-k2-brown',
    name: 'Brown switches',
    options: { switch: 'brown' },
    price: usd(8999),
    available: 5,
    ...overrides,
  };
}

export function props(overrides: Partial<CreateProductProps> = {}): CreateProductProps {
  return {
    id: 'p-1',
    name: 'Keychron K2 — Pro!',
    description: 'A compact wireless mechanical keyboard.',
    brand: 'Keychron',
    categoryId: 'c-keyboards',
    specifications: [{ key: 'Weight', value: '794', unit: 'g' }, { key: 'Layout', value: '75%' }],
    variants: [
      variant(),
      variant({ id: 'v-red', sku: 'KC-K2-RED', name: 'Red switches', options: { switch: 'red' }, price: usd(7999), available: 0 }),
    ],
    ...overrides,
  };
}

export function validationError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.kind).toBe('validation');
      return error;
    }
    throw error;
  }
  throw new Error('expected a validation DomainError, nothing was thrown');
}
